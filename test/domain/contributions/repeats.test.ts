/**
 * Rows typed twice and receipts used for two donors are found once the list is read; their
 * warnings must stand where each row's check would have put them, in the order of the rows.
 */
import { readContributionList, type ContributionList } from "../../../src/domain/contributions/normalize";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";

function read(values: CellValue[][]): ContributionList {
  const grid = { sheet: "DS", origin: { row: 1, col: 1 }, values };
  return readContributionList(grid, detectHeaderRows(grid, CONTRIBUTION_TABLE)!, { campaignYear: 2024 });
}

const HEADER: CellValue[] = ["STT", "Họ và tên", "Đơn vị", "Số tiền", "Ngày nộp", "Số phiếu thu"];
const codes = (list: ContributionList) => list.diagnostics.map((d) => `${d.cell} ${d.code}`);

describe("rows typed twice and receipts used twice", () => {
  it("puts each warning among the others in the order of the rows, a row's duplicate before its receipt", () => {
    const list = read([
      HEADER,
      [1, "Nguyễn Văn An", "Thôn Đông", "200k", "7/5/2024", "PT01"],
      [2, "Trần Thị Bình", "Thôn Đông", "300k", "8/5/2024", "PT02"],
      [3, "Nguyễn Văn An", "Thôn Đông", "200k", "7/5/2024", "PT01"],
      [4, "Lê Văn Cường", "Thôn Đông", "150.500", "9/5/2024", "PT02"],
      [5, "Nguyễn Văn An", "Thôn Đông", 200000, 45419, "PT 01"],
    ]);
    expect(codes(list)).toEqual([
      "D2 money-notation",
      "E2 date-notation",
      "D3 money-notation",
      "E3 date-notation",
      "D4 money-notation",
      "E4 date-notation",
      "B4 duplicate-row",
      "D5 money-notation",
      "E5 date-notation",
      "D5 not-multiple-of-1000",
      "F5 receipt-reused",
      // Row 6 types the receipt "PT 01": the same receipt for the same donor, but not the same row typed twice.
      "E6 date-notation",
    ]);
    const byCell = new Map(list.diagnostics.map((d) => [`${d.cell} ${d.code}`, d.message]));
    expect(byCell.get("B4 duplicate-row")).toBe(`Trang "DS", ô B4: dòng trùng hoàn toàn với dòng 2 ("Nguyễn Văn An"): có thể gõ hai lần.`);
    expect(byCell.get("F5 receipt-reused")).toBe(`Trang "DS", ô F5: số phiếu thu "PT02" đã dùng cho "Trần Thị Bình" ở dòng 3.`);
    // Duplicates stay contributions: a person decides.
    expect(list.contributions.map((c) => c.row)).toEqual([2, 3, 4, 5, 6]);
  });

  it("counts the receipt of a row that cannot be used, before and after the contributions that share it", () => {
    const list = read([
      HEADER,
      [1, "Nguyễn Văn An", "Thôn Đông", "abc", "7/5/2024", "PT07"],
      [2, "Trần Thị Bình", "Thôn Đông", 300000, 45420, "PT07"],
      [3, "Lê Văn Cường", "Thôn Đông", -5000, 45421, "PT08"],
      [4, "Phạm Thị Dung", "Thôn Đông", 100000, 45422, "pt08"],
    ]);
    expect(codes(list).filter((c) => !c.includes("notation"))).toEqual(["D2 unreadable-amount", "F3 receipt-reused", "D4 negative-amount", "F5 receipt-reused"]);
  });

  it("finds every copy of a row pasted many times, each pointing at the first", () => {
    const copies = 3000;
    const rows: CellValue[][] = [HEADER];
    for (let i = 0; i < copies; i++) rows.push([i + 1, "Nguyễn Văn An", "Thôn Đông", 200000, 45419, ""]);
    const list = read(rows);
    const repeats = list.diagnostics.filter((d) => d.code === "duplicate-row");
    expect(repeats).toHaveLength(copies - 1);
    expect(repeats.every((d) => d.message.includes("với dòng 2 "))).toBe(true);
    expect(repeats.map((d) => d.row)).toEqual(Array.from({ length: copies - 1 }, (_, i) => i + 3));
  });

  it("keeps the warnings of a list that also sums itself, the total's check last", () => {
    const list = read([
      HEADER,
      ["", "Tổng cộng", "", 900000],
      [1, "Nguyễn Văn An", "Thôn Đông", 200000, 45419, "PT01"],
      [2, "Nguyễn Văn An", "Thôn Đông", 200000, 45419, "PT01"],
    ]);
    expect(codes(list).filter((c) => !c.includes("notation"))).toEqual(["B4 duplicate-row", "D2 total-mismatch"]);
  });
});
