/**
 * "Sao kê": read the account statement, from a sheet of the workbook or from the bank's file
 * (.xlsx, .csv, .xls — a file input works on the web page and inside Excel alike). Shows what was
 * read (layout, account, lines, credits, debits, interest, fees, opening and closing), the balance
 * check and its diagnostics (a click selects the cell), and for a table of no known layout the card
 * to confirm its columns once (remembered in Cấu hình). The Đối chiếu panel includes it and gets
 * each reading through `onRead`.
 */
import { Badge, Button, Caption1, Dropdown, makeStyles, mergeClasses, MessageBar, MessageBarBody, Option, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, DocumentArrowUp20Regular, DocumentTable20Regular, Warning16Filled } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import { STATEMENT_FIELDS } from "../../app/mapping";
import { confirmStatementMapping, loadStatement, type StatementRead } from "../../app/statement";
import { formatMoney } from "../../app/text";
import type { Diagnostic } from "../../domain/contributions/types";
import type { ConfirmedMapping } from "../../domain/sheet/headers";
import type { WorkbookPort } from "../../workbook/port";
import { useI18n, type Strings } from "../i18n";
import { messageOf, useTask } from "../task";
import { DiagnosticList, type DiagnosticRef } from "./DiagnosticList";
import { MappingCard, type MappingField } from "./MappingCard";
import { Section } from "./Section";

/** The sheet choice that means "find the statement by its headers". */
const AUTO = "*";
const ACCEPT = ".xlsx,.csv,.xls,.xml,.htm,.html,.txt";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  runRow: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", gap: tokens.spacingHorizontalS, alignItems: "center" },
  dropdown: { minWidth: 0, width: "100%" },
  fileRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3 },
  hiddenInput: { display: "none" },
  facts: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  factLabel: { color: tokens.colorNeutralForeground3 },
  factValue: { overflowWrap: "anywhere" },
  stats: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  stat: { display: "flex", flexDirection: "column", minWidth: 0, paddingTop: "6px", paddingBottom: "6px", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalXS },
  statValue: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  statLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  check: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  broken: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** A File's bytes (FileReader where File.arrayBuffer is missing: older Office web views). */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

function money(n: number | null): string {
  return n === null ? "—" : formatMoney(n);
}

function statementFields(t: Strings): MappingField[] {
  return STATEMENT_FIELDS.map((f) => ({ field: f.field, label: t.stFields[f.field] ?? f.label, required: f.required }));
}

export interface StatementImportProps {
  host: "excel" | "web";
  port: WorkbookPort | null;
  /** The user's sheets, to pick the statement among them. */
  sheets: string[];
  /** Each reading, for the panel that reconciles it. */
  onRead?(read: StatementRead): void;
}

let readings = 0;

