import { formatScale, headerMoneyUnit, moneyUnitOf, parseMoneyIn, statedMoneyUnit, titleMoneyUnit } from "../../../src/domain/money/unit";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";

describe("the unit a list states for its money", () => {
  it.each([
    ["nghìn đồng", 1000],
    ["ngàn đồng", 1000],
    ["1.000 đồng", 1000],
    ["1.000đ", 1000],
    ["1000 VNĐ", 1000],
    ["nghìn", 1000],
    ["triệu đồng", 1_000_000],
    ["tr.đ", 1_000_000],
    ["1.000.000 đ", 1_000_000],
    ["đồng", 1],
    ["VNĐ", 1],
    ["m2", null],
    ["người", null],
    ["", null],
  ])("%s", (phrase, unit) => {
    expect(moneyUnitOf(phrase)).toBe(unit);
  });

  it("reads a header's parentheses or its ĐVT, and nothing else of it", () => {
    expect(headerMoneyUnit("Số tiền (nghìn đồng)")).toBe(1000);
    expect(headerMoneyUnit("SỐ TIỀN\n(1.000đ)")).toBe(1000);
    expect(headerMoneyUnit("Tổng dự toán (triệu đồng)")).toBe(1_000_000);
    expect(headerMoneyUnit("Số tiền (ĐVT: nghìn đồng)")).toBe(1000);
    expect(headerMoneyUnit("Số tiền (đồng)")).toBe(1);
    expect(headerMoneyUnit("Số tiền")).toBeNull();
    expect(headerMoneyUnit("Hiến đất (m2)")).toBeNull();
    // The ĐVT column of goods (bao, tấn) states no money unit.
    expect(headerMoneyUnit("ĐVT")).toBeNull();
  });

  it("reads a title line only where it says Đơn vị tính", () => {
    expect(titleMoneyUnit("Đơn vị tính: 1.000 đồng")).toBe(1000);
    expect(titleMoneyUnit("ĐVT: Đồng")).toBe(1);
    expect(titleMoneyUnit("(Kèm theo Quyết định số 12/QĐ-UBND ngày 5/6/2024)")).toBeNull();
    expect(titleMoneyUnit("Đơn vị: Thôn Đông")).toBeNull();
  });
});

describe("an amount typed in a column kept in thousands", () => {
  it.each<[CellValue, number]>([
    [500, 500_000],
    [1.5, 1_500],
    [0.7, 700],
    ["500", 500_000],
    ["1.500", 1_500_000],
    ["1,5", 1_500],
    ["-200", -200_000],
    ["(300)", -300_000],
    // A text that names its unit or currency means what it says.
    ["450k", 450_000],
    ["2 triệu", 2_000_000],
    ["500.000đ", 500_000],
  ])("%p → %p đ", (typed, amount) => {
    const read = parseMoneyIn(typed, 1000);
    expect(read.ok && read.amount).toBe(amount);
  });

  it("refuses what is not an amount, as in đồng", () => {
    expect(parseMoneyIn("abc", 1000).ok).toBe(false);
    expect(parseMoneyIn(0.0004, 1000).ok).toBe(false);
  });

  it("is parseMoney for a column in đồng", () => {
    expect(parseMoneyIn("1,5", 1).ok).toBe(false);
    expect(parseMoneyIn(500, 1)).toEqual({ ok: true, amount: 500 });
  });
});

describe("statedMoneyUnit", () => {
  const gridOf = (values: CellValue[][]) => ({ sheet: "DS", origin: { row: 1, col: 1 }, values });

  it("prefers the column's own header to the title block", () => {
    const grid = gridOf([["Đơn vị tính: đồng"], ["STT", "Họ và tên", "Số tiền (nghìn đồng)"], [1, "Nguyễn Văn An", 500]]);
    const match = detectHeaderRows(grid, CONTRIBUTION_TABLE)!;
    expect(statedMoneyUnit(grid, match, "amount")).toEqual({ unit: 1000, text: "Số tiền (nghìn đồng)", row: 2, column: 3 });
  });

  it("falls back to a Đơn vị tính line above the table, and to none", () => {
    const grid = gridOf([["DANH SÁCH ỦNG HỘ"], [null, null, "ĐVT: 1.000đ"], ["STT", "Họ và tên", "Số tiền"], [1, "Nguyễn Văn An", 500]]);
    const match = detectHeaderRows(grid, CONTRIBUTION_TABLE)!;
    expect(statedMoneyUnit(grid, match, "amount")).toEqual({ unit: 1000, text: "ĐVT: 1.000đ", row: 2, column: 3 });
    expect(statedMoneyUnit(grid, match, "inKindValue")).toBeNull();
    const plain = gridOf([["STT", "Họ và tên", "Số tiền"], [1, "Nguyễn Văn An", 500000]]);
    expect(statedMoneyUnit(plain, detectHeaderRows(plain, CONTRIBUTION_TABLE)!, "amount")).toBeNull();
  });
});

describe("formatScale", () => {
  it("tells how many times a number format divides what it shows", () => {
    expect(formatScale("#,##0,")).toBe(1000);
    expect(formatScale('#,##0,"k"')).toBe(1000);
    expect(formatScale("0.0,,")).toBe(1_000_000);
    expect(formatScale("#,##0,;[Red]-#,##0,")).toBe(1000);
  });

  it("takes a comma between digit codes for grouping, not scaling", () => {
    for (const f of ["#,##0", "General", "0", '#,##0" đ"', '[>=1000000]#"."###"."##0;[>=1000]#"."##0;#,##0', "", null, undefined]) expect(formatScale(f)).toBe(1);
  });
});
