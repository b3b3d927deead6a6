/**
 * WorkbookPort over Office.js: the workbook open in Excel.
 *
 * Every operation is one `run` (Excel.run in production) with as few syncs as the API allows:
 * one read sync, then one write sync per chunk of whole rows (one in all for a sheet of up to
 * `chunkCells` cells). The conventions match the ExcelJS adapter (src/xlsx) so a workbook written
 * by one reads the same in the other:
 * - settings: very hidden sheet SETTINGS_SHEET, key in column A, value in column B, from row 1,
 *   both written as text; the owned-sheet list is the setting OWNED_SHEETS_KEY (a JSON array);
 * - text cells get the number format "@" before their values are written, so a string that
 *   starts with =, +, - or @ stays text;
 * - column widths are OOXML widths (what ExcelJS's `column.width` holds), see charsToPoints.
 */
import { cellAddress, columnLetters, parseRange, rangeAddress, type RangeRef } from "../domain/sheet/address";
import type { CellStyle, CellValue, ChartSpec, Grid, PageSetup, SheetDoc, SheetInfo, StyleRun } from "../domain/sheet/types";
import {
  OWNED_SHEETS_KEY,
  refuseReservedSettings,
  refuseSettingsSheet,
  sameSheetName,
  SETTINGS_SHEET,
  SheetMissingError,
  SheetNotOwnedError,
  type CellUpdate,
  type ReadOptions,
  type WorkbookPort,
  type WriteOptions,
} from "../workbook/port";
import { PAYLOAD_TOO_LARGE, RESPONSE_TOO_LARGE, hasOfficeCode, toExcelError, type ErrorPlace } from "./errors";

/** Excel.run, or a stand-in that hands a test's mock context to the batch. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  /**
   * Most cells sent in one request (values and number formats of whole rows). About 10 000 cells
   * is what keeps a request under Excel on the web's 5 MB limit with room to spare.
   */
  chunkCells?: number;
  /** Fewest rows a chunk shrinks to after RequestPayloadSizeLimitExceeded before giving up. */
  minChunkRows?: number;
  /**
   * Read merged areas with the cells (Range.getMergedAreasOrNullObject, ExcelApi 1.13). On by
   * default; excelWorkbook() turns it off where the host lacks the API.
   */
  mergedAreas?: boolean;
}

export const DEFAULT_CHUNK_CELLS = 10_000;

/** Maximum digit width of Excel's default font (Calibri 11) at 96 dpi, in pixels. */
const MAX_DIGIT_WIDTH_PX = 7;
const POINTS_PER_PIXEL = 0.75;

/**
 * Column width in characters (the OOXML `width`, as ExcelJS's `column.width` sets it) to the
 * points Office.js's `format.columnWidth` takes. Pixels follow ECMA-376 Part 1, §18.3.1.13:
 * px = Truncate(((256 * width + Truncate(128 / MDW)) / 256) * MDW), with MDW = 7 px; 1 px = 0.75 pt.
 */
export function charsToPoints(chars: number): number {
  const px = Math.trunc(((256 * chars + Math.trunc(128 / MAX_DIGIT_WIDTH_PX)) / 256) * MAX_DIGIT_WIDTH_PX);
  return px * POINTS_PER_PIXEL;
}

/** Inverse of charsToPoints (to 1/100 character). */
export function pointsToChars(points: number): number {
  return Math.round((points / POINTS_PER_PIXEL / MAX_DIGIT_WIDTH_PX) * 100) / 100;
}

export function mmToPoints(mm: number): number {
  return (mm * 72) / 25.4;
}

/** Options of the protection Chung Sức puts on its sheets: cells locked, columns still resizable. */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";

// ---------------------------------------------------------------------------------------------
// Pure planning: what goes into which cell, decided in memory before anything is queued.

interface SheetPlan {
  rows: CellValue[][];
  /** Rows and columns written: the data, widened to cover style runs that carry a numberFormat. */
  height: number;
  width: number;
  /** Style runs with a number format, parsed, in document order. */
  formatRuns: { ref: RangeRef; numberFormat: string }[];
}

