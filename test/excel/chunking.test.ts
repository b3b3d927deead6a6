/** Large writes: chunks of whole rows under the cell budget, one sync each, retried smaller on a payload error. */
import type { CellValue, SheetDoc } from "../../src/domain/sheet/types";
import { ExcelOperationError } from "../../src/excel/errors";
import { DEFAULT_CHUNK_CELLS, ExcelWorkbook } from "../../src/excel/workbook";
import { SETTINGS_SHEET } from "../../src/workbook/port";
import { FakeExcel, FakeOfficeError, type SyncRecord } from "./fakeExcel";
import { portOver } from "./harness";

const WIDTH = 8;

function bigRows(count: number): CellValue[][] {
  const rows: CellValue[][] = [["STT", "Họ và tên", "Số tiền", "Đã nộp", "Ghi chú", "Điện thoại", "Ngày", "Thôn"]];
  for (let i = 1; i < count; i++) {
    rows.push([
      i,
      `Người đóng góp ${i}`,
      (i % 97) * 50_000,
      i % 3 === 0,
      i % 5 === 0 ? null : i % 7 === 0 ? `=ghi chú ${i}` : `ghi chú ${i}`,
      `0${912_000_000 + i}`,
      45_000 + (i % 365),
      `Thôn ${i % 12}`,
    ]);
  }
  return rows;
}

/** Cells written by the successful syncs, checked to cover rows 1..height exactly once, in order. */
function chunkRows(book: FakeExcel, sheet: string): number[] {
  const writes = book.syncs.filter((s) => !s.error).flatMap((s) => s.valueWrites.filter((w) => w.sheet === sheet));
  let next = 1;
  for (const w of writes) {
    expect(w.row).toBe(next);
    expect(w.col).toBe(1);
    expect(w.columns).toBe(WIDTH);
    next += w.rows;
  }
  return writes.map((w) => w.rows);
}

/** Cells a sync wrote to one sheet. */
function cellsOn(sync: SyncRecord, sheet: string): number {
  return sync.valueWrites.filter((w) => w.sheet === sheet).reduce((n, w) => n + w.rows * w.columns, 0);
}

function expectSameValues(book: FakeExcel, sheet: string, rows: CellValue[][]): void {
  const actual = book.valuesOf(sheet);
  expect(actual.length).toBe(rows.length);
  let mismatches = 0;
  rows.forEach((row, r) => row.forEach((v, c) => (actual[r][c] === v ? 0 : mismatches++)));
  expect(mismatches).toBe(0);
}

describe("writing 100.000 rows × 8 columns", () => {
  const rows = bigRows(100_000);
  const doc: SheetDoc = {
    name: "Chuẩn hóa",
    rows,
    styles: [
      { range: "A1:H1", style: { bold: true, border: "thin" } },
      { range: "C2:C100000", style: { numberFormat: "#,##0" } },
      { range: "G2:G100000", style: { numberFormat: "dd/mm/yyyy" } },
    ],
    freeze: { rows: 1, columns: 0 },
    columnWidths: [6, 30, 14, 8, 20, 14, 12, 10],
  };
  const book = new FakeExcel([{ name: "Danh sách", rows: [["a"]] }]);
  const progress: [number, number][] = [];
  let writeSyncs: SyncRecord[] = [];
  let syncsBefore = 0;

  beforeAll(async () => {
    const port = portOver(book);
    syncsBefore = book.syncs.length;
    await port.writeSheet(doc, { onProgress: (done, total) => progress.push([done, total]) });
    writeSyncs = book.syncs.slice(syncsBefore + 1);
  }, 120_000);

  test("sends one read sync, then one sync per chunk of whole rows, each within the budget", () => {
    const rowsPerChunk = Math.floor(DEFAULT_CHUNK_CELLS / WIDTH);
    const chunks = Math.ceil(rows.length / rowsPerChunk);
    expect(rowsPerChunk).toBe(1250);
    expect(chunks).toBe(80);
    expect(book.syncs.length - syncsBefore).toBe(1 + chunks);
    expect(book.syncs[syncsBefore].cellsWritten).toBe(0);
    expect(writeSyncs).toHaveLength(chunks);
    for (const s of writeSyncs) {
      expect(s.error).toBeUndefined();
      expect(cellsOn(s, doc.name)).toBeLessThanOrEqual(DEFAULT_CHUNK_CELLS);
      expect(s.valueWrites.filter((w) => w.sheet === doc.name)).toHaveLength(1);
      expect(s.calculationSuspended).toBe(true);
    }
    // The first write sync also creates the sheet and records it as owned: one settings row.
    expect(writeSyncs[0].valueWrites.filter((w) => w.sheet === SETTINGS_SHEET)).toEqual([{ sheet: SETTINGS_SHEET, row: 1, col: 1, rows: 1, columns: 2 }]);
    expect(writeSyncs.slice(1).every((s) => s.valueWrites.every((w) => w.sheet === doc.name))).toBe(true);
    const sizes = chunkRows(book, doc.name);
    expect(sizes).toEqual([...new Array(chunks).fill(rowsPerChunk)]);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(rows.length);
  });

  test("lands all 800.000 values, text as text", () => {
    expect(writeSyncs.reduce((n, s) => n + cellsOn(s, doc.name), 0)).toBe(800_000);
    expectSameValues(book, doc.name, rows);
    const sheet = book.sheet(doc.name)!;
    expect(sheet.get(70_000, 6)).toEqual({ value: "0912069999", numberFormat: "@" });
    expect(sheet.get(50_001, 3)?.numberFormat).toBe("#,##0");
    expect(sheet.get(50_001, 7)?.numberFormat).toBe("dd/mm/yyyy");
    expect(sheet.get(50_001, 1)?.numberFormat).toBe("General");
    expect(rows[49_994][4]).toBe("=ghi chú 49994");
    expect(sheet.get(49_995, 5)).toEqual({ value: "=ghi chú 49994", numberFormat: "@" });
    expect(sheet.get(50_001, 5)).toEqual({ numberFormat: "General" });
  });

  test("formats the sheet once, in the last chunk's sync, after the values", () => {
    const last = writeSyncs[writeSyncs.length - 1];
    const values = last.ops.findIndex((op) => op.endsWith(".values"));
    const freeze = last.ops.findIndex((op) => op.includes("freezeRows"));
    expect(values).toBeGreaterThanOrEqual(0);
    expect(freeze).toBeGreaterThan(values);
    expect(writeSyncs.slice(0, -1).every((s) => !s.ops.some((op) => op.includes("format.") || op.includes("freeze")))).toBe(true);
    expect(book.sheet(doc.name)!.freeze).toEqual({ rows: 1, columns: 0 });
  });

  test("reports progress after every chunk up to the total", () => {
    expect(progress).toHaveLength(80);
    expect(progress[progress.length - 1]).toEqual([800_000, 800_000]);
    progress.forEach(([done, total], i) => {
      expect(total).toBe(800_000);
      expect(done).toBe(Math.min(800_000, (i + 1) * 1250 * WIDTH));
    });
  });

  test("reads the whole sheet back in one sync", async () => {
    const port = portOver(book);
    const before = book.syncs.length;
    const grid = await port.readSheet(doc.name);
    expect(book.syncs.length - before).toBe(1);
    expect(grid.values.length).toBe(100_000);
    expect(grid.values[99_999]).toEqual(rows[99_999]);
    expect(grid.formats?.[1][2]).toBe("#,##0");
  });
});

