/** A titled block of a step's panel: icon, title, one line of explanation, then its controls. */
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  icon: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    width: "28px",
    height: "28px",
    flexShrink: 0,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  about: { color: tokens.colorNeutralForeground3 },
});

export function Section(props: { title: string; icon: ReactElement; about?: ReactNode; children: ReactNode; testId?: string }) {
  const s = useStyles();
  return (
    <section className={s.section} aria-label={props.title} data-testid={props.testId}>
      <div className={s.head}>
        <span className={s.icon} aria-hidden>
          {props.icon}
        </span>
        <Body1 as="h2" className={s.title}>
          {props.title}
        </Body1>
      </div>
      {props.about ? <Caption1 className={s.about}>{props.about}</Caption1> : null}
      {props.children}
    </section>
  );
}
