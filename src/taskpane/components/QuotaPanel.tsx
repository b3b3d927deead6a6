/**
 * Step "Định mức": compute quotas (src/app/quota), see the totals, each unit's participation and
 * contribution against its quota, what needs attention, the chart the sheet carries (as SVG), and
 * settle the names that match several people — a person chooses, Chung Sức never guesses.
 */
import { Badge, Button, Caption1, Link, makeStyles, mergeClasses, MessageBar, MessageBarBody, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { CalculatorMultiple20Regular, DataBarVertical20Regular, PeopleCheckmark20Regular, Warning20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { NOT_LISTED, QUOTA_SHEET, quotaChart, runQuota, settleMatch, type QuotaReport } from "../../app/quota";
import { formatMoney } from "../../app/text";
import type { AmbiguousMatch } from "../../domain/quota";
import type { WorkbookPort } from "../../workbook/port";
import { useI18n, type Strings } from "../i18n";
import { messageOf, useTask } from "../task";
import { QuotaChart } from "./QuotaChart";
import { Section } from "./Section";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  stats: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: tokens.spacingHorizontalS,
  },
  stat: { display: "flex", flexDirection: "column", minWidth: 0 },
  statValue: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  statLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  units: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  unit: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", gap: tokens.spacingHorizontalS, alignItems: "center", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: "2px" },
  unitName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  unitFigures: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  under: { color: tokens.colorPaletteRedForeground1 },
  flags: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: "2px" },
  question: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, borderTop: `1px solid ${tokens.colorNeutralStroke3}`, paddingTop: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Notice = { text: (t: Strings) => string; open?: boolean } | null;

const percent = (r: number | null) => (r === null ? "—" : `${(Math.round(r * 1000) / 10).toString().replace(".", ",")}%`);

