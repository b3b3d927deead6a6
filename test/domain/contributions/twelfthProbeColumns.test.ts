/**
 * Columns a twelfth probe of unseen lists found misread: a count of days taken for the date, a
 * per-person count taken for the row's days, "Thành tiền" beside the money read as goods, and
 * a column of donor kinds ("Đối tượng") left unread.
 */
import { readContributionList, type ContributionList } from "../../../src/domain/contributions/normalize";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";

function read(values: CellValue[][]): ContributionList {
  const grid = { sheet: "DS", origin: { row: 1, col: 1 }, values };
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE);
  if (!match) throw new Error("no header");
  return readContributionList(grid, match, { campaignYear: 2024 });
}

const codesOf = (list: ContributionList) => list.diagnostics.map((d) => `${d.cell} ${d.code}`);

describe("labour worked out as people × days", () => {
  const labour = (perPerson: string) => [
    ["STT", "Họ tên chủ hộ", "Xóm", "Số người tham gia", perPerson, "Tổng số công", "Quy ra tiền (đồng)", "Tiền mặt (đồng)"],
    [1, "Bùi Văn Hoan", "Bưa Cọ", 2, 3, 6, 900000, null],
    [2, "Quách Văn Tuấn", "Bưa Cọ", 2, 2.5, 5, 750000, 200000],
  ];

  it.each(["Số ngày", "Số ngày/người", "Số ngày làm"])("reads %s as a count of days, not the date", (heading) => {
    const list = read(labour(heading));
    expect(codesOf(list)).toEqual([]);
    expect(list.contributions.map((c) => [c.name, c.days, c.amount, c.date])).toEqual([
      ["Bùi Văn Hoan", 6, 0, null],
      ["Quách Văn Tuấn", 5, 200000, null],
    ]);
  });

  it("takes Tổng số công as the days beside Ngày công/người", () => {
    const list = read(labour("Ngày công/người"));
    expect(list.contributions.map((c) => c.days)).toEqual([6, 5]);
    expect(codesOf(list)).toEqual([]);
  });
});

describe("a column of donor kinds", () => {
  it.each([
    ["coded", ["HGĐ", "CBCC", "DN", "TC", "NHT"]],
    ["spelled out", ["Hộ gia đình", "Cán bộ, công chức", "Doanh nghiệp", "Tổ chức", "Nhà hảo tâm"]],
  ])("gives each row the kind its Đối tượng cell names (%s)", (_, codes) => {
    const list = read([
      ["STT", "Tên người / đơn vị ủng hộ", "Đối tượng", "Số tiền (đồng)"],
      [1, "Ô. Nguyễn Văn Hòa", codes[0], 500000],
      [2, "A. Lê Văn Tuấn", codes[1], 450000],
      [3, "HKD Tạp hóa Minh Châu", codes[2], 1000000],
      [4, "Trg THCS Thạch Long", codes[3], 2700000],
      [5, "Ô. Trần Đình Phú (Hà Nội)", codes[4], 10000000],
    ]);
    expect(list.contributions.map((c) => c.kind)).toEqual(["household", "staff", "enterprise", "organization", "individual"]);
    expect(codesOf(list)).toEqual([]);
  });

  it("leaves a row whose cell names no kind to its name", () => {
    const list = read([
      ["STT", "Họ và tên", "Đối tượng", "Số tiền"],
      [1, "Công ty TNHH Hưng Phát", "?", 500000],
      [2, "Nguyễn Văn An", "CBCC", 100000],
    ]);
    expect(list.contributions.map((c) => c.kind)).toEqual(["enterprise", "staff"]);
  });
});

describe("the money typed twice, in thousands and in đồng", () => {
  const header = ["STT", "Họ và tên chủ hộ", "Số tiền (nghìn đồng)", "Thành tiền (đồng)", "Ngày nộp"];

  it("reads Thành tiền beside the money as the same money in đồng, not as goods", () => {
    const list = read([header, [1, "Đỗ Văn Hào", 500, 500000], [2, "Nguyễn Thị Huế", 300, 300000], [null, "Tổng cộng", 800, 800000]]);
    expect(list.contributions.map((c) => [c.amount, c.inKindValue])).toEqual([
      [500000, 0],
      [300000, 0],
    ]);
    expect(codesOf(list)).toEqual([]);
  });

  it("records the figure in đồng where the two disagree, and says so on the row", () => {
    const list = read([header, [1, "Đỗ Văn Hào", 500, 500000], [2, "Nguyễn Thị Huế", 300, 350000], [3, "Lê Văn Trọng", 1000, 1000000]]);
    expect(list.contributions.map((c) => [c.amount, c.inKindValue])).toEqual([
      [500000, 0],
      [350000, 0],
      [1000000, 0],
    ]);
    expect(codesOf(list)).toEqual(["C3 amount-columns-differ"]);
    expect(list.diagnostics[0].message).toContain("350.000");
  });

  it("takes the figure in thousands where the đồng cell was left blank", () => {
    const list = read([header, [1, "Đỗ Văn Hào", 500, 500000], [2, "Nguyễn Thị Huế", 300, null]]);
    expect(list.contributions.map((c) => c.amount)).toEqual([500000, 300000]);
    expect(codesOf(list)).toEqual(["D3 converted-amount"]);
  });

  it("reads Thành tiền as the money where the column beside it is a rate, not the money again", () => {
    const list = read([
      ["STT", "Họ tên chủ hộ", "Số khẩu", "Mức đóng", "Thành tiền"],
      [1, "Nguyễn Văn An", 4, 50000, 200000],
      [2, "Trần Văn Bình", 3, 50000, 150000],
    ]);
    expect(list.contributions.map((c) => [c.amount, c.inKindValue])).toEqual([
      [200000, 0],
      [150000, 0],
    ]);
    expect(codesOf(list)).toEqual([]);
  });
});
