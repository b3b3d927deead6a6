/**
 * Rows that sum others without a "Cộng" a twelfth probe found read as donors: a household's row
 * over its members' lines (probe 12 W03) and bare subtotal figures under groups (W15).
 */
import { isMemberLine, isUnlabelledSubtotal, namesAHousehold, sumsItsMembers } from "../../../src/domain/contributions/subtotals";
import type { CellValue } from "../../../src/domain/sheet/types";
import type { ContributionList } from "../../../src/domain/contributions/normalize";
import { codesOf, messageAt, read } from "./smallLists";

/** What is told of the rows, the marks taken off members' names ("spacing", fixed) aside. */
const toldOf = (list: ContributionList) => codesOf(list).filter((c) => !c.endsWith(" spacing"));

const HEADER: CellValue[] = ["STT", "Họ và tên", "Quan hệ với chủ hộ", "Thôn", "Số tiền (đồng)"];

describe("a household's row over its members' lines (probe 12 W03)", () => {
  const households: CellValue[][] = [
    HEADER,
    [1, "Hộ ông Phạm Văn Long", "Chủ hộ", "Thôn Tân Bồi", 1500000],
    [null, "- Phạm Văn Long", "Chủ hộ", null, 500000],
    [null, "- Phạm Văn Hưng", "Con trai (Hải Phòng)", null, 1000000],
    [2, "Hộ ông Đặng Văn Thược", "Chủ hộ", "Thôn Tân Bồi", 400000],
    [3, "Vũ Văn Quảng", "Chủ hộ", "Thôn Tam Đồng", 2500000],
    [null, "+ Vũ Văn Quảng", "Chủ hộ", null, 500000],
    [null, "+ Vũ Văn Dương", "Con trai (Đức)", "Thôn Đông", 2000000],
    [null, "Tổng cộng", null, null, 4400000],
  ];

  it("reads the members, not the household's sum of them, and checks the total once", () => {
    const list = read(households);
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.unit])).toEqual([
      [3, "Phạm Văn Long", 500000, "Thôn Tân Bồi"],
      [4, "Phạm Văn Hưng", 1000000, "Thôn Tân Bồi"],
      [5, "Hộ ông Đặng Văn Thược", 400000, "Thôn Tân Bồi"],
      [7, "Vũ Văn Quảng", 500000, "Thôn Tam Đồng"],
      // A unit typed on the member's own line stands.
      [8, "Vũ Văn Dương", 2000000, "Thôn Đông"],
    ]);
    expect([list.roles[2], list.roles[6], list.roles[5]]).toEqual(["section", "section", "data"]);
    expect(list.contributions[0].note).toBe("Hộ ông Phạm Văn Long");
    expect(toldOf(list)).toEqual([]);
  });

  it("takes the figure typed, not a formula, as the members' sum, and a household named \"Cộng hộ …\" without STT too", () => {
    const list = read([
      HEADER,
      [null, "Cộng hộ bà Nguyễn Thị Mận", null, "Thôn Tân Bồi", 1000000],
      [null, "• Nguyễn Thị Mận", "Chủ hộ", null, 300000],
      [null, "• Bùi Văn Tùng", "Con rể", null, 700000],
      [1, "Trần Thị Lý", "Chủ hộ", "Thôn Tam Đồng", 300000],
      [null, "Tổng cộng", null, null, 1300000],
    ]);
    expect(list.contributions.map((c) => c.name)).toEqual(["Nguyễn Thị Mận", "Bùi Văn Tùng", "Trần Thị Lý"]);
    expect(list.roles[2]).toBe("section");
    expect(toldOf(list)).toEqual([]);
  });

  it("tells a household whose figure is not its members' on that row, and counts the members", () => {
    const list = read([
      HEADER,
      [1, "Hộ ông Phạm Văn Long", "Chủ hộ", "Thôn Tân Bồi", 1800000],
      [null, "- Phạm Văn Long", "Chủ hộ", null, 500000],
      [null, "- Phạm Văn Hưng", "Con trai", null, 1000000],
      [null, "Tổng cộng", null, null, 1500000],
    ]);
    expect(list.contributions.map((c) => c.amount)).toEqual([500000, 1000000]);
    expect(toldOf(list)).toEqual(["E2 subtotal-mismatch"]);
    expect(messageAt(list, "E2")).toContain("dòng của hộ ghi 1.800.000 đ nhưng các dòng thành viên của hộ cộng lại 1.500.000 đ");
  });

  it("keeps a donor's own gift where the lines under it give nothing, or where a donor's do not add up to it", () => {
    const list = read([
      HEADER,
      [1, "Hộ ông Phạm Văn Long", "Chủ hộ", "Thôn Tân Bồi", 1500000],
      [null, "- Phạm Văn Hưng", "Con trai", null, null],
      [2, "Nguyễn Văn Tâm", null, "Thôn Tân Bồi", 800000],
      [null, "- Nguyễn Văn Bình", "Con trai", null, 200000],
      [3, "Hộ ông Vũ Văn Quảng", "Chủ hộ", "Thôn Tam Đồng", 500000],
      [null, "- Vũ Văn Dương", "Con trai", null, 2000000],
    ]);
    // Row 7's household sums its member: 2.000.000 is what it should say (a mismatch), not a second gift.
    expect(list.contributions.map((c) => [c.row, c.amount])).toEqual([
      [2, 1500000],
      [4, 800000],
      [5, 200000],
      [7, 2000000],
    ]);
    expect(list.roles[6]).toBe("section");
    expect(toldOf(list)).toContain("E6 subtotal-mismatch");
  });
});

