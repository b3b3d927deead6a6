/**
 * Cells and names an eleventh probe of unseen lists found misread: name cells of several lines
 * pasted from Zalo, a day named by a section row, a remark in brackets under a name, a hamlet
 * whose name holds "Trường", money and days in notations offices use.
 */
import { readContributionList } from "../../../src/domain/contributions/normalize";
import { hasPersonalNumber } from "../../../src/domain/reports/privacy";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, gridOf, messageAt, read } from "./smallLists";

describe("a section row naming the day, on a list with no date column (probe 11 V06)", () => {
  const rows: CellValue[][] = [
    ["STT", "Họ và tên", "Xóm", "Số tiền (đồng)"],
    ["Ngày 03/6/2024", null, null, null],
    [1, "Phạm Văn Cường", "Xóm 1", 500000],
    [2, "Bùi Thị Lan", "Xóm 1", 300000],
    ["Thứ Hai, ngày 10/6/2024", null, null, null],
    [3, "Vũ Văn Thịnh", "Xóm 2", 400000],
    ["Ngày 17 tháng 6 năm 2024", null, null, null],
    [4, "Đỗ Văn Bắc", "Xóm 3", 700000],
    [null, "Tổng cộng", null, 1900000],
  ];

  it("gives the rows under it that day, told once on the section row, and keeps their unit", () => {
    const list = read(rows, ["A2:D2", "A5:D5", "A7:D7"]);
    expect(list.contributions.map((c) => [c.name, c.date, c.unit])).toEqual([
      ["Phạm Văn Cường", "2024-06-03", "Xóm 1"],
      ["Bùi Thị Lan", "2024-06-03", "Xóm 1"],
      ["Vũ Văn Thịnh", "2024-06-10", "Xóm 2"],
      ["Đỗ Văn Bắc", "2024-06-17", "Xóm 3"],
    ]);
    expect([list.roles[2], list.roles[5], list.roles[7]]).toEqual(["section", "section", "section"]);
    expect(codesOf(list)).toEqual(["B2 date-carried", "B5 date-carried", "B7 date-carried"]);
    expect(messageAt(list, "B5")).toContain("10/06/2024");
  });

  it("still warns of a day outside the campaign, on the section row", () => {
    const grid = gridOf(rows, ["A2:D2", "A5:D5", "A7:D7"]);
    const match = detectHeaderRows(grid, CONTRIBUTION_TABLE);
    if (!match) throw new Error("no header");
    const list = readContributionList(grid, match, { campaignYear: 2024, period: { from: "2024-06-01", to: "2024-06-15" } });
    expect(codesOf(list)).toEqual(["B2 date-carried", "B5 date-carried", "B7 date-carried", "B7 date-outside-period"]);
    expect(list.contributions[3].date).toBe("2024-06-17");
  });
});

describe("a remark in brackets alone on the row under a donor (probe 11 V02)", () => {
  it("keeps it in the donor's note, not in the name", () => {
    const list = read([
      ["STT", "Họ và tên, địa chỉ", "Số tiền (đồng)", "Ghi chú"],
      [1, "Hồ Văn Lương", 5000000, null],
      [null, "(Con ông Hồ Văn Tư, đang công tác tại TP Hồ Chí Minh)", null, null],
      [2, "Phan Thị Hải", 2000000, "CK"],
      [null, "(con dâu bà Tư)", null, null],
    ]);
    expect(list.contributions.map((c) => [c.name, c.note])).toEqual([
      ["Hồ Văn Lương", "Con ông Hồ Văn Tư, đang công tác tại TP Hồ Chí Minh"],
      ["Phan Thị Hải", "CK; con dâu bà Tư"],
    ]);
    expect(codesOf(list)).toEqual([]);
  });
});

describe("a hamlet whose name holds “Trường” (probe 11 V13)", () => {
  it("reads its people as households, not staff of a school", () => {
    const list = read([
      ["STT", "Họ tên chủ hộ", "Thôn", "Số tiền (đồng)"],
      [1, "Lê Văn Thiệu", "Thôn Yên Trường", 500000],
      [2, "Nguyễn Thị Quế", "Xóm Trường Sơn", 500000],
      [3, "Trịnh Văn Toản", "Trường THCS Thọ Lập", 500000],
    ]);
    expect(list.contributions.map((c) => c.kind)).toEqual(["household", "household", "staff"]);
  });
});

