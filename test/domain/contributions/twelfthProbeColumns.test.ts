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
