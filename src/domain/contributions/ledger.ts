/**
 * An accounting ledger of the campaign's fund account, as MISA or another accounting program
 * exports it ("SỔ CHI TIẾT CÁC TÀI KHOẢN": Ngày hạch toán | Ngày chứng từ | Số chứng từ | Diễn
 * giải | TK Nợ | TK Có | Số tiền). Its lines crediting the fund account (3388 "thu hộ, giữ hộ")
 * are money received; the donor is named inside Diễn giải ("Thu tiền ủng hộ NTM của ông Nguyễn
 * Văn Hùng thôn Bản Cái"). Its other lines (spending, cash paid into the Treasury, balances,
 * totals) are no contributions. The receipts are laid out as a table the list reader reads, each
 * column remembering the sheet column it came from.
 */
import { detectHeaderRows, type ColumnMatch, type TableMatch } from "../sheet/headers";
import { CONTRIBUTION_TABLE, STATEMENT_TABLE } from "../sheet/tableSpecs";
import type { CellValue, Grid } from "../sheet/types";
import { foldText } from "../text/fold";
import { namesAPerson } from "./classify";

/** Who gave, as Diễn giải names them: the donor, their hamlet where it follows a person's name, and what else it says in brackets. */
export interface DescribedDonor {
  name: string;
  unit: string;
  note: string;
}

/** "… ủng hộ NTM của ông A", "… đóng góp xây dựng NTM của Công ty B": the donor after "của". */
const OF_DONOR = /(?<!\p{L})(?:ủng hộ|đóng góp|quyên góp|góp)(?!\p{L}).*?\scủa\s+(.+)$/iu;
/** "Thu ủng hộ NTM - Trường THCS Điềm Mặc": the donor after a dash. */
const AFTER_DASH = /\s[-–—]\s+(.+)$/u;
/** "Ban liên lạc đồng hương … ủng hộ xây dựng NTM": the donor before what they did. */
const BEFORE_GIVING = /^(.+?)\s+(?:ủng hộ|đóng góp|quyên góp|nộp tiền)(?!\p{L})/iu;
/** How a receipt is worded before the donor, where the donor is not given after "của" or a dash. */
const RECEIPT_WORDS = /^(?:thu|nhận|nộp)(?!\p{L})/iu;
/** Where the donor's name ends: the channel it came through, or a bracket. */
const NAME_END = /\s+(?:qua|chuyển qua|nộp qua|nộp vào|vào tk|vào tài khoản)\s.*$/iu;
/** A hamlet after a person's name: "ông Nguyễn Văn Hùng thôn Bản Cái". */
const HAMLET_AFTER = /\s+((?:thôn|xóm|bản|ấp|buôn|làng|tổ dân phố|khu phố)\s+\S.*)$/iu;

/**
 * The donor a ledger line's Diễn giải names, or null where it names none a person could take
 * for a donor.
 */
export function donorInDescription(description: string): DescribedDonor | null {
  const text = description.normalize("NFC").replace(/\s+/g, " ").trim();
  const found = OF_DONOR.exec(text)?.[1] ?? (RECEIPT_WORDS.test(text) ? AFTER_DASH.exec(text)?.[1] : undefined) ?? (RECEIPT_WORDS.test(text) ? undefined : BEFORE_GIVING.exec(text)?.[1]);
  if (found === undefined) return null;
  const notes: string[] = [];
  let name = found.replace(/\s*\(([^()]*)\)\s*/gu, (_w, inner: string) => {
    if (inner.trim()) notes.push(inner.trim());
    return " ";
  });
  name = name.replace(NAME_END, "").trim();
  let unit = "";
  const hamlet = namesAPerson(name) ? HAMLET_AFTER.exec(name) : null;
  if (hamlet) {
    unit = hamlet[1].trim();
    name = name.slice(0, hamlet.index).trim();
  }
  name = name.replace(/[\s,.;:-]+$/u, "");
  // "các hộ thôn Nà Pài" after "của" is a name of its own; "ông", "bà" before a person's stay as written.
  if (!namesAPerson(name)) name = name.charAt(0).toLocaleUpperCase("vi") + name.slice(1);
  return /\p{L}/u.test(name) ? { name, unit, note: notes.join("; ") } : null;
}

/** "Tài khoản: 3388 - …" in the title: the account the ledger is of. */
const TITLE_ACCOUNT = /tai khoan\s*:?\s*(\d{3,8})\b/;

function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/**
 * A fund's account grows by its credits: a liability (3388 "thu hộ, giữ hộ"), equity or revenue
 * (classes 3, 4, 5, 7). A cash or bank account (111, 112) grows by its debits, and its credits
 * are money paid out.
 */
function creditsAreReceipts(account: string): boolean {
  return /^[3457]/.test(account);
}

