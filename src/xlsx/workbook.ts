/**
 * The WorkbookPort over an .xlsx file, with ExcelJS: used by the CLI (node) and the web page
 * (browser). Every ExcelJS call of the project lives in this module.
 */
import ExcelJS from "exceljs";
import { cellAddress, parseRange, rangeAddress } from "../domain/sheet/address";
import type { CellStyle, CellValue, Grid, SheetDoc, SheetInfo } from "../domain/sheet/types";
import {
  OWNED_SHEETS_KEY,
  SETTINGS_SHEET,
  SheetMissingError,
  SheetNotOwnedError,
  refuseReservedSettings,
  refuseSettingsSheet,
  sameSheetName,
  type CellUpdate,
  type ReadOptions,
  type WorkbookPort,
  type WriteOptions,
} from "../workbook/port";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MM_PER_INCH = 25.4;
/** Locked cells, but a reader may still select, resize and print. */
const PROTECTION = { formatColumns: true, formatRows: true, selectLockedCells: true, selectUnlockedCells: true };

/** Excel stores dates as serial days; ExcelJS hands them over as Date objects (UTC). */
function dateToSerial(d: Date): number {
  const serial = (d.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  return Math.round(serial * 86_400) / 86_400;
}

function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("") || null;
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && "error" in result) return String(result.error);
      return plainValue(result as ExcelJS.CellValue);
    }
    if ("text" in v) return plainValue((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

function argb(rgb: string): string {
  return `FF${rgb.replace(/^#/, "").toUpperCase()}`;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.underline !== undefined || style.size || style.font || style.color) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.underline !== undefined) font.underline = style.underline;
    if (style.size) font.size = style.size;
    if (style.font) font.name = style.font;
    if (style.color) font.color = { argb: argb(style.color) };
    cell.font = font;
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.hAlign || style.vAlign || style.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.border === "thin") {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    cell.border = { top: thin, bottom: thin, left: thin, right: thin };
  }
}

export class XlsxWorkbook implements WorkbookPort {
  constructor(readonly book: ExcelJS.Workbook) {}

  static empty(): XlsxWorkbook {
    const book = new ExcelJS.Workbook();
    book.creator = "Chung Sức";
    return new XlsxWorkbook(book);
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const book = new ExcelJS.Workbook();
    // ExcelJS's typings want a node Buffer; it accepts any ArrayBuffer view at run time.
    await book.xlsx.load(data as unknown as ExcelJS.Buffer);
    return new XlsxWorkbook(book);
  }

  async toBuffer(): Promise<Uint8Array> {
    const out = await this.book.xlsx.writeBuffer();
    return new Uint8Array(out as ArrayBuffer);
  }

  /** Excel compares sheet names without regard to case; ExcelJS does not. */
  private find(name: string): ExcelJS.Worksheet | undefined {
    return this.book.worksheets.find((ws) => sameSheetName(ws.name, name));
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.find(name);
    if (!ws) throw new SheetMissingError(name);
    return ws;
  }

  private allSettings(): Record<string, string> {
    const ws = this.book.getWorksheet(SETTINGS_SHEET);
    const out: Record<string, string> = {};
    if (!ws) return out;
    ws.eachRow((row) => {
      const key = plainValue(row.getCell(1).value);
      if (key === null) return;
      out[String(key)] = String(plainValue(row.getCell(2).value) ?? "");
    });
    return out;
  }

  private storeSettings(values: Record<string, string>): void {
    const old = this.book.getWorksheet(SETTINGS_SHEET);
    if (old) this.book.removeWorksheet(old.id);
    const ws = this.book.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    for (const [k, v] of Object.entries(values)) ws.addRow([k, v]);
  }

  private ownedSheets(): Set<string> {
    const raw = this.allSettings()[OWNED_SHEETS_KEY];
    return new Set(raw ? (JSON.parse(raw) as string[]) : []);
  }

