import ExcelJS from "exceljs";
import { contractCases, type ContractHarness, type SeedSheet, type SheetInspection } from "../../src/workbook/contract";
import type { WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { parseCell } from "../../src/domain/sheet/address";

function seedBook(seed: SeedSheet[]): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const s of seed) {
    const ws = book.addWorksheet(s.name);
    const at = parseCell(s.at ?? "A1");
    s.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = ws.getCell(at.row + i, at.col + j);
        cell.value = v;
        const fmt = s.formats?.[i]?.[j];
        if (fmt) cell.numFmt = fmt;
        const font = s.fonts?.[i]?.[j];
        if (font) cell.font = { name: font };
      }),
    );
    for (const merge of s.merges ?? []) ws.mergeCells(merge);
  }
  return book;
}

/** Every reopen writes the workbook to .xlsx bytes and reads it back, as a later session would. */
const harness: ContractHarness = {
  async open(seed = []) {
    const bytes = await seedBook(seed).xlsx.writeBuffer();
    return XlsxWorkbook.fromBuffer(bytes as ArrayBuffer);
  },
  async reopen(port: WorkbookPort) {
    return XlsxWorkbook.fromBuffer(await (port as XlsxWorkbook).toBuffer());
  },
  async inspect(port: WorkbookPort, sheet: string): Promise<SheetInspection> {
    const ws = (port as XlsxWorkbook).book.getWorksheet(sheet)!;
    const view = (ws.views ?? [])[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    const widths: number[] = [];
    for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width ?? 0);
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).map(
      (k) => (ws as unknown as { _merges: Record<string, { range: string }> })._merges[k].range,
    );
    return {
      merges,
      freeze: view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null,
      columnWidths: widths,
      rowHeight: (row) => ws.getRow(row).height ?? null,
      orientation: ws.pageSetup.orientation ?? null,
      printTitleRows: ws.pageSetup.printTitlesRow ?? null,
      printArea: ws.pageSetup.printArea ? ws.pageSetup.printArea.replace(/\$/g, "").replace(/^.*!/, "") : null,
      protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
      cell(address) {
        const c = ws.getCell(address);
        return {
          bold: Boolean(c.font?.bold),
          italic: Boolean(c.font?.italic),
          numberFormat: c.numFmt || "General",
          fontName: c.font?.name ?? null,
          fontSize: c.font?.size ?? null,
        };
      },
    };
  },
};

describe("WorkbookPort contract on the ExcelJS adapter (real .xlsx bytes)", () => {
  for (const c of contractCases) {
    it(c.name, () => c.run(harness));
  }
});