/** The account the ledger is kept for: its title's, else the one most of its lines credit. */
function ledgerAccount(grid: Grid, match: TableMatch, creditAt: number): string | null {
  for (let r = 0; r < match.headerRows[0] - grid.origin.row; r++) {
    for (const v of grid.values[r] ?? []) {
      const m = typeof v === "string" ? TITLE_ACCOUNT.exec(foldText(v)) : null;
      if (m) return m[1];
    }
  }
  const counts = new Map<string, number>();
  for (let r = match.firstDataRow - grid.origin.row; r < grid.values.length; r++) {
    const account = cellText(grid.values[r]?.[creditAt]);
    if (/^\d{3,8}$/.test(account)) counts.set(account, (counts.get(account) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [account, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = account;
  return best;
}

/** TK Nợ of a receipt: 111 cash on hand, 112 a deposit account (bank or Treasury), so a transfer. */
function channelOfDebit(account: string): string | null {
  return account.startsWith("111") ? "Tiền mặt" : account.startsWith("112") ? "Chuyển khoản" : null;
}

/** The table's columns, in order: what each holds and the ledger field it is read from. */
const RECEIPT_FIELDS = ["name", "unit", "amount", "date", "receipt", "channel", "note"] as const;

export interface LedgerReceipts {
  grid: Grid;
  match: TableMatch;
  /** The account whose credits are the receipts ("3388"). */
  account: string;
  /** The description column (1-based) on the sheet, where the donors are named. */
  column: number;
  /** The sheet rows read as receipts. */
  rows: number[];
  /** Sheet rows of the ledger that are no receipt into the account (spending, transfers between accounts). */
  others: number[];
}

/** A receipt of a book, as the list reader reads it: each of RECEIPT_FIELDS. */
export type ReceiptCells = Record<(typeof RECEIPT_FIELDS)[number], CellValue>;

/**
 * A book's receipts laid out as a contribution table: one row for each sheet row `receipt`
 * gives cells for (the others left empty, so the sheet's row numbers stay), each column
 * remembering the sheet column (`sources`, 0-based in the grid, in RECEIPT_FIELDS order) its
 * cells and formats come from. The title keeps its text, for the list's year and hamlet.
 */
export function receiptsTable(
  grid: Grid,
  header: Pick<TableMatch, "headerRows" | "firstDataRow" | "score">,
  sources: readonly number[],
  receipt: (row: readonly CellValue[], sheetRow: number) => ReceiptCells | null,
): { grid: Grid; match: TableMatch; rows: number[] } {
  const origin = grid.origin.col;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const rows: number[] = [];
  grid.values.forEach((row, i) => {
    const sheetRow = grid.origin.row + i;
    const cells = sheetRow < header.firstDataRow ? null : receipt(row, sheetRow);
    if (cells === null) {
      // The header is the book's, not the table's.
      values.push(sheetRow < header.headerRows[0] ? row.filter((v) => typeof v === "string") : []);
      formats.push([]);
      return;
    }
    rows.push(sheetRow);
    values.push(RECEIPT_FIELDS.map((f) => cells[f]));
    formats.push(sources.map((at) => (at >= 0 ? (grid.formats?.[i]?.[at] ?? "General") : "General")));
  });
  const columns: Record<string, ColumnMatch> = {};
  RECEIPT_FIELDS.forEach((field, k) => (columns[field] = { field, column: origin + k, header: "", strength: 3 }));
  const sheetColumns = sources.map((at) => origin + Math.max(at, 0));
  return {
    grid: { sheet: grid.sheet, origin: grid.origin, values, formats, sheetColumns },
    match: { kind: CONTRIBUTION_TABLE.kind, sheet: grid.sheet, headerRows: header.headerRows, firstDataRow: header.firstDataRow, columns, missing: [], score: header.score, unsure: false },
    rows,
  };
}

/** A ledger's header: dates, Diễn giải, TK Nợ and TK Có, and an amount. Null where the sheet is not one. */
export function ledgerHeader(grid: Grid): TableMatch | null {
  const match = detectHeaderRows(grid, STATEMENT_TABLE);
  if (match === null) return null;
  const c = match.columns;
  return c.description && c.creditAccount && c.debitAccount && (c.credit || c.amount) ? match : null;
}

/**
 * The ledger's receipts into its account, as a table (see the top of the file); null where the
 * sheet is no ledger. `rows` is empty where no line credits the account, or where the account is
 * not one a fund is kept in (a cash book's credits are payments).
 */
export function ledgerReceipts(grid: Grid): LedgerReceipts | null {
  const match = ledgerHeader(grid);
  if (match === null) return null;
  const origin = grid.origin.col;
  const col = (field: string) => (match.columns[field] ? match.columns[field].column - origin : -1);
  const [descriptionAt, creditAt, debitAt] = [col("description"), col("creditAccount"), col("debitAccount")];
  const amountAt = col("credit") >= 0 ? col("credit") : col("amount");
  const [dateAt, receiptAt] = [col("date"), col("reference")];
  const account = ledgerAccount(grid, match, creditAt);
  if (account === null) return null;
  const receipts = creditsAreReceipts(account);
  const others: number[] = [];
  const table = receiptsTable(grid, match, [descriptionAt, descriptionAt, amountAt, dateAt, receiptAt, debitAt, descriptionAt], (row, sheetRow) => {
    const credited = cellText(row[creditAt]);
    const debited = cellText(row[debitAt]);
    if (!receipts || !credited.startsWith(account)) {
      if (credited !== "" || debited !== "") others.push(sheetRow);
      return null;
    }
    const description = cellText(row[descriptionAt]);
    const donor = donorInDescription(description);
    return {
      // A line whose description names no donor keeps it whole as the name: a person can see what it is.
      name: donor?.name ?? (description || null),
      unit: donor?.unit || null,
      amount: row[amountAt] ?? null,
      date: dateAt >= 0 ? (row[dateAt] ?? null) : null,
      receipt: receiptAt >= 0 ? (row[receiptAt] ?? null) : null,
      channel: channelOfDebit(debited),
      note: donor?.note || null,
    };
  });
  return {
    ...table,
    account,
    column: origin + descriptionAt,
    others,
  };
}
