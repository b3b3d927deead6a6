/**
 * Tool "Chuyển mã sang Unicode": converts legacy TCVN3 / VNI / NFD text in a range of the user's
 * sheet, in place, only after the user has seen the changes. The original values go to Nhật ký
 * so the conversion can be undone.
 */
import { hashData } from "../domain/hash";
import { cellAddress } from "../domain/sheet/address";
import type { CellValue, Grid } from "../domain/sheet/types";
import { convertColumn } from "../domain/text";
import type { WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog, readLog } from "./journal";

export interface TextChange {
  row: number;
  col: number;
  address: string;
  before: string;
  after: string;
  encoding: string;
}

export interface ConversionPlan {
  sheet: string;
  address: string;
  changes: TextChange[];
  cellsRead: number;
}

export const CONVERT_STEP = "Chuyển mã sang Unicode";
export const UNDO_STEP = "Hoàn tác chuyển mã";
/** Excel keeps at most 32.767 characters in a cell: originals are split over several log rows. */
const DETAIL_LIMIT = 30_000;

export function planConversion(grid: Grid, options: { nameColumns?: boolean } = {}): Omit<ConversionPlan, "address"> {
  const changes: TextChange[] = [];
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 0; c < width; c++) {
    const cells = grid.values.map((r) => (typeof r[c] === "string" ? (r[c] as string) : null));
    const fonts = grid.fonts?.map((r) => r[c] ?? null);
    const results = convertColumn(cells, { fonts, nameColumn: options.nameColumns ?? false });
    results.forEach((res, r) => {
      const before = cells[r];
      if (before === null || res.text === null || !res.changed || res.text === before) return;
      const row = grid.origin.row + r;
      const col = grid.origin.col + c;
      changes.push({ row, col, address: cellAddress(row, col), before, after: res.text, encoding: res.encoding ?? "unicode" });
    });
  }
  return { sheet: grid.sheet, changes, cellsRead: grid.values.reduce((n, r) => n + r.length, 0) };
}

/** What would change in a range (the selection inside Excel), without changing anything. */
export async function previewConversion(port: WorkbookPort, sheet: string, address: string, options: { nameColumns?: boolean } = {}): Promise<ConversionPlan> {
  const grid = await port.readRange(sheet, address, { fonts: true });
  return { ...planConversion(grid, options), address };
}

export async function applyConversion(port: WorkbookPort, plan: ConversionPlan, ctx: StepContext = {}): Promise<void> {
  if (plan.changes.length === 0) return;
  await port.updateCells(plan.sheet, plan.changes.map((c) => ({ row: c.row, col: c.col, value: c.after })));
  const id = hashData(plan.changes);
  const originals = plan.changes.map((c) => [c.row, c.col, c.before, c.after]);
  const parts: (typeof originals)[] = [[]];
  let size = 0;
  for (const o of originals) {
    const len = JSON.stringify(o).length;
    if (size + len > DETAIL_LIMIT && parts[parts.length - 1].length) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1].push(o);
    size += len;
  }
  const time = nowIso(ctx);
  for (const [i, cells] of parts.entries()) {
    await appendLog(port, {
      time,
      user: ctx.user ?? null,
      step: CONVERT_STEP,
      counts: `${plan.changes.length} ô đổi trong ${plan.sheet}!${plan.address} (phần ${i + 1}/${parts.length})`,
      dataHash: id,
      detail: JSON.stringify({ id, part: i + 1, parts: parts.length, sheet: plan.sheet, cells }),
    });
  }
}

interface ConversionRecord {
  id: string;
  sheet: string;
  cells: [number, number, string, string][];
}

async function conversionsInLog(port: WorkbookPort): Promise<{ done: ConversionRecord[]; undone: Set<string> }> {
  const byId = new Map<string, ConversionRecord>();
  const undone = new Set<string>();
  for (const e of await readLog(port)) {
    if (e.step === UNDO_STEP) undone.add(e.dataHash);
    if (e.step !== CONVERT_STEP || !e.detail) continue;
    const d = JSON.parse(e.detail) as { id: string; sheet: string; cells: [number, number, string, string][] };
    const rec = byId.get(d.id) ?? { id: d.id, sheet: d.sheet, cells: [] };
    rec.cells.push(...d.cells);
    byId.set(d.id, rec);
  }
  return { done: [...byId.values()], undone };
}

/**
 * Puts back the originals of the last conversion not yet undone. A cell edited since then keeps
 * the edit: only cells that still hold the converted text are restored.
 */
export async function undoLastConversion(port: WorkbookPort, ctx: StepContext = {}): Promise<{ restored: number; kept: string[] } | null> {
  const { done, undone } = await conversionsInLog(port);
  const last = [...done].reverse().find((r) => !undone.has(r.id));
  if (!last) return null;
  const rows = last.cells.map(([r]) => r);
  const cols = last.cells.map(([, c]) => c);
  const top = Math.min(...rows);
  const left = Math.min(...cols);
  const grid = await port.readRange(last.sheet, `${cellAddress(top, left)}:${cellAddress(Math.max(...rows), Math.max(...cols))}`);
  const current = (r: number, c: number): CellValue => grid.values[r - top]?.[c - left] ?? null;
  const restore = last.cells.filter(([r, c, , after]) => current(r, c) === after);
  const kept = last.cells.filter(([r, c, , after]) => current(r, c) !== after).map(([r, c]) => cellAddress(r, c));
  await port.updateCells(last.sheet, restore.map(([row, col, before]) => ({ row, col, value: before })));
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: UNDO_STEP,
    counts: `${restore.length} ô trả lại giá trị cũ trong ${last.sheet}${kept.length ? `; ${kept.length} ô đã sửa sau đó được giữ nguyên` : ""}`,
    dataHash: last.id,
  });
  return { restored: restore.length, kept };
}
