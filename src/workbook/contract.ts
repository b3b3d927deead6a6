/**
 * The behaviour every WorkbookPort adapter must show. The cases are plain async functions so the
 * same list runs under jest against src/xlsx (real files) and src/excel (office-addin-mock).
 */
import type { CellValue, SheetDoc } from "../domain/sheet/types";
import { OWNED_SHEETS_KEY, SETTINGS_SHEET, SheetMissingError, SheetNotOwnedError, type WorkbookPort } from "./port";

/** A sheet of the user's that a harness puts in a fresh workbook before a case runs. */
export interface SeedSheet {
  name: string;
  /** Top-left cell of rows, "A1" when omitted. */
  at?: string;
  rows: CellValue[][];
  /** Number format per cell of rows, where set. */
  formats?: (string | null)[][];
  /** Font name per cell of rows, where set. */
  fonts?: (string | null)[][];
  /** Merged areas, A1 ranges on the sheet ("C2:C4"). */
  merges?: string[];
}

/** What a harness can tell about a written sheet beyond its values. */
export interface SheetInspection {
  merges: string[];
  freeze: { rows: number; columns: number } | null;
  columnWidths: number[];
  /** Height in points of a row whose height was set, null where it is automatic. */
  rowHeight(row: number): number | null;
  orientation: "portrait" | "landscape" | null;
  printTitleRows: string | null;
  /** The print area's address without "$" and sheet name, or null. */
  printArea: string | null;
  protected: boolean;
  /**
   * Charts on the sheet with the figures they plot, where the adapter can draw charts; undefined
   * where it cannot (ExcelJS writes no charts: the .xlsx keeps the chart's data table only).
   */
  charts?: { title: string; source: string; categories: unknown[]; series: { name: unknown; values: unknown[] }[] }[];
  /** Style of one cell, by address. */
  cell(address: string): { bold: boolean; italic: boolean; numberFormat: string; fontName: string | null; fontSize: number | null };
}

export interface ContractHarness {
  open(seed?: SeedSheet[]): Promise<WorkbookPort>;
  /** The workbook as another session would see it after saving (xlsx: written and read back). */
  reopen(port: WorkbookPort): Promise<WorkbookPort>;
  inspect(port: WorkbookPort, sheet: string): Promise<SheetInspection>;
}

export interface ContractCase {
  name: string;
  run(h: ContractHarness): Promise<void>;
}

export class ContractFailure extends Error {}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message);
}

