/**
 * Reading an account statement (sao kê) as the bank exported it or as it was pasted into a sheet:
 * - the header block above the table: bank, title (SAO KÊ TÀI KHOẢN…), account number, period,
 *   opening balance (and the closing balance where the block carries it, as VietinBank does);
 * - the table, found by its headers (STATEMENT_TABLE), in one of the known bank layouts or any
 *   other table read through a column mapping a person confirms once;
 * - each line: a date cell that may also hold the document number ("10/09/2024\n5078.51136"),
 *   amounts with "," or "." thousands, a single signed amount column where the layout has one;
 * - below the table: total rows and the closing balance, which are not lines;
 * - checks: each row's running balance where the statement gives one, and
 *   opening + credits − debits = closing. A break is a diagnostic on its row.
 */
import { isDateNumberFormat, parseDate } from "../dates";
import { isBlank, parseMoney } from "../money";
import { formatMoney } from "../money/format";
import { cellAddress, columnLetters } from "../sheet/address";
import { detectHeaderRows, matchFromMapping, mappingOf, type ConfirmedMapping, type TableMatch } from "../sheet/headers";
import { STATEMENT_TABLE } from "../sheet/tableSpecs";
import type { CellValue, Grid } from "../sheet/types";
import { foldText } from "../text/fold";
import type { LineClass, StatementLine } from "./types";

export type StatementDiagnosticCode =
  | "statement-date"
  | "statement-amount"
  | "statement-balance-break"
  | "statement-closing"
  | "statement-total"
  | "statement-mapping"
  | "statement-no-table"
  | "statement-columns";

/** Same shape as the contribution diagnostics (DESIGN.md JSON): sheet, cell, row, column, … */
export interface StatementDiagnostic {
  sheet: string;
  cell: string;
  row: number;
  column: string;
  severity: "error" | "warning" | "fixed";
  code: StatementDiagnosticCode;
  /** One Vietnamese sentence naming the sheet and the cell. */
  message: string;
}

/** The known layouts, by the headers their exports carry. */
export type StatementLayout = "vcb-cashup" | "vcb-simple" | "vietinbank-efast" | "bidv" | "agribank" | "generic" | "mapped";

export const LAYOUT_LABELS: Record<StatementLayout, string> = {
  "vcb-cashup": "Vietcombank (doanh nghiệp, VCB CashUp / iB@nking)",
  "vcb-simple": "Vietcombank (cá nhân, mẫu đơn giản)",
  "vietinbank-efast": "VietinBank eFAST",
  bidv: "BIDV",
  agribank: "Agribank",
  generic: "Bảng khác (chưa rõ mẫu)",
  mapped: "Bảng theo cột đã xác nhận",
};

export interface StatementHeaderBlock {
  bank: string | null;
  title: string | null;
  account: string | null;
  period: { from: string | null; to: string | null } | null;
  /** Opening balance ("Số dư đầu kỳ") and the cell it was read from. */
  opening: number | null;
  openingCell: string | null;
  /** Closing balance where the header block (or a row after the table) carries it. */
  closing: number | null;
  closingCell: string | null;
}

export interface StatementBalanceCheck {
  /** Opening as given, or worked back from the first line's running balance. */
  opening: number | null;
  credits: number;
  debits: number;
  /** opening + credits − debits, where the opening is known. */
  expectedClosing: number | null;
  /** Closing as given, or the last line's running balance. */
  closing: number | null;
  /** Rows whose running balance does not follow from the row before. */
  breaks: number[];
  /** True when the closing balance and every running balance agree; null when nothing could be checked. */
  ok: boolean | null;
}

export interface StatementReading {
  sheet: string;
  layout: StatementLayout;
  header: StatementHeaderBlock;
  match: TableMatch;
  /** Column letters per field, as a person would confirm them. */
  mapping: Record<string, string>;
  /** A person should confirm the columns once (an unknown layout, or a doubtful reading). */
  needsMapping: boolean;
  lines: StatementLine[];
  diagnostics: StatementDiagnostic[];
  /** Rows that are totals, closing/opening balances or footer text: never lines. */
  skippedRows: { row: number; role: "total" | "opening" | "closing" | "footer" | "header" | "blank" }[];
  /** The "Tổng" row's figures, where the statement has one. */
  totals: { row: number; credit: number | null; debit: number | null } | null;
  check: StatementBalanceCheck;
}

