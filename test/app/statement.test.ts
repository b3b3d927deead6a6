/**
 * Statement import end to end on the ExcelJS adapter: every layout in every file format a bank
 * hands out, copied into "Sao kê (nhập)" with the file's own row numbers, and read back exactly.
 */
import { readFileSync } from "fs";
import { sampleWorkbook } from "../../src/app/files";
import { readLog } from "../../src/app/journal";
import { confirmedMapping } from "../../src/app/mapping";
import { STATEMENT_SHEET } from "../../src/app/sample";
import { confirmStatementMapping, IMPORTED_STATEMENT_SHEET, loadStatement, NoStatementError, StatementFileError } from "../../src/app/statement";
import { decodeText, readStatementFile } from "../../src/app/statementFile";
import { validateWorkbook } from "../../src/app/validate";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { EXPECTED_LAYOUT, FILE_FORMATS, FIXTURE_LAYOUTS, renderStatement, statementFile, statementLines, type FileFormat, type FixtureLayout } from "../fixtures/statements";

const truth = statementLines(11, 45);

function project(lines: { row: number; date: string | null; description: string; credit: number; debit: number; class?: string }[]) {
  return lines.map((l) => ({ row: l.row, date: l.date, description: l.description, credit: l.credit, debit: l.debit, class: l.class }));
}

describe.each(FIXTURE_LAYOUTS)("a %s export", (layout: FixtureLayout) => {
  it.each(FILE_FORMATS)("imported from %s reads back every line on the file's own rows", async (format: FileFormat) => {
    const r = renderStatement(layout, truth, { amounts: format === "csv-bom-semicolon" ? "." : "," });
    const file = await statementFile(r, format);
    const book = XlsxWorkbook.empty();
    if (r.mapping) await confirmStatementMapping(book, IMPORTED_STATEMENT_SHEET, r.mapping);
    const read = await loadStatement(book, { file }, { now: () => new Date("2024-10-01T08:00:00Z") });
    expect(read.sheet).toBe(IMPORTED_STATEMENT_SHEET);
    expect(read.layout).toBe(r.mapping ? "mapped" : EXPECTED_LAYOUT[layout]);
    expect(project(read.lines)).toEqual(truth.map((l, i) => ({ row: r.rows[i], date: l.date, description: l.description, credit: l.credit, debit: l.debit, class: l.class })));
    expect(read.diagnostics).toEqual([]);
    expect(read.file?.name).toBe(file.name);
    if (layout !== "vcb-simple") expect([read.opening, read.closing, read.balance.ok]).toEqual([r.opening, r.closing, true]);
    // The copy is Chung Sức's own sheet, with the file's cells at the file's addresses.
    const sheets = await book.listSheets();
    expect(sheets.find((s) => s.name === IMPORTED_STATEMENT_SHEET)?.owned).toBe(true);
    const grid = await book.readSheet(IMPORTED_STATEMENT_SHEET);
    const descriptionCol = grid.values[(r.rows[0] as number) - grid.origin.row].findIndex((v) => v === truth[0].description);
    expect(descriptionCol).toBeGreaterThanOrEqual(0);
    const log = await readLog(book);
    expect(log[log.length - 1].step).toBe("Nhập sao kê");
  });
});

