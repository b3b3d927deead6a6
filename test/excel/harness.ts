/** The contract harness over the fake Excel, shared by the Excel adapter's tests. */
import { parseCell, rangeAddress } from "../../src/domain/sheet/address";
import { ExcelWorkbook, pointsToChars, type ExcelWorkbookOptions } from "../../src/excel/workbook";
import type { ContractHarness, SeedSheet, SheetInspection } from "../../src/workbook/contract";
import type { WorkbookPort } from "../../src/workbook/port";
import { DEFAULT_COLUMN_POINTS, DEFAULT_FONT, FakeExcel, assertNoMockErrors, type FakeExcelOptions } from "./fakeExcel";

const books = new WeakMap<WorkbookPort, FakeExcel>();

/**
 * The adapter over a fake workbook, every answer checked for office-addin-mock's unloaded-read
 * strings ("Error, property was not loaded" …), which would mean a read without load and sync.
 */
export function portOver(book: FakeExcel, options?: ExcelWorkbookOptions): WorkbookPort {
  const adapter = new ExcelWorkbook(book.run, options);
  const port = new Proxy(adapter, {
    get(target, prop, receiver) {
      const member = Reflect.get(target, prop, receiver);
      if (typeof member !== "function") return member;
      return async (...args: unknown[]) => {
        const result: unknown = await member.apply(target, args);
        assertNoMockErrors(result, `${String(prop)}()`);
        return result;
      };
    },
  });
  books.set(port, book);
  return port;
}

export function bookOf(port: WorkbookPort): FakeExcel {
  const book = books.get(port);
  if (!book) throw new Error("not a port of this harness");
  return book;
}

export function inspectSheet(book: FakeExcel, name: string): SheetInspection {
  const sheet = book.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const lastWidth = Math.max(0, ...sheet.columnWidths.keys());
  const orientation = sheet.page.orientation.toLowerCase();
  return {
    merges: sheet.merges.map(rangeAddress),
    freeze: sheet.freeze,
    columnWidths: Array.from({ length: lastWidth }, (_, i) => pointsToChars(sheet.columnWidths.get(i + 1) ?? DEFAULT_COLUMN_POINTS)),
    rowHeight: (row) => sheet.rowHeights.get(row) ?? null,
    orientation: orientation === "landscape" || orientation === "portrait" ? orientation : null,
    printTitleRows: sheet.page.printTitleRows,
    printArea: sheet.page.printArea ? sheet.page.printArea.replace(/\$/g, "").replace(/^.*!/, "") : null,
    protected: sheet.protection.protected,
    charts: sheet.charts.map((c) => ({ title: c.title, source: c.source, categories: c.categories, series: c.series })),
    cell(address) {
      const { row, col } = parseCell(address);
      const cell = sheet.get(row, col);
      return {
        bold: cell?.font?.bold ?? false,
        italic: cell?.font?.italic ?? false,
        numberFormat: cell?.numberFormat ?? "General",
        fontName: cell?.font?.name ?? DEFAULT_FONT.name,
        fontSize: cell?.font?.size ?? DEFAULT_FONT.size,
      };
    },
  };
}

export function fakeHarness(options?: { excel?: FakeExcelOptions; adapter?: ExcelWorkbookOptions }): ContractHarness {
  return {
    async open(seed?: SeedSheet[]) {
      return portOver(new FakeExcel(seed, options?.excel), options?.adapter);
    },
    // Excel keeps the workbook itself: another session is a new adapter on the same workbook.
    async reopen(port) {
      return portOver(bookOf(port), options?.adapter);
    },
    async inspect(port, sheet) {
      return inspectSheet(bookOf(port), sheet);
    },
  };
}
