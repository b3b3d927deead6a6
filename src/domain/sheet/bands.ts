import { parseRange } from "./address";
import type { Grid } from "./types";

/**
 * The columns `from` up to `to` (1-based, `to` excluded; Infinity for the rest) of a sheet whose
 * lists stand side by side, as a grid of their own: each list is read as if it had the sheet to
 * itself, with the sheet's row and column numbers, so that its cells are named as typed. A title
 * merged over several lists ("DANH SÁCH … XÃ …" across A:I) holds its text in its first cell
 * only; above `titleEnd` (a sheet row) each band shows it in its own first column too, since the
 * title is every list's.
 */
export function columnBand(grid: Grid, from: number, to: number, titleEnd: number): Grid {
  const start = Math.max(0, from - grid.origin.col);
  const end = to === Infinity ? undefined : to - grid.origin.col;
  const values = grid.values.map((row) => row.slice(start, end));
  for (const merge of grid.merges ?? []) {
    const area = parseRange(merge);
    const r = area.start.row - grid.origin.row;
    if (area.start.col >= from || area.end.col < from || area.start.row >= titleEnd || r < 0 || r >= values.length) continue;
    const text = grid.values[r]?.[area.start.col - grid.origin.col];
    if (values[r][0] === null || values[r][0] === undefined || values[r][0] === "") values[r][0] = text ?? null;
  }
  return {
    ...grid,
    origin: { row: grid.origin.row, col: grid.origin.col + start },
    values,
    ...(grid.formats ? { formats: grid.formats.map((row) => row.slice(start, end)) } : {}),
    ...(grid.fonts ? { fonts: grid.fonts.map((row) => row.slice(start, end)) } : {}),
    ...(grid.sheetColumns ? { sheetColumns: grid.sheetColumns.slice(start, end) } : {}),
  };
}
