/**
 * Step "Kiểm tra": check the contribution lists (Kiểm tra), write the Chuẩn hóa sheet (Chuẩn hóa),
 * see what was found by severity and go to each cell, confirm or correct how the columns were
 * read, and — separately, after a confirmation — apply the fixes to the user's own sheet.
 * Every piece of work is an app use case (src/app/validate, fixes, mapping).
 */
import {
  Badge,
  Button,
  Caption1,
  Dropdown,
  Link,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Checkmark12Filled, ClipboardTaskListLtr20Regular, DocumentCheckmark20Regular, DocumentTable20Regular, Edit16Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import { applyFixes } from "../../app/fixes";
import { confirmMapping, confirmedMapping } from "../../app/mapping";
import { formatMoney } from "../../app/text";
import { checkWorkbook, NoContributionListError, normalizeWorkbook, validateWorkbook, type ValidateOptions, type ValidationResult } from "../../app/validate";
import type { Diagnostic } from "../../domain/contributions/types";
import type { ConfirmedMapping } from "../../domain/sheet/headers";
import type { WorkbookPort } from "../../workbook/port";
import { useI18n, type Strings } from "../i18n";
import { messageOf, useTask } from "../task";
import { ApplyFixes } from "./ApplyFixes";
import { DiagnosticList, type DiagnosticRef } from "./DiagnosticList";
import { MappingCard } from "./MappingCard";
import { Section } from "./Section";

/** The sheet Chuẩn hóa writes (src/domain/contributions/sheet.ts). */
const NORMALIZED_SHEET = "Chuẩn hóa";
/** The sheet choice that means "every list, found automatically". */
const ALL = "*";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  runRow: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", gap: tokens.spacingHorizontalS, alignItems: "center" },
  dropdown: { minWidth: 0, width: "100%" },
  normalize: { width: "100%" },
  stats: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 0.9fr) minmax(0, 1fr) minmax(0, 1.5fr)",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  stat: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  statRule: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  statValue: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  statTotal: { color: tokens.colorBrandForeground1 },
  statLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  muted: { color: tokens.colorNeutralForeground3 },
  lists: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  listRow: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingTop: "2px",
    paddingBottom: "2px",
  },
  listText: { display: "flex", flexDirection: "column", minWidth: 0, marginRight: "auto" },
  listName: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  sheetName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  editButton: { flexShrink: 0 },
  notice: { whiteSpace: "pre-wrap" },
});

type Outcome =
  | { kind: "result"; result: ValidationResult; confirmed: string[]; version: number }
  | { kind: "none"; message: string; sheet: string | null; version: number };

/** A message of the panel, kept as a function of the strings so it follows the language switch. */
type Notice = { intent: "success" | "info" | "warning"; text: (t: Strings) => string; open?: { sheet: string; label: (t: Strings) => string } } | null;

let runs = 0;

/** A check's result, or, where no list was found, the app's Vietnamese message to show. */
async function outcomeOf(port: WorkbookPort, sheet: string | null, task: () => Promise<ValidationResult>): Promise<Outcome> {
  try {
    const result = await task();
    const confirmed: string[] = [];
    for (const l of result.lists) if (await confirmedMapping(port, l.sheet)) confirmed.push(l.sheet);
    return { kind: "result", result, confirmed, version: ++runs };
  } catch (e) {
    if (e instanceof NoContributionListError) return { kind: "none", message: e.message, sheet, version: ++runs };
    throw e;
  }
}

function sum(result: ValidationResult, pick: (c: ValidationResult["contributions"][number]) => number): number {
  return result.contributions.reduce((n, c) => n + pick(c), 0);
}

const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

export interface ValidatePanelProps {
  host: "excel" | "web";
  port: WorkbookPort | null;
  /** The user's sheets, to check one of them only. */
  sheets: string[];
}

