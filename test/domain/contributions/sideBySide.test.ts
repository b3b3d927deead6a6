/**
 * Two lists printed side by side on one landscape page, to save paper (probe 10, U15): "ẤP KINH
 * 1" in A–D and "ẤP KINH 2" in F–I, each with its own header and Cộng, a blank column between
 * and a grand total under both.
 */
import { readContributionList } from "../../../src/domain/contributions/normalize";
import { normalizedSheet } from "../../../src/domain/contributions/sheet";
import { matchFromMapping } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, gridOf, messageAt, read } from "./smallLists";

const TITLE: CellValue[][] = [
  ["DANH SÁCH BÀ CON ỦNG HỘ NẠO VÉT KÊNH THỦY LỢI"],
  ["ẤP KINH 1", null, null, null, null, "ẤP KINH 2"],
  ["STT", "Họ và tên", "Số tiền (đồng)", "Ký nhận", null, "STT", "Họ và tên", "Số tiền (đồng)", "Ký nhận"],
];
const MERGES = ["A1:I1", "A2:D2", "F2:I2"];

/** Rows 4–8: five donors on the left, three on the right; Cộng on row 9 (left C9, right H9). */
function twoHamlets(leftSum: CellValue, rightSum: CellValue, grand: CellValue): CellValue[][] {
  return [
    ...TITLE,
    [1, "Danh Sơn", 300000, null, null, 1, "Huỳnh Văn Sáu", 500000],
    [2, "Thạch Thị Sa Rương", 200000, null, null, 2, "Lý Thị Hồng", "300k"],
    [3, "Nguyễn Văn Tốt", 500000, null, null, 3, "Danh Hùng", 200000],
    [4, "Lê Văn Mến", 300000],
    [5, "Trần Thị Út", 200000],
    [null, "Cộng", leftSum, null, null, null, "Cộng", rightSum],
    [null, "TỔNG CỘNG HAI ẤP", grand],
  ];
}

