/** The fake Excel behaves like Office.js where the adapter's tests rely on it. */
import { FakeExcel, MOCK_READ_ERRORS, assertNoMockErrors } from "./fakeExcel";

describe("fake Excel", () => {
  test("keeps office-addin-mock's load/sync semantics: not loaded, not synced, then the value", async () => {
    const book = new FakeExcel([{ name: "DS", rows: [["a", 1]] }]);
    const seen: unknown[] = [];
    await book.run(async (context) => {
      /* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load -- reading too early on purpose */
      const range = context.workbook.worksheets.getItem("DS").getRange("A1:B1");
      seen.push(range.values);
      range.load("values");
      seen.push(range.values);
      await context.sync();
      seen.push(range.values);
      /* eslint-enable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load */
    });
    expect(seen).toEqual([MOCK_READ_ERRORS[0], MOCK_READ_ERRORS[1], [["a", 1]]]);
    expect(() => assertNoMockErrors({ grid: { values: [[seen[0]]] } })).toThrow(/grid\.values\[0\]\[0\]/);
  });

  test("runs queued commands in order at sync: a load sees the writes queued before it", async () => {
    const book = new FakeExcel();
    let before: unknown;
    let after: unknown;
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const first = sheet.getRange("A1");
      first.load("values");
      sheet.getRange("A1").values = [[5]];
      const second = sheet.getRange("A1");
      second.load("values");
      expect(book.sheet("Sheet1")?.get(1, 1)).toBeUndefined();
      await context.sync();
      before = first.values;
      after = second.values;
    });
    expect(before).toEqual([[""]]);
    expect(after).toEqual([[5]]);
  });

  test("refuses what it does not model and commands never synced", async () => {
    const book = new FakeExcel();
    await expect(
      book.run(async (context) => {
        (context.workbook.worksheets.getItem("Sheet1").getRange("A1") as unknown as { formulasR1C1: unknown }).formulasR1C1 = [["=1"]];
        await context.sync();
      }),
    ).rejects.toThrow(/not modelled/);
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      }),
    ).rejects.toThrow(/never sent/);
  });

  test("models Excel's refusals: shapes, names, protection, the last visible sheet", async () => {
    const book = new FakeExcel();
    const attempt = (batch: (context: Excel.RequestContext) => void) =>
      book.run(async (context) => {
        batch(context);
        await context.sync();
      });
    await expect(attempt((c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1]]))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((c) => c.workbook.worksheets.add("SHEET1"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(attempt((c) => c.workbook.worksheets.getItem("Sheet1").delete())).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(attempt((c) => c.workbook.worksheets.getItem("Nope").delete())).rejects.toMatchObject({ code: "ItemNotFound" });
    await attempt((c) => c.workbook.worksheets.getItemOrNullObject("Nope").delete());
    await attempt((c) => c.workbook.worksheets.getItem("Sheet1").protection.protect());
    await expect(attempt((c) => c.workbook.worksheets.getItem("Sheet1").protection.protect())).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(attempt((c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]]))).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