// ---------------------------------------------------------------------------------------------
// Classification

const INTEREST = /\b(?:TRA LAI|TIEN LAI|LAI TIEN GUI|LAI NHAP GOC|LAI KHONG KY HAN|LAI CO KY HAN|LAI KY HAN|LAI TK|LAI TAI KHOAN|LAI SUAT|LAI THANG|LAI QUY|LAI NAM|LAI TGTT|LAI TIET KIEM|INTEREST|CREDIT INTEREST)\b/;
// A bank's fee, not "kinh phí" (funds) or "chi phí" (an expense) paid out of the account.
const FEE =
  /^PHI\b|\bTHU PHI\b|\bPHI (?:QUAN LY|QLTK|DICH VU|DV|CHUYEN|SMS|BSMS|TIN NHAN|DUY TRI|THUONG NIEN|GIAO DICH|GD|KIEM DEM|RUT|NOP|TK|TAI KHOAN|NGAN HANG|INTERNET|EBANKING|E BANKING|IBANKING|MOBILE|SAO KE|PHAT HANH|CAP|XAC NHAN)\b|\b(?:FEE|FEES|CHARGE|CHARGES|SMS BANKING|VAT)\b/;

const ASCII = /^[\x20-\x7e]*$/;

/** credit / interest (lãi tiền gửi) / fee (phí) / debit, from the amounts and the description. */
export function classifyLine(line: Pick<StatementLine, "credit" | "debit" | "description">): LineClass {
  const d = line.description;
  // Bank descriptions are ASCII already: folding is for the rest.
  const text = (ASCII.test(d) ? d : foldText(d)).toUpperCase();
  if (line.credit > 0 && line.credit >= line.debit) {
    return INTEREST.test(text) || /^LAI\s*$/.test(text) ? "interest" : "credit";
  }
  return FEE.test(text) ? "fee" : "debit";
}

// ---------------------------------------------------------------------------------------------
// Layouts

function headerSignature(grid: Grid, match: TableMatch): string {
  const texts: string[] = [];
  for (const r of match.headerRows) {
    for (const v of grid.values[r - grid.origin.row] ?? []) if (typeof v === "string") texts.push(foldText(v.replace(/[\n\r/\\:;,.*_\-–—()]+/g, " ")));
  }
  return ` ${texts.join(" | ").replace(/\s+/g, " ")} `;
}

/** Which bank's export this is, by its header row; "generic" when none is known. */
export function statementLayout(grid: Grid, match: TableMatch): StatementLayout {
  const sig = headerSignature(grid, match);
  const has = (p: string) => sig.includes(p);
  if (has("tnx date") || has("transactions in detail") || has("doc no")) return "vcb-cashup";
  if (has("accounting date") || has("transaction description") || has("so du tk") || has("account balance")) return "vietinbank-efast";
  if (has("so tham chieu") && has("ngay giao dich") && has("so tien ghi co")) return "vcb-simple";
  if (has("ngay hieu luc") && has("ghi co") && (has("mo ta") || has("noi dung"))) return "bidv";
  if (has("transactiondetails") || has("creditamount") || has("documentnumber")) return "agribank";
  // Agribank e-banking ".xls" (HTML): Ngày GD / Ngày hạch toán, Số chứng từ, Diễn giải / Nội dung,
  // Ghi nợ / Phát sinh nợ, Ghi có / Phát sinh có, Số dư.
  const agribankDate = has("ngay gd") || has("ngay hach toan");
  if (agribankDate && (has("dien giai") || has("noi dung")) && (has("ghi co") || has("phat sinh co")) && has("so chung tu")) return "agribank";
  if (agribankDate && has("phat sinh no") && has("phat sinh co") && has("so du")) return "agribank";
  return "generic";
}

// ---------------------------------------------------------------------------------------------
// Header block

const ACCOUNT_NUMBER = /\d[\d.]{4,}\d/;
const DATE_TEXT = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g;

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v : String(v);
}

