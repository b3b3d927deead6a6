/** One step's place: its heading, what it does, and either its tools or the not-built notice. */
import { Badge, Body1, Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { Play20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { notBuiltMessage, type Step } from "../../app/steps";
import { stepName, useI18n } from "../i18n";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // The class's display would override the hidden attribute.
  hidden: { display: "none" },
  heading: { display: "flex", flexDirection: "column", gap: "2px" },
  titleRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  counter: { color: tokens.colorNeutralForeground3, textTransform: "uppercase", letterSpacing: "0.04em", fontSize: tokens.fontSizeBase100 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  about: { color: tokens.colorNeutralForeground2 },
  run: { alignSelf: "flex-start" },
});

export function StepPanel(props: { step: Step; index: number; total: number; hidden: boolean; children?: ReactNode }) {
  const { lang, t } = useI18n();
  const s = useStyles();
  const { step } = props;
  const name = stepName(lang, step);
  return (
    <div
      role="tabpanel"
      id={`step-panel-${step.id}`}
      aria-labelledby={`step-tab-${step.id}`}
      hidden={props.hidden}
      className={mergeClasses(s.panel, props.hidden && s.hidden)}
      data-testid={`panel-${step.id}`}
    >
      <div className={s.heading}>
        <Caption1 className={s.counter}>{t.stepOf(props.index + 1, props.total)}</Caption1>
        <div className={s.titleRow}>
          <Body1 as="h2" className={s.title}>
            {name}
          </Body1>
          <Badge appearance="tint" shape="rounded" color={step.built ? "success" : "subtle"} data-testid="step-status">
            {step.built ? t.readyBadge : t.notBuiltBadge}
          </Badge>
        </div>
        <Caption1 className={s.about}>{t.stepAbout[step.id]}</Caption1>
      </div>
      {step.built ? (
        props.children
      ) : (
        <>
          <MessageBar intent="info" layout="multiline" data-testid="not-built">
            <MessageBarBody>
              <MessageBarTitle>{t.notBuiltTitle}</MessageBarTitle>
              {notBuiltMessage(step)}
            </MessageBarBody>
          </MessageBar>
          <Button className={s.run} appearance="primary" icon={<Play20Regular />} disabled data-testid={`run-${step.id}`}>
            {t.runStep(name)}
          </Button>
        </>
      )}
    </div>
  );
}