describe("small sheets and reads", () => {
  test("a sheet within the budget is written in one sync after one read sync", async () => {
    const book = new FakeExcel();
    const port = portOver(book);
    let calls = 0;
    await port.writeSheet(
      {
        name: "Công khai",
        rows: [["BẢNG CÔNG KHAI"], ["Họ tên", "Số tiền"], ["An", 1_500_000]],
        styles: [{ range: "A2:B3", style: { border: "thin" } }, { range: "B3", style: { numberFormat: "#,##0" } }],
        merges: ["A1:B1"],
        columnWidths: [30, 15],
        freeze: { rows: 2, columns: 1 },
        page: { orientation: "landscape", margins: { top: 20, bottom: 20, left: 20, right: 20 }, fitToWidth: true, pageNumbers: true },
        protect: true,
      },
      { onProgress: () => calls++ },
    );
    expect(book.syncs).toHaveLength(2);
    expect(book.syncs[0].cellsWritten).toBe(0);
    expect(cellsOn(book.syncs[1], "Công khai")).toBe(6);
    expect(cellsOn(book.syncs[1], SETTINGS_SHEET)).toBe(2);
    expect(book.syncs[1].ops.some((op) => op.includes("protection.protect"))).toBe(true);
    expect(calls).toBe(1);
  });

  test("readSheet uses one sync, with or without fonts, and for a missing sheet", async () => {
    const book = new FakeExcel([{ name: "DS", rows: [["a", 1], ["b", 2]], fonts: [[".VnTime", null], [null, null]] }]);
    const port = portOver(book);
    await port.readSheet("DS");
    expect(book.syncs).toHaveLength(1);
    const grid = await port.readSheet("DS", { fonts: true });
    expect(book.syncs).toHaveLength(2);
    expect(grid.fonts).toEqual([[".VnTime", "Calibri"], ["Calibri", "Calibri"]]);
    await expect(port.readSheet("Không có")).rejects.toThrow("Không tìm thấy trang tính");
    expect(book.syncs).toHaveLength(3);
  });

  test("a used range too large for one response is read in blocks of whole rows", async () => {
    const rows = bigRows(20_000);
    const book = new FakeExcel([{ name: "DS", rows, merges: ["C3:C9", "A19990:B19990"] }], { responseLimitCells: 50_000 });
    const port = portOver(book);
    const grid = await port.readSheet("DS", { fonts: true });
    expect(grid.values).toEqual(rows.map((r) => r.map((v) => (v === "" ? null : v))));
    expect(grid.fonts).toHaveLength(20_000);
    // The merged areas come back with the first block, in no sync of their own.
    expect(grid.merges).toEqual(["C3:C9", "A19990:B19990"]);
    expect(book.syncs[0].error).toBe("ResponsePayloadSizeLimitExceeded");
    const blocks = book.syncs.slice(2);
    expect(blocks).toHaveLength(20_000 / 1250);
    for (const s of blocks) expect(s.error).toBeUndefined();
  });

  test("readRange falls back to blocks the same way, keeping its origin", async () => {
    const rows = bigRows(20_000);
    const book = new FakeExcel([{ name: "DS", rows }], { responseLimitCells: 50_000 });
    const grid = await portOver(book).readRange("DS", "B2:C15000");
    expect(grid.origin).toEqual({ row: 2, col: 2 });
    expect(grid.values).toHaveLength(14_999);
    expect(grid.values[14_998]).toEqual(rows[14_999].slice(1, 3));
    expect(book.syncs[0].error).toBe("ResponsePayloadSizeLimitExceeded");
    // 2 columns: blocks of 5.000 rows (10.000 cells, each read with its number format).
    expect(book.syncs.slice(1).map((s) => [s.error, s.cellsRead])).toEqual([
      [undefined, 20_000],
      [undefined, 20_000],
      [undefined, 2 * 2 * 4_999],
    ]);
  });
});