describe("money and days in notations offices use (probe 11 V05, V04)", () => {
  it("reads a comma left before đ and a closing “=” with a fixed note, and leaves a formula typed as text unread", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền (đồng)"],
      [1, "Nguyễn Văn Tám", "500.000,đ"],
      [2, "Lê Thị Bảy", "300.000="],
      [3, "Lê Văn Mười", "=500000*2"],
    ]);
    expect(list.contributions.map((c) => [c.name, c.amount])).toEqual([
      ["Nguyễn Văn Tám", 500000],
      ["Lê Thị Bảy", 300000],
    ]);
    expect(codesOf(list)).toEqual(["C2 money-notation", "C3 money-notation", "C4 unreadable-amount"]);
  });

  it("reads a mixed fraction of days", () => {
    const list = read([
      ["STT", "Họ và tên", "Số ngày công"],
      [1, "Chu Văn Đức", "1 1/2"],
      [2, "Lăng Văn Khải", "2 3/4 ngày"],
    ]);
    expect(list.contributions.map((c) => c.days)).toEqual([1.5, 2.75]);
    expect(codesOf(list)).toEqual(["C2 days-notation", "C3 days-notation"]);
  });
});

describe("name cells of several lines, pasted from Zalo (probe 11 V11)", () => {
  const rows: CellValue[][] = [
    ["STT", "Họ và tên", "Số tiền (đồng)", "Ghi chú"],
    [1, "Nguyễn Văn An\n0912 345 678", 500000, null],
    [2, "Lê Văn Cường\n500k", null, null],
    [3, "Hoàng Văn Em\nủng hộ 1tr\nthôn 2", 1000000, "TM"],
    [4, "Công ty TNHH Xây dựng và\nThương mại Hoàng Long", 2000000, null],
    [5, "Trần Văn Dũng", null, null],
  ];

  it("keeps only the name in the name, the other lines in the note, and never a phone number in the name", () => {
    const list = read(rows);
    expect(list.contributions.map((c) => [c.name, c.amount, c.note])).toEqual([
      ["Nguyễn Văn An", 500000, "0912 345 678"],
      ["Lê Văn Cường", 500000, ""],
      ["Hoàng Văn Em", 1000000, "TM; ủng hộ 1tr; thôn 2"],
      ["Công ty TNHH Xây dựng và Thương mại Hoàng Long", 2000000, ""],
    ]);
    expect(list.contributions.some((c) => hasPersonalNumber(c.name))).toBe(false);
    expect(list.diagnostics.find((d) => d.code === "name-lines")?.message).toContain("số điện thoại");
  });

  it("takes the amount from the name cell's own line when the amount cell is blank, with a warning, never silently", () => {
    const list = read(rows);
    const warned = list.diagnostics.find((d) => d.code === "amount-in-name");
    expect([warned?.cell, warned?.severity]).toEqual(["C3", "warning"]);
    expect(warned?.message).toContain("B3");
    expect(codesOf(list)).toEqual(["B2 name-lines", "C3 amount-in-name", "C3 money-notation", "B3 name-lines", "B4 name-lines", "B5 spacing"]);
    // A name with nothing given, on one line, is still no contribution.
    expect(list.contributions.map((c) => c.row)).not.toContain(6);
  });

  it("reads a chat message pasted whole as its sender, what they wrote in the note, and the channel it names", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền (đồng)"],
      [1, "[20:15] Nguyễn Thị Hồng: ck 200k nha", 200000],
      [2, "[Tổ 3] Trần Văn Bảy", 100000],
    ]);
    expect(list.contributions.map((c) => [c.name, c.note, c.channel])).toEqual([
      ["Nguyễn Thị Hồng", "ck 200k nha", "transfer"],
      ["[Tổ 3] Trần Văn Bảy", "", null],
    ]);
    expect(codesOf(list).filter((c) => c.endsWith("name-lines"))).toEqual(["B2 name-lines"]);
  });
});
