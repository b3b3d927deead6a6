/** "Nhận diện bảng": which sheet holds which table, where its header is, which column is which. */
import { Badge, Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { TableSearch20Regular, Warning12Filled } from "@fluentui/react-icons";
import { recognizeSheets, type RecognizedSheet } from "../../app/recognize";
import type { WorkbookPort } from "../../workbook/port";
import { fieldName, useI18n } from "../i18n";
import { useTask } from "../task";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  cardUnknown: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  cardUnsure: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  top: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  sheet: { fontWeight: tokens.fontWeightSemibold, marginRight: "auto", overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3 },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  mapping: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
  },
  pair: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  letter: {
    flexShrink: 0,
    minWidth: "22px",
    textAlign: "center",
    paddingLeft: "3px",
    paddingRight: "3px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    lineHeight: "16px",
  },
  fieldName: { margin: 0, fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  runRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function byColumn(a: [string, string], b: [string, string]): number {
  return a[1].length - b[1].length || a[1].localeCompare(b[1]);
}

function SheetCard(props: { sheet: RecognizedSheet }) {
  const { lang, t } = useI18n();
  const s = useStyles();
  const r = props.sheet;
  const pairs = Object.entries(r.mapping).sort(byColumn);
  return (
    <li
      className={mergeClasses(s.card, !r.kind && s.cardUnknown, r.unsure && s.cardUnsure)}
      data-testid="sheet-result"
      data-sheet={r.sheet}
      data-kind={r.kind ?? ""}
      title={r.description}
    >
      <div className={s.top}>
        <Text className={s.sheet} data-testid="sheet-name">
          {r.sheet}
        </Text>
        <Badge appearance={r.kind ? "filled" : "outline"} color={r.kind ? "brand" : "informative"} shape="rounded" data-testid="sheet-kind">
          {t.kindLabel(r.kind, r.label)}
        </Badge>
        {r.unsure ? (
          <Badge appearance="tint" color="warning" shape="rounded" icon={<Warning12Filled />} data-testid="needs-confirm">
            {t.needsConfirm}
          </Badge>
        ) : null}
      </div>
      <Caption1 className={s.meta} data-testid="sheet-header-rows">
        {r.kind ? `${t.headerRows(r.headerRows)} · ${t.rowCount(r.rows)}` : `${t.rowCount(r.rows)} · ${r.description}`}
      </Caption1>
      {pairs.length ? (
        <dl className={s.mapping} aria-label={`${t.column} → ${t.field}`} data-testid="sheet-mapping">
          {pairs.map(([field, letter]) => (
            <div key={field} className={s.pair}>
              <dt className={s.letter}>{letter}</dt>
              <dd className={s.fieldName} title={fieldName(lang, field, r.kind)}>
                {fieldName(lang, field, r.kind)}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {r.missing.length ? (
        <Caption1 className={s.missing} data-testid="sheet-missing">
          {t.missingColumns(r.missing.map((f) => fieldName(lang, f, r.kind)).join(", "))}
        </Caption1>
      ) : null}
    </li>
  );
}

export function RecognizePanel(props: { port: WorkbookPort | null; results: RecognizedSheet[] | null; onResults(r: RecognizedSheet[]): void }) {
  const { t } = useI18n();
  const { run, busy } = useTask();
  const s = useStyles();
  const recognize = async () => {
    const port = props.port;
    if (!port) return;
    const res = await run((ctx) => recognizeSheets(port, ctx), { writes: true });
    if (res.ok) props.onResults(res.value);
  };
  const results = props.results;
  const found = results?.filter((r) => r.kind).length ?? 0;
  return (
    <Section title={t.recognizeTitle} icon={<TableSearch20Regular />} about={t.recognizeAbout} testId="recognize">
      <div className={s.runRow}>
        <Button appearance="primary" icon={<TableSearch20Regular />} disabled={busy || !props.port} onClick={() => void recognize()} data-testid="recognize-run">
          {t.recognizeRun}
        </Button>
      </div>
      {!props.port ? <Caption1 className={s.meta}>{t.needWorkbook}</Caption1> : null}
      {results ? (
        <>
          <MessageBar intent={results.length ? "success" : "info"} layout="multiline" data-testid="recognize-summary">
            <MessageBarBody>{results.length ? t.recognizeSummary(results.length, found) : t.recognizeNone}</MessageBarBody>
          </MessageBar>
          <ul className={s.list} data-testid="sheet-results">
            {results.map((r) => (
              <SheetCard key={r.sheet} sheet={r} />
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
