/** Text is written as text: the "@" number format reaches the cell before the value does. */
import { SETTINGS_SHEET } from "../../src/workbook/port";
import { FakeExcel } from "./fakeExcel";
import { portOver } from "./harness";

function opIndex(ops: string[], pattern: RegExp): number {
  const i = ops.findIndex((op) => pattern.test(op));
  if (i < 0) throw new Error(`no op matching ${pattern} in\n${ops.join("\n")}`);
  return i;
}

describe("text as text", () => {
  test("the fake itself turns =1+2 into a formula when no text format comes first", async () => {
    // Proof that the check below can fail: Excel (and the fake) take such a string as a formula.
    const book = new FakeExcel();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["=1+2", "0912"]];
      await context.sync();
    });
    expect(book.sheet("Sheet1")?.get(1, 1)?.formula).toBe("=1+2");
    expect(book.sheet("Sheet1")?.get(1, 2)?.value).toBe(912);
  });

  test('writeSheet sets "@" on a "=1+2" cell before its value, in the same sync', async () => {
    const book = new FakeExcel();
    await portOver(book).writeSheet({ name: "Nhật ký", rows: [["=1+2", 3, "0912 345 678", true]] });
    const sheet = book.sheet("Nhật ký")!;
    expect(sheet.get(1, 1)).toEqual({ value: "=1+2", numberFormat: "@" });
    expect(sheet.get(1, 2)).toEqual({ value: 3, numberFormat: "General" });
    expect(sheet.get(1, 3)).toEqual({ value: "0912 345 678", numberFormat: "@" });
    expect(sheet.get(1, 4)).toEqual({ value: true, numberFormat: "General" });
    const write = book.syncs[book.syncs.length - 1];
    const format = opIndex(write.ops, /^set Range\(Nhật ký!A1:D1\)\.numberFormat$/);
    const values = opIndex(write.ops, /^set Range\(Nhật ký!A1:D1\)\.values$/);
    expect(format).toBeLessThan(values);
  });

  test("a style's number format applies to numbers, never to text", async () => {
    const book = new FakeExcel();
    await portOver(book).writeSheet({
      name: "Công khai",
      rows: [["Tổng", 1_500_000], ["=ghi chú", 2_000]],
      styles: [
        { range: "A1:B2", style: { numberFormat: "#,##0" } },
        { range: "B2", style: { numberFormat: "0.00" } },
      ],
    });
    const sheet = book.sheet("Công khai")!;
    expect(sheet.get(1, 1)?.numberFormat).toBe("@");
    expect(sheet.get(1, 2)?.numberFormat).toBe("#,##0");
    expect(sheet.get(2, 1)).toEqual({ value: "=ghi chú", numberFormat: "@" });
    expect(sheet.get(2, 2)?.numberFormat).toBe("0.00");
  });

  test("appendRows, updateCells and settings write text as text", async () => {
    const book = new FakeExcel([{ name: "DS", rows: [["a", 1]], formats: [[null, "@"]] }]);
    const port = portOver(book);
    await port.appendRows("Nhật ký", [["=quota", 2, "+84"]]);
    expect(book.sheet("Nhật ký")?.get(1, 1)).toEqual({ value: "=quota", numberFormat: "@" });
    expect(book.sheet("Nhật ký")?.get(1, 3)).toEqual({ value: "+84", numberFormat: "@" });
    await port.updateCells("DS", [
      { row: 1, col: 1, value: "-300" },
      { row: 1, col: 2, value: 450_000 },
    ]);
    // Text gets "@"; a number in a cell formatted as text gets General, or Excel keeps it as text.
    expect(book.sheet("DS")?.get(1, 1)).toEqual({ value: "-300", numberFormat: "@" });
    expect(book.sheet("DS")?.get(1, 2)).toEqual({ value: 450_000, numberFormat: "General" });
    await port.writeSettings({ decision: "=accept", count: "0012" });
    const settings = book.sheet(SETTINGS_SHEET)!;
    const rows = book.valuesOf(SETTINGS_SHEET);
    const at = rows.findIndex((r) => r[0] === "count");
    expect(rows[at]).toEqual(["count", "0012"]);
    expect(settings.get(at + 1, 2)?.numberFormat).toBe("@");
    expect(await port.readSettings()).toEqual({ decision: "=accept", count: "0012" });
  });
});
