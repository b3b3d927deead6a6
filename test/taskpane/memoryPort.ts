/**
 * An in-memory WorkbookPort for the task pane's tests: sheets of values (from A1) with optional
 * fonts and number formats, the owned-sheet rule, a settable selection, a record of the cells
 * shown with select(), and a switch that makes a method fail.
 */
import { cellAddress, parseRange } from "../../src/domain/sheet/address";
import type { CellValue, Grid, SheetDoc, SheetInfo } from "../../src/domain/sheet/types";
import { SheetMissingError, SheetNotOwnedError, type CellUpdate, type ReadOptions, type WorkbookPort } from "../../src/workbook/port";

interface MemorySheet {
  values: CellValue[][];
  fonts: (string | null)[][];
  /** Number formats where one is set; "General" elsewhere. */
  formats: (string | null)[][];
  owned: boolean;
}

function setAt<T>(grid: (T | null)[][], row: number, col: number, value: T): void {
  while (grid.length < row) grid.push([]);
  const r = grid[row - 1];
  while (r.length < col) r.push(null);
  r[col - 1] = value;
}

/** Fonts and number formats set by a SheetDoc's style runs (later runs win). */
function styled(doc: SheetDoc): { fonts: (string | null)[][]; formats: (string | null)[][] } {
  const fonts: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (const run of doc.styles ?? []) {
    if (!run.style.font && !run.style.numberFormat) continue;
    const { start, end } = parseRange(run.range);
    for (let r = start.row; r <= end.row; r++)
      for (let c = start.col; c <= end.col; c++) {
        if (run.style.font) setAt(fonts, r, c, run.style.font);
        if (run.style.numberFormat) setAt(formats, r, c, run.style.numberFormat);
      }
  }
  return { fonts, formats };
}

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, MemorySheet>();
  private settings: Record<string, string> = {};
  /** What selection() returns (Excel's selected range). */
  selected: { sheet: string; address: string } | null = null;
  /** Methods that reject with this error, e.g. { readSheet: new SheetMissingError("X") }. */
  failures: Partial<Record<keyof WorkbookPort, Error>> = {};
  /** Every select() call, in order. */
  readonly selects: { sheet: string; address: string }[] = [];
  /** What select() answers: true like Excel (the cell is shown), false like a file. */
  canShow = true;
  /** Every updateCells() call, in order. */
  readonly updates: { sheet: string; updates: CellUpdate[] }[] = [];

  /** A sheet of the user's, from a SheetDoc (values, and fonts and formats set by its style runs). */
  addUserSheet(doc: SheetDoc): void {
    this.sheets.set(doc.name, { values: doc.rows.map((r) => [...r]), ...styled(doc), owned: false });
  }

  private fail(method: keyof WorkbookPort): void {
    const e = this.failures[method];
    if (e) throw e;
  }

  private sheet(name: string): MemorySheet {
    const s = this.sheets.get(name);
    if (!s) throw new SheetMissingError(name);
    return s;
  }

  cell(sheet: string, address: string): CellValue {
    const { start } = parseRange(address);
    return this.sheet(sheet).values[start.row - 1]?.[start.col - 1] ?? null;
  }

  /** The number format of a cell, "General" where none is set. */
  format(sheet: string, address: string): string {
    const { start } = parseRange(address);
    return this.sheet(sheet).formats[start.row - 1]?.[start.col - 1] ?? "General";
  }

  rows(sheet: string): CellValue[][] {
    return this.sheet(sheet).values;
  }

  settingsNow(): Record<string, string> {
    return { ...this.settings };
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.fail("listSheets");
    return [...this.sheets].map(([name, s]) => ({ name, visible: true, owned: s.owned }));
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<Grid> {
    this.fail("readSheet");
    const s = this.sheet(name);
    let bottom = 0;
    let right = 0;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") {
          bottom = Math.max(bottom, r + 1);
          right = Math.max(right, c + 1);
        }
      }),
    );
    if (!bottom) return { sheet: name, origin: { row: 1, col: 1 }, values: [] };
    return this.readRange(name, `A1:${cellAddress(bottom, right)}`, options);
  }

  async readRange(sheet: string, address: string, options: ReadOptions = {}): Promise<Grid> {
    this.fail("readRange");
    const s = this.sheet(sheet);
    const { start, end } = parseRange(address);
    const values: CellValue[][] = [];
    const fonts: (string | null)[][] = [];
    const formats: string[][] = [];
    for (let r = start.row; r <= end.row; r++) {
      const v: CellValue[] = [];
      const f: (string | null)[] = [];
      const n: string[] = [];
      for (let c = start.col; c <= end.col; c++) {
        v.push(s.values[r - 1]?.[c - 1] ?? null);
        f.push(s.fonts[r - 1]?.[c - 1] ?? null);
        n.push(s.formats[r - 1]?.[c - 1] ?? "General");
      }
      values.push(v);
      fonts.push(f);
      formats.push(n);
    }
    return { sheet, origin: { row: start.row, col: start.col }, values, formats, ...(options.fonts ? { fonts } : {}) };
  }

  async writeSheet(doc: SheetDoc): Promise<void> {
    this.fail("writeSheet");
    const old = this.sheets.get(doc.name);
    if (old && !old.owned) throw new SheetNotOwnedError(doc.name);
    this.sheets.set(doc.name, { values: doc.rows.map((r) => [...r]), ...styled(doc), owned: true });
  }

  async appendRows(name: string, rows: CellValue[][]): Promise<void> {
    this.fail("appendRows");
    const old = this.sheets.get(name);
    if (old && !old.owned) throw new SheetNotOwnedError(name);
    const s = old ?? { values: [], fonts: [], formats: [], owned: true };
    s.values.push(...rows.map((r) => [...r]));
    this.sheets.set(name, s);
  }

  async updateCells(sheet: string, updates: CellUpdate[]): Promise<void> {
    this.fail("updateCells");
    const s = this.sheet(sheet);
    this.updates.push({ sheet, updates: updates.map((u) => ({ ...u })) });
    for (const u of updates) {
      setAt(s.values, u.row, u.col, u.value);
      if (u.numberFormat) setAt(s.formats, u.row, u.col, u.numberFormat);
    }
  }

  async select(sheet: string, address: string): Promise<boolean> {
    this.fail("select");
    this.sheet(sheet);
    this.selects.push({ sheet, address });
    return this.canShow;
  }

  async selection(): Promise<{ sheet: string; address: string } | null> {
    this.fail("selection");
    return this.selected;
  }

  async protectSheet(name: string): Promise<void> {
    if (!this.sheet(name).owned) throw new SheetNotOwnedError(name);
  }

  async unprotectSheet(name: string): Promise<void> {
    if (!this.sheet(name).owned) throw new SheetNotOwnedError(name);
  }

  async readSettings(): Promise<Record<string, string>> {
    return { ...this.settings };
  }

  async writeSettings(values: Record<string, string>): Promise<void> {
    this.settings = { ...this.settings, ...values };
  }
}

/** The sample campaign's sheets as the user's own, in a memory workbook. */
export function memoryBookOf(sheets: SheetDoc[]): MemoryWorkbook {
  const book = new MemoryWorkbook();
  for (const doc of sheets) book.addUserSheet(doc);
  return book;
}
