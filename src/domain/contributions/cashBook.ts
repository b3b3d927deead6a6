/**
 * A cash book (sổ quỹ tiền mặt), as the commune's treasurer keeps the fund's cash: "Ngày ghi sổ |
 * Số hiệu chứng từ (Thu | Chi) | Diễn giải | Số tiền (Thu | Chi | Tồn)". Its receipts (Thu) are
 * money received, the donor named inside Diễn giải ("Thu tiền ủng hộ NTM của ông Lê Văn Thành,
 * thôn Tân Định"); its payments (Chi: cash paid into the Treasury, cement bought), its balances
 * (Tồn, "Số dư đầu kỳ") and its totals ("Cộng phát sinh") are no contributions. It is no account
 * statement: it has no bank's lines to match.
 */
import { isBlankCell } from "../sheet/cells";
import { HEADER_SEARCH_ROWS, normalizeHeader } from "../sheet/headers";
import type { CellValue, Grid } from "../sheet/types";
import { foldText } from "../text/fold";
import { donorInDescription, receiptsTable, type LedgerReceipts } from "./ledger";

/** Where a cash book's columns are, 0-based in the grid; -1 where it has none. */
export interface CashBookColumns {
  headerRows: number[];
  firstDataRow: number;
  /** The money received (Thu), paid out (Chi), and the balance (Tồn). */
  receipts: number;
  payments: number;
  balance: number;
  description: number;
  date: number;
  /** The receipt voucher's number (Số hiệu chứng từ › Thu: "PT01"). */
  voucher: number;
  /** The title calls it one ("SỔ QUỸ TIỀN MẶT"): the row saying so, else null. */
  titleRow: number | null;
}

/** "Thu", "Số tiền thu", "Tiền thu": money in, or, over "PT01", the number of its voucher. */
const RECEIPTS = /^(?:so tien |tien |so )?thu(?: tien)?$/;
const PAYMENTS = /^(?:so tien |tien |so )?chi(?: tien)?$/;
/** "Tồn", "Tồn quỹ", "Số dư", "Còn lại": the cash left after each line. */
const BALANCE = /^(?:so )?(?:ton|ton quy|ton cuoi(?: ngay| ky)?|du|so du|du cuoi|con lai)$/;
const DESCRIPTION = /^(?:dien giai|noi dung|noi dung thu chi|trich yeu|dien giai noi dung)$/;
const DATE = /^ngay\b/;
/** "Số phiếu thu", "Số chứng từ": the voucher's number, where the book gives receipts alone. */
const VOUCHER = /^(?:so )?(?:phieu thu|so phieu|so phieu thu|chung tu|so chung tu|so hieu chung tu|so ct|so pt)$/;
/** "SỔ QUỸ TIỀN MẶT", "Sổ quỹ": the title naming the book. */
const TITLE = /\bso quy\b/;
/** Lines that carry or add up the cash, not a receipt: "Số dư đầu kỳ", "Cộng phát sinh", "Tồn quỹ cuối ngày", "Lũy kế". */
const BALANCE_LINE = /^(?:so du|du dau|du cuoi|ton|cong|tong|luy ke|chuyen sang|mang sang|sang trang)\b/;
/** "Cộng phát sinh", "Tổng cộng": the receipts of the lines above added up; not "Cộng lũy kế" (since the year began). */
const RECEIPTS_TOTAL = /^(?:cong|tong)\b(?!.*\bluy ke\b)/;
/** Cash drawn from the fund's own account into the cash box: money the fund had already received. */
const FROM_OWN_ACCOUNT = /^(?:rut|nhan tien rut)\b|\btu (?:tai khoan|tk|kbnn|kho bac|ngan hang)\b/;

const text = (v: CellValue | undefined): string => (typeof v === "string" ? v.trim() : "");

/**
 * Of the columns a heading names, the one holding numbers under it (Thu over money, not over
 * "PT01"); where none does yet, the last, as the money stands right of the vouchers' numbers in
 * the book's printed form. -1 where the heading names none.
 */
function holdingNumbers(grid: Grid, columns: number[], from: number): number {
  let best = columns.length > 0 ? columns[columns.length - 1] : -1;
  let most = 0;
  for (const at of columns) {
    let numbers = 0;
    for (let r = from; r < Math.min(grid.values.length, from + 200); r++) if (typeof grid.values[r]?.[at] === "number") numbers++;
    if (numbers > most) [best, most] = [at, numbers];
  }
  return best;
}

/**
 * The cash book's columns, where the sheet is one: a header with a receipts column (Thu) holding
 * money and a description, and either a title naming the book or payments and a balance beside
 * the receipts. Null where it is not one.
 */
