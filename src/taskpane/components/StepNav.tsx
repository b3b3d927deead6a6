/**
 * The steps of the work as a compact stepper (one tab per step, in order). Steps that are not
 * built yet are drawn dashed and greyed, so nobody mistakes them for working ones.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";
import type { Step } from "../../app/steps";
import { stepName, useI18n } from "../i18n";

const useStyles = makeStyles({
  list: {
    position: "relative",
    display: "grid",
    gridTemplateColumns: "repeat(7, minmax(0, 1fr))",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  rail: {
    position: "absolute",
    top: "calc(" + tokens.spacingVerticalS + " + 13px)",
    left: "calc(100% / 14)",
    right: "calc(100% / 14)",
    height: "2px",
    backgroundColor: tokens.colorNeutralStroke2,
  },
  tab: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "4px",
    minWidth: 0,
    paddingTop: 0,
    paddingBottom: "2px",
    paddingLeft: "1px",
    paddingRight: "1px",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    cursor: "pointer",
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyBase,
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  dot: {
    boxSizing: "border-box",
    width: "28px",
    height: "28px",
    borderRadius: tokens.borderRadiusCircular,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `2px solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorBrandForeground1,
  },
  dotNotBuilt: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForegroundDisabled,
  },
  dotSelected: {
    backgroundColor: tokens.colorBrandBackground,
    border: `2px solid ${tokens.colorBrandBackground}`,
    color: tokens.colorNeutralForegroundOnBrand,
    boxShadow: `0 0 0 3px ${tokens.colorBrandBackground2}`,
  },
  dotSelectedNotBuilt: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `2px dashed ${tokens.colorNeutralStrokeAccessible}`,
    color: tokens.colorNeutralForeground2,
    boxShadow: `0 0 0 3px ${tokens.colorNeutralBackground4}`,
  },
  label: {
    fontSize: "10.5px",
    lineHeight: "12px",
    textAlign: "center",
    overflowWrap: "anywhere",
    hyphens: "auto",
    maxWidth: "100%",
  },
  word: { display: "block" },
  labelSelected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  labelNotBuilt: { color: tokens.colorNeutralForeground4 },
});

export function StepNav(props: { steps: readonly Step[]; selected: Step["id"]; onSelect(id: Step["id"]): void }) {
  const { lang, t } = useI18n();
  const s = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const last = props.steps.length - 1;
    const next =
      e.key === "ArrowRight" ? Math.min(last, index + 1) : e.key === "ArrowLeft" ? Math.max(0, index - 1) : e.key === "Home" ? 0 : e.key === "End" ? last : null;
    if (next === null) return;
    e.preventDefault();
    props.onSelect(props.steps[next].id);
    refs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label={t.stepsLabel} className={s.list} data-testid="steps">
      <div className={s.rail} aria-hidden />
      {props.steps.map((step, i) => {
        const selected = step.id === props.selected;
        const name = stepName(lang, step);
        const label = t.stepShort[step.id] ?? name;
        return (
          <button
              key={step.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`step-tab-${step.id}`}
              aria-controls={`step-panel-${step.id}`}
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              data-testid={`step-${step.id}`}
              data-built={step.built}
              aria-label={`${i + 1}. ${name}${step.built ? "" : ` (${t.notBuiltBadge})`}`}
              title={step.built ? name : `${name} — ${t.notBuiltBadge}`}
              className={s.tab}
              onClick={() => props.onSelect(step.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              <span
                className={mergeClasses(
                  s.dot,
                  !step.built && s.dotNotBuilt,
                  selected && (step.built ? s.dotSelected : s.dotSelectedNotBuilt),
                )}
                aria-hidden
              >
                {i + 1}
              </span>
              <span className={mergeClasses(s.label, !step.built && s.labelNotBuilt, selected && s.labelSelected)}>
                {/* Every step name is two short words in Vietnamese: one a line keeps the columns apart. */}
                {label.split(" ").map((word, w) => (
                  <span key={w} className={s.word}>
                    {w > 0 ? " " : ""}
                    {word}
                  </span>
                ))}
              </span>
            </button>
        );
      })}
    </div>
  );
}