describe("loadStatement", () => {
  it("finds the sample's pasted statement sheet by its headers and reads it", async () => {
    const { book, campaign } = await sampleWorkbook();
    const read = await loadStatement(book);
    expect(read.sheet).toBe(STATEMENT_SHEET);
    expect(read.layout).toBe("agribank");
    expect(read.account).toBe("8502215000001");
    expect(read.lines.map((l) => [l.row, l.date, l.description, l.credit, l.debit])).toEqual(campaign.statement.map((t) => [t.row, t.date, t.description, t.credit, t.debit]));
    expect(read.balance.ok).toBe(true);
    expect(read.lines.filter((l) => l.class === "interest")).toHaveLength(1);
    expect(read.lines.filter((l) => l.class === "fee")).toHaveLength(1);
  });

  it("asks for the columns of an unknown table once, then remembers them in Cấu hình", async () => {
    const r = renderStatement("kbnn", truth);
    const book = XlsxWorkbook.empty();
    await book.addUserSheet(r.doc);
    const first = await loadStatement(book, { sheet: r.doc.name });
    expect(first.needsMapping).toBe(true);
    expect(first.layout).toBe("generic");
    expect(first.diagnostics.map((d) => d.code)).toEqual(["statement-mapping"]);
    await confirmStatementMapping(book, r.doc.name, r.mapping!);
    const again = await loadStatement(await XlsxWorkbook.fromBuffer(await book.toBuffer()), { sheet: r.doc.name });
    expect(again.needsMapping).toBe(false);
    expect(again.layout).toBe("mapped");
    expect(again.diagnostics).toEqual([]);
    // A statement's mapping is never taken for a contribution list's.
    expect(await confirmedMapping(book, r.doc.name)).toBeNull();
    expect(await confirmedMapping(book, r.doc.name, "statement")).toEqual(r.mapping);
  });

  it("keeps the contribution check blind to statement mappings", async () => {
    const { book } = await sampleWorkbook();
    await confirmStatementMapping(book, STATEMENT_SHEET, { headerRows: [7], mapping: { date: "A", description: "C", credit: "E" } });
    const result = await validateWorkbook(book);
    expect(result.lists.map((l) => l.sheet)).not.toContain(STATEMENT_SHEET);
  });

  it("imports into another name when the user has a sheet called Sao kê (nhập)", async () => {
    const book = XlsxWorkbook.empty();
    await book.addUserSheet({ name: IMPORTED_STATEMENT_SHEET, rows: [["của tôi"]] });
    const read = await loadStatement(book, { file: await statementFile(renderStatement("bidv", truth), "csv") });
    expect(read.sheet).toBe(`${IMPORTED_STATEMENT_SHEET} 2`);
    expect((await book.readSheet(IMPORTED_STATEMENT_SHEET)).values).toEqual([["của tôi"]]);
  });

  it("re-imports over its own sheet", async () => {
    const book = XlsxWorkbook.empty();
    await loadStatement(book, { file: await statementFile(renderStatement("bidv", truth), "csv") });
    const read = await loadStatement(book, { file: await statementFile(renderStatement("vcb-simple", truth.slice(0, 5)), "csv") });
    expect(read.sheet).toBe(IMPORTED_STATEMENT_SHEET);
    expect(read.lines).toHaveLength(5);
  });

  it("asks for a true Excel 97 file to be saved as .xlsx", async () => {
    const biff = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(loadStatement(XlsxWorkbook.empty(), { file: { bytes: biff, name: "saoke.xls" } })).rejects.toThrow(/lưu .*\.xlsx|\.xlsx/i);
    await expect(loadStatement(XlsxWorkbook.empty(), { file: { bytes: biff, name: "saoke.xls" } })).rejects.toBeInstanceOf(StatementFileError);
  });

  it("says so when the workbook has no statement", async () => {
    const book = XlsxWorkbook.empty();
    await book.addUserSheet({ name: "Ghi chép", rows: [["Không có gì"]] });
    await expect(loadStatement(book)).rejects.toBeInstanceOf(NoStatementError);
  });

  it("reads a sheet without any statement header as a request to map its columns", async () => {
    const book = XlsxWorkbook.empty();
    await book.addUserSheet({ name: "Dán", rows: [["a", "b"], ["c", "d"]] });
    const read = await loadStatement(book, { sheet: "Dán" });
    expect(read.needsMapping).toBe(true);
    expect(read.diagnostics[0].message).toMatch(/^Trang "Dán", ô A1: không tìm thấy dòng tiêu đề/);
  });
});

