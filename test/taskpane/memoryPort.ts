/**
 * An in-memory WorkbookPort for the task pane's tests: sheets of values (from A1) with optional
 * fonts, the owned-sheet rule, a settable selection, and a switch that makes a method fail.
 */
import { cellAddress, parseRange } from "../../src/domain/sheet/address";
import type { CellValue, Grid, SheetDoc, SheetInfo } from "../../src/domain/sheet/types";
import { SheetMissingError, SheetNotOwnedError, type CellUpdate, type ReadOptions, type WorkbookPort } from "../../src/workbook/port";

interface MemorySheet {
  values: CellValue[][];
  fonts: (string | null)[][];
  owned: boolean;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, MemorySheet>();
  private settings: Record<string, string> = {};
  /** What selection() returns (Excel's selected range). */
  selected: { sheet: string; address: string } | null = null;
  /** Methods that reject with this error, e.g. { readSheet: new SheetMissingError("X") }. */
  failures: Partial<Record<keyof WorkbookPort, Error>> = {};

  /** A sheet of the user's, from a SheetDoc (values, and fonts set by its style runs). */
  addUserSheet(doc: SheetDoc): void {
    const values = doc.rows.map((r) => [...r]);
    const fonts: (string | null)[][] = values.map((r) => r.map(() => null));
    for (const run of doc.styles ?? []) {
      if (!run.style.font) continue;
      const { start, end } = parseRange(run.range);
      for (let r = start.row; r <= end.row; r++)
        for (let c = start.col; c <= end.col; c++) {
          while (fonts.length < r) fonts.push([]);
          fonts[r - 1][c - 1] = run.style.font;
        }
    }
    this.sheets.set(doc.name, { values, fonts, owned: false });
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

  rows(sheet: string): CellValue[][] {
    return this.sheet(sheet).values;
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
    for (let r = start.row; r <= end.row; r++) {
      const v: CellValue[] = [];
      const f: (string | null)[] = [];
      for (let c = start.col; c <= end.col; c++) {
        v.push(s.values[r - 1]?.[c - 1] ?? null);
        f.push(s.fonts[r - 1]?.[c - 1] ?? null);
      }
      values.push(v);
      fonts.push(f);
    }
    return { sheet, origin: { row: start.row, col: start.col }, values, ...(options.fonts ? { fonts } : {}) };
  }

  async writeSheet(doc: SheetDoc): Promise<void> {
    this.fail("writeSheet");
    const old = this.sheets.get(doc.name);
    if (old && !old.owned) throw new SheetNotOwnedError(doc.name);
    this.sheets.set(doc.name, { values: doc.rows.map((r) => [...r]), fonts: [], owned: true });
  }

  async appendRows(name: string, rows: CellValue[][]): Promise<void> {
    this.fail("appendRows");
    const old = this.sheets.get(name);
    if (old && !old.owned) throw new SheetNotOwnedError(name);
    const s = old ?? { values: [], fonts: [], owned: true };
    s.values.push(...rows.map((r) => [...r]));
    this.sheets.set(name, s);
  }

  async updateCells(sheet: string, updates: CellUpdate[]): Promise<void> {
    this.fail("updateCells");
    const s = this.sheet(sheet);
    for (const u of updates) {
      while (s.values.length < u.row) s.values.push([]);
      const row = s.values[u.row - 1];
      while (row.length < u.col) row.push(null);
      row[u.col - 1] = u.value;
    }
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