function same(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

async function rejectsWith(p: Promise<unknown>, type: new (...args: never[]) => Error, what: string): Promise<void> {
  try {
    await p;
  } catch (e) {
    check(e instanceof type, `${what}: expected ${type.name}, got ${String(e)}`);
    return;
  }
  throw new ContractFailure(`${what}: expected ${type.name}, but it resolved`);
}

const mixed: CellValue[][] = [
  ["Họ và tên", "Số tiền", "Đã nộp", "Ghi chú"],
  ["Nguyễn Văn Đức", 450000, true, null],
  ["Trần Thị Hương", 1500000, false, "Thôn 3"],
];

const formulaLike = ["=1+2", "+84 912 345 678", "-300.000", "@Hải", "=HYPERLINK(\"http://x\")"];

export const contractCases: ContractCase[] = [
  {
    name: "writes a sheet and reads back the same values from A1",
    async run(h) {
      const port = await h.open();
      await port.writeSheet({ name: "Chuẩn hóa", rows: mixed });
      const again = await h.reopen(port);
      const grid = await again.readSheet("Chuẩn hóa");
      same(grid.origin, { row: 1, col: 1 }, "origin");
      same(grid.values, mixed, "values");
      same(grid.sheet, "Chuẩn hóa", "sheet name");
    },
  },
  {
    name: "writes text that looks like a formula as text",
    async run(h) {
      const port = await h.open();
      await port.writeSheet({ name: "Nhật ký", rows: formulaLike.map((s) => [s]) });
      const grid = await (await h.reopen(port)).readSheet("Nhật ký");
      same(grid.values, formulaLike.map((s) => [s]), "formula-like text");
    },
  },
  {
    name: "lists user sheets as not owned and written sheets as owned",
    async run(h) {
      const port = await h.open([{ name: "Danh sách", rows: [["a"]] }]);
      await port.writeSheet({ name: "Công khai", rows: [["b"]] });
      const sheets = await (await h.reopen(port)).listSheets();
      const byName = new Map(sheets.map((s) => [s.name, s]));
      same(byName.get("Danh sách")?.owned, false, "user sheet owned");
      same(byName.get("Công khai")?.owned, true, "written sheet owned");
      check(sheets.every((s) => s.visible), "only visible sheets are listed");
    },
  },
  {
    name: "refuses to overwrite a sheet of the user's and leaves it as it was",
    async run(h) {
      const port = await h.open([{ name: "Phân bổ", rows: [["của tôi", 1]] }]);
      await rejectsWith(port.writeSheet({ name: "Phân bổ", rows: [["x"]] }), SheetNotOwnedError, "overwrite user sheet");
      await rejectsWith(port.appendRows("Phân bổ", [["x"]]), SheetNotOwnedError, "append to user sheet");
      const grid = await port.readSheet("Phân bổ");
      same(grid.values, [["của tôi", 1]], "user sheet after refusal");
    },
  },
  {
    name: "re-creates an owned sheet on every write",
    async run(h) {
      const port = await h.open();
      await port.writeSheet({ name: "Định mức", rows: [["cũ", 1], ["cũ", 2], ["cũ", 3]], merges: ["A1:B1"] });
      await port.writeSheet({ name: "Định mức", rows: [["mới"]] });
      const again = await h.reopen(port);
      same((await again.readSheet("Định mức")).values, [["mới"]], "values after rewrite");
      same((await h.inspect(again, "Định mức")).merges, [], "merges after rewrite");
    },
  },
  {
    name: "reads a used range that does not start at A1 with its origin",
    async run(h) {
      const port = await h.open([{ name: "DS", at: "C3", rows: [["Họ tên", "Tiền"], ["An", 5000]] }]);
      const grid = await port.readSheet("DS");
      same(grid.origin, { row: 3, col: 3 }, "origin");
      same(grid.values, [["Họ tên", "Tiền"], ["An", 5000]], "values");
    },
  },
  {
    name: "reads dates as Excel serials with their date format",
    async run(h) {
      const port = await h.open([{ name: "DS", rows: [["Ngày"], [45419]], formats: [[null], ["dd/mm/yyyy"]] }]);
      const grid = await (await h.reopen(port)).readSheet("DS");
      same(grid.values[1][0], 45419, "serial");
      check(/yy/i.test(grid.formats?.[1][0] ?? ""), `date format read, got ${grid.formats?.[1][0]}`);
    },
  },
  {
    name: "reads fonts when asked",
    async run(h) {
      const port = await h.open([{ name: "DS", rows: [["NguyÔn V¨n §øc", "Lê An"]], fonts: [[".VnTime", "Times New Roman"]] }]);
      const grid = await port.readSheet("DS", { fonts: true });
      same(grid.fonts, [[".VnTime", "Times New Roman"]], "fonts");
    },
  },
  {
    name: "reads merged areas with the value in their first cell only",
    async run(h) {
      const rows = [["Thôn", "Họ tên"], ["Xóm Chùa", "An"], [null, "Bình"], [null, "Cúc"], ["Xóm Đình", "Dũng"]];
      const port = await h.open([{ name: "DS", at: "B2", rows, merges: ["B3:B5"] }]);
      const grid = await (await h.reopen(port)).readSheet("DS");
      same(grid.values, rows, "values");
      same(grid.merges, ["B3:B5"], "merges");
      same((await port.readRange("DS", "C2:C6")).merges ?? [], [], "no merge reaches C2:C6");
    },
  },
  {
    name: "reads a blank sheet as an empty grid and a missing sheet as an error",
    async run(h) {
      const port = await h.open([{ name: "Trống", rows: [] }]);
      same((await port.readSheet("Trống")).values, [], "blank sheet");
      await rejectsWith(port.readSheet("Không có"), SheetMissingError, "missing sheet");
    },
  },
  {
    name: "writes number formats, fonts, merges, widths, freeze panes and page setup",
    async run(h) {
      const port = await h.open();
      const doc: SheetDoc = {
        name: "Công khai",
        rows: [["BẢNG CÔNG KHAI", null, null], ["Họ tên", "Số tiền", "Ngày"], ["An", 1500000, 45419]],
        styles: [
          { range: "A1:C3", style: { font: "Times New Roman", size: 12 } },
          { range: "A1", style: { bold: true, size: 14 } },
          { range: "B3", style: { numberFormat: "#,##0" } },
          { range: "C3", style: { numberFormat: "dd/mm/yyyy", italic: true } },
        ],
        merges: ["A1:C1"],
        columnWidths: [30, 15, 12],
        freeze: { rows: 2, columns: 0 },
        page: { orientation: "landscape", margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, printTitleRows: "2:2", pageNumbers: true },
      };
      await port.writeSheet(doc);
      const again = await h.reopen(port);
      const s = await h.inspect(again, "Công khai");
      same(s.merges, ["A1:C1"], "merges");
      same(s.freeze, { rows: 2, columns: 0 }, "freeze");
      same(s.columnWidths.slice(0, 3).map(Math.round), [30, 15, 12], "column widths");
      same(s.orientation, "landscape", "orientation");
      same(s.printTitleRows?.replace(/\$/g, ""), "2:2", "print titles");
      same(s.cell("A1").bold, true, "A1 bold");
      same(s.cell("A1").fontSize, 14, "A1 size");
      same(s.cell("B2").fontName, "Times New Roman", "B2 font");
      same(s.cell("B3").numberFormat, "#,##0", "B3 format");
      same(s.cell("C3").italic, true, "C3 italic");
      const grid = await again.readSheet("Công khai");
      same(grid.values[2], ["An", 1500000, 45419], "values under formats");
    },
  },
  {
    name: "writes a sheet with a chart: values as without it, the chart over its own cells, none after a rewrite without it",
    async run(h) {
      const port = await h.open();
      const rows: CellValue[][] = [["Đơn vị", "Định mức (đồng)", "Đã đóng góp (đồng)"], ["UBND xã", 3_300_000, 2_550_000], ["Trạm Y tế xã", 3_000_000, 0]];
      await port.writeSheet({
        name: "Định mức",
        rows,
        charts: [
          {
            type: "columnClustered",
            title: "Đã đóng góp so với định mức",
            dataRange: "A1:C3",
            categories: ["UBND xã", "Trạm Y tế xã"],
            series: [
              { name: "Định mức (đồng)", values: [3_300_000, 3_000_000] },
              { name: "Đã đóng góp (đồng)", values: [2_550_000, 0] },
            ],
            position: { from: "E1", to: "L18" },
            valueFormat: "#,##0",
          },
        ],
      });
      same((await (await h.reopen(port)).readSheet("Định mức")).values, rows, "values beside a chart");
      const charts = (await h.inspect(port, "Định mức")).charts;
      if (charts !== undefined) {
        same(charts, [{ title: "Đã đóng góp so với định mức", source: "A1:C3", categories: ["UBND xã", "Trạm Y tế xã"], series: [{ name: "Định mức (đồng)", values: [3_300_000, 3_000_000] }, { name: "Đã đóng góp (đồng)", values: [2_550_000, 0] }] }], "chart");
        await port.writeSheet({ name: "Định mức", rows: [["mới"]] });
        same((await h.inspect(port, "Định mức")).charts, [], "charts after a rewrite without one");
      }
    },
  },
  {
    name: "writes row heights where given and leaves the other rows automatic",
    async run(h) {
      const port = await h.open();
      await port.writeSheet({ name: "Công khai", rows: [["BẢNG CÔNG KHAI"], ["Họ tên"], ["An"]], rowHeights: [36, null, 20.25] });
      const s = await h.inspect(await h.reopen(port), "Công khai");
      same(s.rowHeight(1), 36, "row 1 height");
      same(s.rowHeight(2), null, "row 2 automatic");
      same(s.rowHeight(3), 20.25, "row 3 height");
    },
  },
  {
    name: "writes row heights and the print area of a document",
    async run(h) {
      const port = await h.open();
      const long = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;";
      await port.writeSheet({
        name: "Quyết định",
        rows: [["QUYẾT ĐỊNH", null, null], [long, null, null], ["ngoài vùng in"]],
        merges: ["A1:C1", "A2:C2"],
        styles: [{ range: "A2:C2", style: { wrap: true, italic: true } }],
        rowHeights: [null, 54],
        page: { orientation: "portrait", margins: { top: 20, bottom: 20, left: 30, right: 15 }, printArea: "A1:C2" },
      });
      const again = await h.reopen(port);
      const s = await h.inspect(again, "Quyết định");
      same(s.rowHeight(2), 54, "row 2 height");
      same(s.printArea, "A1:C2", "print area");
      same((await again.readSheet("Quyết định")).values[1][0], long, "long text kept whole");
    },
  },
  {
    name: "appends rows under the last row and creates the sheet when missing",
    async run(h) {
      const port = await h.open();
      await port.appendRows("Nhật ký", [["Thời gian", "Bước"]]);
      await port.appendRows("Nhật ký", [["2024-05-07T08:00:00Z", "validate"], ["2024-05-07T08:01:00Z", "=quota"]]);
      const again = await h.reopen(port);
      same((await again.readSheet("Nhật ký")).values, [["Thời gian", "Bước"], ["2024-05-07T08:00:00Z", "validate"], ["2024-05-07T08:01:00Z", "=quota"]], "log rows");
      same((await again.listSheets()).find((s) => s.name === "Nhật ký")?.owned, true, "log owned");
    },
  },
  {
    name: "protects and unprotects an owned sheet",
    async run(h) {
      const port = await h.open();
      await port.writeSheet({ name: "Phân bổ", rows: [["x"]], protect: true });
      check((await h.inspect(await h.reopen(port), "Phân bổ")).protected, "protected after write");
      await port.unprotectSheet("Phân bổ");
      check(!(await h.inspect(await h.reopen(port), "Phân bổ")).protected, "unprotected");
      await port.protectSheet("Phân bổ");
      check((await h.inspect(await h.reopen(port), "Phân bổ")).protected, "protected again");
      await port.writeSheet({ name: "Phân bổ", rows: [["y"]] });
      same((await port.readSheet("Phân bổ")).values, [["y"]], "a protected owned sheet can be re-created");
    },
  },
  {
    name: "reads a merged range's value in its first cell only, as Excel does",
    async run(h) {
      const port = await h.open();
      await port.writeSheet({ name: "Công khai", rows: [["Nội dung ủng hộ", null, null], ["Tiền", "Ngày công", "Hiện vật"]], merges: ["A1:C1"] });
      const grid = await (await h.reopen(port)).readSheet("Công khai");
      same(grid.values, [["Nội dung ủng hộ", null, null], ["Tiền", "Ngày công", "Hiện vật"]], "values under a merge");
    },
  },
  {
    name: "reads a range by address, blanks as null",
    async run(h) {
      const port = await h.open([{ name: "DS", rows: [["a", null, "c"], [1, 2, null], ["x", "y", "z"]], fonts: [[".VnTime", null, null]] }]);
      const grid = await port.readRange("DS", "A1:C2", { fonts: true });
      same(grid.origin, { row: 1, col: 1 }, "origin");
      same(grid.values, [["a", null, "c"], [1, 2, null]], "values");
      same(grid.fonts?.[0][0], ".VnTime", "font");
      const inner = await port.readRange("DS", "B2:C3");
      same(inner.origin, { row: 2, col: 2 }, "inner origin");
      same(inner.values, [[2, null], ["y", "z"]], "inner values");
      await rejectsWith(port.readRange("Không có", "A1"), SheetMissingError, "missing sheet");
    },
  },
  {
    name: "updates only the cells asked for, in a sheet of the user's, text as text",
    async run(h) {
      const port = await h.open([{ name: "DS", rows: [["NguyÔn V¨n §øc", 450000], ["Lê An", "450k"]] }]);
      await port.updateCells("DS", [
        { row: 1, col: 1, value: "Nguyễn Văn Đức" },
        { row: 2, col: 2, value: "=450*1000" },
      ]);
      const grid = await (await h.reopen(port)).readSheet("DS");
      same(grid.values, [["Nguyễn Văn Đức", 450000], ["Lê An", "=450*1000"]], "values after update");
      same((await port.listSheets()).find((s) => s.name === "DS")?.owned, false, "still the user's sheet");
    },
  },
  {
    name: "updates a cell with a number format, a date among them",
    async run(h) {
      const port = await h.open([{ name: "DS", rows: [["7/5/2024", "450k"]] }]);
      await port.updateCells("DS", [
        { row: 1, col: 1, value: 45419, numberFormat: "dd/mm/yyyy" },
        { row: 1, col: 2, value: 450000, numberFormat: "#,##0" },
      ]);
      const grid = await (await h.reopen(port)).readSheet("DS");
      same(grid.values, [[45419, 450000]], "values");
      same(grid.formats?.[0], ["dd/mm/yyyy", "#,##0"], "formats");
    },
  },
  {
    name: "shows a cell where it can, and refuses a missing sheet",
    async run(h) {
      const port = await h.open([{ name: "DS", rows: [["a"]] }]);
      check(typeof (await port.select("DS", "A1")) === "boolean", "select answers");
      await rejectsWith(port.select("Không có", "A1"), SheetMissingError, "select on a missing sheet");
    },
  },
  {
    name: "never writes its settings sheet or its owned-sheet list as data",
    async run(h) {
      const port = await h.open();
      await rejectsWith(port.writeSheet({ name: SETTINGS_SHEET, rows: [["x"]] }), RangeError, "write settings sheet");
      await rejectsWith(port.appendRows(SETTINGS_SHEET.toUpperCase(), [["x"]]), RangeError, "append to settings sheet");
      await rejectsWith(port.writeSettings({ [OWNED_SHEETS_KEY]: "[]" }), RangeError, "write the owned list");
    },
  },
  {
    name: "treats sheet names without regard to case, as Excel does",
    async run(h) {
      const port = await h.open([{ name: "Công Khai", rows: [["của tôi"]] }]);
      await rejectsWith(port.writeSheet({ name: "công khai", rows: [["x"]] }), SheetNotOwnedError, "same name, other case");
      same((await port.readSheet("CÔNG KHAI")).values, [["của tôi"]], "read by another case");
    },
  },
  {
    name: "keeps settings inside the workbook, out of the sheet list",
    async run(h) {
      const port = await h.open();
      same(await port.readSettings(), {}, "no settings at first");
      await port.writeSettings({ "mapping.DS": '{"name":"B"}', decision: "=accept" });
      await port.writeSettings({ other: "1" });
      const again = await h.reopen(port);
      const s = await again.readSettings();
      same(s["mapping.DS"], '{"name":"B"}', "setting");
      same(s.decision, "=accept", "formula-like setting");
      same(s.other, "1", "merged setting");
      check(!(await again.listSheets()).some((x) => x.name.startsWith("_")), "settings sheet hidden");
    },
  },
];