function planRows(rows: CellValue[][], styles: StyleRun[] = []): SheetPlan {
  let height = rows.length;
  let width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const formatRuns: SheetPlan["formatRuns"] = [];
  for (const run of styles) {
    if (run.style.numberFormat === undefined) continue;
    const ref = parseRange(run.range);
    formatRuns.push({ ref, numberFormat: run.style.numberFormat });
    height = Math.max(height, ref.end.row);
    width = Math.max(width, ref.end.col);
  }
  return { rows, height, width, formatRuns };
}

/**
 * Values and number formats of rows [from, from + count) (0-based in plan.rows), all `width`
 * wide. Text gets "@"; other cells the last style run's numberFormat covering them, else General.
 */
function chunkMatrices(plan: SheetPlan, from: number, count: number): { values: (string | number | boolean)[][]; formats: string[][] } {
  const painted: (string | undefined)[][] = Array.from({ length: count }, () => new Array<string | undefined>(plan.width));
  const top = from + 1;
  const bottom = from + count;
  for (const run of plan.formatRuns) {
    const r0 = Math.max(run.ref.start.row, top);
    const r1 = Math.min(run.ref.end.row, bottom);
    for (let r = r0; r <= r1; r++) {
      const line = painted[r - top];
      for (let c = run.ref.start.col; c <= run.ref.end.col; c++) line[c - 1] = run.numberFormat;
    }
  }
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (let i = 0; i < count; i++) {
    const source = plan.rows[from + i] ?? [];
    const valueRow: (string | number | boolean)[] = new Array(plan.width);
    const formatRow: string[] = new Array(plan.width);
    for (let c = 0; c < plan.width; c++) {
      const v = source[c] ?? null;
      valueRow[c] = v === null ? "" : v;
      formatRow[c] = typeof v === "string" ? TEXT_FORMAT : (painted[i][c] ?? GENERAL_FORMAT);
    }
    values.push(valueRow);
    formats.push(formatRow);
  }
  return { values, formats };
}

function tempSheetName(): string {
  return `~cs${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

function hex(color: string): string {
  return color.startsWith("#") ? color : `#${color}`;
}

// ---------------------------------------------------------------------------------------------
// Settings sheet: queue the read, interpret it after the sync, queue the write.

interface SettingsRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

interface Settings {
  exists: boolean;
  entries: Map<string, string>;
  /** Last used row of the settings sheet (0 when blank), so a shorter rewrite clears the rest. */
  lastRow: number;
}

function queueSettingsRead(context: Excel.RequestContext): SettingsRead {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex, rowCount");
  return { sheet, used };
}

function settingsAfterSync(read: SettingsRead): Settings {
  const entries = new Map<string, string>();
  if (read.sheet.isNullObject) return { exists: false, entries, lastRow: 0 };
  if (read.used.isNullObject) return { exists: true, entries, lastRow: 0 };
  const keyCol = 0 - read.used.columnIndex;
  const valueCol = 1 - read.used.columnIndex;
  if (keyCol >= 0) {
    for (const row of read.used.values) {
      const key = row[keyCol];
      if (key === "" || key === null || key === undefined) continue;
      const value = valueCol < row.length ? row[valueCol] : "";
      entries.set(String(key), value === null || value === undefined ? "" : String(value));
    }
  }
  return { exists: true, entries, lastRow: read.used.rowIndex + read.used.rowCount };
}

function ownedSheets(settings: Settings): string[] {
  const raw = settings.entries.get(OWNED_SHEETS_KEY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    // A damaged list owns nothing: Chung Sức then refuses to overwrite, which is the safe side.
    return [];
  }
}

function isOwned(settings: Settings, name: string): boolean {
  return ownedSheets(settings).some((n) => sameSheetName(n, name));
}

