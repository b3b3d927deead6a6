/**
 * The sheets reconciliation writes: `Đối chiếu` (re-created each run) and `Duyệt đối chiếu`, the
 * decisions a person took (one row per statement line decided, re-written on each decision), and
 * the way back from both to plain data (what counts as received; the stored decisions).
 */
import type { Contribution } from "../contributions/types";
import { DATE_NUMBER_FORMAT, isoToSerial } from "../dates";
import { MONEY_NUMBER_FORMAT, formatMoney, moneyInWordsLine } from "../money";
import type { CellValue, Grid, SheetDoc, StyleRun } from "../sheet/types";
import type { ReconcileResult } from "./match";
import type { LineResult, MatchStatus, ReviewDecision, StatementLine } from "./types";

export const RECONCILE_SHEET = "Đối chiếu";
export const DECISIONS_SHEET = "Duyệt đối chiếu";

export const STATUS_LABELS: Record<MatchStatus, string> = { matched: "Khớp", suggested: "Đề xuất", unmatched: "Chưa khớp" };
/** A line a person accepted or linked reads "Đã duyệt"; one rejected reads "Từ chối". */
export const DECIDED_LABEL = "Đã duyệt";
export const REJECTED_LABEL = "Từ chối";
const CLASS_LABELS = { credit: "Ghi có", interest: "Lãi", fee: "Phí", debit: "Ghi nợ" } as const;
const KIND_LABELS = { single: "Chuyển khoản", batch: "Theo danh sách", "cash-deposit": "Nộp tiền mặt", installment: "Trả nhiều đợt" } as const;

/** Header of the lines table; "Khóa đóng góp" is what receivedMoney reads back. */
export const LINE_HEADER = ["STT", "Dòng sao kê", "Ngày", "Diễn giải", "Ghi có (đồng)", "Ghi nợ (đồng)", "Loại", "Trạng thái", "Cách khớp", "Dòng đóng góp", "Người đóng góp", "Chênh lệch (đồng)", "Điểm", "Lý do", "Khóa đóng góp"];
const KEY_COLUMN = LINE_HEADER.length - 1;
const STATUS_COLUMN = LINE_HEADER.indexOf("Trạng thái");

export function lineStatusLabel(r: LineResult): string {
  if (r.decision === "reject") return REJECTED_LABEL;
  if (r.decision) return DECIDED_LABEL;
  return STATUS_LABELS[r.status];
}

export interface ReconcileSheetInput {
  result: ReconcileResult;
  lines: readonly StatementLine[];
  contributions: readonly Contribution[];
  statementSheet: string;
  opening: number | null;
  closing: number | null;
  windowDays: number;
}

/** Opening + credits − debits = closing; null where the statement gives no balances. */
export function balanceCheck(lines: readonly StatementLine[], opening: number | null, closing: number | null) {
  const credits = lines.reduce((s, l) => s + l.credit, 0);
  const debits = lines.reduce((s, l) => s + l.debit, 0);
  const expected = opening === null ? null : opening + credits - debits;
  return { credits, debits, expected, ok: expected === null || closing === null ? null : expected === closing };
}