function fold(v: CellValue | undefined): string {
  return typeof v === "string" ? foldText(v).replace(/\s+/g, " ").trim() : "";
}

const OPENING_WORDS = ["so du dau ky", "opening balance", "du dau ky", "du dau", "so du dau"];
const CLOSING_WORDS = ["so du cuoi ky", "closing balance", "du cuoi ky", "du cuoi", "so du cuoi"];
const TOTAL_WORDS = /^(?:tong cong|tong so|tong phat sinh|cong phat sinh|tong|cong|total|totals|sum|doanh so|so phat sinh)\b/;
const FOOTER_WORDS = /^(?:nguoi in|thoi gian in|website|chung tu nay|nguoi lap|ke toan|kiem soat|giam doc|truong phong|ngay in|printed|trang \d|page \d|ghi chu|luu y|note)\b/;

function anyStartsWith(words: string[], folded: string): boolean {
  return words.some((w) => folded.startsWith(w) || folded.includes(` ${w}`) || folded.includes(`/${w}`));
}

/** The amount in a labelled row: after the label inside the same cell, or the next cell that reads as money. */
function amountInRow(row: CellValue[], labelIndex: number, origin: { row: number; col: number }, rowNumber: number): { amount: number; cell: string } | null {
  const label = text(row[labelIndex]);
  const tail = label.replace(/^[^:]*:/, "");
  if (tail !== label) {
    const m = tail.match(/^\s*([-(]?\d[\d.,\s]*\)?)/);
    if (m) {
      const p = parseMoney(m[1].trim());
      if (p.ok) return { amount: p.amount, cell: cellAddress(rowNumber, origin.col + labelIndex) };
    }
  }
  for (let c = labelIndex + 1; c < row.length; c++) {
    if (isBlank(row[c])) continue;
    const p = parseMoney(row[c]);
    if (p.ok) return { amount: p.amount, cell: cellAddress(rowNumber, origin.col + c) };
  }
  return null;
}

function isoOf(s: string): string | null {
  const p = parseDate(s);
  return p.ok ? p.iso : null;
}

