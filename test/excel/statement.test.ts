/**
 * Statement import inside Excel (the Office.js adapter on the fake workbook): a statement pasted
 * into a sheet reads as it does from the .xlsx file, and an imported file lands in
 * "Sao kê (nhập)" with the same lines.
 */
import { seedOfDoc as seedOf } from "./seed";
import { confirmStatementMapping, IMPORTED_STATEMENT_SHEET, loadStatement } from "../../src/app/statement";
import type { SheetDoc } from "../../src/domain/sheet/types";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { FIXTURE_LAYOUTS, renderStatement, statementFile, statementLines, type FixtureLayout } from "../fixtures/statements";
import { FakeExcel } from "./fakeExcel";
import { portOver } from "./harness";


async function xlsxOf(doc: SheetDoc): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.empty();
  await book.addUserSheet(doc);
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

const truth = statementLines(5, 30);

describe.each(FIXTURE_LAYOUTS)("%s pasted into a sheet", (layout: FixtureLayout) => {
  it.each([",", ".", "number"] as const)("reads the same in Excel as in the .xlsx file (amounts %s)", async (amounts) => {
    const r = renderStatement(layout, truth, { amounts });
    const excel = portOver(new FakeExcel([seedOf(r.doc)]));
    const file = await xlsxOf(r.doc);
    if (r.mapping) {
      await confirmStatementMapping(excel, r.doc.name, r.mapping);
      await confirmStatementMapping(file, r.doc.name, r.mapping);
    }
    const inExcel = await loadStatement(excel, { sheet: r.doc.name });
    const inFile = await loadStatement(file, { sheet: r.doc.name });
    expect(inExcel.lines).toHaveLength(truth.length);
    expect(inExcel.lines.map((l) => [l.row, l.date, l.credit, l.debit, l.class])).toEqual(truth.map((t, i) => [r.rows[i], t.date, t.credit, t.debit, t.class]));
    expect(inExcel.lines).toEqual(inFile.lines);
    expect(inExcel.diagnostics).toEqual(inFile.diagnostics);
    expect([inExcel.opening, inExcel.closing, inExcel.layout]).toEqual([inFile.opening, inFile.closing, inFile.layout]);
  });
});

describe("a statement file imported inside Excel", () => {
  it.each(["csv", "xlsx", "html-xls"] as const)("lands in Sao kê (nhập) with the file's rows (%s)", async (format) => {
    const r = renderStatement("vcb-cashup", truth);
    const excel = portOver(new FakeExcel([{ name: "DS ủng hộ", rows: [["Họ và tên", "Số tiền"]] }]));
    const read = await loadStatement(excel, { file: await statementFile(r, format) });
    expect(read.sheet).toBe(IMPORTED_STATEMENT_SHEET);
    expect(read.lines.map((l) => [l.row, l.date, l.reference, l.description, l.credit, l.debit])).toEqual(truth.map((t, i) => [r.rows[i], t.date, t.reference, t.description, t.credit, t.debit]));
    expect(read.balance.ok).toBe(true);
    // Read again from the sheet it was copied into: the same lines.
    const again = await loadStatement(excel, { sheet: IMPORTED_STATEMENT_SHEET });
    expect(again.lines).toEqual(read.lines);
  });
});