describe("statement files", () => {
  it("decodes UTF-8 with and without BOM, UTF-16 with and without BOM, and Windows-1258", () => {
    const text = "Ngày giao dịch,Mô tả\n10/09/2024,Ủng hộ";
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[i * 2] = text.charCodeAt(i) & 0xff;
      le[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toBe(text);
    expect(decodeText(le)).toBe(text);
    // "Mô tả" in Windows-1258: M, ô (0xF4), space, t, a + combining hook above (0xD2).
    expect(decodeText(new Uint8Array([0x4d, 0xf4, 0x20, 0x74, 0x61, 0xd2]))).toBe("Mô tả");
  });

  it("reads quoted CSV fields with separators, quotes and line breaks", async () => {
    const csv = 'Ngày giao dịch;Số tham chiếu;Số tiền ghi nợ;Số tiền ghi có;Mô tả\r\n"10/09/2024";"5216.20838";;"1.300.000";"A; B ""C""\nD"\r\n';
    const { grids, format } = await readStatementFile(new TextEncoder().encode(csv), "x.csv");
    expect(format).toBe("csv");
    expect(grids[0].values[1]).toEqual(["10/09/2024", "5216.20838", null, "1.300.000", 'A; B "C"\nD']);
  });

  it("reads an HTML .xls with colspan, rowspan and entities", async () => {
    const html = `<html><body><table><tr><td colspan="3">SAO K&Ecirc; &amp; X</td></tr><tr><td rowspan="2">a</td><td>b</td><td>c<br>d</td></tr><tr><td>e</td><td>f</td></tr></table></body></html>`;
    const { grids, format } = await readStatementFile(new TextEncoder().encode(html), "x.xls");
    expect(format).toBe("html");
    expect(grids[0].values).toEqual([["SAO KÊ & X"], ["a", "b", "c\nd"], [null, "e", "f"]]);
  });

  it("refuses a file that is not a table, in Vietnamese", async () => {
    await expect(readStatementFile(new Uint8Array([1, 2, 3, 0, 0, 9, 200]), "x.bin")).rejects.toThrow(/Không đọc được "x.bin"/);
    await expect(readStatementFile(new Uint8Array([]), "y.csv")).rejects.toThrow(/trống/);
  });
});

describe("the layout sketches of shared/data/statement-layouts (copied to test/fixtures/statement-layouts)", () => {
  const dir = `${__dirname}/../fixtures/statement-layouts/`;
  it.each([
    ["agribank.csv", "agribank", [150_000, 10_000_000, 200_000]],
    ["bidv.csv", "bidv", [200_000]],
    ["vcb_cashup.csv", "vcb-cashup", [1_000_000, 300_000]],
    ["vcb_digibank.csv", "vcb-simple", [300_000]],
    ["vietinbank_efast.csv", "vietinbank-efast", [300_000, 100_000]],
  ])("%s reads as %s", async (name, layout, credits) => {
    const read = await loadStatement(XlsxWorkbook.empty(), { file: { bytes: readFileSync(dir + name), name } });
    expect(read.layout).toBe(layout);
    expect(read.lines.map((l) => l.credit)).toEqual(credits);
    expect(read.lines.every((l) => l.date === "2024-09-10")).toBe(true);
  });
});

describe("real dates and numbers in the file", () => {
  it.each(["xlsx", "xml-xls"] as const)("a treasury table with date cells and number amounts, from %s, keeps its dates in the copy", async (format) => {
    const r = renderStatement("kbnn", truth, { amounts: "number" });
    const book = XlsxWorkbook.empty();
    await confirmStatementMapping(book, IMPORTED_STATEMENT_SHEET, r.mapping!);
    const read = await loadStatement(book, { file: await statementFile(r, format) });
    expect(project(read.lines)).toEqual(truth.map((l, i) => ({ row: r.rows[i], date: l.date, description: l.description, credit: l.credit, debit: l.debit, class: l.class })));
    // The copy keeps a date format on the date cells, so it reads the same again.
    const again = await loadStatement(await XlsxWorkbook.fromBuffer(await book.toBuffer()), { sheet: IMPORTED_STATEMENT_SHEET });
    expect(again.lines).toEqual(read.lines);
  });
});
