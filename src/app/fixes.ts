/**
 * "Áp dụng sửa vào trang của tôi": the explicit second step after Kiểm tra. The user's sheet is
 * first copied whole into a sheet Chung Sức owns, then only the cells with a "fixed" diagnostic
 * are changed, to the value the check showed.
 */
import { hashData } from "../domain/hash";
import { cellAddress, columnNumber } from "../domain/sheet/address";
import type { CellValue, SheetDoc, StyleRun } from "../domain/sheet/types";
import type { WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";
import { validateWorkbook } from "./validate";

export interface AppliedFixes {
  sheet: string;
  backup: string;
  cells: number;
}

const MAX_SHEET_NAME = 31;

/** "DS ủng hộ (gốc 22-11 14h05)": Excel allows 31 characters and none of []:*?/\ . */
export function backupName(sheet: string, now: Date, taken: string[]): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const stamp = `gốc ${pad(now.getDate())}-${pad(now.getMonth() + 1)} ${pad(now.getHours())}h${pad(now.getMinutes())}`;
  const base = sheet.replace(/[[\]:*?/\\]/g, " ").slice(0, MAX_SHEET_NAME - stamp.length - 3).trim();
  let name = `${base} (${stamp})`;
  for (let i = 2; taken.some((t) => t.toLowerCase() === name.toLowerCase()); i++) name = `${base} (${stamp} ${i})`.slice(0, MAX_SHEET_NAME);
  return name;
}

export async function applyFixes(port: WorkbookPort, sheet: string, ctx: StepContext = {}): Promise<AppliedFixes> {
  const result = await validateWorkbook(port, { sheet }, ctx);
  const fixes = result.diagnostics.filter((d) => d.severity === "fixed" && d.fix && d.sheet === sheet);
  const grid = await port.readSheet(sheet);
  const now = ctx.now ? ctx.now() : new Date();
  const backup = backupName(sheet, now, (await port.listSheets()).map((s) => s.name));

  // The copy keeps every cell at its own address, with its number format.
  const rows: CellValue[][] = Array.from({ length: grid.origin.row - 1 }, () => []);
  const styles: StyleRun[] = [];
  grid.values.forEach((values, i) => {
    rows.push([...Array.from({ length: grid.origin.col - 1 }, () => null), ...values]);
    values.forEach((_v, j) => {
      const format = grid.formats?.[i]?.[j];
      if (format && format !== "General") styles.push({ range: cellAddress(grid.origin.row + i, grid.origin.col + j), style: { numberFormat: format } });
    });
  });
  const copy: SheetDoc = { name: backup, rows, styles };
  await port.writeSheet(copy);

  await port.updateCells(
    sheet,
    fixes.map((d) => ({ row: d.row, col: columnNumber(d.column), value: d.fix!.value, numberFormat: d.fix!.numberFormat })),
  );
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Áp dụng sửa vào trang của người dùng",
    counts: `${fixes.length} ô trong "${sheet}"; bản gốc giữ ở "${backup}"`,
    dataHash: hashData(fixes.map((d) => [d.cell, d.fix])),
  });
  return { sheet, backup, cells: fixes.length };
}
