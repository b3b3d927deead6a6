/**
 * Step "Đối chiếu": the contribution lists against the account statement. Reads the contributions
 * (validateWorkbook), the statement (loadStatement), the window (Cấu hình) and the decisions a
 * person took (sheet "Duyệt đối chiếu"), runs the matcher, writes the `Đối chiếu` sheet and a
 * Nhật ký row. Decisions are recorded one by one, each with its own Nhật ký row.
 */
import type { Contribution } from "../domain/contributions/types";
import { NORMALIZED_SHEET } from "../domain/contributions/sheet";
import { hashData } from "../domain/hash";
import { reconcileStatement, type ReconcileResult } from "../domain/reconcile/match";
import {
  DECISIONS_SHEET,
  RECONCILE_SHEET,
  decisionsSheetDoc,
  draftContributionRow,
  readDecisions,
  reconcileSheetDoc,
  withDecision,
  withoutDecision,
  balanceCheck,
} from "../domain/reconcile/sheet";
import type { ReviewDecision, StatementLine } from "../domain/reconcile/types";
import { formatMoney } from "../domain/money";
import type { WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";
import { loadCampaignSettings } from "./settings";
import { loadStatement, type StatementRead, type StatementSource } from "./statement";
import { normalizeWorkbook, validateWorkbook } from "./validate";

export { RECONCILE_SHEET, DECISIONS_SHEET };
/** How a line's status reads in Vietnamese, for the shells that list lines. */
export { lineStatusLabel } from "../domain/reconcile/sheet";

export interface ReconcileOptions {
  statement?: StatementSource;
  /** Only this contribution list; otherwise every list of the workbook. */
  sheet?: string;
}

export interface ReconcileRun {
  result: ReconcileResult;
  statement: StatementRead;
  contributions: Contribution[];
  decisions: ReviewDecision[];
  windowDays: number;
  balance: ReturnType<typeof balanceCheck>;
}

export async function loadDecisions(port: WorkbookPort): Promise<ReviewDecision[]> {
  const sheets = await port.listSheets();
  if (!sheets.some((s) => s.name === DECISIONS_SHEET)) return [];
  return readDecisions(await port.readSheet(DECISIONS_SHEET));
}

/** Runs the matcher with the stored decisions and writes `Đối chiếu`. */
export async function reconcileWorkbook(port: WorkbookPort, options: ReconcileOptions = {}, ctx: StepContext = {}): Promise<ReconcileRun> {
  const sub = (from: number, to: number): StepContext => ({ ...ctx, progress: (f, l) => ctx.progress?.(from + f * (to - from), l) });
  const validation = await validateWorkbook(port, { sheet: options.sheet }, sub(0, 0.4));
  const statement = await loadStatement(port, options.statement ?? {}, sub(0.4, 0.6));
  const settings = await loadCampaignSettings(port);
  const decisions = await loadDecisions(port);
  const windowDays = settings.reconcileWindowDays;
  ctx.progress?.(0.6, "Đang đối chiếu");
  const result = reconcileStatement(statement.lines, validation.contributions, { windowDays, decisions });
  ctx.progress?.(0.8, `Đang ghi trang "${RECONCILE_SHEET}"`);
  await port.writeSheet(
    reconcileSheetDoc({ result, lines: statement.lines, contributions: validation.contributions, statementSheet: statement.sheet, opening: statement.opening, closing: statement.closing, windowDays }),
  );
  const s = result.summary;
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Đối chiếu sao kê",
    counts: `"${statement.sheet}": ${s.lines} dòng; ${s.matched} khớp, ${s.suggested} đề xuất, ${s.unmatched} chưa khớp, ${s.interest} lãi, ${s.fees} phí, ${s.debits} chi; ${s.decided} đã duyệt; chênh lệch sổ − ngân hàng ${formatMoney(s.difference)} đ`,
    dataHash: hashData({ lines: statement.lines, contributions: validation.contributions, decisions }),
  });
  ctx.progress?.(1, "Xong");
  return { result, statement, contributions: validation.contributions, decisions, windowDays, balance: balanceCheck(statement.lines, statement.opening, statement.closing) };
}

const ACTION_VI: Record<ReviewDecision["action"], string> = { accept: "Chấp nhận", reject: "Từ chối", link: "Gắn tay" };

/** Stores one decision (replacing an earlier one on the same line) and writes it to Nhật ký. */
export async function recordDecision(port: WorkbookPort, decision: Omit<ReviewDecision, "time" | "user">, ctx: StepContext = {}): Promise<ReviewDecision[]> {
  const d: ReviewDecision = { ...decision, user: ctx.user ?? null, time: nowIso(ctx) };
  const next = withDecision(await loadDecisions(port), d);
  await port.writeSheet(decisionsSheetDoc(next));
  await appendLog(port, {
    time: d.time,
    user: d.user,
    step: "Duyệt đối chiếu",
    counts: `${ACTION_VI[d.action]} dòng ${d.row} của "${d.sheet}"${d.contributionKeys.length ? ` → ${d.contributionKeys.join("; ")}` : ""}`,
    dataHash: hashData(d),
    detail: JSON.stringify(d),
  });
  return next;
}

/** Takes back the decision on one line; nothing else changes. */
export async function undoDecision(port: WorkbookPort, sheet: string, row: number, ctx: StepContext = {}): Promise<ReviewDecision[]> {
  const before = await loadDecisions(port);
  const removed = before.find((d) => d.sheet === sheet && d.row === row);
  const next = withoutDecision(before, sheet, row);
  await port.writeSheet(decisionsSheetDoc(next));
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Duyệt đối chiếu",
    counts: `Bỏ quyết định ${removed ? `"${ACTION_VI[removed.action]}" ` : ""}ở dòng ${row} của "${sheet}"`,
    dataHash: hashData(removed ?? null),
    detail: removed ? JSON.stringify(removed) : undefined,
  });
  return next;
}

/**
 * A credit nobody recorded: a draft row at the end of `Chuẩn hóa` (amount, date, description in the
 * name cell, "(Cần bổ sung)"), for the accountant to complete and copy into their own list. The
 * user's list is never written to. Chuẩn hóa is re-created by the next normalization, so the
 * draft is also written to Nhật ký.
 */
export async function draftUnrecordedCredit(port: WorkbookPort, line: StatementLine, ctx: StepContext = {}): Promise<void> {
  const sheets = await port.listSheets();
  if (!sheets.some((s) => s.name === NORMALIZED_SHEET)) await normalizeWorkbook(port, {}, ctx);
  const row = draftContributionRow(line, line.sheet);
  await port.appendRows(NORMALIZED_SHEET, [row]);
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Đối chiếu: nháp khoản chưa ghi sổ",
    counts: `Dòng ${line.row} của "${line.sheet}", ${formatMoney(line.credit)} đ → cuối trang "${NORMALIZED_SHEET}"`,
    dataHash: hashData(line),
    detail: JSON.stringify(row),
  });
}
