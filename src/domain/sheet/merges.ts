import { parseRange } from "./address";
import type { Grid } from "./types";

/**
 * For each cell a merged area covers below its top row, the sheet row its value sits in: a
 * hamlet merged down over its households holds the hamlet of every one of them. Keyed by sheet
 * row and column (see mergedKey); only areas taller than a row, with their top row in the grid.
 */
export function rowsMergedDown(grid: Grid): ReadonlyMap<number, number> | null {
  if (!grid.merges || grid.merges.length === 0) return null;
  const firstRow = grid.origin.row;
  const lastRow = firstRow + grid.values.length - 1;
  const out = new Map<number, number>();
  for (const merge of grid.merges) {
    const { start, end } = parseRange(merge);
    if (end.row === start.row || start.row < firstRow || start.row > lastRow) continue;
    for (let row = start.row + 1; row <= Math.min(end.row, lastRow); row++) {
      for (let col = start.col; col <= end.col; col++) out.set(mergedKey(row, col), start.row);
    }
  }
  return out.size > 0 ? out : null;
}

/** The key of a sheet cell in rowsMergedDown's map. */
export function mergedKey(row: number, col: number): number {
  // Excel has 16.384 columns: row and column fit one safe integer.
  return row * 16_384 + col;
}