describe("subtotal rows with a figure and nothing else (probe 12 W15)", () => {
  const head: CellValue[] = ["STT", "Khu", "Họ và tên", "Số tiền (đồng)"];

  it("checks each as its group's subtotal, not a donor without a name, and the total against the donors", () => {
    const list = read([
      head,
      [1, "Khu 3", "Hà Văn Thịnh", 500000],
      [2, null, "Nguyễn Thị Xuân", 300000],
      [3, null, "Đinh Văn Bảo", 1000000],
      [null, null, null, 1800000],
      [4, "Khu 5", "Phùng Văn Lâm", 400000],
      [5, null, "Trần Thị Hiên", 500000],
      [null, null, null, 900000],
      [null, null, "Tổng cộng", 2700000],
    ]);
    expect(list.contributions).toHaveLength(5);
    expect([list.roles[5], list.roles[8], list.roles[9]]).toEqual(["subtotal", "subtotal", "total"]);
    expect(toldOf(list)).toEqual([]);
  });

  it("reads a bare grand total under bare subtotals as the total", () => {
    const list = read([
      head,
      [1, "Khu 3", "Hà Văn Thịnh", 500000],
      [2, null, "Nguyễn Thị Xuân", 300000],
      [null, null, null, 800000],
      [3, "Khu 5", "Phùng Văn Lâm", 400000],
      [4, null, "Trần Thị Hiên", 500000],
      [null, null, null, 900000],
      [null, null, null, 1700000],
    ]);
    expect([list.roles[4], list.roles[7], list.roles[8]]).toEqual(["subtotal", "subtotal", "total"]);
    expect(toldOf(list)).toEqual([]);
  });

  it("still tells a donor whose name was left out, giving as much as the one donor above or not what the rows add up to", () => {
    const list = read([
      head,
      [1, "Khu 3", "Hà Văn Thịnh", 500000],
      [2, null, "Nguyễn Thị Xuân", 300000],
      [null, null, null, 800000],
      [3, "Khu 5", "Phùng Văn Lâm", 400000],
      [null, null, null, 400000],
      [4, null, "Trần Thị Hiên", 500000],
      [null, null, null, 700000],
    ]);
    expect(list.roles[4]).toBe("subtotal");
    expect(toldOf(list)).toEqual(["C6 missing-name", "C8 missing-name"]);
  });
});

describe("the rules on their own", () => {
  it("knows a member's line by its mark", () => {
    expect(["- Phạm Văn Hưng", "+ Bùi Thị Thảo", "•Vũ Văn Dương", "– Lê Văn An"].map(isMemberLine)).toEqual([true, true, true, true]);
    expect(["Phạm Văn Hưng", "-", "- 500.000", "+84 912 345 678"].map(isMemberLine)).toEqual([false, false, false, false]);
  });

  it("knows a row that names a household, and not a family name Hồ", () => {
    expect(["Hộ ông Phạm Văn Long", "HỘ BÀ NGUYỄN THỊ MẬN", "Hộ gia đình ông Tâm", "Cộng hộ ông Long", "HGĐ Vũ Văn Quảng"].map(namesAHousehold)).toEqual([true, true, true, true, true]);
    expect(["Hồ Bá Tuấn", "Hồ Văn Lương", "Hội Nông dân xã"].map(namesAHousehold)).toEqual([false, false, false]);
  });

  it("takes a household's row as its members' sum only where that is what it is", () => {
    expect(sumsItsMembers(1500000, [500000, 1000000], false)).toBe(true);
    expect(sumsItsMembers(null, [500000], false)).toBe(true);
    expect(sumsItsMembers(1800000, [500000, 1000000], true)).toBe(true);
    expect(sumsItsMembers(1800000, [500000, 1000000], false)).toBe(false);
    expect(sumsItsMembers(1500000, [0, 0], true)).toBe(false);
    expect(sumsItsMembers(1500000, [], true)).toBe(false);
  });

  it("takes a bare figure as a subtotal only over two rows or more", () => {
    expect(isUnlabelledSubtotal(800000, 2, 800000)).toBe(true);
    expect(isUnlabelledSubtotal(500000, 1, 500000)).toBe(false);
    expect(isUnlabelledSubtotal(700000, 2, 800000)).toBe(false);
  });
});
