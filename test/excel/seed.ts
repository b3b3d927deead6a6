import { parseRange } from "../../src/domain/sheet/address";
import type { CellValue, SheetDoc } from "../../src/domain/sheet/types";
import type { SeedSheet } from "../../src/workbook/contract";

/** A generated user sheet as a fake-Excel seed: values, merges, and the fonts and number formats its styles give cells. */
export function seedOfDoc(doc: SheetDoc): SeedSheet {
  const fonts: (string | null)[][] = doc.rows.map((r) => r.map(() => null));
  const formats: (string | null)[][] = doc.rows.map((r) => r.map(() => null));
  for (const run of doc.styles ?? []) {
    const { start, end } = parseRange(run.range);
    for (let r = start.row; r <= Math.min(end.row, doc.rows.length); r++)
      for (let c = start.col; c <= Math.min(end.col, doc.rows[r - 1].length); c++) {
        if (run.style.font) fonts[r - 1][c - 1] = run.style.font;
        if (run.style.numberFormat) formats[r - 1][c - 1] = run.style.numberFormat;
      }
  }
  return { name: doc.name, rows: doc.rows as CellValue[][], fonts, formats, ...(doc.merges ? { merges: doc.merges } : {}) };
}
