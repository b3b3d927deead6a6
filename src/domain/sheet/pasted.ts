/**
 * A table pasted as text into one column: each row's cells landed in one cell, separated by
 * tabs (a copy from Word, Zalo or a web page pasted without "Text to Columns"), or by ";" or
 * "|" typed between them. Split into columns, it reads as any table does. The rows keep the
 * sheet's own numbers, and each column remembers the sheet column it came from (Grid.sheetColumns),
 * so that a message names the cell the user typed, not a column that exists only here.
 */
import { columnLetters } from "./address";
import { parseCsv } from "./textTables";
import type { CellValue, Grid } from "./types";

/** The sheet column (1-based) a column of the grid (0-based) was read from. */
export function sheetColumnOf(grid: Grid, at: number): number {
  return grid.sheetColumns?.[at] ?? grid.origin.col + at;
}

/** The letters of the sheet column a column of the grid (0-based) was read from. */
export function sheetColumnLettersOf(grid: Grid, at: number): string {
  return columnLetters(sheetColumnOf(grid, Math.max(0, at)));
}

export interface SplitColumn {
  /** The grid with the pasted column split into as many columns as its widest row has cells. */
  grid: Grid;
  /** The sheet column (1-based) that holds the pasted rows. */
  column: number;
  separator: string;
  /** Sheet rows whose cell was split. */
  rows: number[];
}

/** Fewer rows than this, split alike, are a cell or two that happen to hold a separator, not a pasted table. */
const MIN_PASTED_ROWS = 3;

/**
 * Each separator, and the fewest times a row's cell must hold it: a tab is never typed in a
 * cell by hand, so one says the cell holds two; ";" and "|" may sit in a note, so a pasted row
 * has two at least, and most such cells the same number of them.
 */
const SEPARATORS: readonly { separator: string; least: number }[] = [
  { separator: "\t", least: 1 },
  { separator: ";", least: 2 },
  { separator: "|", least: 2 },
];

function occurrences(text: string, separator: string): number {
  let n = 0;
  for (let i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, i + 1)) n++;
  return n;
}

/** The column (0-based) and separator of a table pasted into one column; null where none is. */
function pastedColumn(grid: Grid): { at: number; separator: string } | null {
  let best: { at: number; separator: string; rows: number } | null = null;
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  for (let at = 0; at < width; at++) {
    for (const { separator, least } of SEPARATORS) {
      // How many cells hold each count of separators: a pasted table's rows have one count.
      const counts = new Map<number, number>();
      for (const row of grid.values) {
        const v = row[at];
        if (typeof v !== "string" || !v.includes(separator)) continue;
        const n = occurrences(v, separator);
        if (n >= least) counts.set(n, (counts.get(n) ?? 0) + 1);
      }
      const rows = separator === "\t" ? [...counts.values()].reduce((s, n) => s + n, 0) : Math.max(0, ...counts.values());
      if (rows >= MIN_PASTED_ROWS && (!best || rows > best.rows)) best = { at, separator, rows };
    }
  }
  return best && { at: best.at, separator: best.separator };
}

/** A pasted row's cells: quoted as a spreadsheet copies them, trimmed, empty ones empty. */
function cellsOfText(text: string, separator: string): CellValue[] {
  // A line break inside the cell is part of the pasted row, not a row of its own.
  const fields = parseCsv(text.replace(/\r?\n|\r/g, " "), separator)[0] ?? [];
  return fields.map((f) => (f.trim() === "" ? null : f.trim()));
}

/**
 * The grid with its pasted column split into columns; null where no column holds a pasted
 * table. Cells left and right of it stay as they are, moved right past the new columns.
 */
export function splitPastedColumn(grid: Grid): SplitColumn | null {
  const found = pastedColumn(grid);
  if (found === null) return null;
  const { at, separator } = found;
  const split: CellValue[][] = [];
  const rows: number[] = [];
  let parts = 1;
  grid.values.forEach((row, i) => {
    const v = row[at];
    const cells = typeof v === "string" && v.includes(separator) ? cellsOfText(v, separator) : [v ?? null];
    if (cells.length > 1) rows.push(grid.origin.row + i);
    parts = Math.max(parts, cells.length);
    split.push(cells);
  });
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const spread = <T>(row: readonly T[] | undefined, own: readonly T[], fill: T): T[] => {
    const out: T[] = [];
    for (let c = 0; c < at; c++) out.push(row?.[c] ?? fill);
    for (let k = 0; k < parts; k++) out.push(own[k] ?? fill);
    for (let c = at + 1; c < width; c++) out.push(row?.[c] ?? fill);
    return out;
  };
  const trimmed = (cells: CellValue[]) => {
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    return cells;
  };
  const values = grid.values.map((row, i) => trimmed(spread(row, split[i], null as CellValue)));
  const column = grid.origin.col + at;
  const sheetColumns = spread<number>(
    Array.from({ length: width }, (_v, c) => grid.origin.col + c),
    Array.from({ length: parts }, () => column),
    0,
  );
  // A pasted cell's font is that of every part of it; its number format says nothing of text.
  const fonts = grid.fonts?.map((row) => spread(row, Array.from({ length: parts }, () => row?.[at] ?? null), null as string | null));
  // Merged areas are given in sheet columns, which the split has moved: none is kept.
  return { grid: { sheet: grid.sheet, origin: grid.origin, values, sheetColumns, ...(fonts ? { fonts } : {}) }, column, separator, rows };
}

/** How a message names a separator. */
export function separatorName(separator: string): string {
  return separator === "\t" ? "dấu tab" : `dấu "${separator}"`;
}
