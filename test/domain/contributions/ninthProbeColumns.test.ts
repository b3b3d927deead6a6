/**
 * Lists a ninth probe of unseen lists found misread: a staff list's quota in labour days beside
 * its money, last year's money kept beside this year's, enterprises' goods with their value.
 */
import { campaignYearOfList } from "../../../src/domain/contributions/campaign";
import { readContributionList, type ContributionList } from "../../../src/domain/contributions/normalize";
import { detectHeaderRows, mappingOf } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, gridOf } from "./smallLists";


/** Read as the app reads a list: with the campaign year the list itself gives, unless one is set. */
function read(values: CellValue[][], campaignYear?: number): ContributionList {
  const grid = gridOf(values);
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE);
  if (!match) throw new Error("no header");
  return readContributionList(grid, match, { campaignYear: campaignYear ?? campaignYearOfList(grid, match) });
}


describe("a staff list's quota in labour days beside its money", () => {
  const header: CellValue[] = ["STT", "Họ và tên", "Chức vụ", "Hệ số lương", "Hệ số phụ cấp", "Thu nhập (đồng)", "Mức đóng (ngày công)", "Số tiền (đồng)", "Ghi chú"];

  it("takes Số tiền as the money, never Mức đóng (ngày công): 3 is days owed, not 3 đ", () => {
    const list = read([
      header,
      [1, "Trần Văn Khoa", "Trưởng Công an xã", 4.32, 0.2, 10576800, 3, 450000, null],
      [2, "Phạm Văn Tín", "Công an viên", 1.86, 0, 4352400, 2, 300000, null],
    ]);
    expect(list.contributions.map((c) => [c.name, c.amount])).toEqual([
      ["Trần Văn Khoa", 450000],
      ["Phạm Văn Tín", 300000],
    ]);
    expect(codesOf(list)).toEqual([]);
  });

  it("does not take a heading counted in days as money, whatever words head it", () => {
    const match = detectHeaderRows(gridOf([["STT", "Họ và tên", "Đóng góp (công)", "Số tiền"], [1, "Lê Văn Phước", 2, 300000]]), CONTRIBUTION_TABLE);
    expect(mappingOf(match!).amount).toBe("D");
  });
});

describe("last year's money kept beside this year's", () => {
  const title: CellValue[] = ["DANH SÁCH HỘ GIA ĐÌNH ỦNG HỘ XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU NĂM 2024"];
  const header: CellValue[] = ["STT", "Họ và tên", "Thôn", "Số tiền năm 2023 (đồng)", "Số tiền năm 2024 (đồng)", "Ngày nộp", "Ghi chú"];
  const rows: CellValue[][] = [
    [1, "Nguyễn Thị Vân", "Đông Mật", 300000, 500000, "03/4/2024", null],
    [2, "Đỗ Thị Hương", "Đông Mật", 200000, null, null, "Chưa nộp"],
    [3, "Phùng Văn Sơn", "Tiên Lữ", null, 500000, "08/4/2024", null],
  ];

  it("reads the column of the year the title gives; a household paid last year only gave nothing this year", () => {
    const list = read([title, header, ...rows]);
    expect(list.contributions.map((c) => [c.row, c.amount])).toEqual([
      [3, 500000],
      [5, 500000],
    ]);
  });

  it("reads last year's column where the campaign is last year's, and the latest year where no year is known", () => {
    const newFirst = [header.map((h, i) => (i === 3 ? header[4] : i === 4 ? header[3] : h)), [1, "Nguyễn Thị Vân", "Đông Mật", 500000, 300000, null, null]];
    expect(read(newFirst, 2023).contributions.map((c) => c.amount)).toEqual([300000]);
    const grid = gridOf([header, ...rows]);
    const match = detectHeaderRows(grid, CONTRIBUTION_TABLE)!;
    expect(readContributionList(grid, match, {}).contributions.map((c) => [c.row, c.amount])).toEqual([
      [2, 500000],
      [4, 500000],
    ]);
    // What was read is what the list says it mapped.
    expect(mappingOf(match).amount).toBe("E");
  });
});

describe("enterprises' goods with their value", () => {
  it("reads Hàng hóa ủng hộ as the goods and Giá trị hàng hóa as their value, and keeps a row of goods only", () => {
    const list = read([
      ["STT", "Tên doanh nghiệp", "Mã số thuế", "Hàng hóa ủng hộ", "ĐVT", "Số lượng", "Giá trị hàng hóa (đồng)", "Tiền mặt (đồng)", "Tổng giá trị (đồng)"],
      [1, "Công ty TNHH Xây dựng Phú Thịnh", "3700145678", "Xi măng PCB40", "tấn", 10, 16500000, 5000000, 21500000],
      [2, "Công ty CP Vật liệu xây dựng Bình Dương", 3701234567, "Đá 1x2", "m3", 20, 9000000, null, 9000000],
      [3, "DNTN Thanh Bình", "3702345678-001", null, null, null, null, 3000000, 3000000],
    ], 2024);
    expect(list.contributions.map((c) => [c.row, c.amount, c.inKindDescription, c.inKindValue])).toEqual([
      [2, 5000000, "Xi măng PCB40 10 tấn", 16500000],
      [3, 0, "Đá 1x2 20 m3", 9000000],
      [4, 3000000, "", 0],
    ]);
    expect(codesOf(list)).toEqual([]);
  });
});