export function reconcileSheetDoc(input: ReconcileSheetInput): SheetDoc {
  const { result, lines, contributions, statementSheet } = input;
  const rows: CellValue[][] = [];
  const styles: StyleRun[] = [];
  const moneyCols = (r: number, cols: string[]) => cols.forEach((c) => styles.push({ range: `${c}${r}`, style: { numberFormat: MONEY_NUMBER_FORMAT } }));
  const bold = (r: number) => styles.push({ range: `A${r}:O${r}`, style: { bold: true } });
  const push = (row: CellValue[]) => {
    rows.push(row);
    return rows.length;
  };
  const byKey = new Map(contributions.map((c) => [`${c.sheet}!${c.row}`, c]));
  const s = result.summary;

  bold(push(["BẢNG ĐỐI CHIẾU SAO KÊ VỚI DANH SÁCH ĐÓNG GÓP"]));
  push([`Sao kê: trang "${statementSheet}", ${lines.length} dòng; tiền có thể về từ ngày ghi sổ đến ${input.windowDays} ngày sau.`]);
  push([]);

  // I. Lines
  bold(push(["I. CÁC DÒNG SAO KÊ"]));
  const headerRow = push(LINE_HEADER);
  styles.push({ range: `A${headerRow}:O${headerRow}`, style: { bold: true, wrap: true, border: "thin", hAlign: "center" } });
  const first = headerRow + 1;
  result.lines.forEach((r, k) => {
    const l = lines[k];
    const names = r.contributionKeys.map((key) => byKey.get(key)?.name ?? key);
    const row = push([
      k + 1,
      l.row,
      l.date ? isoToSerial(l.date) : null,
      l.description,
      l.credit || null,
      l.debit || null,
      CLASS_LABELS[r.class],
      lineStatusLabel(r),
      r.kind ? KIND_LABELS[r.kind] : null,
      r.contributionRows.join(", ") || null,
      names.join("; ") || null,
      r.contributionKeys.length ? r.difference : null,
      r.score || null,
      r.reason,
      r.status === "unmatched" ? null : r.contributionKeys.join("; "),
    ]);
    void row;
  });
  const last = rows.length;
  if (last >= first) {
    styles.push({ range: `C${first}:C${last}`, style: { numberFormat: DATE_NUMBER_FORMAT } });
    styles.push({ range: `E${first}:F${last}`, style: { numberFormat: MONEY_NUMBER_FORMAT } });
    styles.push({ range: `L${first}:L${last}`, style: { numberFormat: MONEY_NUMBER_FORMAT } });
  }
  const totalLines = push([null, null, null, "Cộng", s.amounts.credits + s.amounts.interest, s.amounts.fees + s.amounts.debits]);
  bold(totalLines);
  moneyCols(totalLines, ["E", "F"]);
  push([null, null, null, moneyInWordsLine(s.amounts.credits + s.amounts.interest)]);
  push([]);

  // II. Contributions waiting for money
  bold(push(["II. KHOẢN ĐÃ GHI SỔ CHƯA THẤY TIỀN VỀ"]));
  push(["STT", "Trang", "Dòng", "Họ và tên", "Đơn vị / Thôn", "Hình thức", "Ngày ghi sổ", "Số tiền (đồng)", "Trạng thái"]);
  styles.push({ range: `A${rows.length}:I${rows.length}`, style: { bold: true, border: "thin" } });
  let waiting = 0;
  let n = 0;
  for (const cr of result.contributions) {
    if (cr.status === "matched") continue;
    const c = byKey.get(cr.key);
    if (!c) continue;
    waiting += c.amount;
    const r = push([++n, c.sheet, c.row, c.name, c.unit, c.channel === "cash" ? "Tiền mặt (chưa nộp)" : "Chuyển khoản", c.date ? isoToSerial(c.date) : null, c.amount, cr.status === "suggested" ? `Đề xuất: dòng sao kê ${cr.lineRows.join(", ")}` : "Chưa thấy"]);
    styles.push({ range: `G${r}`, style: { numberFormat: DATE_NUMBER_FORMAT } });
    moneyCols(r, ["H"]);
  }
  const tw = push([null, null, null, "Cộng", null, null, null, waiting]);
  bold(tw);
  moneyCols(tw, ["H"]);
  push([null, null, null, moneyInWordsLine(waiting)]);
  push([]);

  // III. Credits nobody recorded
  bold(push(["III. TIỀN VỀ CHƯA CÓ TRONG DANH SÁCH"]));
  push(["STT", "Dòng sao kê", "Ngày", "Diễn giải", "Ghi có (đồng)", "Lý do"]);
  styles.push({ range: `A${rows.length}:F${rows.length}`, style: { bold: true, border: "thin" } });
  let unrecorded = 0;
  n = 0;
  result.lines.forEach((r, k) => {
    if (r.class !== "credit" || r.status !== "unmatched") return;
    const l = lines[k];
    unrecorded += l.credit;
    const row = push([++n, l.row, l.date ? isoToSerial(l.date) : null, l.description, l.credit, r.reason]);
    styles.push({ range: `C${row}`, style: { numberFormat: DATE_NUMBER_FORMAT } });
    moneyCols(row, ["E"]);
  });
  const tu = push([null, null, null, "Cộng", unrecorded]);
  bold(tu);
  moneyCols(tu, ["E"]);
  push([null, null, null, moneyInWordsLine(unrecorded)]);
  push([]);

  // IV. Totals, book against bank, balance check
  bold(push(["IV. TỔNG HỢP"]));
  push(["", "Trạng thái", "Số dòng", "Số tiền (đồng)"]);
  styles.push({ range: `A${rows.length}:D${rows.length}`, style: { bold: true, border: "thin" } });
  const sumRow = (label: string, count: number, amount: number) => moneyCols(push([null, label, count, amount]), ["D"]);
  sumRow("Khớp (tự động hoặc đã duyệt)", s.matched, s.amounts.matched);
  sumRow("Đề xuất chờ duyệt", s.suggested, s.amounts.suggested);
  sumRow("Chưa khớp (chưa ai ghi sổ)", s.unmatched, s.amounts.unmatched);
  sumRow("Lãi tiền gửi", s.interest, s.amounts.interest);
  sumRow("Phí ngân hàng", s.fees, s.amounts.fees);
  sumRow("Khoản chi khác", s.debits, s.amounts.debits);
  push([]);
  sumRow("Sổ sách: tổng tiền đã ghi (tiền mặt và chuyển khoản)", result.contributions.length, s.book);
  sumRow("Ngân hàng: tổng tiền ủng hộ về tài khoản (không kể lãi)", s.credits, s.bank);
  sumRow("Chênh lệch sổ sách − ngân hàng", 0, s.difference);
  sumRow("Chuyển khoản đã ghi sổ chưa thấy về", s.waiting.count, s.waiting.amount);
  sumRow("Tiền mặt đã thu chưa nộp vào tài khoản", s.cashNotDeposited.count, s.cashNotDeposited.amount);
  push([]);
  const bc = balanceCheck(lines, input.opening, input.closing);
  const check =
    bc.ok === null
      ? "Kiểm tra số dư: sao kê không ghi đủ số dư đầu kỳ và cuối kỳ để kiểm tra."
      : bc.ok
        ? `Kiểm tra số dư: đầu kỳ ${formatMoney(input.opening ?? 0)} + ghi có ${formatMoney(bc.credits)} − ghi nợ ${formatMoney(bc.debits)} = cuối kỳ ${formatMoney(input.closing ?? 0)} đ: khớp.`
        : `Kiểm tra số dư: đầu kỳ ${formatMoney(input.opening ?? 0)} + ghi có ${formatMoney(bc.credits)} − ghi nợ ${formatMoney(bc.debits)} = ${formatMoney(bc.expected ?? 0)} đ, nhưng sao kê ghi cuối kỳ ${formatMoney(input.closing ?? 0)} đ: lệch ${formatMoney(Math.abs((bc.expected ?? 0) - (input.closing ?? 0)))} đ.`;
  bold(push([check]));

  return {
    name: RECONCILE_SHEET,
    rows,
    styles: [{ range: `A1:O${rows.length}`, style: { font: "Times New Roman", size: 11 } }, ...styles],
    columnWidths: [6, 10, 12, 48, 14, 14, 9, 11, 14, 14, 26, 13, 7, 60, 24],
    freeze: { rows: headerRow, columns: 0 },
  };
}