/** Queue the settings sheet's new content (created very hidden when missing), all as text. */
function queueSettingsWrite(context: Excel.RequestContext, settings: Settings, entries: Map<string, string>): void {
  const worksheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (settings.exists) {
    sheet = worksheets.getItem(SETTINGS_SHEET);
  } else {
    sheet = worksheets.add(SETTINGS_SHEET);
    sheet.visibility = "VeryHidden";
  }
  const rows = [...entries].map(([k, v]) => [k, v]);
  if (rows.length > 0) {
    const range = sheet.getRange(`A1:B${rows.length}`);
    range.numberFormat = rows.map(() => [TEXT_FORMAT, TEXT_FORMAT]);
    range.values = rows;
    range.untrack();
  }
  if (settings.lastRow > rows.length) {
    const stale = sheet.getRange(`A${rows.length + 1}:B${settings.lastRow}`);
    stale.clear("Contents");
    stale.untrack();
  }
}

function withOwned(settings: Settings, name: string, existingNames: string[]): Map<string, string> {
  const live = new Set(existingNames.map((n) => n.normalize("NFC").toLocaleLowerCase()));
  // Names of owned sheets that no longer exist are dropped, so a sheet a user later creates
  // under such a name is not taken for Chung Sức's.
  const owned = ownedSheets(settings).filter((n) => live.has(n.normalize("NFC").toLocaleLowerCase()) && !sameSheetName(n, name));
  owned.push(name);
  const entries = new Map(settings.entries);
  entries.set(OWNED_SHEETS_KEY, JSON.stringify(owned));
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Formatting a written sheet.

type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

function applyStyle(range: Excel.Range, style: CellStyle, ref: RangeRef): void {
  const format = range.format;
  if (style.font !== undefined) format.font.name = style.font;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
  if (style.color !== undefined) format.font.color = hex(style.color);
  if (style.fill !== undefined) format.fill.color = hex(style.fill);
  if (style.hAlign !== undefined) format.horizontalAlignment = style.hAlign === "left" ? "Left" : style.hAlign === "center" ? "Center" : "Right";
  if (style.vAlign !== undefined) format.verticalAlignment = style.vAlign === "top" ? "Top" : style.vAlign === "middle" ? "Center" : "Bottom";
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border === "thin") {
    // String literals, not the Excel.BorderIndex enum: the enum is a runtime global of office.js.
    const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (ref.end.col > ref.start.col) edges.push("InsideVertical");
    if (ref.end.row > ref.start.row) edges.push("InsideHorizontal");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function applyPage(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.topMargin = mmToPoints(page.margins.top);
  layout.bottomMargin = mmToPoints(page.margins.bottom);
  layout.leftMargin = mmToPoints(page.margins.left);
  layout.rightMargin = mmToPoints(page.margins.right);
  // One page wide, as many tall as needed (0 = automatic, as fitToHeight="0" in the file).
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (page.printTitleRows) {
    const [a, b = a] = page.printTitleRows.replace(/\$/g, "").split(":");
    layout.setPrintTitleRows(`$${a}:$${b}`);
  }
  if (page.pageNumbers) layout.headersFooters.defaultForAllPages.centerFooter = "Trang &P/&N";
  if (page.printArea) layout.setPrintArea(page.printArea);
}

/** Everything after the values: styles, merges, widths, panes, filter, page, tab, protection. */
function queueFinish(context: Excel.RequestContext, doc: SheetDoc): void {
  const sheet = context.workbook.worksheets.getItem(doc.name);
  for (const run of doc.styles ?? []) {
    const { numberFormat: _numberFormat, ...rest } = run.style;
    if (Object.keys(rest).length === 0) continue;
    const range = sheet.getRange(run.range);
    applyStyle(range, rest, parseRange(run.range));
    range.untrack();
  }
  for (const merge of doc.merges ?? []) {
    const range = sheet.getRange(merge);
    range.merge(false);
    range.untrack();
  }
  (doc.columnWidths ?? []).forEach((chars, i) => {
    const letter = columnLetters(i + 1);
    const column = sheet.getRange(`${letter}:${letter}`);
    column.format.columnWidth = charsToPoints(chars);
    column.untrack();
  });
  (doc.rowHeights ?? []).forEach((points, i) => {
    if (points === null || points === undefined) return;
    const row = sheet.getRange(`${i + 1}:${i + 1}`);
    row.format.rowHeight = points;
    row.untrack();
  });
  if (doc.freeze) {
    const { rows, columns } = doc.freeze;
    if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(`A1:${cellAddress(rows, columns)}`);
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  }
  if (doc.autoFilter) sheet.autoFilter.apply(doc.autoFilter);
  if (doc.page) applyPage(sheet, doc.page);
  if (doc.tabColor) sheet.tabColor = hex(doc.tabColor);
  for (const spec of doc.charts ?? []) queueChart(sheet, spec);
  if (doc.protect) sheet.protection.protect(PROTECTION_OPTIONS);
}

const CHART_TYPES: Record<ChartSpec["type"], Excel.ChartType> = {
  columnClustered: "ColumnClustered" as Excel.ChartType,
  barClustered: "BarClustered" as Excel.ChartType,
};

/** A real Excel chart over the sheet's own cells (categories in the first column, a series per further column). */
function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const source = sheet.getRange(spec.dataRange);
  const chart = sheet.charts.add(CHART_TYPES[spec.type], source, "Columns" as Excel.ChartSeriesBy);
  chart.title.text = spec.title;
  chart.setPosition(spec.position.from, spec.position.to);
  chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
  if (spec.valueFormat) chart.axes.valueAxis.numberFormat = spec.valueFormat;
  if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  source.untrack();
}

// ---------------------------------------------------------------------------------------------

/** One sheet's rows, written from `startRow` down, in chunks. */
interface RowsJob {
  sheet: string;
  /** What is being done, for error messages ("ghi trang tính"). */
  operation: string;
  startRow: number;
  plan: SheetPlan;
  /** Queued in the first batch that succeeds (creating the sheet, recording ownership). */
  prelude?: () => void;
  /** Queued in the last batch, after the values. */
  finish?: () => void;
  onProgress?: (done: number, total: number) => void;
}

export class ExcelWorkbook implements WorkbookPort {
  readonly chunkCells: number;
  readonly minChunkRows: number;
  private readonly mergedAreas: boolean;

  constructor(
    private readonly run: ExcelRun,
    options: ExcelWorkbookOptions = {},
  ) {
    this.chunkCells = Math.max(1, Math.floor(options.chunkCells ?? DEFAULT_CHUNK_CELLS));
    this.minChunkRows = Math.max(1, Math.floor(options.minChunkRows ?? 1));
    this.mergedAreas = options.mergedAreas ?? true;
  }

  /** The merged areas reaching into a range, read with it in the same sync. */
  private queueMerges(range: Excel.Range): Excel.RangeAreas | null {
    if (!this.mergedAreas) return null;
    const areas = range.getMergedAreasOrNullObject();
    areas.load("address");
    return areas;
  }

  /** Runs a batch; an Office error leaves it as an ExcelOperationError naming the place. */
  private async guard<T>(place: ErrorPlace, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (error) {
      throw toExcelError(error, place);
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.guard({ operation: "liệt kê trang tính" }, async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name, items/visibility");
      const settingsRead = queueSettingsRead(context);
      await context.sync();
      const settings = settingsAfterSync(settingsRead);
      return worksheets.items
        .filter((s) => s.name !== SETTINGS_SHEET && s.visibility === "Visible")
        .map((s) => ({ name: s.name, visible: true, owned: isOwned(settings, s.name) }));
    });
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<Grid> {
    return this.guard({ sheet: name, operation: "đọc trang tính" }, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values, numberFormat, rowIndex, columnIndex");
      const fonts = options.fonts ? used.getCellProperties({ format: { font: { name: true } } }) : null;
      const merges = this.queueMerges(used);
      try {
        await context.sync();
      } catch (error) {
        if (hasOfficeCode(error, RESPONSE_TOO_LARGE)) return this.readUsedInBlocks(context, name, options);
        // Should Excel reject what was chained on a missing sheet rather than null it, the
        // sheet is what is missing.
        if (hasOfficeCode(error, "ItemNotFound")) throw new SheetMissingError(name);
        throw error;
      }
      if (sheet.isNullObject) throw new SheetMissingError(name);
      if (used.isNullObject) return emptyGrid(name, options);
      return withMerges(toGrid(name, used.rowIndex, used.columnIndex, used.values, used.numberFormat, fonts ? fonts.value : null), merges);
    });
  }

  /**
   * Fallback when the used range is too large to come back in one response (Excel on the web
   * caps a response at 5 MB): one sync for its address, then the blocks.
   */
  private async readUsedInBlocks(context: Excel.RequestContext, name: string, options: ReadOptions): Promise<Grid> {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex, columnIndex, rowCount, columnCount");
    await context.sync();
    if (sheet.isNullObject) throw new SheetMissingError(name);
    if (used.isNullObject) return emptyGrid(name, options);
    const start = { row: used.rowIndex + 1, col: used.columnIndex + 1 };
    return this.readInBlocks(context, name, { start, end: { row: start.row + used.rowCount - 1, col: start.col + used.columnCount - 1 } }, options);
  }

  /** A range read in blocks of whole rows of at most chunkCells cells, one sync per block. */
  private async readInBlocks(context: Excel.RequestContext, name: string, ref: RangeRef, options: ReadOptions): Promise<Grid> {
    const columns = ref.end.col - ref.start.col + 1;
    const rowsPerBlock = Math.max(1, Math.floor(this.chunkCells / columns));
    const grid = toGrid(name, ref.start.row - 1, ref.start.col - 1, [], [], options.fonts ? [] : null);
    // The merged areas come back with the first block.
    const merges = this.queueMerges(context.workbook.worksheets.getItem(name).getRange(rangeAddress(ref)));
    // One sync per block (never per row), awaited in turn so that one block is in flight at a time.
    for (let top = ref.start.row; top <= ref.end.row; top += rowsPerBlock) {
      const bottom = Math.min(ref.end.row, top + rowsPerBlock - 1);
      const block = await this.readBlock(context, name, rangeAddress({ start: { row: top, col: ref.start.col }, end: { row: bottom, col: ref.end.col } }), options);
      for (const row of block.values) grid.values.push(row);
      for (const row of block.formats ?? []) grid.formats?.push(row);
      for (const row of block.fonts ?? []) grid.fonts?.push(row);
    }
    return withMerges(grid, merges);
  }

  private async readBlock(context: Excel.RequestContext, name: string, address: string, options: ReadOptions): Promise<Grid> {
    const range = context.workbook.worksheets.getItem(name).getRange(address);
    range.load("values, numberFormat");
    const fonts = options.fonts ? range.getCellProperties({ format: { font: { name: true } } }) : null;
    await context.sync();
    const grid = toGrid(name, 0, 0, range.values, range.numberFormat, fonts ? fonts.value : null);
    range.untrack();
    return grid;
  }

  async writeSheet(doc: SheetDoc, options: WriteOptions = {}): Promise<void> {
    refuseSettingsSheet(doc.name);
    const plan = planRows(doc.rows, doc.styles);
    await this.guard({ sheet: doc.name, operation: "ghi trang tính" }, async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const settingsRead = queueSettingsRead(context);
      const existing = worksheets.getItemOrNullObject(doc.name);
      existing.load("name, position");
      existing.protection.load("protected");
      await context.sync();

      const settings = settingsAfterSync(settingsRead);
      const exists = !existing.isNullObject;
      if (exists && !isOwned(settings, existing.name)) throw new SheetNotOwnedError(doc.name);
      const wasProtected = exists && existing.protection.protected;
      const position = exists ? existing.position : -1;
      const names = worksheets.items.map((s) => s.name);

      const prelude = (): void => {
        if (exists) {
          if (wasProtected) existing.protection.unprotect();
          // Renamed out of the way first: deleting it before its successor exists would fail
          // when it is the only visible sheet.
          existing.name = tempSheetName();
        }
        const created = context.workbook.worksheets.add(doc.name);
        if (exists) {
          existing.delete();
          created.position = position;
        }
        queueSettingsWrite(context, settings, withOwned(settings, doc.name, names));
      };
      await this.writeRows(context, {
        sheet: doc.name,
        operation: "ghi trang tính",
        startRow: 1,
        plan,
        prelude,
        finish: () => queueFinish(context, doc),
        onProgress: options.onProgress,
      });
    });
  }

  /**
   * Writes job.plan's rows: one batch (and one sync) per chunk of whole rows of at most
   * chunkCells cells, built in memory.
   */
  private async writeRows(context: Excel.RequestContext, job: RowsJob): Promise<void> {
    const { height, width } = job.plan;
    await this.inChunks({
      items: height,
      perChunk: Math.max(1, Math.floor(this.chunkCells / Math.max(1, width))),
      floor: this.minChunkRows,
      send: (from, count, first, last) => this.sendChunk(context, job, from, count, first, last),
      sent: (done) => job.onProgress?.(done * width, height * width),
      place: (from, count) => ({
        sheet: job.sheet,
        cell: count > 0 && width > 0 ? `A${job.startRow + from}:${cellAddress(job.startRow + from + count - 1, width)}` : undefined,
        operation: job.operation,
      }),
    });
  }

  /**
   * Sends `items` things in chunks of `perChunk`, one awaited `send` (one batch, one sync) per
   * chunk, at least one chunk even when there is nothing to send. A chunk that Excel refuses as
   * too large (RequestPayloadSizeLimitExceeded) is sent again at half its size, down to `floor`,
   * and the chunks after it keep the smaller size. Any other error rejects, with its place.
   */
  private async inChunks(job: {
    items: number;
    perChunk: number;
    floor: number;
    send: (from: number, count: number, first: boolean, last: boolean) => Promise<void>;
    sent?: (done: number) => void;
    place: (from: number, count: number) => ErrorPlace;
  }): Promise<void> {
    let size = Math.max(1, job.perChunk);
    let done = 0;
    let first = true;
    while (first || done < job.items) {
      const count = Math.min(size, job.items - done);
      try {
        // One chunk per pass, built in memory and sent whole before the next one is built: the
        // chunking the payload limit asks for, not a sync per row.
        await job.send(done, count, first, done + count >= job.items);
      } catch (error) {
        if (hasOfficeCode(error, PAYLOAD_TOO_LARGE) && count > job.floor) {
          size = Math.max(job.floor, Math.floor(count / 2));
          continue;
        }
        throw toExcelError(error, job.place(done, count));
      }
      first = false;
      done += count;
      job.sent?.(done);
    }
  }

  private async sendChunk(context: Excel.RequestContext, job: RowsJob, from: number, count: number, first: boolean, last: boolean): Promise<void> {
    context.application.suspendApiCalculationUntilNextSync();
    if (first) job.prelude?.();
    if (count > 0 && job.plan.width > 0) {
      const { values, formats } = chunkMatrices(job.plan, from, count);
      const top = job.startRow + from;
      const range = context.workbook.worksheets.getItem(job.sheet).getRange(`A${top}:${cellAddress(top + count - 1, job.plan.width)}`);
      // The number format first: "@" makes the cell text before a value like "=1+2" arrives.
      range.numberFormat = formats;
      range.values = values;
      range.untrack();
    }
    if (last) job.finish?.();
    await context.sync();
  }

  async appendRows(name: string, rows: CellValue[][]): Promise<void> {
    refuseSettingsSheet(name);
    await this.guard({ sheet: name, operation: "ghi thêm dòng" }, async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const settingsRead = queueSettingsRead(context);
      const sheet = worksheets.getItemOrNullObject(name);
      sheet.protection.load("protected");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex, rowCount");
      await context.sync();

      const settings = settingsAfterSync(settingsRead);
      const exists = !sheet.isNullObject;
      if (exists && !isOwned(settings, name)) throw new SheetNotOwnedError(name);
      const wasProtected = exists && sheet.protection.protected;
      const startRow = exists && !used.isNullObject ? used.rowIndex + used.rowCount + 1 : 1;
      const names = worksheets.items.map((s) => s.name);
      await this.writeRows(context, {
        sheet: name,
        operation: "ghi thêm dòng",
        startRow,
        plan: planRows(rows),
        prelude: () => {
          if (!exists) {
            context.workbook.worksheets.add(name);
            queueSettingsWrite(context, settings, withOwned(settings, name, names));
          } else if (wasProtected) {
            sheet.protection.unprotect();
          }
        },
        finish: () => {
          if (wasProtected) context.workbook.worksheets.getItem(name).protection.protect(PROTECTION_OPTIONS);
        },
      });
    });
  }

  async readRange(sheetName: string, address: string, options: ReadOptions = {}): Promise<Grid> {
    const ref = parseRange(address);
    return this.guard({ sheet: sheetName, cell: address, operation: "đọc vùng ô" }, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      const range = sheet.getRange(rangeAddress(ref));
      range.load("values, numberFormat");
      const fonts = options.fonts ? range.getCellProperties({ format: { font: { name: true } } }) : null;
      const merges = this.queueMerges(range);
      try {
        await context.sync();
      } catch (error) {
        if (hasOfficeCode(error, RESPONSE_TOO_LARGE)) return this.readInBlocks(context, sheetName, ref, options);
        if (hasOfficeCode(error, "ItemNotFound")) throw new SheetMissingError(sheetName);
        throw error;
      }
      if (sheet.isNullObject) throw new SheetMissingError(sheetName);
      return withMerges(toGrid(sheetName, ref.start.row - 1, ref.start.col - 1, range.values, range.numberFormat, fonts ? fonts.value : null), merges);
    });
  }

  async updateCells(sheetName: string, updates: CellUpdate[]): Promise<void> {
    await this.guard({ sheet: sheetName, operation: "sửa ô" }, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) throw new SheetMissingError(sheetName);
      await this.inChunks({
        items: updates.length,
        // Each update is its own range: about ten times the request bytes of a cell in a block.
        perChunk: Math.max(1, Math.floor(this.chunkCells / 10)),
        floor: 1,
        send: (from, count) => this.sendUpdates(context, sheetName, updates.slice(from, from + count)),
        place: (from, count) => ({
          sheet: sheetName,
          cell: count === 1 ? cellAddress(updates[from].row, updates[from].col) : undefined,
          operation: "sửa ô",
        }),
      });
    });
  }

  /**
   * One chunk of single-cell updates. Text gets "@" before its value. A number or boolean keeps
   * the cell's own format (a user's date or money format), unless that format is "@", where the
   * number would be stored as text: so the formats of those cells are read first (one sync).
   */
  private async sendUpdates(context: Excel.RequestContext, sheetName: string, updates: CellUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const cells = updates.map((u) => sheet.getRange(cellAddress(u.row, u.col)));
    const probed = updates.map((u, i) => (typeof u.value === "number" || typeof u.value === "boolean" ? cells[i] : null));
    if (probed.some((c) => c !== null)) {
      for (const cell of probed) cell?.load("numberFormat");
      await context.sync();
    }
    updates.forEach((u, i) => {
      const cell = cells[i];
      if (u.numberFormat) cell.numberFormat = [[u.numberFormat]];
      else if (typeof u.value === "string") cell.numberFormat = [[TEXT_FORMAT]];
      else if (probed[i] && String(probed[i]?.numberFormat[0][0]) === TEXT_FORMAT) cell.numberFormat = [[GENERAL_FORMAT]];
      cell.values = [[u.value === null ? "" : u.value]];
      cell.untrack();
    });
    await context.sync();
  }

  async selection(): Promise<{ sheet: string; address: string } | null> {
    return this.guard({ operation: "đọc vùng đang chọn" }, async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address, worksheet/name");
      try {
        await context.sync();
      } catch (error) {
        // Something other than cells is selected (a chart, a shape): there is no range.
        if (hasOfficeCode(error, "InvalidSelection")) return null;
        throw error;
      }
      const address = range.address;
      return { sheet: range.worksheet.name, address: address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "") };
    });
  }

  async select(sheetName: string, address: string): Promise<boolean> {
    return this.guard({ sheet: sheetName, cell: address, operation: "chọn ô" }, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) throw new SheetMissingError(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
      return true;
    });
  }

  protectSheet(name: string): Promise<void> {
    return this.setProtection(name, true);
  }

  unprotectSheet(name: string): Promise<void> {
    return this.setProtection(name, false);
  }

  private async setProtection(name: string, protect: boolean): Promise<void> {
    await this.guard({ sheet: name, operation: protect ? "khóa trang tính" : "mở khóa trang tính" }, async (context) => {
      const settingsRead = queueSettingsRead(context);
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.protection.load("protected");
      await context.sync();
      if (sheet.isNullObject) throw new SheetMissingError(name);
      if (!isOwned(settingsAfterSync(settingsRead), name)) throw new SheetNotOwnedError(name);
      if (sheet.protection.protected === protect) return;
      if (protect) sheet.protection.protect(PROTECTION_OPTIONS);
      else sheet.protection.unprotect();
      await context.sync();
    });
  }

  async readSettings(): Promise<Record<string, string>> {
    return this.guard({ sheet: SETTINGS_SHEET, operation: "đọc cài đặt" }, async (context) => {
      const read = queueSettingsRead(context);
      await context.sync();
      const result: Record<string, string> = {};
      for (const [k, v] of settingsAfterSync(read).entries) if (k !== OWNED_SHEETS_KEY) result[k] = v;
      return result;
    });
  }

  async writeSettings(values: Record<string, string>): Promise<void> {
    refuseReservedSettings(values);
    await this.guard({ sheet: SETTINGS_SHEET, operation: "ghi cài đặt" }, async (context) => {
      const read = queueSettingsRead(context);
      await context.sync();
      const settings = settingsAfterSync(read);
      const entries = new Map(settings.entries);
      for (const [k, v] of Object.entries(values)) entries.set(k, String(v));
      queueSettingsWrite(context, settings, entries);
      await context.sync();
    });
  }
}

