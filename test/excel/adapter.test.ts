/** What the Office.js adapter does beyond the shared contract: Excel-specific conventions. */
import { charsToPoints, ExcelWorkbook, mmToPoints, pointsToChars } from "../../src/excel/workbook";
import { OWNED_SHEETS_KEY, SETTINGS_SHEET, SheetMissingError, SheetNotOwnedError } from "../../src/workbook/port";
import { FakeExcel } from "./fakeExcel";
import { portOver } from "./harness";

function owned(book: FakeExcel): string[] {
  const row = book.valuesOf(SETTINGS_SHEET).find((r) => r[0] === OWNED_SHEETS_KEY);
  return row ? (JSON.parse(String(row[1])) as string[]) : [];
}

describe("settings and ownership", () => {
  test("the settings sheet is very hidden, keys in A and values in B from row 1", async () => {
    const book = new FakeExcel();
    const port = portOver(book);
    await port.writeSettings({ a: "1", b: "2" });
    await port.writeSheet({ name: "Công khai", rows: [["x"]] });
    await port.writeSettings({ a: "3" });
    expect(book.sheet(SETTINGS_SHEET)?.visibility).toBe("VeryHidden");
    expect(book.valuesOf(SETTINGS_SHEET)).toEqual([
      ["a", "3"],
      ["b", "2"],
      [OWNED_SHEETS_KEY, '["Công khai"]'],
    ]);
    expect(await port.readSettings()).toEqual({ a: "3", b: "2" });
  });

  test("listSheets leaves out hidden sheets and the settings sheet", async () => {
    const book = new FakeExcel([
      { name: "DS", rows: [["a"]] },
      { name: "Ẩn", rows: [["b"]] },
    ]);
    book.sheet("Ẩn")!.visibility = "Hidden";
    const port = portOver(book);
    await port.writeSettings({ k: "v" });
    expect(await port.listSheets()).toEqual([{ name: "DS", visible: true, owned: false }]);
  });

  test("reads settings written by hand in a sheet that starts elsewhere or has numbers", async () => {
    const book = new FakeExcel([{ name: SETTINGS_SHEET, rows: [["rate", 150000], ["empty", null], [null, "ignored"]] }]);
    expect(await portOver(book).readSettings()).toEqual({ rate: "150000", empty: "" });
  });

  test("the settings sheet cannot be written or appended to as a data sheet", async () => {
    const port = portOver(new FakeExcel());
    await expect(port.writeSheet({ name: SETTINGS_SHEET, rows: [["x"]] })).rejects.toThrow(RangeError);
    await expect(port.appendRows(SETTINGS_SHEET.toUpperCase(), [["x"]])).rejects.toThrow(RangeError);
  });

  test("the owned-sheet list cannot be written as a setting", async () => {
    const port = portOver(new FakeExcel());
    await expect(port.writeSettings({ [OWNED_SHEETS_KEY]: "[]" })).rejects.toThrow(RangeError);
  });

  test("owned names of deleted sheets are dropped, so a user's new sheet of that name stays the user's", async () => {
    const book = new FakeExcel();
    const port = portOver(book);
    await port.writeSheet({ name: "Phân bổ", rows: [["x"]] });
    book.deleteSheet(book.sheet("Phân bổ")!);
    await port.writeSheet({ name: "Công khai", rows: [["y"]] });
    expect(owned(book)).toEqual(["Công khai"]);
  });

  test("protect and unprotect refuse a user's sheet and a missing one", async () => {
    const port = portOver(new FakeExcel([{ name: "DS", rows: [["a"]] }]));
    await expect(port.protectSheet("DS")).rejects.toBeInstanceOf(SheetNotOwnedError);
    await expect(port.unprotectSheet("DS")).rejects.toBeInstanceOf(SheetNotOwnedError);
    await expect(port.protectSheet("Không có")).rejects.toBeInstanceOf(SheetMissingError);
  });
});

describe("re-creating a sheet", () => {
  test("keeps its place among the tabs and works when it is the only visible sheet", async () => {
    const book = new FakeExcel([{ name: "A", rows: [["a"]] }]);
    const port = portOver(book);
    await port.writeSheet({ name: "Định mức", rows: [["1"]] });
    book.move(book.sheet("Định mức")!, 0);
    await port.writeSheet({ name: "Định mức", rows: [["2"]] });
    expect(book.sheets.map((s) => s.name)).toEqual(["Định mức", "A", SETTINGS_SHEET]);
    book.deleteSheet(book.sheet("A")!);
    await port.writeSheet({ name: "Định mức", rows: [["3"]] });
    expect(book.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name)).toEqual(["Định mức"]);
    expect(book.valuesOf("Định mức")).toEqual([["3"]]);
  });

  test("a user's sheet is refused whatever the case of its name", async () => {
    const book = new FakeExcel([{ name: "CÔNG KHAI", rows: [["của tôi"]] }]);
    await expect(portOver(book).writeSheet({ name: "Công khai", rows: [["x"]] })).rejects.toBeInstanceOf(SheetNotOwnedError);
    expect(book.valuesOf("CÔNG KHAI")).toEqual([["của tôi"]]);
  });
});