/** Contribution keys the stored Đối chiếu sheet counts as arrived (matched, or accepted/linked by a person). */
export function receivedKeysFromSheet(grid: Grid): Set<string> | null {
  const keys = new Set<string>();
  const header = grid.values.findIndex((r) => r[KEY_COLUMN] === LINE_HEADER[KEY_COLUMN] && r[STATUS_COLUMN] === LINE_HEADER[STATUS_COLUMN]);
  if (header < 0) return null;
  for (let i = header + 1; i < grid.values.length; i++) {
    const r = grid.values[i];
    if (r[1] === null || r[1] === undefined || r[1] === "") break;
    const status = r[STATUS_COLUMN];
    if (status !== STATUS_LABELS.matched && status !== DECIDED_LABEL) continue;
    const cell = r[KEY_COLUMN];
    if (typeof cell !== "string") continue;
    for (const k of cell.split("; ")) if (k) keys.add(k);
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Decisions

export const DECISION_HEADER = ["Trang sao kê", "Dòng sao kê", "Quyết định", "Khoản đóng góp", "Người quyết định", "Thời gian"];
const ACTION_LABELS: Record<ReviewDecision["action"], string> = { accept: "Chấp nhận", reject: "Từ chối", link: "Gắn tay" };

export function decisionsSheetDoc(decisions: readonly ReviewDecision[]): SheetDoc {
  return {
    name: DECISIONS_SHEET,
    rows: [DECISION_HEADER, ...decisions.map((d) => [d.sheet, d.row, ACTION_LABELS[d.action], d.contributionKeys.join("; "), d.user ?? "", d.time])],
    styles: [{ range: "A1:F1", style: { bold: true, border: "thin" } }],
    columnWidths: [16, 10, 12, 40, 18, 24],
  };
}

/** The decisions stored in a Duyệt đối chiếu grid; rows a person mangled are skipped, not guessed. */
export function readDecisions(grid: Grid): ReviewDecision[] {
  const out: ReviewDecision[] = [];
  const byLabel = new Map(Object.entries(ACTION_LABELS).map(([k, v]) => [v, k as ReviewDecision["action"]]));
  for (const r of grid.values.slice(1)) {
    const action = byLabel.get(String(r[2] ?? ""));
    const row = Number(r[1]);
    if (!action || !Number.isInteger(row) || row < 1 || !r[0]) continue;
    const keys = String(r[3] ?? "")
      .split(";")
      .map((k) => k.trim())
      .filter((k) => k !== "");
    out.push({ sheet: String(r[0]), row, action, contributionKeys: keys, user: r[4] ? String(r[4]) : null, time: String(r[5] ?? "") });
  }
  return out;
}

/** The decisions with `d` in place of any earlier one on the same line. */
export function withDecision(decisions: readonly ReviewDecision[], d: ReviewDecision): ReviewDecision[] {
  return [...decisions.filter((x) => x.sheet !== d.sheet || x.row !== d.row), d];
}

export function withoutDecision(decisions: readonly ReviewDecision[], sheet: string, row: number): ReviewDecision[] {
  return decisions.filter((x) => x.sheet !== sheet || x.row !== row);
}

/** A draft contribution row for a credit nobody recorded, for the accountant to complete. */
export function draftContributionRow(line: StatementLine, statementSheet: string): CellValue[] {
  return [
    null,
    `(Cần bổ sung) ${line.description}`.slice(0, 250),
    null,
    null,
    "Chuyển khoản",
    line.credit,
    null,
    null,
    null,
    null,
    line.date ? isoToSerial(line.date) : null,
    null,
    `Nháp từ sao kê: ${statementSheet} dòng ${line.row}; kế toán ghi tên, đơn vị rồi chép vào danh sách`,
    null,
    null,
    `${statementSheet}!C${line.row}`,
  ];
}