export function cashBookColumns(grid: Grid): CashBookColumns | null {
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < last; i++) {
    const headings = (grid.values[i] ?? []).map((v) => normalizeHeader(text(v)));
    const thu = headings.flatMap((h, at) => (RECEIPTS.test(h) ? [at] : []));
    if (thu.length === 0) continue;
    // The description and the date are typed beside, or merged down from the row above.
    const top = i > 0 && (grid.values[i - 1] ?? []).some((v) => DESCRIPTION.test(normalizeHeader(text(v)))) ? i - 1 : i;
    const labelOf = (at: number) => (at < headings.length && headings[at] !== "" ? headings[at] : normalizeHeader(text(grid.values[top]?.[at])));
    const width = Math.max(headings.length, grid.values[top]?.length ?? 0);
    const find = (heading: RegExp) => Array.from({ length: width }, (_, at) => at).filter((at) => heading.test(labelOf(at)));
    const description = find(DESCRIPTION)[0] ?? -1;
    if (description < 0) continue;
    const receipts = holdingNumbers(grid, thu, i + 1);
    if (receipts < 0) continue;
    const payments = holdingNumbers(
      grid,
      headings.flatMap((h, at) => (PAYMENTS.test(h) ? [at] : [])),
      i + 1,
    );
    const balance = find(BALANCE)[0] ?? -1;
    let titleRow: number | null = null;
    for (let r = 0; r < top && titleRow === null; r++) if ((grid.values[r] ?? []).some((v) => TITLE.test(foldText(text(v))))) titleRow = grid.origin.row + r;
    if (titleRow === null && (payments < 0 || balance < 0)) continue;
    const voucher = thu.find((at) => at !== receipts) ?? find(VOUCHER)[0] ?? -1;
    const headerRows = top === i ? [grid.origin.row + i] : [grid.origin.row + top, grid.origin.row + i];
    return {
      headerRows,
      firstDataRow: grid.origin.row + i + 1,
      receipts,
      payments,
      balance,
      description,
      date: find(DATE)[0] ?? -1,
      voucher,
      titleRow,
    };
  }
  return null;
}

/** A line adding up the book's receipts ("Cộng phát sinh"), and what the lines above it, since the last such line, receive. */
export interface CashBookTotal {
  row: number;
  typed: number;
  sum: number;
}

/** A cash book's receipts read as a table, and the lines that are no receipt. */
export interface CashBookReceipts extends Omit<LedgerReceipts, "account"> {
  book: CashBookColumns;
  /** Its lines adding up the receipts, where every receipt they add is a number. */
  totals: CashBookTotal[];
}

/**
 * The cash book's receipts as a table the list reader reads (see ledger.ts); null where the
 * sheet is no cash book. `others` are its payments and the receipts of cash drawn from the
 * fund's account; balances and totals are neither.
 */
export function cashBookReceipts(grid: Grid): CashBookReceipts | null {
  const book = cashBookColumns(grid);
  if (book === null) return null;
  const others: number[] = [];
  const totals: CashBookTotal[] = [];
  // The receipts since the last total line; NaN once one of them is not a number.
  let sum = 0;
  const { receipts, description, date, voucher, payments } = book;
  const sources = [description, description, receipts, date, voucher, receipts, description];
  const table = receiptsTable(grid, { headerRows: book.headerRows, firstDataRow: book.firstDataRow, score: 0 }, sources, (row, sheetRow) => {
    const said = text(row[description]);
    const folded = foldText(said);
    const money = row[receipts];
    // "Cộng đồng dân cư thôn Đông ủng hộ" names a donor; "Cộng phát sinh" and "Số dư đầu kỳ" none.
    const donor = said === "" ? null : donorInDescription(said);
    if (donor === null && BALANCE_LINE.test(folded)) {
      if (typeof money === "number" && RECEIPTS_TOTAL.test(folded)) {
        if (!Number.isNaN(sum)) totals.push({ row: sheetRow, typed: money, sum });
        sum = 0;
      }
      return null;
    }
    if (isBlankCell(money) || money === 0) {
      if (payments >= 0 && !isBlankCell(row[payments])) others.push(sheetRow);
      return null;
    }
    sum = typeof money === "number" ? sum + money : NaN;
    // "Thu tiền ủng hộ của bà Y (chuyển từ TK cá nhân)" names its donor; "Rút tiền gửi KBNN về quỹ" none.
    if (donor === null && FROM_OWN_ACCOUNT.test(folded)) {
      others.push(sheetRow);
      return null;
    }
    return {
      // A line whose description names no donor keeps it whole as the name: a person can see what it is.
      name: donor?.name ?? (said || null),
      unit: donor?.unit || null,
      amount: money,
      date: date >= 0 ? (row[date] ?? null) : null,
      receipt: voucher >= 0 ? (row[voucher] ?? null) : null,
      channel: "Tiền mặt",
      note: donor?.note || null,
    };
  });
  return { ...table, book, column: grid.origin.col + description, others, totals };
}

/** How a message names a cash book: what it is, and its header's rows. */
export function cashBookName(book: CashBookColumns): string {
  return `sổ quỹ tiền mặt (tiêu đề dòng ${book.headerRows.join("–")}: Diễn giải, Thu, Chi${book.balance >= 0 ? ", Tồn" : ""})`;
}
