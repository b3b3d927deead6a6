/**
 * The money unit a list is kept in. Accounting sheets often count in thousands: the header says
 * "Số tiền (nghìn đồng)" or "(1.000đ)", or a line above the table says "Đơn vị tính: 1.000 đồng",
 * and 500 in the column means 500.000 đ. Read as đồng, every amount would be a thousand times too
 * small.
 */
import { tableStart, type TableMatch } from "../sheet/headers";
import type { CellValue, Grid } from "../sheet/types";
import { foldText } from "../text/fold";
import { formatMoney } from "./format";
import { parseMoney, type MoneyParse } from "./parse";

/** How many đồng one of the list's units is: 1, 1.000 or 1.000.000. */
export type MoneyUnit = 1 | 1_000 | 1_000_000;

const CURRENCY = String.raw`\.?\s*(?:dong|d|vnd)?\.?\s*$`;
const UNIT_WORDS: readonly [RegExp, MoneyUnit][] = [
  [new RegExp(String.raw`(?:^|[^\d.,])(?:1[., ]?000[., ]?000|mot trieu|trieu|tr)` + CURRENCY), 1_000_000],
  [new RegExp(String.raw`(?:^|[^\d.,])(?:1[., ]?000|mot nghin|nghin|ngan)` + CURRENCY), 1_000],
  [/(?:^|[^\d.,])(?:dong|d|vnd)\.?\s*$/, 1],
];

/** "Đơn vị tính:", "ĐVT:" and what follows it, folded. */
const STATED_UNIT = /(?:don vi tinh|dvt)\s*[:.]?\s*([^)]*)/;

/** The unit a phrase names ("nghìn đồng", "1.000đ", "triệu đồng", "đồng"), or null if none. */
export function moneyUnitOf(phrase: string): MoneyUnit | null {
  const text = foldText(phrase).replace(/[()[\]]/g, " ").replace(/\s+/g, " ").trim();
  for (const [words, unit] of UNIT_WORDS) if (words.test(text)) return unit;
  return null;
}

/** The unit a line of the title block states: "Đơn vị tính: 1.000 đồng", "ĐVT: đồng". */
export function titleMoneyUnit(line: string): MoneyUnit | null {
  const stated = STATED_UNIT.exec(foldText(line));
  return stated ? moneyUnitOf(stated[1]) : null;
}

/** The unit a column header states in parentheses ("Số tiền (nghìn đồng)") or after "ĐVT". */
export function headerMoneyUnit(header: string): MoneyUnit | null {
  const stated = titleMoneyUnit(header);
  if (stated !== null) return stated;
  for (const part of foldText(header).match(/\(([^)]*)\)/g) ?? []) {
    const unit = moneyUnitOf(part);
    if (unit !== null) return unit;
  }
  return null;
}

/** Where a list states the unit of one of its money columns. */
export interface StatedUnit {
  unit: MoneyUnit;
  /** The text that states it, as typed. */
  text: string;
  /** Sheet row and column (1-based) of the cell that states it. */
  row: number;
  column: number;
}

/**
 * The unit of a money column: its own header's, else the title block's "Đơn vị tính" line above
 * the table, else none stated (null: the column is in đồng).
 */
export function statedMoneyUnit(grid: Grid, match: TableMatch, field: string): StatedUnit | null {
  const column = match.columns[field];
  if (!column) return null;
  for (const row of [...match.headerRows].reverse()) {
    const header = grid.values[row - grid.origin.row]?.[column.column - grid.origin.col];
    const unit = typeof header === "string" ? headerMoneyUnit(header) : null;
    if (unit !== null) return { unit, text: header as string, row, column: column.column };
  }
  for (let row = grid.origin.row; row < tableStart(match); row++) {
    const cells = grid.values[row - grid.origin.row] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const text = cells[c];
      const unit = typeof text === "string" ? titleMoneyUnit(text) : null;
      if (unit !== null) return { unit, text: text as string, row, column: grid.origin.col + c };
    }
  }
  return null;
}

/** What one of a unit is called in a message: "nghìn đồng". */
export function moneyUnitName(unit: MoneyUnit): string {
  return unit === 1 ? "đồng" : unit === 1_000 ? "nghìn đồng" : "triệu đồng";
}

/** What a list's stated unit does to a column, said once on its header. */
export function moneyUnitSentence(label: string, stated: StatedUnit): string {
  const text = stated.text.replace(/\s+/g, " ").trim();
  return `cột ${label} ghi theo ${moneyUnitName(stated.unit)} ("${text}"): mỗi số trong cột được nhân ${formatMoney(stated.unit)}, ví dụ 500 → ${formatMoney(500 * stated.unit)} đ.`;
}

/** A bare figure, with no word or currency of its own: "500", "1.500", "1,5", "-200", "(300)". */
const BARE_FIGURE = /^\s*[-−–(]?\s*\d[\d.,\s]*\)?\s*$/u;

/**
 * An amount typed in a column kept in `unit`: a number, or a bare figure typed as text, counts
 * in the unit (1,5 in thousands is 1.500 đ); text that names its own unit or currency ("450k",
 * "2 triệu", "500.000đ") means what it says.
 */
export function parseMoneyIn(value: CellValue | undefined, unit: MoneyUnit): MoneyParse {
  if (unit === 1) return parseMoney(value);
  if (typeof value === "number") return inUnit(value, unit);
  if (typeof value !== "string" || !BARE_FIGURE.test(value)) return parseMoney(value);
  const text = value.trim();
  const negative = /^[-−–(]/u.test(text);
  const figure = text.replace(/^[-−–(]\s*/u, "").replace(/\s*\)$/, "");
  const read = parseMoney(`${figure} ${unit === 1_000 ? "nghìn" : "triệu"}`);
  if (!read.ok) return read;
  const amount = negative ? -read.amount : read.amount;
  return { ok: true, amount, note: `"${text}" ${moneyUnitName(unit)} → ${formatMoney(amount)}` };
}

/**
 * How many times an Excel number format divides the number it shows: "#,##0," shows thousands
 * (1.000), "#,##0,," millions; a comma between digit codes only groups them. Where a list says
 * "ĐVT: 1.000đ" over cells shown this way, the cells hold đồng already.
 */
export function formatScale(format: string | null | undefined): number {
  if (!format) return 1;
  const codes = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const trailing = /[0#?](,+)[^0#?,]*$/.exec(codes);
  return trailing === null ? 1 : 1000 ** trailing[1].length;
}

function inUnit(n: number, unit: MoneyUnit): MoneyParse {
  // 1,5 nghìn is 1.500 đ exactly; the product only carries float noise (0.7 × 1000 = 700.0000001).
  const scaled = parseMoney(n * unit);
  if (!scaled.ok) return scaled;
  return { ok: true, amount: scaled.amount };
}