export function StatementImport(props: StatementImportProps) {
  const { t } = useI18n();
  const { run, busy, showError } = useTask();
  const s = useStyles();
  const { port } = props;
  const [target, setTarget] = useState(AUTO);
  const [read, setRead] = useState<{ value: StatementRead; version: number } | null>(null);
  const [shown, setShown] = useState<DiagnosticRef | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const onRead = useRef(props.onRead);
  onRead.current = props.onRead;

  useEffect(() => {
    if (target !== AUTO && !props.sheets.includes(target)) setTarget(AUTO);
  }, [props.sheets, target]);

  const adopt = (value: StatementRead) => {
    setRead({ value, version: ++readings });
    setShown(null);
    onRead.current?.(value);
  };

  const readSheet = async (sheet?: string) => {
    if (!port) return;
    setSaved(null);
    const res = await run((ctx) => loadStatement(port, sheet ? { sheet } : {}, ctx));
    if (res.ok) adopt(res.value);
  };

  const readFile = async (file: File) => {
    if (!port) return;
    setSaved(null);
    const res = await run(async (ctx) => loadStatement(port, { file: { bytes: await readBytes(file), name: file.name } }, ctx), { writes: true });
    if (res.ok) adopt(res.value);
  };

  const saveMapping = async (confirmed: ConfirmedMapping) => {
    if (!port || !read) return;
    const sheet = read.value.sheet;
    const res = await run(
      async (ctx) => {
        await confirmStatementMapping(port, sheet, confirmed, ctx);
        return loadStatement(port, { sheet }, ctx);
      },
      { writes: true },
    );
    if (!res.ok) return;
    adopt(res.value);
    setSaved(sheet);
  };

  const show = (ref: DiagnosticRef, d: Diagnostic) => {
    setShown(ref);
    port?.select(d.sheet, d.cell).catch((e: unknown) => showError(messageOf(e)));
  };

  const sheetOptions = useMemo(() => {
    const names = [...props.sheets];
    if (read && !names.includes(read.value.sheet)) names.push(read.value.sheet);
    return names;
  }, [props.sheets, read]);

  const r = read?.value ?? null;
  const fields = useMemo(() => statementFields(t), [t]);

  return (
    <Section title={t.stTitle} icon={<DocumentTable20Regular />} about={t.stAbout} testId="statement-import">
      <div className={s.form}>
        <div className={s.runRow}>
          <Dropdown
            className={s.dropdown}
            aria-label={t.stSheetLabel}
            value={target === AUTO ? t.stAuto : target}
            selectedOptions={[target]}
            onOptionSelect={(_, d) => setTarget(d.optionValue ?? AUTO)}
            disabled={!port || busy}
            data-testid="statement-sheet"
          >
            <Option value={AUTO}>{t.stAuto}</Option>
            {sheetOptions.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
          <Button appearance="primary" disabled={!port || busy} onClick={() => void readSheet(target === AUTO ? undefined : target)} data-testid="statement-read">
            {t.stRead}
          </Button>
        </div>
        <div className={s.fileRow}>
          <Button icon={<DocumentArrowUp20Regular />} disabled={!port || busy} onClick={() => fileInput.current?.click()} data-testid="statement-open">
            {t.stOpenFile}
          </Button>
          <Caption1 className={s.hint}>{t.stFileHint}</Caption1>
          <input
            ref={fileInput}
            className={s.hiddenInput}
            type="file"
            accept={ACCEPT}
            data-testid="statement-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = "";
              if (f) void readFile(f);
            }}
          />
        </div>
      </div>

      {saved ? (
        <MessageBar intent="success" data-testid="statement-saved">
          <MessageBarBody>{t.stMappingSaved(saved)}</MessageBarBody>
        </MessageBar>
      ) : null}

      {r ? (
        <div className={s.form} data-testid="statement-result" data-layout={r.layout} data-lines={r.lines.length}>
          <div className={s.facts}>
            <Caption1 className={s.factLabel}>{t.stSheetLabel}</Caption1>
            <Text size={200} className={s.factValue} data-testid="statement-sheet-name">
              {r.sheet}
            </Text>
            <Caption1 className={s.factLabel}>{t.stLayout}</Caption1>
            <Text size={200} className={s.factValue} data-testid="statement-layout">
              {r.layoutLabel}
            </Text>
            {r.account ? (
              <>
                <Caption1 className={s.factLabel}>{t.stAccount}</Caption1>
                <Text size={200} className={s.factValue} data-testid="statement-account">
                  {r.account}
                  {r.bank ? ` · ${r.bank}` : ""}
                </Text>
              </>
            ) : null}
            {r.period?.from ? (
              <>
                <Caption1 className={s.factLabel}>{t.stPeriod}</Caption1>
                <Text size={200} className={s.factValue}>
                  {r.period.from.split("-").reverse().join("/")} – {r.period.to ? r.period.to.split("-").reverse().join("/") : "…"}
                </Text>
              </>
            ) : null}
            {r.file ? (
              <>
                <Caption1 className={s.factLabel}>{t.stFile}</Caption1>
                <Text size={200} className={s.factValue}>
                  {r.file.name}
                </Text>
              </>
            ) : null}
          </div>
          <div className={s.stats} data-testid="statement-stats">
            {(
              [
                [t.stLines, String(r.totals.lines), "lines"],
                [t.stCredits, money(r.totals.credit), "credit"],
                [t.stDebits, money(r.totals.debit), "debit"],
                [t.stInterest, money(r.totals.interest), "interest"],
                [t.stFees, money(r.totals.fees), "fees"],
                [t.stOpening, money(r.opening), "opening"],
                [t.stClosing, money(r.closing), "closing"],
                [t.stExpected, money(r.balance.expectedClosing), "expected"],
              ] as const
            ).map(([label, value, id]) => (
              <div key={id} className={s.stat} data-testid={`statement-${id}`}>
                <span className={s.statValue} title={value}>
                  {value}
                </span>
                <span className={s.statLabel}>{label}</span>
              </div>
            ))}
          </div>
          <div className={s.check} data-testid="statement-check" data-ok={String(r.balance.ok)}>
            {r.balance.ok === true ? (
              <>
                <CheckmarkCircle16Filled className={s.ok} />
                <Text size={200}>{t.stBalanceOk}</Text>
              </>
            ) : r.balance.ok === false ? (
              <>
                <Warning16Filled className={s.broken} />
                <Text size={200}>{t.stBalanceBroken(r.balance.breaks.length)}</Text>
              </>
            ) : (
              <Caption1 className={s.hint}>{t.stBalanceUnchecked}</Caption1>
            )}
            <Badge appearance="tint" shape="rounded" color="informative" className={mergeClasses()}>
              {t.stCreditLines(r.totals.credits)}
            </Badge>
          </div>
          {r.lines.length === 0 ? <Caption1 className={s.hint}>{t.stNoLines}</Caption1> : null}
          {r.needsMapping && port ? (
            <MappingCard
              key={`m${read?.version}`}
              port={port}
              sheet={r.sheet}
              headerRows={r.headerRows}
              mapping={r.mapping}
              mode={r.headerRows.length ? "unsure" : "manual"}
              busy={busy}
              fields={fields}
              extraProblem={(m) => (m.credit || m.amount ? null : t.stNeedMoney)}
              onSave={(c) => void saveMapping(c)}
            />
          ) : null}
          {r.diagnostics.length ? (
            <DiagnosticList
              key={read?.version}
              // The list shows sheet, cell, severity and message, which statement diagnostics share.
              diagnostics={r.diagnostics as unknown as Diagnostic[]}
              showSheet={false}
              canSelect={props.host === "excel"}
              shown={shown}
              onShow={show}
            />
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
