/**
 * Tool "Chuyển mã sang Unicode": preview the cells that would change (address, before → after,
 * encoding), then apply, or undo the last conversion. Inside Excel it works on the selection;
 * on the web page the user chooses a sheet and types a range.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Link,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowRight12Regular, ArrowUndo20Regular, Checkmark16Regular, Eye20Regular, TextT20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import { applyConversion, previewConversion, undoLastConversion, type ConversionPlan } from "../../app/convert";
import type { RecognizedSheet } from "../../app/recognize";
import type { WorkbookPort } from "../../workbook/port";
import { fieldName, useI18n, type Strings } from "../i18n";
import { useTask } from "../task";
import { Section } from "./Section";

/** Rows of the preview table drawn at most; the summary gives the full count. */
export const PREVIEW_ROWS = 200;

const RANGE = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/;

/** "b8 : b60" → "B8:B60"; null when it is not an A1 cell or range. */
export function normalizeRange(text: string): string | null {
  const m = RANGE.exec(text.replace(/\s+/g, "").toUpperCase());
  if (!m) return null;
  return m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`;
}

/** The name column of a recognised table, from the row under its header to past its last row. */
function nameColumnRange(r: RecognizedSheet | undefined): string | null {
  const col = r?.mapping.name;
  if (!r || !col || !r.headerRows.length) return null;
  const first = r.headerRows[r.headerRows.length - 1] + 1;
  // r.rows counts the used range, which starts at or above the header: this reaches its end.
  return `${col}${first}:${col}${first - 1 + r.rows}`;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  twoCols: { display: "grid", gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, width: "100%" },
  input: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  suggestion: { fontSize: tokens.fontSizeBase200 },
  tableBox: {
    maxHeight: "280px",
    overflowY: "auto",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { tableLayout: "fixed", width: "100%" },
  headCell: { backgroundColor: tokens.colorNeutralBackground3, position: "sticky", top: 0, zIndex: 1 },
  colAddress: { width: "48px" },
  colEncoding: { width: "72px" },
  address: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  change: { display: "flex", flexDirection: "column", minWidth: 0, paddingTop: "2px", paddingBottom: "2px" },
  before: {
    color: tokens.colorNeutralForeground3,
    textDecorationLine: "line-through",
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  after: { display: "flex", alignItems: "flex-start", gap: "2px", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  arrow: { flexShrink: 0, marginTop: "4px", color: tokens.colorBrandForeground1 },
  encoding: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  more: { display: "block", margin: 0, padding: "4px", color: tokens.colorNeutralForeground3, textAlign: "center" },
});

/** A message of the panel, kept as a function of the strings so it follows the language switch. */
type Notice = { intent: "success" | "info" | "warning"; text: (t: Strings) => string } | null;

export interface ConvertPanelProps {
  host: "excel" | "web";
  port: WorkbookPort | null;
  /** The user's sheets (web mode chooses among them). */
  sheets: string[];
  recognized: RecognizedSheet[] | null;
}

export function ConvertPanel(props: ConvertPanelProps) {
  const { lang, t } = useI18n();
  const { run, busy } = useTask();
  const s = useStyles();
  const preferred = props.recognized?.find((r) => r.kind === "contributions" && props.sheets.includes(r.sheet))?.sheet;
  const [sheet, setSheet] = useState<string>("");
  const [range, setRange] = useState("");
  const [nameColumns, setNameColumns] = useState(false);
  const [plan, setPlan] = useState<ConversionPlan | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  // Keep the chosen sheet valid as the workbook changes; prefer the recognised contribution list.
  useEffect(() => {
    if (!props.sheets.includes(sheet)) setSheet(preferred ?? props.sheets[0] ?? "");
  }, [props.sheets, preferred, sheet]);

  const recognizedSheet = props.recognized?.find((r) => r.sheet === sheet);
  const suggestion = useMemo(() => nameColumnRange(recognizedSheet), [recognizedSheet]);

  const port = props.port;
  const web = props.host === "web";

  const preview = async () => {
    if (!port) return;
    setNotice(null);
    setPlan(null);
    let target: { sheet: string; address: string } | null;
    if (web) {
      if (!sheet) return setNotice({ intent: "warning", text: (t) => t.chooseSheetFirst });
      const address = normalizeRange(range);
      if (!address) return setNotice({ intent: "warning", text: (t) => t.badRange });
      setRange(address);
      target = { sheet, address };
    } else {
      const sel = await run(() => port.selection());
      if (!sel.ok) return;
      target = sel.value;
      if (!target) return setNotice({ intent: "warning", text: (t) => t.noSelection });
    }
    const where = target;
    const res = await run(() => previewConversion(port, where.sheet, where.address, { nameColumns }));
    if (!res.ok) return;
    if (res.value.changes.length) setPlan(res.value);
    else {
      const { sheet: where, address, cellsRead } = res.value;
      setNotice({ intent: "info", text: (t) => t.previewNothing(`${where}!${address}`, cellsRead) });
    }
  };

  const apply = async () => {
    if (!port || !plan) return;
    const res = await run((ctx) => applyConversion(port, plan, ctx), { writes: true });
    if (!res.ok) return;
    setPlan(null);
    const count = plan.changes.length;
    setNotice({ intent: "success", text: (t) => t.applied(count) });
  };

  const undo = async () => {
    if (!port) return;
    setPlan(null);
    setNotice(null);
    const res = await run((ctx) => undoLastConversion(port, ctx), { writes: true });
    if (!res.ok) return;
    const done = res.value;
    setNotice(done ? { intent: "success", text: (t) => t.undone(done.restored, done.kept.length) } : { intent: "info", text: (t) => t.nothingToUndo });
  };

  return (
    <Section title={t.convertTitle} icon={<TextT20Regular />} about={web ? t.convertAboutWeb : t.convertAboutExcel} testId="convert">
      <div className={s.form}>
        {web ? (
          <div className={s.twoCols}>
            <Field label={t.sheet} size="small">
              <Dropdown
                className={s.dropdown}
                size="small"
                placeholder={t.chooseSheet}
                value={sheet}
                selectedOptions={sheet ? [sheet] : []}
                onOptionSelect={(_, d) => {
                  setSheet(d.optionValue ?? "");
                  setPlan(null);
                }}
                disabled={!port}
                data-testid="convert-sheet"
              >
                {props.sheets.map((name) => (
                  <Option key={name} value={name} data-testid="convert-sheet-option">
                    {name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={t.range} size="small">
              <Input
                className={s.input}
                size="small"
                value={range}
                placeholder={t.rangePlaceholder}
                onChange={(_, d) => {
                  setRange(d.value);
                  setPlan(null);
                }}
                onKeyDown={(e) => {
                  if (e.key === "Enter") void preview();
                }}
                disabled={!port}
                spellCheck={false}
                data-testid="convert-range"
              />
            </Field>
          </div>
        ) : null}
        {web && suggestion ? (
          <Link
            className={s.suggestion}
            as="button"
            onClick={() => {
              setRange(suggestion);
              setPlan(null);
            }}
            data-testid="convert-suggestion"
          >
            {t.useNameColumn(fieldName(lang, "name", recognizedSheet?.kind), suggestion)}
          </Link>
        ) : null}
        <Checkbox
          checked={nameColumns}
          onChange={(_, d) => {
            setNameColumns(Boolean(d.checked));
            setPlan(null);
          }}
          label={t.nameColumns}
          data-testid="convert-names"
        />
        <div className={s.actions}>
          <Button appearance={plan ? "secondary" : "primary"} icon={<Eye20Regular />} disabled={busy || !port} onClick={() => void preview()} data-testid="convert-preview">
            {t.preview}
          </Button>
          <Button appearance="subtle" icon={<ArrowUndo20Regular />} disabled={busy || !port} onClick={() => void undo()} data-testid="convert-undo">
            {t.undo}
          </Button>
        </div>
      </div>

      {notice ? (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="convert-notice">
          <MessageBarBody>{notice.text(t)}</MessageBarBody>
        </MessageBar>
      ) : null}

      {plan ? (
        <div className={s.form} data-testid="convert-plan">
          <Text size={200} data-testid="convert-summary">
            {t.previewSummary(plan.changes.length, `${plan.sheet}!${plan.address}`, plan.cellsRead)}
          </Text>
          <div className={s.tableBox}>
            <Table size="extra-small" className={s.table} aria-label={t.convertTitle}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={mergeClasses(s.headCell, s.colAddress)}>{t.cell}</TableHeaderCell>
                  <TableHeaderCell className={s.headCell}>
                    {t.before} → {t.after}
                  </TableHeaderCell>
                  <TableHeaderCell className={mergeClasses(s.headCell, s.colEncoding)}>{t.encoding}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.changes.slice(0, PREVIEW_ROWS).map((c) => (
                  <TableRow key={c.address} data-testid="change-row" data-address={c.address}>
                    <TableCell className={s.address}>{c.address}</TableCell>
                    <TableCell>
                      <div className={s.change}>
                        <span className={s.before} data-testid="change-before">
                          {c.before}
                        </span>
                        <span className={s.after}>
                          <ArrowRight12Regular className={s.arrow} />
                          <span data-testid="change-after">{c.after}</span>
                        </span>
                      </div>
                    </TableCell>
                    <TableCell className={s.encoding}>{t.encodingNames[c.encoding] ?? c.encoding}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {plan.changes.length > PREVIEW_ROWS ? <Caption1 as="p" className={s.more}>{t.moreChanges(plan.changes.length - PREVIEW_ROWS)}</Caption1> : null}
          </div>
          <div className={s.actions}>
            <Button appearance="primary" icon={<Checkmark16Regular />} disabled={busy} onClick={() => void apply()} data-testid="convert-apply">
              {t.apply}
            </Button>
            <Button appearance="secondary" disabled={busy} onClick={() => setPlan(null)} data-testid="convert-cancel">
              {t.cancel}
            </Button>
          </div>
        </div>
      ) : null}
    </Section>
  );
}