describe("payload errors", () => {
  const rows = bigRows(20_000);

  test("a chunk refused as too large is retried at half size, and the smaller size is kept", async () => {
    const book = new FakeExcel(undefined, { payloadLimitCells: 6_000 });
    const port = portOver(book);
    await port.writeSheet({ name: "Chuẩn hóa", rows });
    const refused = book.syncs.filter((s) => s.error === "RequestPayloadSizeLimitExceeded");
    expect(refused).toHaveLength(1);
    const sizes = chunkRows(book, "Chuẩn hóa");
    expect(new Set(sizes)).toEqual(new Set([625]));
    expect(sizes).toHaveLength(20_000 / 625);
    for (const s of book.writeSyncs()) expect(s.cellsWritten).toBeLessThanOrEqual(6_000);
    expect(Math.max(...book.writeSyncs().map((s) => cellsOn(s, "Chuẩn hóa")))).toBe(5_000);
    expectSameValues(book, "Chuẩn hóa", rows);
    // The refused first chunk carried the sheet's creation: it was re-sent with the retry.
    expect(book.sheets.filter((s) => s.name === "Chuẩn hóa")).toHaveLength(1);
  });

  test("a refusal in the middle retries that chunk only and keeps every row", async () => {
    let attempts = 0;
    const book = new FakeExcel(undefined, {
      failSync: (_sync, cells) => {
        if (cells === 0) return undefined;
        attempts++;
        return attempts === 3 ? new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.") : undefined;
      },
    });
    const port = portOver(book);
    const progress: number[] = [];
    await port.writeSheet({ name: "Chuẩn hóa", rows }, { onProgress: (done) => progress.push(done) });
    const sizes = chunkRows(book, "Chuẩn hóa");
    expect(sizes.slice(0, 4)).toEqual([1250, 1250, 625, 625]);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(progress[progress.length - 1]).toBe(160_000);
    expectSameValues(book, "Chuẩn hóa", rows);
  });

  test("below the floor the payload error rejects, naming the sheet and cells", async () => {
    const book = new FakeExcel(undefined, { payloadLimitCells: 4 });
    const port = new ExcelWorkbook(book.run, { minChunkRows: 1 });
    const error = await port.writeSheet({ name: "Chuẩn hóa", rows: rows.slice(0, 10) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect((error as ExcelOperationError).code).toBe("RequestPayloadSizeLimitExceeded");
    expect((error as ExcelOperationError).message).toContain("“Chuẩn hóa”");
    expect((error as ExcelOperationError).message).toContain("A1:H1");
    // 10 rows, halved to 5, 2, 1, then refused: four attempts.
    expect(book.syncs.filter((s) => s.error)).toHaveLength(4);
  });

  test("any other error rejects at once and is not retried", async () => {
    let attempts = 0;
    const original = new FakeOfficeError("GeneralException", "An internal error has occurred.");
    const book = new FakeExcel(undefined, {
      failSync: (_sync, cells) => (cells > 0 && ++attempts === 2 ? original : undefined),
    });
    const port = portOver(book);
    const error = await port.writeSheet({ name: "Chuẩn hóa", rows }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExcelOperationError);
    const e = error as ExcelOperationError;
    expect(e.code).toBe("GeneralException");
    expect(e.cause).toBe(original);
    expect(e.sheet).toBe("Chuẩn hóa");
    expect(e.cell).toBe("A1251:H2500");
    expect(e.message).toMatch(/^Khi ghi trang tính: Excel gặp lỗi chung/);
    expect(book.syncs[book.syncs.length - 1].error).toBe("GeneralException");
    expect(book.syncs.filter((s) => s.error)).toHaveLength(1);
  });

  test("an error on the read sync rejects too", async () => {
    const book = new FakeExcel(undefined, { failSync: () => new FakeOfficeError("AccessDenied", "Access denied.") });
    await expect(portOver(book).readSheet("Sheet1")).rejects.toMatchObject({ name: "ExcelOperationError", code: "AccessDenied" });
  });
});