/** A RangeAreas address ("'DS'!B3:B5,'DS'!D1:E1") as bare A1 ranges; none for a null object. */
function withMerges(grid: Grid, areas: Excel.RangeAreas | null): Grid {
  if (areas === null || areas.isNullObject) return grid;
  const merges = [...areas.address.matchAll(/!\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/g)].map((m) => `${m[1]}${m[2]}:${m[3]}${m[4]}`);
  return merges.length > 0 ? { ...grid, merges } : grid;
}

function emptyGrid(name: string, options: ReadOptions): Grid {
  return { sheet: name, origin: { row: 1, col: 1 }, values: [], formats: [], ...(options.fonts ? { fonts: [] } : {}) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Range.values is typed any[][]
function toGrid(name: string, rowIndex: number, columnIndex: number, values: any[][], formats: any[][], fonts: Excel.CellProperties[][] | null): Grid {
  const grid: Grid = {
    sheet: name,
    origin: { row: rowIndex + 1, col: columnIndex + 1 },
    values: values.map((row) => row.map((v): CellValue => (v === "" || v === null || v === undefined ? null : (v as CellValue)))),
    formats: formats.map((row) => row.map((f) => String(f))),
  };
  if (fonts) grid.fonts = fonts.map((row) => row.map((p) => p.format?.font?.name ?? null));
  return grid;
}