function dateVN(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export interface QuotaPanelProps {
  port: WorkbookPort | null;
}

export function QuotaPanel(props: QuotaPanelProps) {
  const { t } = useI18n();
  const { run, busy, showError } = useTask();
  const s = useStyles();
  const { port } = props;
  const [report, setReport] = useState<QuotaReport | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const compute = async () => {
    if (!port) return;
    setNotice(null);
    const res = await run((ctx) => runQuota(port, ctx), { writes: true });
    if (!res.ok) return;
    setReport(res.value);
    setNotice({ text: (t) => t.quotaDone(res.value.people.length, res.value.units.length), open: true });
  };

  const settle = async (question: AmbiguousMatch, choice: string) => {
    if (!port) return;
    setNotice(null);
    const res = await run(
      async (ctx) => {
        await settleMatch(port, question.id, choice, ctx);
        return runQuota(port, ctx);
      },
      { writes: true },
    );
    if (!res.ok) return;
    setReport(res.value);
    setNotice({ text: (t) => t.matchSaved(question.name) });
  };

  const chart = useMemo(() => (report ? quotaChart(report) : null), [report]);

  const flags = useMemo(() => {
    if (!report) return [];
    const out: { key: string; text: (t: Strings) => string }[] = [];
    for (const u of report.units) if (u.underThreshold) out.push({ key: `u${u.unit}`, text: (t) => t.flagUnit(u.unit, percent(u.participationRate)) });
    for (const e of report.enterprises)
      if (e.underMinimum) out.push({ key: `e${e.name}`, text: (t) => t.flagEnterprise(e.name, formatMoney(e.total), formatMoney(report.rules.enterpriseMinimum)) });
    for (const y of report.activityYears) if (y.underMinimum) out.push({ key: `y${y.year}`, text: (t) => t.flagYear(y.year, y.activities, y.required) });
    for (const a of report.activities)
      for (const u of a.units) if (u.underThreshold) out.push({ key: `a${a.date}${u.unit}`, text: (t) => t.flagActivity(dateVN(a.date), u.unit, u.present, u.headcount, percent(u.share)) });
    return out;
  }, [report]);

  const openSheet = () => {
    port?.select(QUOTA_SHEET, "A1").catch((e: unknown) => showError(messageOf(e)));
  };

  return (
    <>
      <Section title={t.quotaTitle} icon={<CalculatorMultiple20Regular />} about={t.quotaAbout} testId="quota">
        <div className={s.form}>
          <Button appearance="primary" icon={<CalculatorMultiple20Regular />} disabled={busy || !port} onClick={() => void compute()} data-testid="quota-run">
            {t.quotaRun}
          </Button>
          {notice ? (
            <MessageBar intent="success" data-testid="quota-notice">
              <MessageBarBody>
                {notice.text(t)}{" "}
                {notice.open ? (
                  <Link as="button" onClick={openSheet} data-testid="quota-open">
                    {t.openQuota}
                  </Link>
                ) : null}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {report ? (
            <>
              <Caption1 className={s.muted} data-testid="quota-rate">
                {t.quotaRate(formatMoney(report.rules.labourDayRate))}
              </Caption1>
              <div className={s.stats}>
                <div className={s.stat}>
                  <span className={s.statValue} data-testid="quota-people">
                    {report.people.length}
                  </span>
                  <span className={s.statLabel}>{t.quotaPeople}</span>
                </div>
                <div className={s.stat}>
                  <span className={s.statValue} data-testid="quota-expected">
                    {formatMoney(report.totals.expectedAmount)}
                  </span>
                  <span className={s.statLabel}>{t.quotaExpected}</span>
                </div>
                <div className={s.stat}>
                  <span className={s.statValue} data-testid="quota-contributed">
                    {formatMoney(report.totals.contributedAmount)}
                  </span>
                  <span className={s.statLabel}>{t.quotaContributed}</span>
                </div>
                <div className={s.stat}>
                  <span className={s.statValue} data-testid="quota-shortfall">
                    {formatMoney(report.totals.shortfall)}
                  </span>
                  <span className={s.statLabel}>{t.quotaShortfall}</span>
                </div>
              </div>
            </>
          ) : null}
        </div>
      </Section>
      {report ? (
        <Section title={t.quotaUnitsTitle} icon={<DataBarVertical20Regular />} testId="quota-units">
          <ul className={s.units}>
            {report.units.map((u) => (
              <li key={`${u.group}:${u.unit}`} className={s.unit} data-testid="quota-unit" data-unit={u.unit} data-group={u.group}>
                <div>
                  <div className={s.unitName}>{u.unit}</div>
                  <div className={s.unitFigures}>
                    <span data-testid="unit-amounts">{t.quotaUnitLine(formatMoney(u.contributedAmount), u.expectedAmount === null ? null : formatMoney(u.expectedAmount))}</span>
                    {" · "}
                    <span>{t.quotaHeadcount(u.headcount, u.participants)}</span>
                  </div>
                </div>
                {u.participationRate !== null ? (
                  <Badge appearance={u.underThreshold ? "filled" : "tint"} color={u.underThreshold ? "danger" : "success"} data-testid="unit-rate">
                    {percent(u.participationRate)}
                  </Badge>
                ) : null}
              </li>
            ))}
          </ul>
          {chart ? <QuotaChart spec={chart} label={t.chartLabel} /> : null}
        </Section>
      ) : null}
      {report ? (
        <Section title={t.quotaFlagsTitle} icon={<Warning20Regular />} testId="quota-flags">
          {flags.length ? (
            <ul className={s.flags}>
              {flags.map((f) => (
                <li key={f.key} className={s.under} data-testid="quota-flag">
                  <Text>{f.text(t)}</Text>
                </li>
              ))}
            </ul>
          ) : (
            <Text className={s.muted}>{t.quotaNoFlags}</Text>
          )}
          {report.unlisted.length ? (
            <>
              <Text weight="semibold">{t.unlistedTitle}</Text>
              <ul className={s.flags}>
                {report.unlisted.map((u) => (
                  <li key={u.id} data-testid="quota-unlisted">
                    {u.name} ({u.unit}) — {u.sheet}!B{u.row}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {report.issues.length ? (
            <>
              <Text weight="semibold">{t.quotaIssuesTitle}</Text>
              <ul className={s.flags}>
                {report.issues.map((i) => (
                  <li key={`${i.sheet}!${i.cell}`} data-testid="quota-issue">
                    {i.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Section>
      ) : null}
      {report && report.ambiguous.length ? (
        <Section title={t.ambiguousTitle} icon={<PeopleCheckmark20Regular />} about={t.ambiguousAbout} testId="quota-ambiguous">
          {report.ambiguous.map((a) => (
            <Question key={a.id} question={a} disabled={busy} onSettle={(choice) => void settle(a, choice)} />
          ))}
        </Section>
      ) : null}
    </>
  );
}

function Question(props: { question: AmbiguousMatch; disabled: boolean; onSettle(choice: string): void }) {
  const { t } = useI18n();
  const s = useStyles();
  const { question } = props;
  const [choice, setChoice] = useState<string>("");
  return (
    <div className={mergeClasses(s.question)} data-testid="ambiguous-match" data-id={question.id}>
      <Text weight="semibold">
        {question.name} ({question.unit}) — {question.sheet}!B{question.row}
      </Text>
      <Caption1 className={s.muted}>{question.reason}</Caption1>
      <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value)} aria-label={question.name}>
        {question.options.map((o) => (
          <Radio key={o.id} value={o.id} label={`${o.name} — ${o.unit} (${o.id})`} data-testid="ambiguous-option" data-option={o.id} />
        ))}
        <Radio value={NOT_LISTED} label={t.notListed} data-testid="ambiguous-option" data-option={NOT_LISTED} />
      </RadioGroup>
      <Button appearance="primary" disabled={props.disabled || !choice} onClick={() => props.onSettle(choice)} data-testid="ambiguous-confirm">
        {t.confirmMatch}
      </Button>
    </div>
  );
}