  private markOwned(name: string): void {
    const all = this.allSettings();
    const owned = this.ownedSheets();
    if (owned.has(name)) return;
    owned.add(name);
    this.storeSettings({ ...all, [OWNED_SHEETS_KEY]: JSON.stringify([...owned]) });
  }

  private assertWritable(name: string): void {
    refuseSettingsSheet(name);
    const existing = this.find(name);
    if (existing && !this.ownedSheets().has(existing.name)) throw new SheetNotOwnedError(name);
  }

  async listSheets(): Promise<SheetInfo[]> {
    const owned = this.ownedSheets();
    return this.book.worksheets
      .filter((ws) => ws.name !== SETTINGS_SHEET && ws.state === "visible")
      .map((ws) => ({ name: ws.name, visible: true, owned: owned.has(ws.name) }));
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<Grid> {
    const ws = this.sheet(name);
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (plainValue(cell.value) === null) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    if (bottom === 0) return { sheet: name, origin: { row: 1, col: 1 }, values: [], formats: [], ...(options.fonts ? { fonts: [] } : {}) };
    return this.readRange(name, rangeAddress({ start: { row: top, col: left }, end: { row: bottom, col: right } }), options);
  }

  async readRange(sheet: string, address: string, options: ReadOptions = {}): Promise<Grid> {
    const ws = this.sheet(sheet);
    const { start, end } = parseRange(address);
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    const fonts: (string | null)[][] = [];
    // Each merged area reaching into the range, by its top-left cell: ExcelJS has no public list of them.
    const merges = new Map<ExcelJS.Cell, { bottom: number; right: number }>();
    for (let r = start.row; r <= end.row; r++) {
      const row = ws.getRow(r);
      const vRow: CellValue[] = [];
      const fRow: string[] = [];
      const nRow: (string | null)[] = [];
      for (let c = start.col; c <= end.col; c++) {
        const cell = row.getCell(c);
        // ExcelJS repeats a merged range's value in every cell of it; Excel keeps it in the first.
        const hidden = cell.isMerged && cell.master !== cell;
        vRow.push(hidden ? null : plainValue(cell.value));
        if (cell.isMerged) {
          const area = merges.get(cell.master) ?? { bottom: 0, right: 0 };
          merges.set(cell.master, { bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) });
        }
        fRow.push(cell.numFmt || "General");
        if (options.fonts) nRow.push(cell.font?.name ?? null);
      }
      values.push(vRow);
      formats.push(fRow);
      if (options.fonts) fonts.push(nRow);
    }
    const areas = [...merges].map(([master, area]) => [master.address, cellAddress(area.bottom, area.right)]).filter(([from, to]) => from !== to).map(([from, to]) => `${from}:${to}`);
    return { sheet, origin: { row: start.row, col: start.col }, values, formats, ...(options.fonts ? { fonts } : {}), ...(areas.length > 0 ? { merges: areas } : {}) };
  }

  async updateCells(sheet: string, updates: CellUpdate[]): Promise<void> {
    const ws = this.sheet(sheet);
    for (const u of updates) {
      const cell = ws.getCell(u.row, u.col);
      cell.value = u.value;
      if (u.numberFormat) cell.numFmt = u.numberFormat;
    }
  }

  async select(sheet: string): Promise<boolean> {
    this.sheet(sheet);
    return false;
  }

  async selection(): Promise<{ sheet: string; address: string } | null> {
    return null;
  }

  async writeSheet(doc: SheetDoc, options: WriteOptions = {}): Promise<void> {
    this.assertWritable(doc.name);
    const old = this.find(doc.name);
    // Keep the sheet's place among the tabs when re-creating it.
    const position = old ? this.book.worksheets.indexOf(old) : -1;
    if (old) this.book.removeWorksheet(old.id);
    const ws = await this.render(doc, options);
    // orderNo is how ExcelJS orders tabs; its typings leave it out.
    if (position >= 0) (ws as unknown as { orderNo: number }).orderNo = position;
    this.markOwned(doc.name);
  }