describe("two lists side by side on one sheet", () => {
  it("reads both, each donor with its own hamlet and the cells it was typed in", () => {
    const list = read(twoHamlets(1500000, 1000000, 2500000), MERGES);
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.unit])).toEqual([
      [4, "Danh Sơn", 300000, "ẤP KINH 1"],
      [5, "Thạch Thị Sa Rương", 200000, "ẤP KINH 1"],
      [6, "Nguyễn Văn Tốt", 500000, "ẤP KINH 1"],
      [7, "Lê Văn Mến", 300000, "ẤP KINH 1"],
      [8, "Trần Thị Út", 200000, "ẤP KINH 1"],
      [4, "Huỳnh Văn Sáu", 500000, "ẤP KINH 2"],
      [5, "Lý Thị Hồng", 300000, "ẤP KINH 2"],
      [6, "Danh Hùng", 200000, "ẤP KINH 2"],
    ]);
    // The right list's notation is told on its own cell; neither Cộng nor the grand total is doubted.
    expect(codesOf(list)).toEqual(["H5 money-notation"]);
    // People of an ấp are its households, on either side (probe 11: a unit led by a hamlet's word is a hamlet).
    expect(list.contributions.every((c) => c.kind === "household")).toBe(true);
    expect(list.diagnostics.filter((d) => d.code === "kind-unknown")).toEqual([]);
    // A row holding a donor on either side is a data row; each hamlet's donors are counted.
    expect([3, 4, 7, 9, 10].map((r) => list.roles[r])).toEqual(["header", "data", "data", "subtotal", "total"]);
    expect(list.dataRows).toBe(8);
    // The Chuẩn hóa sheet sends each donor back to the name they typed: B for the left, G for the right.
    const sheet = normalizedSheet(list.contributions, { DS: "B" }, (c) => list.nameColumnOf?.get(c));
    expect(sheet.rows.slice(1, 9).map((r) => r[15])).toEqual(["DS!B4", "DS!B5", "DS!B6", "DS!B7", "DS!B8", "DS!G4", "DS!G5", "DS!G6"]);
  });

  it("checks each Cộng against its own list's rows, on its own cell", () => {
    const list = read(twoHamlets(1400000, 1100000, 2500000), MERGES);
    expect(codesOf(list).filter((c) => c.endsWith("mismatch"))).toEqual(["C9 subtotal-mismatch", "H9 subtotal-mismatch"]);
    expect(messageAt(list, "C9")).toContain("ghi 1.400.000 đ nhưng các dòng của mục cộng lại 1.500.000 đ");
    expect(messageAt(list, "H9")).toContain("ghi 1.100.000 đ nhưng các dòng của mục cộng lại 1.000.000 đ");
  });

  it("accepts a grand total that sums both lists, and flags one that sums neither", () => {
    const right = read(twoHamlets(1500000, 1000000, 2500000), MERGES);
    expect(codesOf(right).filter((c) => c.endsWith("mismatch"))).toEqual([]);
    expect(right.contributions.some((c) => c.row === 10)).toBe(false);

    const wrong = read(twoHamlets(1500000, 1000000, 2700000), MERGES);
    expect(codesOf(wrong).filter((c) => c.endsWith("mismatch"))).toEqual(["C10 total-mismatch"]);
    expect(messageAt(wrong, "C10")).toBe(
      'Trang "DS", ô C10: Tổng cộng ghi 2.700.000 đ nhưng các dòng của các danh sách đặt cạnh nhau trên trang cộng lại 2.500.000 đ (chênh 200.000 đ).',
    );
    expect(wrong.roles[10]).toBe("total");
    expect(wrong.contributions).toHaveLength(8);
  });

  it("reads a right-hand list longer than the left, with the grand total of both typed under it", () => {
    const list = read([
      ["THÔN 1", null, null, null, null, "THÔN 2"],
      ["STT", "Họ và tên", "Số tiền", null, null, "STT", "Họ và tên", "Số tiền"],
      [1, "Đinh Văn Bắc", 100000, null, null, 1, "Vũ Văn Khang", 200000],
      [null, "Cộng", 100000, null, null, 2, "Tống Thị Lan", 300000],
      [null, null, null, null, null, 3, "Hà Văn Minh", 400000],
      [null, null, null, null, null, null, "Cộng", 900000],
      [null, null, null, null, null, null, "Tổng cộng cả hai thôn", 1000000],
    ]);
    expect(list.contributions.map((c) => [c.row, c.name, c.unit])).toEqual([
      [3, "Đinh Văn Bắc", "THÔN 1"],
      [3, "Vũ Văn Khang", "THÔN 2"],
      [4, "Tống Thị Lan", "THÔN 2"],
      [5, "Hà Văn Minh", "THÔN 2"],
    ]);
    // Row 4 holds the left list's Cộng and a donor of the right one: a data row.
    expect([4, 5, 6, 7].map((r) => list.roles[r])).toEqual(["data", "data", "subtotal", "total"]);
    expect(codesOf(list)).toEqual([]);
  });

  it("reads the right-hand list with its own columns where they are typed in another order", () => {
    const list = read([
      ["THÔN 1", null, null, null, null, "THÔN 2"],
      ["STT", "Họ và tên", "Số tiền", "Ngày công", null, "STT", "Số tiền", "Ngày công", "Họ và tên"],
      [1, "Đinh Văn Bắc", 300000, 2, null, 1, 400000, null, "Vũ Văn Khang"],
      [2, "Phạm Thị Cúc", 200000, 1, null, 2, "abc", 2, "Tống Thị Lan"],
      [null, "Cộng", 500000, 3, null, null, 400000, 2, "Cộng"],
    ]);
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.days, c.unit])).toEqual([
      [3, "Đinh Văn Bắc", 300000, 2, "THÔN 1"],
      [4, "Phạm Thị Cúc", 200000, 1, "THÔN 1"],
      [3, "Vũ Văn Khang", 400000, 0, "THÔN 2"],
    ]);
    // The unreadable amount of the right list is its own G4; its Cộng (typed in I, the name column) sums its readable row.
    expect(codesOf(list)).toEqual(["G4 unreadable-amount"]);
    expect(list.nameColumnOf?.get(list.contributions[2])).toBe("I");
  });

  // A guard, as asked: a single list reads as it did before lists side by side were read (this one passes on the old code too).
  it("reads a list with a block of notes beside it as before, and says nothing of a second list", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền", null, "Ghi chú chung"],
      [1, "Đinh Văn Bắc", 300000, null, "Tiền nộp về thủ quỹ xã"],
      [2, "Phạm Thị Cúc", 200000],
      [null, "Tổng cộng", 500000],
    ]);
    expect(list.contributions.map((c) => [c.row, c.name, c.amount])).toEqual([
      [2, "Đinh Văn Bắc", 300000],
      [3, "Phạm Thị Cúc", 200000],
    ]);
    expect(codesOf(list)).toEqual([]);
    expect(list.roles[4]).toBe("total");
    expect(list.nameColumnOf).toBeUndefined();
  });

  it("keeps the warning where the block beside is not a list of contributions, and reads the left one alone", () => {
    const list = read(
      [
        ["THÔN 1", null, null, null, null, "BAN VẬN ĐỘNG"],
        ["STT", "Họ và tên", "Số tiền", "Ký nhận", null, "STT", "Họ và tên", "Chức vụ", "Ký nhận"],
        [1, "Đinh Văn Bắc", 300000, null, null, 1, "Vũ Văn Khang", "Trưởng ban"],
        [2, "Phạm Thị Cúc", 200000, null, null, 2, "Tống Thị Lan", "Thư ký"],
        [null, "Cộng", 500000],
      ],
      ["A1:D1", "F1:I1"],
    );
    expect(list.contributions.map((c) => [c.name, c.amount, c.unit])).toEqual([
      ["Đinh Văn Bắc", 300000, "THÔN 1"],
      ["Phạm Thị Cúc", 200000, "THÔN 1"],
    ]);
    expect(codesOf(list)).toEqual(["F2 second-list"]);
    expect(messageAt(list, "F2")).toMatch(/^Trang "DS", ô F2: cột "STT" mở đầu một bảng khác đặt bên phải, không đọc được như một danh sách ủng hộ/);
    expect(list.roles[5]).toBe("subtotal");
  });
});

