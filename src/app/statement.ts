/**
 * Statement import (sao kê): a sheet pasted into the workbook, or a bank's file (.xlsx, .csv,
 * HTML or SpreadsheetML ".xls"). An imported file is copied as it is, row for row, into a sheet
 * Chung Sức owns, "Sao kê (nhập)" (re-created on each import), so every line keeps the file's own
 * row number, the Đối chiếu sheet can point at it, and the task pane can select its cells.
 * Reading never changes the user's sheets.
 */
import { DATE_NUMBER_FORMAT, isDateNumberFormat } from "../domain/dates";
import { hashData } from "../domain/hash";
import { LAYOUT_LABELS, missingStatementFields, readStatement, type StatementDiagnostic, type StatementLayout, type StatementReading } from "../domain/reconcile/statement";
import type { StatementLine } from "../domain/reconcile/types";
import { columnLetters } from "../domain/sheet/address";
import { detectTable, type ConfirmedMapping } from "../domain/sheet/headers";
import { ALL_TABLES, STATEMENT_TABLE } from "../domain/sheet/tableSpecs";
import type { CellValue, Grid, SheetDoc, StyleRun } from "../domain/sheet/types";
import { SheetMissingError, SheetNotOwnedError, type WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";
import { anyConfirmedMapping, confirmMapping, confirmedMapping } from "./mapping";
import { readStatementFile, StatementFileError, type StatementFileFormat } from "./statementFile";

export { StatementFileError };
export type { StatementDiagnostic, StatementLayout };

/** Where an imported statement file goes (a sheet Chung Sức owns). */
export const IMPORTED_STATEMENT_SHEET = "Sao kê (nhập)";
export const STATEMENT_KIND = STATEMENT_TABLE.kind;

export interface StatementSource {
  /** A sheet of the workbook holding the statement as pasted. */
  sheet?: string;
  /** A bank's export file: .xlsx, .csv, or an ".xls" that is HTML or SpreadsheetML. */
  file?: { bytes: Uint8Array; name: string };
}

export interface StatementRead {
  /** The sheet the lines are on (the pasted sheet, or "Sao kê (nhập)" for an imported file). */
  sheet: string;
  lines: StatementLine[];
  diagnostics: StatementDiagnostic[];
  /** Opening balance as the statement gives it (or as worked back from the first running balance). */
  opening: number | null;
  /** Closing balance as the statement gives it (or the last running balance). */
  closing: number | null;
  /** "vcb-cashup" | "vcb-simple" | "vietinbank-efast" | "bidv" | "agribank" | "generic" | "mapped" */
  layout: StatementLayout;
  account: string | null;
  /** Vietnamese name of the layout. */
  layoutLabel: string;
  bank: string | null;
  period: { from: string | null; to: string | null } | null;
  headerRows: number[];
  /** Column letters per field as read (what the mapping card shows). */
  mapping: Record<string, string>;
  /** A person should confirm the columns once (unknown layout, or required columns not found). */
  needsMapping: boolean;
  /** Totals of the lines read, by class. */
  totals: { lines: number; credit: number; debit: number; credits: number; debits: number; interest: number; fees: number };
  /** opening + credits − debits = closing, and each running balance. ok null: nothing to check. */
  balance: { expectedClosing: number | null; breaks: number[]; ok: boolean | null };
  /** Where an imported file came from. */
  file: { name: string; format: StatementFileFormat } | null;
}

export class NoStatementError extends Error {}

function summarize(reading: StatementReading, file: StatementRead["file"]): StatementRead {
  const lines = reading.lines;
  const sum = (f: (l: StatementLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  return {
    sheet: reading.sheet,
    lines,
    diagnostics: reading.diagnostics,
    opening: reading.check.opening,
    closing: reading.check.closing,
    layout: reading.layout,
    account: reading.header.account,
    layoutLabel: LAYOUT_LABELS[reading.layout],
    bank: reading.header.bank,
    period: reading.header.period,
    headerRows: reading.match.headerRows,
    mapping: reading.mapping,
    needsMapping: reading.needsMapping,
    totals: {
      lines: lines.length,
      credit: reading.check.credits,
      debit: reading.check.debits,
      credits: lines.filter((l) => l.class === "credit").length,
      debits: lines.filter((l) => l.class === "debit" || l.class === "fee").length,
      interest: sum((l) => (l.class === "interest" ? l.credit : 0)),
      fees: sum((l) => (l.class === "fee" ? l.debit : 0)),
    },
    balance: { expectedClosing: reading.check.expectedClosing, breaks: reading.check.breaks, ok: reading.check.ok },
    file,
  };
}

/** What to say when a sheet has no statement table at all: the person maps its columns by hand. */
function unreadable(grid: Grid, file: StatementRead["file"]): StatementRead {
  const message = `Trang "${grid.sheet}", ô A1: không tìm thấy dòng tiêu đề của bảng sao kê (Ngày giao dịch, Nội dung, Ghi có…) trong 30 dòng đầu; hãy chỉ rõ các cột một lần (xác nhận cột).`;
  return {
    sheet: grid.sheet,
    lines: [],
    diagnostics: [{ sheet: grid.sheet, cell: "A1", row: 1, column: "A", severity: "error", code: "statement-no-table", message }],
    opening: null,
    closing: null,
    layout: "generic",
    account: null,
    layoutLabel: LAYOUT_LABELS.generic,
    bank: null,
    period: null,
    headerRows: [],
    mapping: {},
    needsMapping: true,
    totals: { lines: 0, credit: 0, debit: 0, credits: 0, debits: 0, interest: 0, fees: 0 },
    balance: { expectedClosing: null, breaks: [], ok: null },
    file,
  };
}

/** A confirmed mapping still fits the sheet when its header cells are there (text, not blank). */
function stillFits(grid: Grid, confirmed: ConfirmedMapping): boolean {
  const last = confirmed.headerRows[confirmed.headerRows.length - 1];
  const row = grid.values[last - grid.origin.row];
  if (!row) return false;
  return Object.values(confirmed.mapping).every((letters) => {
    let col = 0;
    for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
    const v = row[col - grid.origin.col];
    return typeof v === "string" && v.trim() !== "";
  });
}

async function readGrid(port: WorkbookPort, grid: Grid, file: StatementRead["file"]): Promise<StatementRead> {
  const confirmed = await confirmedMapping(port, grid.sheet, STATEMENT_KIND);
  const reading = readStatement(grid, { confirmed: confirmed && stillFits(grid, confirmed) ? confirmed : null });
  return reading ? summarize(reading, file) : unreadable(grid, file);
}

/** The statement among a file's sheets: a known layout first, then any statement table, then the first sheet. */
function pickStatementGrid(grids: Grid[]): Grid {
  let best: { grid: Grid; rank: number } | null = null;
  for (const grid of grids) {
    const r = readStatement(grid);
    const rank = !r ? 0 : r.layout !== "generic" && !r.needsMapping ? 3 + Math.min(r.lines.length, 1) : r.lines.length > 0 ? 2 : 1;
    if (!best || rank > best.rank) best = { grid, rank };
  }
  return best?.grid ?? grids[0];
}

/** The imported file as a sheet: the same cells at the same addresses, dates keep their date format. */
export function importedSheetDoc(grid: Grid, name: string): SheetDoc {
  const rows: CellValue[][] = [];
  for (let r = 1; r < grid.origin.row; r++) rows.push([]);
  const pad: CellValue[] = Array.from({ length: grid.origin.col - 1 }, () => null);
  for (const row of grid.values) rows.push([...pad, ...row]);
  const styles: StyleRun[] = [];
  if (grid.formats) {
    // One run per column stretch of date-formatted cells.
    const width = Math.max(0, ...grid.formats.map((f) => f.length));
    for (let c = 0; c < width; c++) {
      let start = -1;
      for (let r = 0; r <= grid.formats.length; r++) {
        const f = grid.formats[r]?.[c];
        const isDate = typeof grid.values[r]?.[c] === "number" && isDateNumberFormat(f);
        if (isDate && start < 0) start = r;
        if (!isDate && start >= 0) {
          const col = columnLetters(grid.origin.col + c);
          styles.push({ range: `${col}${grid.origin.row + start}:${col}${grid.origin.row + r - 1}`, style: { numberFormat: DATE_NUMBER_FORMAT } });
          start = -1;
        }
      }
    }
  }
  const widths = Array.from({ length: Math.max(0, ...rows.map((r) => r.length)) }, (_, c) => {
    let w = 8;
    for (let r = 0; r < Math.min(rows.length, 200); r++) {
      const v = rows[r][c];
      if (v !== null && v !== undefined) w = Math.max(w, Math.min(60, String(v).split("\n")[0].length + 2));
    }
    return w;
  });
  return { name, rows, styles, columnWidths: widths, tabColor: "2E7D32" };
}

/** "Sao kê (nhập)", or the first free "Sao kê (nhập) 2…" when the user has a sheet of that name. */
async function writeImported(port: WorkbookPort, grid: Grid): Promise<string> {
  const sheets = await port.listSheets();
  for (let i = 1; i < 10; i++) {
    const name = i === 1 ? IMPORTED_STATEMENT_SHEET : `${IMPORTED_STATEMENT_SHEET} ${i}`;
    const existing = sheets.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    if (existing && !existing.owned) continue;
    try {
      await port.writeSheet(importedSheetDoc(grid, name));
      return name;
    } catch (e) {
      if (e instanceof SheetNotOwnedError) continue;
      throw e;
    }
  }
  throw new SheetNotOwnedError(IMPORTED_STATEMENT_SHEET);
}

/** The statement sheet of the workbook when none is named: an imported one, else the user's sheet whose header reads as a statement. */
export async function findStatementSheet(port: WorkbookPort): Promise<string> {
  const sheets = await port.listSheets();
  const imported = sheets.find((s) => s.owned && s.name.startsWith(IMPORTED_STATEMENT_SHEET));
  if (imported) return imported.name;
  let best: { name: string; rank: number } | null = null;
  for (const s of sheets.filter((x) => !x.owned)) {
    // A sheet whose columns a person confirmed as a statement's is one; one confirmed as another
    // kind of table (a roster, a works list) is not.
    const confirmed = await anyConfirmedMapping(port, s.name);
    if (confirmed?.kind === STATEMENT_KIND) return s.name;
    if (confirmed?.kind) continue;
    const grid = await port.readRange(s.name, "A1:Z40").catch(() => null);
    if (!grid) continue;
    // Only where a statement is the best reading of the header: a contribution list also has
    // a date, a "Nội dung" and a "Số tiền".
    if (detectTable(grid, ALL_TABLES)?.kind !== STATEMENT_KIND) continue;
    const r = readStatement(grid);
    if (!r || missingStatementFields(r.match).length > 0) continue;
    const rank = r.layout === "generic" ? 1 : 2;
    if (!best || rank > best.rank) best = { name: s.name, rank };
  }
  if (!best) {
    throw new NoStatementError(
      "Không tìm thấy trang sao kê nào: cần một trang có dòng tiêu đề như Ngày giao dịch, Nội dung, Ghi có trong 30 dòng đầu, hoặc nhập tệp sao kê của ngân hàng. (No statement sheet found.)",
    );
  }
  return best.name;
}

/**
 * Reads a statement: a sheet of the workbook (named, or found by its headers), or a file, which is
 * first copied into "Sao kê (nhập)". The lines keep the sheet's (the file's) own row numbers.
 */
export async function loadStatement(port: WorkbookPort, source: StatementSource = {}, ctx: StepContext = {}): Promise<StatementRead> {
  if (source.file) {
    ctx.progress?.(0.05, `Đang đọc tệp "${source.file.name}"`);
    const read = await readStatementFile(source.file.bytes, source.file.name);
    if (read.grids.length === 0) throw new StatementFileError(`Tệp "${source.file.name}" không có trang nào. (The file has no sheet.)`);
    const picked = pickStatementGrid(read.grids);
    ctx.progress?.(0.5, `Đang chép sao kê vào trang "${IMPORTED_STATEMENT_SHEET}"`);
    const name = await writeImported(port, picked);
    const result = await readGrid(port, { ...picked, sheet: name }, { name: source.file.name, format: read.format });
    await appendLog(port, {
      time: nowIso(ctx),
      user: ctx.user ?? null,
      step: "Nhập sao kê",
      counts: `${source.file.name} → "${name}": ${result.layoutLabel}, ${result.lines.length} dòng, ghi có ${result.totals.credit}, ghi nợ ${result.totals.debit}`,
      dataHash: hashData(result.lines),
    });
    ctx.progress?.(1, "Xong");
    return result;
  }
  const sheet = source.sheet ?? (await findStatementSheet(port));
  const sheets = await port.listSheets();
  if (!sheets.some((s) => s.name === sheet)) throw new SheetMissingError(sheet);
  ctx.progress?.(0.1, `Đang đọc "${sheet}"`);
  const grid = await port.readSheet(sheet);
  const result = await readGrid(port, grid, null);
  ctx.progress?.(1, "Xong");
  return result;
}

/** Remembers the columns a person confirmed for a statement sheet (Cấu hình, key "mapping:<sheet>"). */
export async function confirmStatementMapping(port: WorkbookPort, sheet: string, confirmed: ConfirmedMapping, ctx: StepContext = {}): Promise<void> {
  await confirmMapping(port, sheet, { ...confirmed, kind: STATEMENT_KIND }, ctx);
}
