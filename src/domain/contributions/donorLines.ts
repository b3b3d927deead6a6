/**
 * Lists kept as lines of text, one donor a line, as a hamlet head posts them in a Zalo group
 * and an office pastes them into column A: "1. Nguyễn Văn Hùng - 500.000đ", "3) Hoàng Văn Tú
 * 1tr", "5. Chị Lường Thị Thu (Hà Nội) ck 1.500.000", "8. Anh Triệu Văn Sơn - 500k (12/6)",
 * then "Tổng: 18.600.000đ". Each line is split into the cells a table would have given it
 * (STT, name, amount, channel, date, note) and the list is read as a table: the same rules
 * read its money, dates, channels, totals and donors, and say the same things about them.
 */
import { parseMoney } from "../money";
import { CONTRIBUTION_TABLE } from "../sheet/tableSpecs";
import type { ColumnMatch, TableMatch } from "../sheet/headers";
import type { CellValue, Grid } from "../sheet/types";

/** One line split into what a row of a table would hold; each part as typed, "" where the line has none. */
export interface DonorLine {
  /** The line's own number ("1" of "1. …", "3" of "3) …"). */
  seq: string;
  name: string;
  /** The money as typed ("500.000đ", "1tr", "300k"). */
  amount: string;
  /** How it was paid, as typed ("ck", "chuyển khoản", "TM"). */
  channel: string;
  /** The day, as typed ("12/6", "12/06/2024"). */
  date: string;
  /** What else the line says (a place in brackets, words after the amount). */
  note: string;
}

