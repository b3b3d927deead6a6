/**
 * Kiểm tra and Chuẩn hóa inside Excel (the Office.js adapter on the fake workbook) give the same
 * results as on an .xlsx file (the ExcelJS adapter), on the fixture generator's lists.
 */
import { applyFixes } from "../../src/app/fixes";
import { normalizeWorkbook, validateWorkbook } from "../../src/app/validate";
import { parseRange } from "../../src/domain/sheet/address";
import type { CellValue, SheetDoc } from "../../src/domain/sheet/types";
import type { SeedSheet } from "../../src/workbook/contract";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { generateContributionList } from "../fixtures/contributionLists";
import { FakeExcel } from "./fakeExcel";
import { portOver } from "./harness";

/** The user's sheet as a seed: values, and the fonts and number formats its styles give cells. */
function seedOf(doc: SheetDoc): SeedSheet {
  const fonts: (string | null)[][] = doc.rows.map((r) => r.map(() => null));
  const formats: (string | null)[][] = doc.rows.map((r) => r.map(() => null));
  for (const run of doc.styles ?? []) {
    const { start, end } = parseRange(run.range);
    for (let r = start.row; r <= Math.min(end.row, doc.rows.length); r++)
      for (let c = start.col; c <= Math.min(end.col, doc.rows[r - 1].length); c++) {
        if (run.style.font) fonts[r - 1][c - 1] = run.style.font;
        if (run.style.numberFormat) formats[r - 1][c - 1] = run.style.numberFormat;
      }
  }
  // Excel keeps a merged range's value in its first cell only, as the generator writes it.
  return { name: doc.name, rows: doc.rows as CellValue[][], fonts, formats };
}

async function xlsxOf(doc: SheetDoc): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.empty();
  await book.addUserSheet(doc);
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

describe.each([
  [1, "one-row"],
  [2, "two-row"],
  [4, "two-row"],
] as const)("fixture seed %i, %s header", (seed, header) => {
  const { doc, expected } = generateContributionList({ seed, header, faults: "every" });

  it("reads the same contributions and diagnostics in Excel as in the .xlsx file", async () => {
    const inExcel = await validateWorkbook(portOver(new FakeExcel([seedOf(doc)])), { sheet: doc.name, campaignYear: 2024, period: expected.period });
    const inFile = await validateWorkbook(await xlsxOf(doc), { sheet: doc.name, campaignYear: 2024, period: expected.period });
    expect(inExcel.contributions).toEqual(expected.contributions);
    expect(inExcel.contributions).toEqual(inFile.contributions);
    expect(inExcel.diagnostics).toEqual(inFile.diagnostics);
    expect(inExcel.counts.error).toBeGreaterThan(0);
  });

  it("writes the same Chuẩn hóa sheet and applies the same fixes in Excel", async () => {
    const fake = new FakeExcel([seedOf(doc)]);
    const excel = portOver(fake);
    const file = await xlsxOf(doc);
    await normalizeWorkbook(excel, { sheet: doc.name });
    await normalizeWorkbook(file, { sheet: doc.name });
    expect((await excel.readSheet("Chuẩn hóa")).values).toEqual((await file.readSheet("Chuẩn hóa")).values);
    const now = () => new Date(2024, 5, 1, 8, 0);
    const a = await applyFixes(excel, doc.name, { now });
    const b = await applyFixes(file, doc.name, { now });
    expect(a).toEqual(b);
    expect((await excel.readSheet(doc.name)).values).toEqual((await file.readSheet(doc.name)).values);
  });
});
