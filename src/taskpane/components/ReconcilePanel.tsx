/**
 * Step "Đối chiếu": read the statement (StatementImport), match it with the contribution lists,
 * see the totals, and review each proposal — accept, reject, re-link by hand, undo, or draft the
 * missing row of an unrecorded credit — from the keyboard. Every piece of work is an app use case
 * (src/app/reconcile); decisions are stored in the workbook and re-applied on each run.
 */
import { Badge, Button, Caption1, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular, Checkmark16Regular, Dismiss16Regular, Link16Regular, ArrowUndo16Regular, DocumentAdd16Regular, DataUsage20Regular } from "@fluentui/react-icons";
import { useRef, useState, type KeyboardEvent } from "react";
import { draftUnrecordedCredit, lineStatusLabel, recordDecision, reconcileWorkbook, undoDecision, type ReconcileRun } from "../../app/reconcile";
import type { StatementRead } from "../../app/statement";
import { formatMoney } from "../../app/text";
import type { LineResult, ReviewDecision } from "../../domain/reconcile/types";
import type { WorkbookPort } from "../../workbook/port";
import { useI18n, type Strings } from "../i18n";
import { useTask } from "../task";
import { Section } from "./Section";
import { StatementImport } from "./StatementImport";

const useStyles = makeStyles({
  stats: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  stat: { display: "flex", flexDirection: "column", minWidth: 0 },
  statValue: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  statLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    maxHeight: "420px",
    overflowY: "auto",
    outlineOffset: "2px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    borderLeft: "3px solid transparent",
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  keys: { color: tokens.colorNeutralForeground3, whiteSpace: "pre-wrap" },
});

export interface ReconcilePanelProps {
  host: "excel" | "web";
  port: WorkbookPort | null;
  sheets: string[];
}

const BADGE: Record<string, "success" | "warning" | "danger" | "informative" | "subtle"> = {
  matched: "success",
  suggested: "warning",
  unmatched: "danger",
};

/** The lines a person reviews: proposals first, then unrecorded credits, then what a person decided. */
function reviewLines(run: ReconcileRun): LineResult[] {
  const rank = (l: LineResult) => (l.decision ? 2 : l.status === "suggested" ? 0 : 1);
  return run.result.lines.filter((l) => l.class === "credit" && (l.status !== "matched" || l.decision)).sort((a, b) => rank(a) - rank(b) || a.row - b.row);
}

/** "12, 13" or "DS ủng hộ!12" → contribution keys of this run. */
function keysOf(text: string, run: ReconcileRun): string[] | null {
  const keys: string[] = [];
  for (const part of text.split(/[,;\s]+/).filter((p) => p !== "")) {
    if (part.includes("!")) {
      if (!run.contributions.some((c) => `${c.sheet}!${c.row}` === part)) return null;
      keys.push(part);
      continue;
    }
    const c = run.contributions.find((x) => x.row === Number(part));
    if (!c) return null;
    keys.push(`${c.sheet}!${c.row}`);
  }
  return keys.length ? keys : null;
}