describe("formatting", () => {
  test("page layout, borders, fill, alignment, filter and tab colour reach the sheet", async () => {
    const book = new FakeExcel();
    await portOver(book).writeSheet({
      name: "Công khai",
      rows: [["Họ tên", "Số tiền"], ["An", 1]],
      styles: [
        { range: "A1:B2", style: { border: "thin", vAlign: "middle" } },
        { range: "A1:B1", style: { fill: "D9E1F2", hAlign: "center", wrap: true, underline: true, color: "1F4E79" } },
      ],
      autoFilter: "A1:B2",
      tabColor: "C00000",
      page: { orientation: "portrait", margins: { top: 20, bottom: 15, left: 25.4, right: 10 }, fitToWidth: true, printTitleRows: "1:1", pageNumbers: true },
    });
    const sheet = book.sheet("Công khai")!;
    expect(sheet.page).toMatchObject({
      orientation: "Portrait",
      topMargin: mmToPoints(20),
      leftMargin: 72,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
      centerFooter: "Trang &P/&N",
    });
    expect(sheet.autoFilter).toBe("A1:B2");
    expect(sheet.tabColor).toBe("#C00000");
    const a1 = sheet.get(1, 1)!;
    expect(a1).toMatchObject({ fill: "#D9E1F2", horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true });
    expect(a1.font).toMatchObject({ underline: "Single", color: "#1F4E79" });
    expect(Object.keys(a1.borders ?? {}).sort()).toEqual(["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop", "InsideHorizontal", "InsideVertical"]);
    expect(a1.borders?.EdgeTop).toEqual({ style: "Continuous", weight: "Thin" });
  });

  test("column widths: characters to points by the OOXML rule, and back", () => {
    expect(charsToPoints(30)).toBe(157.5); // 210 px
    expect(charsToPoints(8.43)).toBe(44.25); // 59 px
    expect(charsToPoints(12)).toBe(63); // 84 px
    for (const w of [4, 6.5, 12, 15, 30, 45.25, 100]) expect(Math.abs(pointsToChars(charsToPoints(w)) - w)).toBeLessThan(0.15);
  });

  test("freezes rows and columns together with freezeAt", async () => {
    const book = new FakeExcel();
    const port = portOver(book);
    await port.writeSheet({ name: "A", rows: [["x"]], freeze: { rows: 3, columns: 2 } });
    await port.writeSheet({ name: "B", rows: [["x"]], freeze: { rows: 0, columns: 1 } });
    expect(book.sheet("A")?.freeze).toEqual({ rows: 3, columns: 2 });
    expect(book.sheet("B")?.freeze).toEqual({ rows: 0, columns: 1 });
    expect(book.syncs.some((s) => s.ops.some((op) => op.includes("freezePanes.freezeAt(A1:B3)")))).toBe(true);
  });
});

describe("appendRows", () => {
  test("appends under the last row of a protected owned sheet and keeps it protected, in one write sync", async () => {
    const book = new FakeExcel();
    const port = portOver(book);
    await port.writeSheet({ name: "Nhật ký", rows: [["Thời gian", "Bước"]], protect: true });
    const before = book.syncs.length;
    await port.appendRows("Nhật ký", [["t1", "validate"], ["t2", "quota", "extra"]]);
    expect(book.syncs.length - before).toBe(2);
    expect(book.valuesOf("Nhật ký")).toEqual([
      ["Thời gian", "Bước", null],
      ["t1", "validate", null],
      ["t2", "quota", "extra"],
    ]);
    expect(book.sheet("Nhật ký")?.protection.protected).toBe(true);
  });
});

describe("updateCells and selection", () => {
  test("updateCells on a missing sheet is SheetMissingError; a number keeps the cell's own format", async () => {
    const book = new FakeExcel([{ name: "DS", rows: [[45_000]], formats: [["dd/mm/yyyy"]] }]);
    const port = portOver(book);
    await expect(port.updateCells("Không có", [{ row: 1, col: 1, value: 1 }])).rejects.toBeInstanceOf(SheetMissingError);
    await port.updateCells("DS", [{ row: 1, col: 1, value: 45_001 }]);
    expect(book.sheet("DS")?.get(1, 1)).toEqual({ value: 45_001, numberFormat: "dd/mm/yyyy" });
  });

  test("select activates the sheet and selects the cell, so a diagnostic shows its cell", async () => {
    const book = new FakeExcel([{ name: "DS", rows: [["a"]] }, { name: "Khác", rows: [["b"]] }]);
    expect(await portOver(book).select("Khác", "D12")).toBe(true);
    expect(book.selection).toEqual({ sheet: "Khác", address: "D12" });
  });

  test("selection gives the sheet and the address without the sheet prefix", async () => {
    const book = new FakeExcel([{ name: "Danh sách hộ", rows: [["a"]] }]);
    book.selection = { sheet: "Danh sách hộ", address: "B3:D40" };
    expect(await portOver(book).selection()).toEqual({ sheet: "Danh sách hộ", address: "B3:D40" });
    book.selection = null;
    expect(await portOver(book).selection()).toBeNull();
  });

  test("readRange on a missing sheet is SheetMissingError", async () => {
    await expect(portOver(new FakeExcel()).readRange("Không có", "A1:B2")).rejects.toBeInstanceOf(SheetMissingError);
  });
});

describe("the adapter takes no global", () => {
  test("everything goes through the run function it is given", async () => {
    const book = new FakeExcel();
    let runs = 0;
    const port = new ExcelWorkbook((batch) => {
      runs++;
      return book.run(batch);
    });
    await port.writeSheet({ name: "A", rows: [["x"]] });
    await port.readSheet("A");
    await port.listSheets();
    expect(runs).toBe(3);
    expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");
  });
});