export function ValidatePanel(props: ValidatePanelProps) {
  const { t } = useI18n();
  const { run, busy, showError } = useTask();
  const s = useStyles();
  const { port } = props;
  const [target, setTarget] = useState(ALL);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [shown, setShown] = useState<DiagnosticRef | null>(null);

  useEffect(() => {
    if (target !== ALL && !props.sheets.includes(target)) setTarget(ALL);
  }, [props.sheets, target]);

  const sheet = target === ALL ? null : target;
  const options: ValidateOptions = sheet ? { sheet } : {};

  const adopt = (next: Outcome | null) => {
    setOutcome(next);
    setEditing(null);
    setShown(null);
  };

  const check = async () => {
    if (!port) return;
    setNotice(null);
    const res = await run((ctx) => outcomeOf(port, sheet, () => checkWorkbook(port, options, ctx)), { writes: true });
    if (res.ok) adopt(res.value);
  };

  const normalize = async () => {
    if (!port) return;
    setNotice(null);
    const res = await run((ctx) => outcomeOf(port, sheet, () => normalizeWorkbook(port, options, ctx)), { writes: true });
    if (!res.ok) return;
    adopt(res.value);
    if (res.value.kind === "result") {
      const n = res.value.result.contributions.length;
      setNotice({ intent: "success", text: (t) => t.normalized(n), open: { sheet: NORMALIZED_SHEET, label: (t) => t.openNormalized } });
    }
  };

  const saveMapping = async (list: string, confirmed: ConfirmedMapping) => {
    if (!port) return;
    setNotice(null);
    const res = await run(
      async (ctx) => {
        await confirmMapping(port, list, confirmed, ctx);
        return outcomeOf(port, sheet, () => checkWorkbook(port, options, ctx));
      },
      { writes: true },
    );
    if (!res.ok) return;
    adopt(res.value);
    setNotice({ intent: "success", text: (t) => t.mappingSaved(list) });
  };

  const apply = async (list: string) => {
    if (!port) return;
    setNotice(null);
    const res = await run(
      async (ctx) => {
        const applied = await applyFixes(port, list, ctx);
        // What the list looks like now (the fixes applied are no longer findings).
        const after = await outcomeOf(port, sheet, () => validateWorkbook(port, options, ctx)).catch(() => null);
        return { applied, after };
      },
      { writes: true },
    );
    if (!res.ok) return;
    adopt(res.value.after);
    const { cells, backup } = res.value.applied;
    setNotice({ intent: "success", text: (t) => t.fixesApplied(cells, list, backup), open: { sheet: backup, label: (t) => t.openBackup } });
  };

  const show = (ref: DiagnosticRef, d: Diagnostic) => {
    setShown(ref);
    if (!port) return;
    // Inside Excel the cell is selected; a file has no view and says so (false): the mark stays.
    port.select(d.sheet, d.cell).catch((e: unknown) => showError(messageOf(e)));
  };

  const openSheet = (name: string) => {
    port?.select(name, "A1").catch((e: unknown) => showError(messageOf(e)));
  };

  const checked = outcome?.kind === "result" ? outcome : null;
  const result = checked?.result ?? null;
  const fixable = useMemo(() => {
    const bySheet = new Map<string, number>();
    for (const d of result?.diagnostics ?? []) if (d.severity === "fixed" && d.fix) bySheet.set(d.sheet, (bySheet.get(d.sheet) ?? 0) + 1);
    return [...bySheet];
  }, [result]);
  const perSheet = useMemo(() => {
    const n = new Map<string, number>();
    for (const c of result?.contributions ?? []) n.set(c.sheet, (n.get(c.sheet) ?? 0) + 1);
    return n;
  }, [result]);

  // Where no list was found: offer to name the header and columns of the sheet in question.
  const manualSheet = outcome?.kind === "none" ? (outcome.sheet ?? (props.sheets.length === 1 ? props.sheets[0] : null)) : null;

  return (
    <>
      <Section title={t.checkTitle} icon={<ClipboardTaskListLtr20Regular />} about={t.checkAbout} testId="check">
        <div className={s.form}>
          <div className={s.runRow}>
            <Dropdown
              className={s.dropdown}
              aria-label={t.checkSheet}
              title={t.checkSheet}
              value={target === ALL ? t.allLists : target}
              selectedOptions={[target]}
              onOptionSelect={(_, d) => setTarget(d.optionValue ?? ALL)}
              disabled={!port}
              data-testid="validate-sheet"
            >
              <Option value={ALL} text={t.allLists}>
                {t.allLists}
              </Option>
              {props.sheets.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
            <Button appearance="primary" icon={<ClipboardTaskListLtr20Regular />} disabled={busy || !port} onClick={() => void check()} data-testid="validate-run">
              {t.checkRun}
            </Button>
          </div>
          <Button
            className={s.normalize}
            appearance="secondary"
            icon={<DocumentTable20Regular />}
            disabled={busy || !port}
            onClick={() => void normalize()}
            data-testid="normalize-run"
          >
            {t.normalizeRun}
          </Button>
          {!port ? <Caption1 className={s.muted}>{t.needWorkbook}</Caption1> : null}
        </div>

        {notice ? (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="validate-notice">
            <MessageBarBody className={s.notice}>
              {notice.text(t)}
              {notice.open && props.host === "excel" ? (
                <>
                  {" "}
                  <Link as="button" inline onClick={() => openSheet(notice.open!.sheet)} data-testid="validate-open-sheet">
                    {notice.open.label(t)}
                  </Link>
                </>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}

        {outcome?.kind === "none" ? (
          <>
            <MessageBar intent="warning" layout="multiline" data-testid="validate-none">
              <MessageBarBody className={s.notice}>
                <span data-testid="validate-none-message">{outcome.message}</span>
                <br />
                {t.noListHint}
              </MessageBarBody>
            </MessageBar>
            {port && manualSheet ? (
              <MappingCard
                key={`m${outcome.version}`}
                port={port}
                sheet={manualSheet}
                headerRows={[]}
                mapping={{}}
                mode="manual"
                busy={busy}
                onSave={(c) => void saveMapping(manualSheet, c)}
              />
            ) : null}
          </>
        ) : null}

        {result && checked ? (
          <>
            <div className={s.stats} data-testid="validate-summary">
              <div className={s.stat}>
                <span className={s.statValue} data-testid="stat-rows">
                  {number.format(result.rows)}
                </span>
                <span className={s.statLabel}>{t.statRows}</span>
              </div>
              <div className={mergeClasses(s.stat, s.statRule)}>
                <span className={s.statValue} data-testid="stat-contributions">
                  {number.format(result.contributions.length)}
                </span>
                <span className={s.statLabel}>{t.statContributions}</span>
              </div>
              <div className={mergeClasses(s.stat, s.statRule)}>
                <span className={mergeClasses(s.statValue, s.statTotal)} data-testid="stat-total" title={formatMoney(sum(result, (c) => c.amount))}>
                  {formatMoney(sum(result, (c) => c.amount))}
                </span>
                <span className={s.statLabel}>{t.statTotal}</span>
              </div>
            </div>
            {(() => {
              const days = sum(result, (c) => c.days);
              const inKind = sum(result, (c) => c.inKindValue);
              const land = sum(result, (c) => c.landArea);
              const line = t.otherTotals(days ? number.format(days) : null, inKind ? formatMoney(inKind) : null, land ? number.format(land) : null);
              return line ? (
                <Caption1 className={s.muted} data-testid="stat-other">
                  {line}
                </Caption1>
              ) : null;
            })()}

            <div className={s.lists}>
              {result.lists.map((l) => {
                const open = !l.readAs && (l.unsure || editing === l.sheet);
                return (
                  <div key={l.sheet} data-testid="list-card" data-sheet={l.sheet} data-unsure={l.unsure}>
                    <div className={s.listRow}>
                      <div className={s.listText}>
                        <span className={s.listName}>
                          <Text size={200} className={s.sheetName}>
                            {l.sheet}
                          </Text>
                          {checked.confirmed.includes(l.sheet) ? (
                            <Badge size="small" appearance="tint" color="success" shape="rounded" icon={<Checkmark12Filled />} data-testid="mapping-confirmed">
                              {t.mappingConfirmedBadge}
                            </Badge>
                          ) : null}
                        </span>
                        <Caption1 className={s.muted}>{t.listLine(l.headerRows, perSheet.get(l.sheet) ?? 0, l.readAs)}</Caption1>
                      </div>
                      {/* A list pasted as text, or read from a ledger, has no columns of its own to map. */}
                      {!l.unsure && !l.readAs ? (
                        <Button
                          className={s.editButton}
                          size="small"
                          appearance="subtle"
                          icon={<Edit16Regular />}
                          aria-expanded={open}
                          onClick={() => setEditing(open ? null : l.sheet)}
                          data-testid="edit-mapping"
                        >
                          {t.editMapping}
                        </Button>
                      ) : null}
                    </div>
                    {open && port ? (
                      <MappingCard
                        key={`${l.sheet}:${checked.version}`}
                        port={port}
                        sheet={l.sheet}
                        headerRows={l.headerRows}
                        mapping={l.mapping}
                        mode={l.unsure ? "unsure" : "edit"}
                        busy={busy}
                        onSave={(c) => void saveMapping(l.sheet, c)}
                        onCancel={l.unsure ? undefined : () => setEditing(null)}
                      />
                    ) : null}
                  </div>
                );
              })}
            </div>
          </>
        ) : null}
      </Section>

      {result && checked ? (
        <Section
          title={t.resultsTitle}
          icon={<DocumentCheckmark20Regular />}
          about={props.host === "excel" ? t.resultsAboutExcel : undefined}
          testId="check-results"
        >
          <DiagnosticList
            key={checked.version}
            diagnostics={result.diagnostics}
            showSheet={result.lists.length > 1}
            canSelect={props.host === "excel"}
            shown={shown}
            onShow={show}
            groupHead={{
              fixed: fixable.length ? (
                <>
                  {fixable.map(([list, cells]) => (
                    <ApplyFixes key={list} sheet={list} cells={cells} busy={busy} onConfirm={() => void apply(list)} />
                  ))}
                </>
              ) : undefined,
            }}
          />
        </Section>
      ) : null}
    </>
  );
}