export function ReconcilePanel(props: ReconcilePanelProps) {
  const { t } = useI18n();
  const { run: runTask, busy, showError } = useTask();
  const s = useStyles();
  const { port } = props;
  const [statement, setStatement] = useState<StatementRead | null>(null);
  const [result, setResult] = useState<ReconcileRun | null>(null);
  const [selected, setSelected] = useState(0);
  const [linking, setLinking] = useState<string | null>(null);
  const [notice, setNotice] = useState<((t: Strings) => string) | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  const source = () => ({ statement: statement ? { sheet: statement.sheet } : {} });

  const reconcile = async () => {
    if (!port) return;
    setNotice(null);
    const res = await runTask((ctx) => reconcileWorkbook(port, source(), ctx), { writes: true });
    if (res.ok) {
      setResult(res.value);
      setSelected(0);
    }
  };

  const lines = result ? reviewLines(result) : [];
  const current = lines[Math.min(selected, lines.length - 1)] ?? null;
  const statementSheet = result?.statement.sheet ?? "";

  /** One decision (or its undoing), then the run again so the sheet and the list follow. */
  const decide = async (change: (ctx: Parameters<Parameters<typeof runTask>[0]>[0]) => Promise<unknown>, message: (t: Strings) => string) => {
    if (!port) return;
    const res = await runTask(
      async (ctx) => {
        await change(ctx);
        return reconcileWorkbook(port, source(), ctx);
      },
      { writes: true },
    );
    if (res.ok) {
      setResult(res.value);
      setNotice(() => message);
      listRef.current?.focus();
    }
  };

  const act = (action: ReviewDecision["action"], keys: string[]) => {
    if (!port || !current) return;
    const row = current.row;
    void decide((ctx) => recordDecision(port, { sheet: statementSheet, row, action, contributionKeys: keys }, ctx), (t) => t.rcDecided(row, action === "accept" ? t.rcAccept : action === "reject" ? t.rcReject : t.rcLink));
  };
  const accept = () => current && current.contributionKeys.length > 0 && act("accept", current.contributionKeys);
  const reject = () => current && act("reject", []);
  const undo = () => {
    if (!port || !current?.decision) return;
    const row = current.row;
    void decide((ctx) => undoDecision(port, statementSheet, row, ctx), (t) => t.rcUndone(row));
  };
  const draft = () => {
    if (!port || !current || !result || current.status !== "unmatched") return;
    const line = result.statement.lines.find((l) => l.row === current.row);
    if (!line) return;
    void decide((ctx) => draftUnrecordedCredit(port, line, ctx), (t) => t.rcDrafted(line.row));
  };
  const startLink = () => {
    if (!current) return;
    setLinking(current.contributionRows.join(", "));
    setTimeout(() => linkRef.current?.focus(), 0);
  };
  const saveLink = () => {
    if (!result || linking === null) return;
    const keys = keysOf(linking, result);
    if (!keys) {
      showError(t.rcBadRows(linking));
      return;
    }
    setLinking(null);
    act("link", keys);
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (busy || lines.length === 0) return;
    const key = e.key.toLowerCase();
    if (e.key === "ArrowDown") setSelected((i) => Math.min(lines.length - 1, i + 1));
    else if (e.key === "ArrowUp") setSelected((i) => Math.max(0, i - 1));
    else if (key === "a" || e.key === "Enter") accept();
    else if (key === "r" || e.key === "Delete") reject();
    else if (key === "l") startLink();
    else if (key === "u") undo();
    else if (key === "d") draft();
    else return;
    e.preventDefault();
  };

  const sum = result?.result.summary;
  return (
    <>
      <StatementImport host={props.host} port={port} sheets={props.sheets} onRead={setStatement} />
      <Section title={t.rcTitle} icon={<ArrowSync20Regular />} about={t.rcAbout} testId="reconcile">
        <Button appearance="primary" data-testid="reconcile-run" disabled={!port || busy} onClick={reconcile}>
          {t.rcRun}
        </Button>
        {sum && result ? (
          <>
            <div className={s.stats} data-testid="reconcile-totals">
              {[
                [t.rcMatched, sum.matched, sum.amounts.matched],
                [t.rcSuggested, sum.suggested, sum.amounts.suggested],
                [t.rcUnmatched, sum.unmatched, sum.amounts.unmatched],
              ].map(([label, n, amount]) => (
                <div key={String(label)} className={s.stat}>
                  <span className={s.statValue}>{n}</span>
                  <span className={s.statLabel}>
                    {label} · {formatMoney(Number(amount))} đ
                  </span>
                </div>
              ))}
            </div>
            <Caption1 data-testid="reconcile-difference">{t.rcDifference(formatMoney(sum.book), formatMoney(sum.bank), formatMoney(sum.difference), sum.waiting.count)}</Caption1>
            <Caption1 data-testid="reconcile-balance">{result.balance.ok === null ? t.rcBalanceUnknown : result.balance.ok ? t.rcBalanceOk : t.rcBalanceBroken}</Caption1>
          </>
        ) : null}
      </Section>
      {result ? (
        <Section title={t.rcReviewTitle} icon={<DataUsage20Regular />} about={t.rcKeys} testId="reconcile-review">
          {notice ? (
            <MessageBar intent="success">
              <MessageBarBody>{notice(t)}</MessageBarBody>
            </MessageBar>
          ) : null}
          {lines.length === 0 ? (
            <Text>{t.rcNothing}</Text>
          ) : (
            <div ref={listRef} className={s.list} role="listbox" tabIndex={0} aria-label={t.rcReviewTitle} aria-activedescendant={current ? `rc-${current.row}` : undefined} onKeyDown={onKey} data-testid="reconcile-list">
              {lines.map((l, i) => (
                <div
                  key={l.row}
                  id={`rc-${l.row}`}
                  role="option"
                  aria-selected={l === current}
                  className={mergeClasses(s.item, l === current && s.selected)}
                  onClick={() => setSelected(i)}
                  data-testid={`reconcile-line-${l.row}`}
                >
                  <div className={s.head}>
                    <Text weight="semibold">{t.rcLine(l.row)}</Text>
                    <Badge appearance="tint" color={l.decision === "reject" ? "danger" : l.decision ? "success" : BADGE[l.status]}>
                      {lineStatusLabel(l)}
                    </Badge>
                    <Caption1>
                      {t.rcScore} {l.score.toFixed(2)}
                    </Caption1>
                    {l.contributionRows.length ? <Caption1 className={s.keys}>{t.rcRows(l.contributionRows.join(", "))}</Caption1> : null}
                  </div>
                  <span className={s.reason}>{l.reason}</span>
                  {l === current ? (
                    <div className={s.actions}>
                      <Button size="small" icon={<Checkmark16Regular />} disabled={busy || l.contributionKeys.length === 0} onClick={accept} data-testid="reconcile-accept">
                        {t.rcAccept} (A)
                      </Button>
                      <Button size="small" icon={<Dismiss16Regular />} disabled={busy} onClick={reject} data-testid="reconcile-reject">
                        {t.rcReject} (R)
                      </Button>
                      <Button size="small" icon={<Link16Regular />} disabled={busy} onClick={startLink} data-testid="reconcile-link">
                        {t.rcLink} (L)
                      </Button>
                      {l.decision ? (
                        <Button size="small" icon={<ArrowUndo16Regular />} disabled={busy} onClick={undo} data-testid="reconcile-undo">
                          {t.rcUndo} (U)
                        </Button>
                      ) : null}
                      {l.status === "unmatched" && !l.decision ? (
                        <Button size="small" icon={<DocumentAdd16Regular />} disabled={busy} onClick={draft} data-testid="reconcile-draft">
                          {t.rcDraft} (D)
                        </Button>
                      ) : null}
                    </div>
                  ) : null}
                  {l === current && linking !== null ? (
                    <Input
                      ref={linkRef}
                      value={linking}
                      aria-label={t.rcLinkPrompt}
                      placeholder={t.rcLinkPrompt}
                      onChange={(_e, d) => setLinking(d.value)}
                      onKeyDown={(e) => {
                        e.stopPropagation();
                        if (e.key === "Enter") saveLink();
                        if (e.key === "Escape") {
                          setLinking(null);
                          listRef.current?.focus();
                        }
                      }}
                      data-testid="reconcile-link-input"
                    />
                  ) : null}
                </div>
              ))}
            </div>
          )}
        </Section>
      ) : null}
    </>
  );
}
