/**
 * A flat rate per household. Where a village votes what each household pays ("Mức đóng góp theo
 * biên bản họp xóm: 300.000 đồng/hộ"), the collector keeps no amount column: a tick under "Đã
 * nộp" says the household paid the rate. The rate is stated once, in the title block or in the
 * paid column's own heading ("Đã nộp (300.000 đ/hộ)"); a tick means that amount, and an amount
 * typed in the column (a household that gave more) means what it says.
 */
import { tableStart, type TableMatch } from "../sheet/headers";
import type { Grid } from "../sheet/types";
import { foldText } from "../text/fold";
import { formatMoney } from "../money/format";
import { parseMoney } from "../money/parse";

/** Where a list states what each household pays. */
export interface FlatRate {
  /** The rate, in đồng. */
  amount: number;
  /** Sheet row and column (1-based) of the cell that states it. */
  row: number;
  column: number;
  /** The paid column's own heading states it, rather than a line of the title block. */
  inHeading: boolean;
}

/** An amount as a rate is typed, folded: "300.000", "300 000 đồng", "300 nghìn", "1,5 triệu", "300k". */
const AMOUNT = String.raw`(\d{1,3}(?:[., ]\d{3})+|\d+(?:,\d+)?)\s*(trieu|tr|nghin|ngan|k|dong|d|vnd)?\.?`;
/** "300.000 đồng/hộ", "300.000đ / 1 hộ", "300 nghìn mỗi hộ", "300.000 đ một hộ". */
const PER_HOUSEHOLD = new RegExp(AMOUNT + String.raw`\s*(?:\/\s*(?:1\s*)?|\b(?:moi|mot|1)\s+)ho\b`);
/** "Mức đóng góp: 300.000 đồng", "Mức thu theo biên bản họp xóm ngày 20/5/2024: 300.000 đồng". */
const RATE_LABEL = new RegExp(String.raw`\bmuc (?:dong gop|dong|gop|thu|nop|ung ho)\b[^:]*:\s*` + AMOUNT);
/** A floor or a suggestion, not what each household pays: "tối thiểu 200.000 đ/hộ", "từ 200.000 đ/hộ trở lên". */
const NOT_FIXED = /\b(?:toi thieu|it nhat|tro len|khuyen khich|tuy tam|tuy kha nang|tu nguyen)\b/;
/** What follows a rate per something else: "/khẩu", "mỗi người". */
const PER_OTHER = /^\s*(?:\/|\bmoi\b|\bmot\b)/;

/**
 * The rate per household a line states, in đồng, or null where it states none. A rate per
 * person ("200.000 đ/khẩu") or a floor ("tối thiểu 200.000 đ/hộ") is none: a household's tick
 * then says nothing of how much.
 */
export function flatRateIn(line: string): number | null {
  const folded = foldText(line);
  if ((!folded.includes("ho") && !folded.includes("muc")) || NOT_FIXED.test(folded)) return null;
  let found = PER_HOUSEHOLD.exec(folded);
  if (found === null) {
    found = RATE_LABEL.exec(folded);
    if (found === null || PER_OTHER.test(folded.slice(found.index + found[0].length))) return null;
  }
  const read = parseMoney(found[2] ? `${found[1]} ${found[2]}` : found[1]);
  return read.ok && read.amount > 0 ? read.amount : null;
}

/**
 * The rate a list states for its paid column: the column's own heading first, else a line of the
 * title block above the table. Null where none is stated.
 */
export function statedFlatRate(grid: Grid, match: TableMatch, field = "amount"): FlatRate | null {
  const column = match.columns[field];
  if (!column) return null;
  const at = (row: number, col: number) => grid.values[row - grid.origin.row]?.[col - grid.origin.col];
  for (const row of match.headerRows) {
    const heading = at(row, column.column);
    const amount = typeof heading === "string" ? flatRateIn(heading) : null;
    if (amount !== null) return { amount, row, column: column.column, inHeading: true };
  }
  for (let row = grid.origin.row; row < tableStart(match); row++) {
    const cells = grid.values[row - grid.origin.row] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const text = cells[c];
      const amount = typeof text === "string" ? flatRateIn(text) : null;
      if (amount !== null) return { amount, row, column: grid.origin.col + c, inHeading: false };
    }
  }
  return null;
}

/** A tick as offices type one in a paid column: x, ✓, √, ☑ (v where ✓ is hard to type). */
const TICK = /^\s*[xXvV✓✔√☑×]\s*$/u;

export function isPaidTick(typed: string): boolean {
  return TICK.test(typed);
}

/** What a tick in the paid column reads as, said on its cell: the rate and where the list states it. */
export function tickAtRateSentence(typed: string, rate: FlatRate, headingCell: string): string {
  const where = rate.inHeading ? `ở đầu cột (ô ${headingCell})` : `ở dòng ${rate.row}`;
  return `đánh dấu "${typed.trim()}" đọc là mức ${formatMoney(rate.amount)} đ/hộ ghi ${where}.`;
}

/** Why a tick reads as no amount where the list states no rate, and what to write. */
export function tickWithoutRateSentence(label: string, typed: string): string {
  return `${label} "${typed.trim()}" là dấu đánh dấu đã nộp, chưa đọc được thành tiền: hãy ghi mức đóng góp, ví dụ "300.000 đồng/hộ", ở tiêu đề hoặc đầu cột (mỗi dấu được tính theo mức đó), hoặc ghi số tiền vào ô.`;
}
