/**
 * Step "Công khai": the choices (what to list, unpaid pledges, grouping, order, commendation
 * thresholds), remembered in Cấu hình, and one button that writes Công khai, Báo cáo and Khen
 * thưởng through the app's use case (src/app/disclose.ts).
 */
import { Button, Caption1, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { DocumentTable20Regular, Megaphone20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { rememberedDiscloseChoices, runDisclose, DISCLOSURE_SHEET, type CommendationThresholds, type DiscloseResult, type DisclosureOptions } from "../../app/disclose";
import { formatMoney } from "../../app/text";
import type { WorkbookPort } from "../../workbook/port";
import { useI18n } from "../i18n";
import { useTask } from "../task";
import { Section } from "./Section";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  twoCols: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  stats: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  stat: { display: "flex", flexDirection: "column", minWidth: 0 },
  run: { width: "100%" },
});

/** Text a person typed as a number ("10.000.000", "100", "75%") → number, or null. */
function numberOf(text: string): number | null {
  const t = text.replace(/[\s.%]/g, "").replace(",", ".");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export function DisclosePanel(props: { host: "excel" | "web"; port: WorkbookPort | null }) {
  const { t } = useI18n();
  const s = useStyles();
  const { run, busy } = useTask();
  const [options, setOptions] = useState<DisclosureOptions | null>(null);
  const [thresholds, setThresholds] = useState<CommendationThresholds | null>(null);
  const [texts, setTexts] = useState({ minValue: "", topN: "", minLand: "", full: "" });
  const [result, setResult] = useState<DiscloseResult | null>(null);
  const port = props.port;

  useEffect(() => {
    let live = true;
    if (!port) return;
    void rememberedDiscloseChoices(port).then((c) => {
      if (!live) return;
      setOptions(c.options);
      setThresholds(c.thresholds);
      setTexts({ minValue: formatMoney(c.thresholds.minValue), topN: String(c.thresholds.topN), minLand: String(c.thresholds.minLand), full: String(Math.round(c.thresholds.fullParticipation * 100)) });
    });
    return () => {
      live = false;
    };
  }, [port]);

  const set = <K extends keyof DisclosureOptions>(key: K, value: string) => setOptions((o) => (o ? { ...o, [key]: value as DisclosureOptions[K] } : o));

  const start = async () => {
    if (!port || !options || !thresholds) return;
    const chosen: CommendationThresholds = {
      ...thresholds,
      minValue: numberOf(texts.minValue) ?? thresholds.minValue,
      topN: Math.round(numberOf(texts.topN) ?? thresholds.topN),
      minLand: numberOf(texts.minLand) ?? thresholds.minLand,
      fullParticipation: (() => {
        const n = numberOf(texts.full);
        return n === null ? thresholds.fullParticipation : n / 100;
      })(),
    };
    const res = await run((ctx) => runDisclose(port, { options, thresholds: chosen }, ctx), { writes: true });
    if (res.ok) {
      setResult(res.value);
      setThresholds(res.value.thresholds);
    }
  };

  const select = (label: string, key: keyof DisclosureOptions, choices: [string, string][]) => (
    <Field label={label} size="small">
      <Select size="small" value={options?.[key] ?? ""} onChange={(_, d) => set(key, d.value)} disabled={!options || busy} data-testid={`disclose-${key}`}>
        {choices.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
  const input = (label: string, key: keyof typeof texts) => (
    <Field label={label} size="small">
      <Input size="small" value={texts[key]} onChange={(_, d) => setTexts((x) => ({ ...x, [key]: d.value }))} disabled={!thresholds || busy} data-testid={`disclose-${key}`} />
    </Field>
  );

  return (
    <Section title={t.discloseTitle} icon={<Megaphone20Regular />} about={t.discloseAbout} testId="disclose">
      <div className={s.form}>
        <div className={s.twoCols}>
          {select(t.discloseScope, "scope", [
            ["recorded", t.discloseScopeRecorded],
            ["received", t.discloseScopeReceived],
          ])}
          {select(t.disclosePledges, "pledges", [
            ["apart", t.disclosePledgesApart],
            ["omit", t.disclosePledgesOmit],
          ])}
          {select(t.discloseGrouping, "grouping", [
            ["kind-unit", t.discloseGroupKindUnit],
            ["list", t.discloseGroupList],
            ["kind", t.discloseGroupKind],
            ["unit", t.discloseGroupUnit],
            ["none", t.discloseGroupNone],
          ])}
          {select(t.discloseSort, "sort", [
            ["list", t.discloseSortList],
            ["name", t.discloseSortName],
            ["value", t.discloseSortValue],
          ])}
        </div>
        <Text weight="semibold" size={200}>
          {t.discloseCommendTitle}
        </Text>
        <div className={s.twoCols}>
          {input(t.discloseMinValue, "minValue")}
          {input(t.discloseTopN, "topN")}
          {input(t.discloseMinLand, "minLand")}
          {input(t.discloseFull, "full")}
        </div>
        <Caption1>{t.discloseAnonymousNote}</Caption1>
        <Button appearance="primary" className={s.run} icon={<DocumentTable20Regular />} onClick={() => void start()} disabled={!port || !options || busy} data-testid="disclose-run">
          {t.discloseRun}
        </Button>
        {result ? (
          <>
            <div className={s.stats} data-testid="disclose-summary">
              <div className={s.stat}>
                <Caption1>{t.discloseLines}</Caption1>
                <Text weight="semibold" data-testid="disclose-lines">
                  {result.disclosure.totals.count}
                </Text>
              </div>
              <div className={s.stat}>
                <Caption1>{t.discloseTotal}</Caption1>
                <Text weight="semibold" data-testid="disclose-total">
                  {formatMoney(result.disclosure.totals.totalValue)}
                </Text>
              </div>
              <div className={s.stat}>
                <Caption1>{t.disclosePledgeCount}</Caption1>
                <Text weight="semibold" data-testid="disclose-pledge-count">
                  {result.disclosure.pledges.length}
                </Text>
              </div>
              <div className={s.stat}>
                <Caption1>{t.discloseCommendCount}</Caption1>
                <Text weight="semibold" data-testid="disclose-commend">
                  {result.commendation.collectives.length + result.commendation.people.length}
                </Text>
              </div>
            </div>
            <MessageBar intent="success">
              <MessageBarBody data-testid="disclose-done">
                {t.discloseDone(result.sheets.map((n) => `“${n}”`).join(", "))}{" "}
                {props.host === "excel" ? (
                  <Link onClick={() => void port?.select(DISCLOSURE_SHEET, "A1")} data-testid="disclose-open">
                    {t.discloseOpen}
                  </Link>
                ) : (
                  t.discloseWebHint
                )}
              </MessageBarBody>
            </MessageBar>
          </>
        ) : null}
      </div>
    </Section>
  );
}
