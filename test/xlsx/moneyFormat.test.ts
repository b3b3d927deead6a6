import { MONEY_NUMBER_FORMAT } from "../../src/domain/money";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { EN_US, renderNumberFormat } from "../domain/money/excelFormat";

describe("the money format in an .xlsx saved and opened again", () => {
  test("survives ExcelJS's reader twice and still shows dots", async () => {
    let book = XlsxWorkbook.empty();
    await book.writeSheet({ name: "Chuẩn hóa", rows: [["Số tiền"], [450_000], [125_400_000]], styles: [{ range: "A2:A3", style: { numberFormat: MONEY_NUMBER_FORMAT } }] });
    for (let i = 0; i < 2; i++) book = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const grid = await book.readSheet("Chuẩn hóa");
    expect(grid.formats![1][0]).toBe(MONEY_NUMBER_FORMAT);
    expect(grid.formats![2].map((f, i) => renderNumberFormat(f, grid.values[2][i] as number, EN_US))).toEqual(["125.400.000"]);
  });
});