/** Emoji and the joiners and variation selectors they come with: decoration, never data. */
const PICTOGRAPHS = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
/** "1.", "12)", "3/", "4 -": the line's number, followed by the name. */
const LINE_NUMBER = /^(\d{1,4})\s*[.):/\-–]\s*(?=[\p{L}"“(])/u;
/** "(12/6)", "(ngày 12/06/2024)": the day it was paid. */
const DATE_IN_BRACKETS = /\(\s*(?:ngày\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*\)/iu;
/** "ngày 12/6", "12/6/2024" standing alone. */
const DATE_ALONE = /(?<![\p{L}\d/.])(?:ngày\s+)?(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?)(?![\p{L}\d/])/iu;
/** "ck", "đã CK", "chuyển khoản", "TM", "tiền mặt" as words of their own. */
const PAYMENT = /(?<![\p{L}\d])(?:đã\s+)?(ck|chuyển\s+khoản|chuyen\s+khoan|tm|tiền\s+mặt|tien\s+mat)(?![\p{L}])/iu;
/** The same words as the last before the amount: "… ck 1.500.000", "… - CK: 500k". */
const PAYMENT_BEFORE_AMOUNT = /(?<![\p{L}\d])(?:đã\s+)?(ck|chuyển\s+khoản|chuyen\s+khoan|tm|tiền\s+mặt|tien\s+mat)[\s:\-–]*$/iu;
/**
 * An amount as people write it in a message: "500.000đ", "1.500.000", "300k", "1tr", "1tr5",
 * "10tr", "1,5 triệu", "2 triệu", "500 nghìn", "1 500 000 đ".
 */
const MONEY =
  /(?<![\p{L}\d.,])(?:\d{1,3}(?:[., ]\d{3})+|\d+(?:[.,]\d{1,3})?)(?:\s*(?:triệu|tr|tỷ|tỉ|nghìn|ngàn|k)(?:\s*\d{1,3})?(?![\p{L}\d]))?(?:\s*(?:đồng|đ|vnđ|vnd|₫)(?![\p{L}]))?(?![\p{L}\d])/giu;
/** Punctuation between a name and its amount, or left over at either end of a part. */
const EDGE_PUNCTUATION = /^[\s\-–—:;,.=>]+|[\s\-–—:;,=>]+$/gu;
/** A place or a remark in brackets after a name: "(Hà Nội)", "(con ông Tú)". */
const BRACKETED = /\s*\(([^()]*)\)\s*/gu;

/** The smallest amount a bare figure with no unit or grouping must reach: "2024" is a year, "12" a house number. */
const BARE_FIGURE_MIN = 10_000;

function tidy(text: string): string {
  return text.replace(/\s+/g, " ").replace(EDGE_PUNCTUATION, "").trim();
}

/** The last figure in the text that reads as money, where it stands and how it is typed. */
function lastAmount(text: string): { at: number; typed: string } | null {
  let found: { at: number; typed: string } | null = null;
  for (const m of text.matchAll(MONEY)) {
    const typed = m[0].trim();
    const read = parseMoney(typed);
    if (!read.ok || read.amount < 1000) continue;
    // A bare figure with no unit and no grouping ("2024", "12") is money only when it is large.
    if (/^\d+$/.test(typed) && read.amount < BARE_FIGURE_MIN) continue;
    found = { at: m.index ?? 0, typed };
  }
  return found;
}

/**
 * A line split into its number, name, amount, channel, date and note. A line with no amount
 * comes back with `amount` "" (a title, a remark, someone listed who has not paid yet); where
 * the words after the name's dash hold a figure that is no amount ("5 bao xi măng"), they are
 * the amount as typed, and reading it says why it cannot be used.
 */
export function parseDonorLine(text: string): DonorLine {
  let rest = text.normalize("NFC").replace(PICTOGRAPHS, " ").replace(/\s+/g, " ").trim();
  const numbered = LINE_NUMBER.exec(rest);
  const seq = numbered ? numbered[1] : "";
  if (numbered) rest = rest.slice(numbered[0].length);
  const dated = DATE_IN_BRACKETS.exec(rest) ?? DATE_ALONE.exec(rest);
  const date = dated ? dated[1].replace(/\s+/g, "") : "";
  if (dated) rest = `${rest.slice(0, dated.index)} ${rest.slice(dated.index + dated[0].length)}`;
  let name = rest;
  let amount = "";
  let after = "";
  let channel = "";
  const money = lastAmount(rest);
  if (money) {
    name = rest.slice(0, money.at);
    amount = money.typed;
    after = rest.slice(money.at + money.typed.length);
    // How it was paid is said next to the amount ("ck 1.500.000", "200.000đ - đã CK"); inside a
    // name, "TM" is a company's "thương mại".
    const before = PAYMENT_BEFORE_AMOUNT.exec(name);
    const paid = before ?? PAYMENT.exec(after);
    if (paid) channel = paid[1];
    if (before) name = name.slice(0, before.index);
    else if (paid) after = `${after.slice(0, paid.index)} ${after.slice(paid.index + paid[0].length)}`;
  } else {
    // "Nguyễn Văn A - năm trăm nghìn", "Trần Văn B: 5 bao xi măng": what follows the name's dash.
    const dash = /\s[-–—:]\s|:\s/u.exec(rest);
    if (dash) {
      const tail = tidy(rest.slice(dash.index + dash[0].length));
      const read = tail === "" ? null : parseMoney(tail);
      if ((read !== null && read.ok) || /\d/.test(tail)) {
        name = rest.slice(0, dash.index);
        amount = tail;
      }
    }
  }
  const notes: string[] = [];
  name = name.replace(BRACKETED, (_whole, inner: string) => {
    if (inner.trim() !== "") notes.push(inner.trim());
    return " ";
  });
  const remark = tidy(after.replace(/[()]/g, " "));
  if (remark !== "") notes.push(remark);
  return { seq, name: tidy(name), amount, channel, date, note: notes.join("; ") };
}

/** Fewest donor lines that make a sheet a list of them: a line or two with a figure is a note on the sheet. */
const MIN_DONOR_LINES = 3;

/** The columns a line's parts are put in, in the order of DonorLine's fields, as a table names them. */
const LINE_FIELDS = ["seq", "name", "amount", "channel", "date", "note"] as const;

export interface DonorLinesTable {
  /** The lines split into columns; every column comes from the sheet column the lines are in. */
  grid: Grid;
  match: TableMatch;
  /** The sheet column (1-based) the lines are typed in. */
  column: number;
  /** The sheet rows of the donor lines. */
  rows: number[];
}

/**
 * A sheet whose text is all in one column and reads mostly as donor lines: the lines as a
 * table to read (see the top of this file), or null where the sheet is something else.
 */
export function donorLinesTable(grid: Grid): DonorLinesTable | null {
  let at = -1;
  const lines: { index: number; text: string }[] = [];
  for (let i = 0; i < grid.values.length; i++) {
    const row = grid.values[i];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || (typeof v === "string" && v.trim() === "")) continue;
      // Lines are typed in one column: a value anywhere else makes the sheet a table of another kind.
      if (typeof v !== "string" || (at !== -1 && c !== at)) return null;
      at = c;
      lines.push({ index: i, text: v });
    }
  }
  if (at === -1) return null;
  const parsed = lines.map((l) => ({ ...l, line: parseDonorLine(l.text) }));
  const donors = parsed.filter((p) => p.line.name !== "" && p.line.amount !== "" && /\p{L}/u.test(p.line.name));
  if (donors.length < MIN_DONOR_LINES || donors.length * 2 < lines.length) return null;
  // The list starts at its first numbered or donor line; the lines above are its title.
  const isDonor = new Set(donors);
  const first = parsed.find((p) => p.line.seq !== "" || isDonor.has(p)) ?? donors[0];
  const lineAt = new Map(parsed.map((p) => [p.index, p.line]));
  const values: CellValue[][] = grid.values.map((row, i) => {
    const text = row[at];
    if (i < first.index || typeof text !== "string") return i < first.index && typeof text === "string" ? [text] : [];
    const line = lineAt.get(i) ?? parseDonorLine(text);
    return LINE_FIELDS.map((f) => (line[f] === "" ? null : line[f]));
  });
  const column = grid.origin.col + at;
  const columns: Record<string, ColumnMatch> = {};
  LINE_FIELDS.forEach((field, k) => (columns[field] = { field, column: grid.origin.col + k, header: "", strength: 3 }));
  const firstDataRow = grid.origin.row + first.index;
  return {
    grid: { sheet: grid.sheet, origin: grid.origin, values, sheetColumns: LINE_FIELDS.map(() => column) },
    match: { kind: CONTRIBUTION_TABLE.kind, sheet: grid.sheet, headerRows: [], firstDataRow, columns, missing: [], score: 0, unsure: false },
    column,
    rows: donors.map((d) => grid.origin.row + d.index),
  };
}
