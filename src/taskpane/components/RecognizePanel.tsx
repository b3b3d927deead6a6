/**
 * "Nhận diện bảng": which sheet holds which table, where its header is, which column is which.
 * Each sheet's card can confirm or correct its kind and columns (open by itself where the reading
 * is unsure or no table was recognised); the choice is stored in Cấu hình and every step reads
 * the sheet that way from then on.
 */
import { Badge, Button, Caption1, Label, makeStyles, mergeClasses, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { Checkmark12Filled, TableEdit16Regular, TableSearch20Regular, Warning12Filled } from "@fluentui/react-icons";
import { useId, useMemo, useState } from "react";
import { TABLE_KINDS } from "../../app/mapping";
import { confirmSheetMapping, recognizeSheets, type RecognizedSheet } from "../../app/recognize";
import type { ConfirmedMapping } from "../../domain/sheet/headers";
import type { WorkbookPort } from "../../workbook/port";
import { fieldName, useI18n, type Lang, type Strings } from "../i18n";
import { useTask } from "../task";
import { MappingCard, type MappingField } from "./MappingCard";
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
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalXS },
  kindRow: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** A kind's fields with their labels in the pane's language. */
function kindFields(lang: Lang, t: Strings, kind: string): MappingField[] {
  const table = TABLE_KINDS.find((k) => k.kind === kind);
  return (table?.fields ?? []).map((f) => ({
    field: f.field,
    label: kind === "statement" ? (t.stFields[f.field] ?? f.label) : lang === "vi" ? f.label : fieldName(lang, f.field, kind),
    required: f.required,
  }));
}

/** Choose the kind of table, then its header rows and columns (MappingCard with that kind's fields). */
function SheetMapping(props: {
  port: WorkbookPort;
  sheet: RecognizedSheet;
  busy: boolean;
  onSave(kind: string, confirmed: ConfirmedMapping): void;
  onCancel(): void;
}) {
  const { lang, t } = useI18n();
  const s = useStyles();
  const id = useId();
  const r = props.sheet;
  const [kind, setKind] = useState<string>(r.kind ?? "");
  const fields = useMemo(() => (kind ? kindFields(lang, t, kind) : []), [lang, t, kind]);
  const same = kind === r.kind;
  return (
    <div className={s.editor} data-testid="sheet-mapping-editor">
      {!r.kind ? <Caption1 className={s.meta}>{t.tableKindAbout(r.sheet)}</Caption1> : null}
      <div className={s.kindRow}>
        <Label htmlFor={`${id}-kind`} size="small">
          {t.tableKind}
        </Label>
        <Select id={`${id}-kind`} size="small" value={kind} onChange={(_, d) => setKind(d.value)} data-testid="sheet-kind-select">
          <option value="" disabled>
            {t.chooseTableKind}
          </option>
          {TABLE_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {t.kindLabel(k.kind, k.label)}
            </option>
          ))}
        </Select>
      </div>
      {kind ? (
        <MappingCard
          key={kind}
          port={props.port}
          sheet={r.sheet}
          headerRows={r.headerRows}
          mapping={same ? r.mapping : {}}
          mode={!r.kind ? "manual" : r.unsure || !same ? "unsure" : "edit"}
          busy={props.busy}
          fields={fields}
          extraProblem={kind === "statement" ? (m) => (m.credit || m.amount ? null : t.stNeedMoney) : undefined}
          onSave={(c) => props.onSave(kind, c)}
          onCancel={props.onCancel}
        />
      ) : (
        <div className={s.actions}>
          <Button appearance="subtle" size="small" onClick={props.onCancel} data-testid="sheet-mapping-cancel">
            {t.cancel}
          </Button>
        </div>
      )}
    </div>
  );
}

function byColumn(a: [string, string], b: [string, string]): number {
  return a[1].length - b[1].length || a[1].localeCompare(b[1]);
}

function SheetCard(props: { sheet: RecognizedSheet; port: WorkbookPort | null; busy: boolean; onConfirm(kind: string, confirmed: ConfirmedMapping): Promise<boolean> }) {
  const { lang, t } = useI18n();
  const s = useStyles();
  const r = props.sheet;
  const pairs = Object.entries(r.mapping).sort(byColumn);
  // Open by itself where the reading needs a person: unsure, or no table recognised.
  const [open, setOpen] = useState(!r.confirmed && (r.unsure || !r.kind));
  const [saved, setSaved] = useState(false);
  const save = async (kind: string, confirmed: ConfirmedMapping) => {
    if (await props.onConfirm(kind, confirmed)) {
      setOpen(false);
      setSaved(true);
    }
  };
  return (
    <li
      className={mergeClasses(s.card, !r.kind && s.cardUnknown, r.unsure && s.cardUnsure)}
      data-testid="sheet-result"
      data-sheet={r.sheet}
      data-kind={r.kind ?? ""}
      data-confirmed={String(r.confirmed)}
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
        {r.confirmed ? (
          <Badge appearance="tint" color="success" shape="rounded" icon={<Checkmark12Filled />} data-testid="sheet-confirmed">
            {t.mappingConfirmedBadge}
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
      {saved && r.kind ? (
        <MessageBar intent="success" layout="multiline" data-testid="sheet-mapping-saved">
          <MessageBarBody>{t.sheetMappingSaved(r.sheet, t.kindLabel(r.kind, r.label))}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.port && open ? (
        <SheetMapping port={props.port} sheet={r} busy={props.busy} onSave={(k, c) => void save(k, c)} onCancel={() => setOpen(false)} />
      ) : props.port ? (
        <div className={s.actions}>
          <Button
            appearance="secondary"
            size="small"
            icon={<TableEdit16Regular />}
            disabled={props.busy}
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
            data-testid="sheet-confirm"
          >
            {r.confirmed || (r.kind && !r.unsure) ? t.correctColumns : t.confirmColumns}
          </Button>
        </div>
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
  const confirm = async (sheet: string, kind: string, confirmed: ConfirmedMapping): Promise<boolean> => {
    const port = props.port;
    if (!port) return false;
    const res = await run((ctx) => confirmSheetMapping(port, sheet, kind, confirmed, ctx), { writes: true });
    if (!res.ok) return false;
    props.onResults((props.results ?? []).map((x) => (x.sheet === sheet ? res.value : x)));
    return true;
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
              <SheetCard key={r.sheet} sheet={r} port={props.port} busy={busy} onConfirm={(k, c) => confirm(r.sheet, k, c)} />
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
