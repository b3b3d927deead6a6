/**
 * Kiểm tra and Chuẩn hóa inside Excel (the Office.js adapter on the fake workbook) give the same
 * results as on an .xlsx file (the ExcelJS adapter), on the fixture generator's lists.
 */
import { seedOfDoc as seedOf } from "./seed";
import { applyFixes } from "../../src/app/fixes";
import { normalizeWorkbook, validateWorkbook } from "../../src/app/validate";
import type { SheetDoc } from "../../src/domain/sheet/types";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { generateContributionList } from "../fixtures/contributionLists";
import { FakeExcel } from "./fakeExcel";
import { portOver } from "./harness";


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

describe("a hamlet, a date and a channel merged down over their households", () => {
  const doc: SheetDoc = {
    name: "Bản Phùng",
    rows: [
      ["DANH SÁCH ỦNG HỘ LÀM ĐƯỜNG"],
      ["STT", "Thôn", "Họ và tên", "Số tiền", "Ngày nộp", "Hình thức"],
      [1, "Bản Phùng", "Giàng A Páo", 200000, "5/6/2024", "Tiền mặt"],
      [2, null, "Sùng Thị Mai", 100000, null, null],
      [3, "Bản Hồ", "Vàng Seo Chứ", "300k", 45449, "Chuyển khoản"],
      [4, null, "Thào Thị Dế", 50000, null, null],
    ],
    merges: ["A1:F1", "B3:B4", "E3:E4", "F3:F4", "B5:B6", "E5:E6", "F5:F6"],
    styles: [{ range: "E5", style: { numberFormat: "dd/mm/yyyy" } }],
  };

  it("gives each household its hamlet, date and channel in Excel as in the .xlsx file, and fixes only the merged areas' own cells", async () => {
    const inExcel = await validateWorkbook(portOver(new FakeExcel([seedOf(doc)])), { campaignYear: 2024 });
    const inFile = await validateWorkbook(await xlsxOf(doc), { campaignYear: 2024 });
    expect(inExcel.contributions.map((c) => [c.unit, c.date, c.channel, c.amount])).toEqual([
      ["Bản Phùng", "2024-06-05", "cash", 200000],
      ["Bản Phùng", "2024-06-05", "cash", 100000],
      ["Bản Hồ", "2024-06-06", "transfer", 300000],
      ["Bản Hồ", "2024-06-06", "transfer", 50000],
    ]);
    expect(inExcel.contributions).toEqual(inFile.contributions);
    expect(inExcel.diagnostics).toEqual(inFile.diagnostics);
    expect(inExcel.diagnostics.map((d) => `${d.cell} ${d.code}`)).toEqual(["E3 date-notation", "D5 money-notation"]);
  });
});