/** The block above the table (and, for balances, rows after it are read by readStatement). */
export function readHeaderBlock(grid: Grid, firstHeaderRow: number): StatementHeaderBlock {
  const out: StatementHeaderBlock = { bank: null, title: null, account: null, period: null, opening: null, openingCell: null, closing: null, closingCell: null };
  const last = Math.min(firstHeaderRow - grid.origin.row, grid.values.length);
  for (let i = 0; i < last; i++) {
    const row = grid.values[i] ?? [];
    const rowNumber = grid.origin.row + i;
    const joined = row.map(text).filter((t) => t.trim()).join(" ").replace(/\s+/g, " ").trim();
    if (!joined) continue;
    const folded = foldText(joined);
    if (!out.bank && /\b(?:ngan hang|bank|vietcombank|vietinbank|agribank|bidv|kho bac|techcombank|sacombank|mb bank)\b/.test(folded) && !/so tai khoan|account n/.test(folded)) {
      out.bank = joined;
    }
    if (!out.title && /\b(?:sao ke|statement|lich su giao dich|transaction history|bao cao chi tiet|so phu|bang ke)\b/.test(folded)) out.title = joined;
    if (!out.account && /\b(?:so tai khoan|so tk|account number|account no|tai khoan so|tai khoan|ma tkkb|tk)\b/.test(folded) && !/tai khoan cu/.test(folded)) {
      // The number after the label, in the same cell or a later one.
      const after = joined.replace(/^.*?(?:tài khoản|tai khoan|account (?:number|no)\.?|số tk|so tk)\s*[:/]?/i, "");
      const m = after.match(ACCOUNT_NUMBER) ?? joined.match(ACCOUNT_NUMBER);
      if (m) out.account = m[0];
    }
    if (!out.period && /\b(?:tu ngay|den ngay|ky sao ke|from|to date|period|thoi gian)\b/.test(folded)) {
      const dates = joined.match(DATE_TEXT);
      if (dates && dates.length >= 1) out.period = { from: isoOf(dates[0]), to: dates[1] ? isoOf(dates[1]) : null };
    }
    for (let c = 0; c < row.length; c++) {
      const f = fold(row[c]);
      if (!f) continue;
      if (out.opening === null && anyStartsWith(OPENING_WORDS, f)) {
        const a = amountInRow(row, c, grid.origin, rowNumber);
        if (a) {
          out.opening = a.amount;
          out.openingCell = a.cell;
        }
      } else if (out.closing === null && anyStartsWith(CLOSING_WORDS, f)) {
        const a = amountInRow(row, c, grid.origin, rowNumber);
        if (a) {
          out.closing = a.amount;
          out.closingCell = a.cell;
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Finding the table

/** The statement table of a grid: by a confirmed mapping where there is one, else by its headers. */
export function findStatementTable(grid: Grid, confirmed?: ConfirmedMapping | null): TableMatch | null {
  if (confirmed) return matchFromMapping(grid, STATEMENT_TABLE, confirmed);
  return detectHeaderRows(grid, STATEMENT_TABLE);
}

/** Fields a statement cannot be read without: a date, a description, and money in (credit or signed amount). */
export function missingStatementFields(match: TableMatch): string[] {
  const out: string[] = [];
  if (!match.columns.date) out.push("date");
  if (!match.columns.description) out.push("description");
  if (!match.columns.credit && !match.columns.amount) out.push("credit");
  return out;
}

const FIELD_LABELS: Record<string, string> = Object.fromEntries(STATEMENT_TABLE.columns.map((c) => [c.field, c.label]));

// ---------------------------------------------------------------------------------------------
// Reading the lines

interface Ctx {
  grid: Grid;
  diagnostics: StatementDiagnostic[];
}

function diag(ctx: Ctx, row: number, col: number, severity: StatementDiagnostic["severity"], code: StatementDiagnosticCode, detail: string): void {
  const cell = cellAddress(row, col);
  ctx.diagnostics.push({ sheet: ctx.grid.sheet, cell, row, column: columnLetters(col), severity, code, message: `Trang "${ctx.grid.sheet}", ô ${cell}: ${detail}` });
}

const DATE_AT_START = /^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[\n\r]+|\s+|$)([\s\S]*)$/;

/** A date cell, possibly with the document number under the date ("10/09/2024\n5078.51136"). */
export function readDateCell(value: CellValue, format?: string): { iso: string | null; reference: string; reason?: string } {
  if (typeof value === "number") {
    // A number the statement gives without a format is its date all the same.
    const p = parseDate(value, { isDateFormatted: format ? isDateNumberFormat(format) : true });
    return p.ok ? { iso: p.iso, reference: "" } : { iso: null, reference: "", reason: p.reason };
  }
  if (typeof value !== "string") return { iso: null, reference: "", reason: "Ô trống (empty)" };
  const whole = parseDate(value);
  if (whole.ok) return { iso: whole.iso, reference: "" };
  const m = value.match(DATE_AT_START);
  if (m) {
    const p = parseDate(m[1]);
    if (p.ok) return { iso: p.iso, reference: m[2].replace(/\s+/g, " ").trim() };
  }
  return { iso: null, reference: "", reason: whole.reason };
}

// A plain figure as banks print it ("1.250.000", "1,250,000", "1250000"): read at once; anything
// else goes to parseMoney, which reads these the same way (and much more).
const PLAIN_FIGURE = /^[1-9]\d{0,2}(?:([.,])\d{3})?(?:\1\d{3})*$|^[1-9]\d{0,14}$/;

function moneyCell(ctx: Ctx, value: CellValue | undefined, row: number, col: number, label: string): number | null {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "string" && value.length <= 19 && PLAIN_FIGURE.test(value)) return Number(value.replace(/[.,]/g, ""));
  if (value === undefined || isBlank(value)) return null;
  if (typeof value === "string" && /^\s*[-–—]\s*$/.test(value)) return null;
  const p = parseMoney(value);
  if (p.ok) return p.amount;
  diag(ctx, row, col, "error", "statement-amount", `không đọc được ${label} “${text(value).trim()}”: ${p.reason}.`);
  return null;
}

function isDirectionDebit(v: CellValue | undefined): boolean | null {
  const f = fold(v).replace(/[^a-z+-]/g, "");
  if (!f) return null;
  if (["d", "dr", "no", "debit", "-", "n", "ghino", "chi"].includes(f)) return true;
  if (["c", "cr", "co", "credit", "+", "ghico", "thu"].includes(f)) return false;
  return null;
}

function accountDigits(v: CellValue | undefined): string {
  return text(v).replace(/\D/g, "");
}

function sameAccount(v: CellValue | undefined, own: string): boolean {
  const d = accountDigits(v);
  return d.length > 0 && (d === own || d.endsWith(own) || own.endsWith(d));
}

/**
 * The statement's own account, for a treasury table with "TK nợ"/"TK có": the header's account
 * number, else the number that appears most often in those two columns.
 */
function ownAccountOf(grid: Grid, match: TableMatch, headerAccount: string | null, cDebit: number | null, cCredit: number | null): string | null {
  if (headerAccount) return headerAccount.replace(/\D/g, "");
  const counts = new Map<string, number>();
  const last = match.headerRows[match.headerRows.length - 1];
  for (let i = last + 1 - grid.origin.row; i < grid.values.length; i++) {
    for (const c of [cDebit, cCredit]) {
      if (c === null) continue;
      const d = accountDigits(grid.values[i]?.[c - grid.origin.col]);
      if (d.length >= 4) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [d, n] of counts) if (best === null || n > (counts.get(best) as number)) best = d;
  return best;
}

export interface ReadStatementOptions {
  /** A confirmed mapping: the table is read through it, as a person said. */
  confirmed?: ConfirmedMapping | null;
}

/**
 * Reads a statement grid as it is. Returns null when no statement table is there at all (no date,
 * description and credit columns in the first rows, and no confirmed mapping).
 */
export function readStatement(grid: Grid, options: ReadStatementOptions = {}): StatementReading | null {
  const match = findStatementTable(grid, options.confirmed);
  if (!match) return null;
  const ctx: Ctx = { grid, diagnostics: [] };
  const layout: StatementLayout = options.confirmed ? "mapped" : statementLayout(grid, match);
  const missing = missingStatementFields(match);
  const header = readHeaderBlock(grid, match.headerRows[0]);
  const lastHeader = match.headerRows[match.headerRows.length - 1];
  const col = (f: string) => match.columns[f]?.column ?? null;
  const cDate = col("date");
  const cRef = col("reference");
  const cDesc = col("description");
  const cDebit = col("debit");
  const cCredit = col("credit");
  const cAmount = col("amount");
  const cDir = col("direction");
  const cBalance = col("balance");
  const cDebitAccount = col("debitAccount");
  const cCreditAccount = col("creditAccount");
  const at = (r: CellValue[], c: number | null) => (c === null ? undefined : r[c - grid.origin.col]);
  const formatAt = (i: number, c: number | null) => (c === null ? undefined : grid.formats?.[i]?.[c - grid.origin.col]);
  const needsMapping = layout === "generic" || missing.length > 0;

  if (missing.length > 0) {
    diag(
      ctx,
      lastHeader,
      grid.origin.col,
      "error",
      "statement-columns",
      `bảng sao kê thiếu cột ${missing.map((f) => FIELD_LABELS[f] ?? f).join(", ")}; hãy chỉ rõ các cột một lần (xác nhận cột).`,
    );
  } else if (layout === "generic") {
    diag(
      ctx,
      lastHeader,
      grid.origin.col,
      "warning",
      "statement-mapping",
      `bảng này không theo mẫu sao kê ngân hàng nào Chung Sức biết (Vietcombank, VietinBank, BIDV, Agribank); các cột được đoán theo tiêu đề, hãy xác nhận cột một lần.`,
    );
  }

  // A single amount column: a signed "amount", or a credit column with no debit column beside it
  // whose figures carry a sign, or one amount column with a Nợ/Có marker.
  const signedColumn = cAmount ?? (cDebit === null && cCredit !== null ? cCredit : null);

  const ownAccount = signedColumn !== null && (cDebitAccount !== null || cCreditAccount !== null) ? ownAccountOf(grid, match, header.account, cDebitAccount, cCreditAccount) : null;
  const lines: StatementLine[] = [];
  const skippedRows: StatementReading["skippedRows"] = [];
  let totals: StatementReading["totals"] = null;
  let closing = header.closing;
  let closingCell = header.closingCell;
  let closingRow: number | null = null;
  let opening = header.opening;
  let openingCell = header.openingCell;
  let lastDate: string | null = null;
  let ended = false;
  const headerTexts = new Set(
    match.headerRows.flatMap((r) => (grid.values[r - grid.origin.row] ?? []).map((v) => fold(v)).filter(Boolean)),
  );

  for (let i = lastHeader + 1 - grid.origin.row; i < grid.values.length; i++) {
    const r = grid.values[i] ?? [];
    const row = grid.origin.row + i;
    const filled = r.some((v) => !isBlank(v));
    if (!filled) {
      skippedRows.push({ row, role: "blank" });
      continue;
    }
    const dateValue = at(r, cDate);
    const dateRead = cDate !== null && !isBlank(dateValue) ? readDateCell(dateValue as CellValue, formatAt(i, cDate)) : null;
    // A row with a transaction date is a line; only the others can be balances, totals, notes
    // or a repeated header, so only they are folded and looked at for those words.
    if (!dateRead?.iso) {
      const folded = r.map((v) => fold(v));
      const firstText = folded.find((t) => t) ?? "";
      // Opening and closing balance rows (BIDV "Dư đầu", "Số dư cuối kỳ/ Closing balance").
      const closingAt = folded.findIndex((t) => t && anyStartsWith(CLOSING_WORDS, t));
      if (closingAt >= 0) {
        const a = amountInRow(r, closingAt, grid.origin, row);
        if (a) {
          closing = a.amount;
          closingCell = a.cell;
          closingRow = row;
        }
        skippedRows.push({ row, role: "closing" });
        ended = true;
        continue;
      }
      const openingAt = folded.findIndex((t) => t && anyStartsWith(OPENING_WORDS, t));
      if (openingAt >= 0) {
        const a = amountInRow(r, openingAt, grid.origin, row);
        if (a && opening === null) {
          opening = a.amount;
          openingCell = a.cell;
        }
        skippedRows.push({ row, role: "opening" });
        continue;
      }
      // Totals: a "Tổng/Cộng/Total" label where no date is.
      if (TOTAL_WORDS.test(firstText)) {
        const credit = cCredit !== null ? moneyCell(ctx, at(r, cCredit), row, cCredit, "tổng ghi có") : null;
        const debit = cDebit !== null ? moneyCell(ctx, at(r, cDebit), row, cDebit, "tổng ghi nợ") : null;
        if (!totals) totals = { row, credit, debit };
        skippedRows.push({ row, role: "total" });
        ended = true;
        continue;
      }
      if (FOOTER_WORDS.test(firstText) || ended) {
        skippedRows.push({ row, role: "footer" });
        continue;
      }
      // A header repeated on every page of a long export.
      if (folded.filter(Boolean).every((t) => headerTexts.has(t))) {
        skippedRows.push({ row, role: "header" });
        continue;
      }
    }

    // Money of the row.
    let credit = 0;
    let debit = 0;
    let moneyFound = false;
    if (signedColumn !== null) {
      const a = moneyCell(ctx, at(r, signedColumn), row, signedColumn, "số tiền");
      if (a !== null) {
        moneyFound = true;
        let marker = cDir !== null ? isDirectionDebit(at(r, cDir)) : null;
        // A treasury entry: the account's own number in "TK nợ" is money out, in "TK có" money in.
        if (marker === null && ownAccount) {
          if (sameAccount(at(r, cDebitAccount), ownAccount)) marker = true;
          else if (sameAccount(at(r, cCreditAccount), ownAccount)) marker = false;
        }
        if (marker === true) debit = Math.abs(a);
        else if (marker === false) credit = Math.abs(a);
        else if (a < 0) debit = -a;
        else credit = a;
      }
    } else {
      const c = cCredit !== null ? moneyCell(ctx, at(r, cCredit), row, cCredit, "số tiền ghi có") : null;
      const d = cDebit !== null ? moneyCell(ctx, at(r, cDebit), row, cDebit, "số tiền ghi nợ") : null;
      moneyFound = c !== null || d !== null;
      // Two columns: the column says which way the money went; some banks print debits with a
      // minus sign ("-11.000" under Nợ), which says nothing more.
      if (c !== null) credit += Math.abs(c);
      if (d !== null) debit += Math.abs(d);
    }
    const rawDescription = text(at(r, cDesc));
    const description = (/[\r\n]/.test(rawDescription) ? rawDescription.replace(/\s*[\r\n]+\s*/g, " ") : rawDescription).trim();
    if (!moneyFound && !description && !dateRead) {
      skippedRows.push({ row, role: "footer" });
      continue;
    }
    if (!moneyFound && !dateRead?.iso) {
      // Text with neither a date nor money: a note under the table, not a line.
      skippedRows.push({ row, role: "footer" });
      continue;
    }
    let date: string | null = dateRead?.iso ?? null;
    if (!date && cDate !== null) {
      if (isBlank(dateValue) && lastDate) {
        // eFAST exports leave the date of later lines of a day blank: it is the day above.
        date = lastDate;
      } else {
        diag(ctx, row, cDate, "error", "statement-date", `không đọc được ngày giao dịch “${text(dateValue).trim()}”${dateRead?.reason ? `: ${dateRead.reason}` : ""}.`);
      }
    }
    if (date) lastDate = date;
    let reference = cRef !== null ? text(at(r, cRef)).replace(/\s+/g, " ").trim() : "";
    if (!reference && dateRead?.reference) reference = dateRead.reference;
    let balance: number | null = null;
    if (cBalance !== null) balance = moneyCell(ctx, at(r, cBalance), row, cBalance, "số dư");
    const line: StatementLine = { sheet: grid.sheet, row, date, reference, description, credit, debit, balance };
    line.class = classifyLine(line);
    lines.push(line);
  }

  // The total row is checked against two money columns only (a signed column's total may be a
  // sum or a net), and not when an amount could not be read (that cell is flagged already).
  const amountErrors = ctx.diagnostics.some((d) => d.code === "statement-amount");
  const checkTotals = signedColumn === null && !amountErrors ? totals : null;
  const check = checkBalances(ctx, lines, { opening, openingCell, closing, closingCell, closingRow, balanceColumn: cBalance, creditColumn: cCredit, debitColumn: cDebit, totals: checkTotals });
  return {
    sheet: grid.sheet,
    layout,
    header: { ...header, opening, openingCell, closing, closingCell },
    match,
    mapping: mappingOf(match),
    needsMapping,
    lines,
    diagnostics: ctx.diagnostics,
    skippedRows,
    totals,
    check,
  };
}

// ---------------------------------------------------------------------------------------------
// Balances

interface BalanceInputs {
  opening: number | null;
  openingCell: string | null;
  closing: number | null;
  closingCell: string | null;
  closingRow: number | null;
  balanceColumn: number | null;
  creditColumn: number | null;
  debitColumn: number | null;
  totals: StatementReading["totals"];
}

function money(n: number): string {
  return formatMoney(n);
}

/** Whether the lines run oldest first (the usual order) or newest first, by their dates. */
function newestFirst(lines: StatementLine[]): boolean {
  const dated = lines.filter((l) => l.date);
  if (dated.length < 2) return false;
  return (dated[0].date as string) > (dated[dated.length - 1].date as string);
}

function checkBalances(ctx: Ctx, lines: StatementLine[], b: BalanceInputs): StatementBalanceCheck {
  const credits = lines.reduce((s, l) => s + l.credit, 0);
  const debits = lines.reduce((s, l) => s + l.debit, 0);
  const ordered = newestFirst(lines) ? [...lines].reverse() : lines;
  const breaks: number[] = [];
  const withBalance = ordered.filter((l) => l.balance !== null);
  let opening = b.opening;
  if (opening === null && withBalance.length > 0 && ordered[0].balance !== null) {
    const first = ordered[0];
    opening = (first.balance as number) - first.credit + first.debit;
  }
  // Running balance: each row's balance follows from the previous balance (or the opening).
  // One fault, one flag: a balance cell typed wrong breaks its own row and the next, so where the
  // next row follows from the expected figure, only the wrong cell is named and the check goes on
  // from the expected figure; otherwise (a missing line, a wrong amount) it goes on from the cell.
  let previous: number | null = opening;
  for (let i = 0; i < ordered.length; i++) {
    const l = ordered[i];
    if (l.balance === null) {
      if (previous !== null) previous = previous + l.credit - l.debit;
      continue;
    }
    if (previous !== null) {
      const expected = previous + l.credit - l.debit;
      if (expected !== l.balance) {
        breaks.push(l.row);
        const col = b.balanceColumn ?? 1;
        const next = ordered.slice(i + 1).find((x) => x.balance !== null);
        let run = expected;
        for (let k = i + 1; next && ordered[k] !== next; k++) run += ordered[k].credit - ordered[k].debit;
        const cellWrong = next !== undefined && next.balance === run + next.credit - next.debit;
        diag(
          ctx,
          l.row,
          col,
          "warning",
          "statement-balance-break",
          cellWrong
            ? `số dư ${money(l.balance)} không khớp: số dư trước ${money(previous)} + ghi có ${money(l.credit)} − ghi nợ ${money(l.debit)} = ${money(expected)} (lệch ${money(l.balance - expected)}); dòng sau lại khớp với ${money(expected)}, nên ô số dư này ghi sai.`
            : `số dư ${money(l.balance)} không khớp: số dư trước ${money(previous)} + ghi có ${money(l.credit)} − ghi nợ ${money(l.debit)} = ${money(expected)} (lệch ${money(l.balance - expected)}). Có thể thiếu một dòng phía trên hoặc số tiền dòng này bị sai.`,
        );
        previous = cellWrong ? expected : l.balance;
        continue;
      }
    }
    previous = l.balance;
  }
  let closing = b.closing;
  if (closing === null && withBalance.length > 0) closing = ordered[ordered.length - 1].balance;
  const expectedClosing = opening === null ? null : opening + credits - debits;
  let closingOk: boolean | null = null;
  if (expectedClosing !== null && closing !== null) {
    closingOk = expectedClosing === closing;
    if (!closingOk) {
      const row = b.closingRow ?? lines[lines.length - 1]?.row ?? 1;
      const cell = b.closingCell ?? cellAddress(row, b.balanceColumn ?? 1);
      const m = cell.match(/^([A-Z]+)(\d+)$/) as RegExpMatchArray;
      const diagRow = Number(m[2]);
      ctx.diagnostics.push({
        sheet: ctx.grid.sheet,
        cell,
        row: diagRow,
        column: m[1],
        severity: "warning",
        code: "statement-closing",
        message: `Trang "${ctx.grid.sheet}", ô ${cell}: số dư cuối kỳ ${money(closing)} khác số dư đầu kỳ ${money(opening as number)} + tổng ghi có ${money(credits)} − tổng ghi nợ ${money(debits)} = ${money(expectedClosing)} (lệch ${money(closing - expectedClosing)}).`,
      });
    }
  }
  if (b.totals) {
    if (b.totals.credit !== null && b.totals.credit !== credits && b.creditColumn !== null) {
      diag(ctx, b.totals.row, b.creditColumn, "warning", "statement-total", `dòng tổng ghi ${money(b.totals.credit)} ghi có, nhưng các dòng sao kê cộng lại ${money(credits)} (lệch ${money(b.totals.credit - credits)}).`);
    }
    if (b.totals.debit !== null && b.totals.debit !== debits && b.debitColumn !== null) {
      diag(ctx, b.totals.row, b.debitColumn, "warning", "statement-total", `dòng tổng ghi ${money(b.totals.debit)} ghi nợ, nhưng các dòng sao kê cộng lại ${money(debits)} (lệch ${money(b.totals.debit - debits)}).`);
    }
  }
  const checked = closingOk !== null || withBalance.length > 0;
  return {
    opening,
    credits,
    debits,
    expectedClosing,
    closing,
    breaks,
    ok: checked ? closingOk !== false && breaks.length === 0 : null,
  };
}