  /**
   * Adds a sheet as if the user had typed it: not owned, so Chung Sức will never overwrite it.
   * Only for building sample and fixture workbooks.
   */
  async addUserSheet(doc: SheetDoc): Promise<void> {
    if (this.book.getWorksheet(doc.name)) throw new Error(`Trang tính "${doc.name}" đã có.`);
    await this.render(doc, {});
  }

  private async render(doc: SheetDoc, options: WriteOptions): Promise<ExcelJS.Worksheet> {
    const ws = this.book.addWorksheet(doc.name, doc.tabColor ? { properties: { tabColor: { argb: argb(doc.tabColor) } } } : {});
    const total = doc.rows.reduce((n, r) => n + r.length, 0);
    let done = 0;
    doc.rows.forEach((values, i) => {
      const row = ws.getRow(i + 1);
      values.forEach((v, j) => {
        if (v !== null) row.getCell(j + 1).value = v;
      });
      done += values.length;
      if (options.onProgress && (i % 10_000 === 9_999 || i === doc.rows.length - 1)) options.onProgress(done, total);
    });
    for (const run of doc.styles ?? []) {
      const { start, end } = parseRange(run.range);
      for (let r = start.row; r <= end.row; r++) {
        const row = ws.getRow(r);
        for (let c = start.col; c <= end.col; c++) applyStyle(row.getCell(c), run.style);
      }
    }
    for (const m of doc.merges ?? []) ws.mergeCells(m);
    doc.columnWidths?.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    doc.rowHeights?.forEach((h, i) => {
      if (h !== null && h !== undefined) ws.getRow(i + 1).height = h;
    });
    if (doc.freeze && (doc.freeze.rows || doc.freeze.columns)) {
      ws.views = [{ state: "frozen", xSplit: doc.freeze.columns, ySplit: doc.freeze.rows }];
    }
    if (doc.autoFilter) ws.autoFilter = doc.autoFilter;
    if (doc.page) {
      const m = doc.page.margins;
      ws.pageSetup = {
        ...ws.pageSetup,
        paperSize: 9, // A4
        orientation: doc.page.orientation,
        margins: { top: m.top / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH, right: m.right / MM_PER_INCH, header: 0.3, footer: 0.3 },
        ...(doc.page.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
        ...(doc.page.printTitleRows ? { printTitlesRow: doc.page.printTitleRows } : {}),
        // ExcelJS puts "$" before each corner itself: "A$1:L$19" becomes "$A$1:$L$19".
        ...(doc.page.printArea ? { printArea: doc.page.printArea.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
      };
      if (doc.page.pageNumbers) ws.headerFooter = { ...ws.headerFooter, oddFooter: "&CTrang &P/&N" };
    }
    if (doc.protect) await ws.protect("", PROTECTION);
    return ws;
  }

  async appendRows(name: string, rows: CellValue[][]): Promise<void> {
    this.assertWritable(name);
    const ws = this.find(name) ?? this.book.addWorksheet(name);
    this.markOwned(name);
    let last = 0;
    ws.eachRow((row, r) => {
      if (row.values && (row.values as unknown[]).some((v) => v !== null && v !== undefined)) last = r;
    });
    rows.forEach((values, i) => {
      const row = ws.getRow(last + 1 + i);
      values.forEach((v, j) => {
        if (v !== null) row.getCell(j + 1).value = v;
      });
    });
  }

  async protectSheet(name: string): Promise<void> {
    if (!this.ownedSheets().has(name)) throw new SheetNotOwnedError(name);
    await this.sheet(name).protect("", PROTECTION);
  }

  async unprotectSheet(name: string): Promise<void> {
    if (!this.ownedSheets().has(name)) throw new SheetNotOwnedError(name);
    this.sheet(name).unprotect();
  }

  async readSettings(): Promise<Record<string, string>> {
    const { [OWNED_SHEETS_KEY]: _owned, ...rest } = this.allSettings();
    return rest;
  }

  async writeSettings(values: Record<string, string>): Promise<void> {
    refuseReservedSettings(values);
    this.storeSettings({ ...this.allSettings(), ...values });
  }
}
