/**
 * Rows a ninth probe of unseen lists found misread: a household column beside its members'
 * names, a thôn block's own header worded otherwise than the first, and money typed with labour
 * days or as an amount per person in one cell.
 */
import { detectHeaderRows, mappingOf } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, gridOf, messageAt, read } from "./smallLists";




describe("a household column beside its members' names", () => {
  const header: CellValue[] = ["STT", "Hộ gia đình", "Họ tên thành viên", "Quan hệ", "Ngày công", "Số tiền (đồng)", "Ngày nộp"];

  it("names each row by its member, keeps the household (merged over its members) in the note, and counts the merged money once", () => {
    const list = read(
      [
        header,
        [1, "Hộ ông Phạm Văn Tâm", "Phạm Văn Tâm", "Chủ hộ", 2, 500000, "10/3/2024"],
        [null, null, "Vũ Thị Hòa", "Vợ", 2, null, null],
        [2, "Hộ bà Đỗ Thị Nết", "Đỗ Thị Nết", "Chủ hộ", 1, 200000, "11/3/2024"],
        [null, "Cộng", null, null, 5, 700000],
      ],
      ["A2:A3", "B2:B3", "F2:F3", "G2:G3"],
    );
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.days, c.date, c.note])).toEqual([
      [2, "Phạm Văn Tâm", 500000, 2, "2024-03-10", "Hộ ông Phạm Văn Tâm"],
      [3, "Vũ Thị Hòa", 0, 2, "2024-03-10", "Hộ ông Phạm Văn Tâm"],
      [4, "Đỗ Thị Nết", 200000, 1, "2024-03-11", "Hộ bà Đỗ Thị Nết"],
    ]);
    expect(codesOf(list).filter((c) => !c.endsWith("date-notation"))).toEqual([]);
  });

  it("keeps the row's own note after its household", () => {
    const list = read([
      ["STT", "Hộ gia đình", "Họ và tên", "Số tiền", "Ghi chú"],
      [1, "Hộ ông Bùi Văn Khải", "Bùi Văn Khải", 300000, "Nộp thay con"],
    ]);
    expect(list.contributions.map((c) => [c.name, c.note])).toEqual([["Bùi Văn Khải", "Hộ ông Bùi Văn Khải; Nộp thay con"]]);
  });

  it("takes a Hộ gia đình column as the name where the list names no one else", () => {
    const match = detectHeaderRows(gridOf([["STT", "Hộ gia đình", "Số tiền"], [1, "Hộ ông Trần Văn Đông", 1000000]]), CONTRIBUTION_TABLE);
    expect(mappingOf(match!)).toMatchObject({ name: "B", amount: "C" });
  });

  it("still joins a name split over Họ và đệm | Tên", () => {
    const list = read([
      ["STT", "Họ và đệm", "Tên", "Số tiền"],
      [1, "Nguyễn Văn", "An", 300000],
    ]);
    expect(list.contributions.map((c) => c.name)).toEqual(["Nguyễn Văn An"]);
  });
});

describe("a whole-commune list in blocks, each with its own header", () => {
  it("skips a block's header worded otherwise than the first as a header, reading the rows under it with the list's columns", () => {
    const list = read([
      ["THÔN ĐÔNG KẾT"],
      ["STT", "Họ và tên chủ hộ", "Số tiền (đồng)", "Ngày nộp", "Ký nhận"],
      [1, "Đỗ Văn Thịnh", 500000, "02/5/2024"],
      [null, "Cộng thôn Đông Kết", 500000],
      [],
      ["THÔN BÌNH KIỀU"],
      ["TT", "Họ tên chủ hộ", "Số tiền", "Ngày nộp", "Ký tên"],
      [1, "Phạm Văn Đạt", 200000, "05/5/2024"],
      [2, "Trần Thị Nhung", 500000, "05/5/2024"],
      [null, "Cộng thôn Bình Kiều", 700000],
      [],
      [null, "TỔNG CỘNG TOÀN XÃ", 1200000],
    ]);
    expect(list.roles[7]).toBe("header");
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.unit])).toEqual([
      [3, "Đỗ Văn Thịnh", 500000, "THÔN ĐÔNG KẾT"],
      [8, "Phạm Văn Đạt", 200000, "THÔN BÌNH KIỀU"],
      [9, "Trần Thị Nhung", 500000, "THÔN BÌNH KIỀU"],
    ]);
    expect(codesOf(list).filter((c) => !c.endsWith("date-notation"))).toEqual([]);
  });

  it("still reads a donor row whose amount is text", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền"],
      [null, "Tên Văn Sơn", "500 nghìn"],
    ]);
    expect(list.contributions.map((c) => [c.name, c.amount])).toEqual([["Tên Văn Sơn", 500000]]);
  });
});

describe("money typed with labour days, or per person, in one cell", () => {
  it('reads "500k + 2 ngày công" as 500.000 đ and 2 labour days, telling so, and the total then agrees', () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền ủng hộ"],
      [1, "Lê Văn Hùng", "1tr"],
      [2, "Đặng Văn Tài", "500k + 2 ngày công"],
      [null, "Tổng cộng", 1500000],
    ]);
    expect(list.contributions.map((c) => [c.name, c.amount, c.days])).toEqual([
      ["Lê Văn Hùng", 1000000, 0],
      ["Đặng Văn Tài", 500000, 2],
    ]);
    expect(codesOf(list)).toEqual(["C2 money-notation", "C3 money-notation"]);
    expect(messageAt(list, "C3")).toContain("500.000 đ và 2 ngày công");
    expect(list.diagnostics.find((d) => d.cell === "C3")?.fix).toBeUndefined();
  });

  it('reads "200.000 x 3 khẩu" as 600.000 đ, telling the product', () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền (đồng)"],
      [1, "Mông Thị Lan", "200.000 x 3 khẩu"],
      [2, "Hà Văn Lâm", "3 người × 100.000đ"],
      [null, "Tổng cộng", 900000],
    ]);
    expect(list.contributions.map((c) => [c.name, c.amount])).toEqual([
      ["Mông Thị Lan", 600000],
      ["Hà Văn Lâm", 300000],
    ]);
    expect(codesOf(list)).toEqual(["C2 money-notation", "C3 money-notation"]);
    expect(messageAt(list, "C2")).toContain("200.000 đ × 3 khẩu");
    expect(list.diagnostics.find((d) => d.cell === "C2")?.fix?.value).toBe(600000);
  });

  it("still refuses a product or sum that is not one, as an error", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền (đồng)"],
      [1, "Lý Văn Hòa", "200.000 x abc"],
      [2, "Vi Thị Thanh", "2 ngày công + 1 buổi"],
    ]);
    expect(list.contributions).toEqual([]);
    expect(codesOf(list)).toEqual(["C2 unreadable-amount", "C3 unreadable-amount"]);
  });
});
