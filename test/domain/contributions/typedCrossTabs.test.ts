/**
 * A cross-tab by hamlet whose two header rows are typed without merging a cell: the group heading
 * ("Số tiền ủng hộ theo thôn (đồng)", "Ngày công theo thôn") typed once with blank cells right of
 * it over one sub-heading per hamlet, "STT" and "Họ và tên" typed once with blank cells under
 * them. Read as the same header merged is: no row of it taken for data, no hamlet's column lost.
 */
import { detectHeaderRows, mappingOf } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, gridOf, read } from "./smallLists";

/** A header block of five rows, the header on rows 6 and 7, four hamlets in columns C to F. */
const crossTab = (group: string, hamlets: string[], rows: CellValue[][]): CellValue[][] => [
  ["UBND XÃ TÂN DÂN", null, null, null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["BAN VẬN ĐỘNG", null, null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
  [null, null, null, null, null, null, null, null],
  ["DANH SÁCH ỦNG HỘ LÀM ĐƯỜNG TRỤC XÃ NĂM 2024", null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null],
  ["STT", "Họ và tên", group, null, null, null, "Ngày nộp", "Ghi chú"],
  [null, null, ...hamlets, null, null],
  ...rows,
];

/** The merges an office makes over the same header. */
const MERGES = ["A6:A7", "B6:B7", "C6:F6", "G6:G7", "H6:H7"];

const money: CellValue[][] = [
  [1, "Nguyễn Văn Khoa", 500000, null, null, null, null, null],
  [2, "Phạm Văn Toàn", null, 1000000, null, null, null, null],
  [3, "Vũ Văn Hiệp", null, null, 500000, null, null, null],
  [4, "Lê Thị Hoa", null, null, null, 300000, null, null],
  [5, "Công ty TNHH Nhựa Tân Dân", 2000000, 2000000, null, null, null, "chuyển khoản"],
  [null, "Cộng", 2500000, 3000000, 500000, 300000, null, null],
  [null, "Tổng cộng", 6300000, null, null, null, null, null],
];

const days: CellValue[][] = [
  [1, "Nguyễn Văn Khoa", 2, null, null, null, null, null],
  [2, "Phạm Văn Toàn", null, "1,5", null, null, null, null],
  [3, "Vũ Văn Hiệp", null, null, 3, null, null, null],
  [4, "Lê Thị Hoa", null, null, null, 1, null, null],
  [5, "Trần Văn Bình", 1, 2, null, null, null, null],
  [null, "Cộng", 3, 3.5, 3, 1, null, null],
  [null, "Tổng cộng", 10.5, null, null, null, null, null],
];

/** Everything a reading gives a person: each contribution, the role of each row, each diagnostic. */
const readingOf = (values: CellValue[][], merges?: string[]) => {
  const list = read(values, merges);
  return {
    contributions: list.contributions.map((c) => [c.row, c.name, c.amount, c.days, c.unit, c.kind]),
    roles: list.roles,
    diagnostics: list.diagnostics.map((d) => [d.cell, d.code, d.message]),
  };
};

describe("a cross-tab by hamlet typed without merges", () => {
  const hamlets = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc"];

  it("money: takes both rows as the header and reads every donor under the hamlet of their column", () => {
    const values = crossTab("Số tiền ủng hộ theo thôn (đồng)", hamlets, money);
    const match = detectHeaderRows(gridOf(values), CONTRIBUTION_TABLE);
    expect(match?.headerRows).toEqual([6, 7]);
    expect(mappingOf(match!)).toEqual({ seq: "A", name: "B", amount: "C", date: "G", note: "H" });
    const list = read(values);
    expect(list.roles[7]).toBe("header");
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.unit])).toEqual([
      [8, "Nguyễn Văn Khoa", 500000, "Thôn Đông"],
      [9, "Phạm Văn Toàn", 1000000, "Thôn Tây"],
      [10, "Vũ Văn Hiệp", 500000, "Thôn Nam"],
      [11, "Lê Thị Hoa", 300000, "Thôn Bắc"],
      [12, "Công ty TNHH Nhựa Tân Dân", 4000000, "Thôn Đông"],
    ]);
    // The column totals and the grand total agree: nothing was dropped.
    expect(codesOf(list)).toEqual(["C12 amount-in-several-units"]);
    expect(readingOf(values)).toEqual(readingOf(values, MERGES));
  });

  it("labour days: each donor's days in their hamlet's column, under that hamlet", () => {
    const values = crossTab("Ngày công theo thôn", hamlets, days);
    const list = read(values);
    expect(list.roles[7]).toBe("header");
    expect(list.contributions.map((c) => [c.row, c.name, c.days, c.unit])).toEqual([
      [8, "Nguyễn Văn Khoa", 2, "Thôn Đông"],
      [9, "Phạm Văn Toàn", 1.5, "Thôn Tây"],
      [10, "Vũ Văn Hiệp", 3, "Thôn Nam"],
      [11, "Lê Thị Hoa", 1, "Thôn Bắc"],
      [12, "Trần Văn Bình", 3, "Thôn Tây"],
    ]);
    expect(codesOf(list)).toEqual(["D9 days-notation", "C12 amount-in-several-units"]);
    expect(readingOf(values)).toEqual(readingOf(values, MERGES));
  });

  it("sub-headings naming only the hamlet: the heading over them ('… theo thôn') gives the word", () => {
    const values = crossTab("Số tiền ủng hộ theo thôn (đồng)", ["Đông", "Tây", "Nam", "Bắc"], money);
    const list = read(values);
    expect(list.roles[7]).toBe("header");
    expect(list.contributions.map((c) => [c.row, c.amount, c.unit])).toEqual([
      [8, 500000, "Thôn Đông"],
      [9, 1000000, "Thôn Tây"],
      [10, 500000, "Thôn Nam"],
      [11, 300000, "Thôn Bắc"],
      [12, 4000000, "Thôn Đông"],
    ]);
    expect(codesOf(list)).toEqual(["C12 amount-in-several-units"]);
    expect(readingOf(values)).toEqual(readingOf(values, MERGES));
  });
});

describe("a one-row header over a first row of data typed as text", () => {
  it("stays a one-row header, the donor's row read as data", () => {
    // Every cell of the first donor's row is text (STT and money typed as text), as are the
    // headings over it; the note runs on into the blank-headed column right of "Ghi chú", as a
    // sub-heading would under a group heading typed without merging.
    const values: CellValue[][] = [
      ["DANH SÁCH ỦNG HỘ LÀM ĐƯỜNG TRỤC XÃ NĂM 2024", null, null, null, null, null],
      ["STT", "Họ và tên", "Thôn", "Số tiền (đồng)", "Ghi chú", null],
      ["1", "Nguyễn Văn An", "Thôn Đông", "500.000", "tiền mặt", "đã nhận"],
      ["2", "Trần Thị Bình", "Thôn Tây", "300.000", "chuyển khoản", null],
      [null, "Tổng cộng", null, "800.000", null, null],
    ];
    const match = detectHeaderRows(gridOf(values), CONTRIBUTION_TABLE);
    expect(match?.headerRows).toEqual([2]);
    expect(mappingOf(match!)).toMatchObject({ seq: "A", name: "B", unit: "C", amount: "D", note: "E" });
    const list = read(values);
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.unit])).toEqual([
      [3, "Nguyễn Văn An", 500000, "Thôn Đông"],
      [4, "Trần Thị Bình", 300000, "Thôn Tây"],
    ]);
  });
});