describe("repeats between lists on one sheet", () => {
  it("tells a receipt number used on both sides for two donors, and a donor typed on both sides, on the right-hand cells", () => {
    const grid: CellValue[][] = [
      ["DANH SÁCH ỦNG HỘ"],
      ["ẤP KINH 1", null, null, null, null, "ẤP KINH 2"],
      ["STT", "Họ và tên", "Số tiền (đồng)", "Số phiếu thu", null, "STT", "Họ và tên", "Số tiền (đồng)", "Số phiếu thu"],
      [1, "Danh Sơn", 300000, "PT01", null, 1, "Huỳnh Văn Sáu", 500000, "PT01"],
      [2, "Lý Thị Hồng", 200000, "PT02", null, 2, "Lý Thị Hồng", 200000, "PT02"],
    ];
    const list = read(grid, ["A1:I1", "A2:D2", "F2:I2"]);
    expect(list.contributions).toHaveLength(4);
    expect(list.diagnostics.filter((d) => d.code === "receipt-reused" || d.code === "duplicate-row").map((d) => d.message)).toEqual([
      'Trang "DS", ô I4: số phiếu thu "PT01" đã dùng cho "Danh Sơn" ở dòng 4.',
      'Trang "DS", ô G5: dòng trùng hoàn toàn với dòng 5 ("Lý Thị Hồng"): có thể gõ hai lần.',
    ]);
  });
});

describe("lists side by side under a mapping a person confirmed", () => {
  const rows = (): CellValue[][] => twoHamlets(1500000, 1000000, 2500000);

  it("reads the list beside the confirmed one as it reads it unconfirmed", () => {
    const grid = gridOf(rows(), MERGES);
    const match = matchFromMapping(grid, CONTRIBUTION_TABLE, { headerRows: [3], mapping: { seq: "A", name: "B", amount: "C" } });
    expect(match.besideFrom).toBe(6);
    const list = readContributionList(grid, match, { campaignYear: 2024 });
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.unit])).toEqual(read(rows(), MERGES).contributions.map((c) => [c.row, c.name, c.amount, c.unit]));
    expect(list.contributions.filter((c) => c.unit === "ẤP KINH 2").map((c) => c.name)).toEqual(["Huỳnh Văn Sáu", "Lý Thị Hồng", "Danh Hùng"]);
    expect(codesOf(list)).toEqual(["H5 money-notation"]);
    expect(list.nameColumnOf?.size).toBe(3);
  });

  it("sees a list beside only right of every confirmed column: a mapping that chose a column there keeps one table", () => {
    const grid = gridOf(rows(), MERGES);
    const confirmed = (mapping: Record<string, string>) => matchFromMapping(grid, CONTRIBUTION_TABLE, { headerRows: [3], mapping });
    expect(confirmed({ name: "B", amount: "C", note: "D" }).besideFrom).toBe(6);
    // The person said the table runs on to I: its columns are read as confirmed, and no list beside.
    const runsOn = confirmed({ name: "B", amount: "C", note: "I" });
    expect(runsOn.besideFrom).toBeUndefined();
    expect(readContributionList(grid, runsOn, { campaignYear: 2024 }).contributions.map((c) => c.name)).toEqual([
      "Danh Sơn",
      "Thạch Thị Sa Rương",
      "Nguyễn Văn Tốt",
      "Lê Văn Mến",
      "Trần Thị Út",
    ]);
    // Headings typed once, and one typed again in a note, are no list beside.
    const one = gridOf([["STT", "Họ và tên", "Số tiền", "Ghi chú"], [1, "Danh Sơn", 300000, "Số tiền nộp sau"]]);
    expect(matchFromMapping(one, CONTRIBUTION_TABLE, { headerRows: [1], mapping: { name: "B", amount: "C" } }).besideFrom).toBeUndefined();
  });
});
