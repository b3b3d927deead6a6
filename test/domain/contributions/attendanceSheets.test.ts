/**
 * Bảng chấm công: labour days kept as one mark per day worked, in columns under a heading merged
 * over a row of dates (probe 7, lists R01 and R02).
 */
import { readContributionList, type ContributionList } from "../../../src/domain/contributions/normalize";
import { detectHeaderRows, mappingOf } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue, Grid } from "../../../src/domain/sheet/types";

/** 05/03, 12/03, 19/03 and 26/03/2024 as Excel keeps them. */
const MARCH = [45356, 45363, 45370, 45377];

/** A sheet whose header is on rows 1–2 (the rows of `formats` give the number formats of those rows). */
function sheet(values: CellValue[][], merges: string[], formats: Record<number, string[]> = {}): Grid {
  const f: string[][] = values.map((row, i) => formats[i + 1] ?? row.map(() => "General"));
  return { sheet: "Chấm công", origin: { row: 1, col: 1 }, values, merges, formats: f };
}

function read(grid: Grid): ContributionList {
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE);
  if (!match) throw new Error("no header");
  return readContributionList(grid, match, { campaignYear: 2024 });
}

const daysOf = (list: ContributionList) => list.contributions.map((c) => [c.row, c.days]);
const codesOf = (list: ContributionList) => list.diagnostics.filter((d) => d.code !== "kind-unknown").map((d) => `${d.cell} ${d.code}`);

describe("a bảng chấm công with real dates over its marks and a typed Tổng số công (R01)", () => {
  const grid = sheet(
    [
      ["STT", "Họ và tên", "Ngày làm", null, null, null, "Tổng số công", "Ghi chú"],
      [null, null, ...MARCH, null, null],
      [1, "Nguyễn Văn Hùng", "x", "x", "x", "x", 4, ""],
      [2, "Lê Thị Hằng", "X", "x", null, "x", 3, ""],
      [3, "Hoàng Văn Tú", 1, 1, 1, 1, 4, ""],
      [4, "Ma Văn Đông", "x", "½", "x", "v", 2.5, "Chiều 12/3 nghỉ"],
      [5, "Nông Thị Hoa", "0,5", "0,5", "x", "x", 3, ""],
      [6, "Triệu Văn Sơn", "v", "v", "v", "v", 0, "Đi làm xa"],
      [7, "Đinh Văn Quân", "x", "-", "x", "-", 2, ""],
      [8, "Lường Thị Thu", "x", "x", "x", null, 4, "Làm thay chồng 1 buổi"],
      [null, "Cộng", null, null, null, null, 26, null],
      [],
      [null, "Người chấm công", null, null, null, "Trưởng thôn"],
      [null, "Ma Văn Lộc", null, null, null, "Nông Văn Khánh"],
    ],
    ["A1:A2", "B1:B2", "C1:F1", "G1:G2", "H1:H2"],
    { 2: ["General", "General", "dd/mm", "dd/mm", "dd/mm", "dd/mm", "General", "General"] },
  );

  it("takes the row of dates into the header and maps no field onto the marks", () => {
    const match = detectHeaderRows(grid, CONTRIBUTION_TABLE)!;
    expect(match.headerRows).toEqual([1, 2]);
    expect(match.firstDataRow).toBe(3);
    expect(match.dayMarks).toEqual([3, 4, 5, 6]);
    expect(mappingOf(match)).toEqual({ seq: "A", name: "B", days: "G", note: "H" });
  });

  it("reads each person's days from the typed total, with no date, and a total of 0 as no contribution", () => {
    const list = read(grid);
    expect(daysOf(list)).toEqual([
      [3, 4],
      [4, 3],
      [5, 4],
      [6, 2.5],
      [7, 3],
      [9, 2],
      [10, 4],
    ]);
    expect(list.contributions.every((c) => c.date === null && c.amount === 0)).toBe(true);
    expect(list.roles[8]).toBe("data");
    expect([13, 14].map((r) => list.roles[r])).toEqual(["footer", "footer"]);
  });

  it("warns where the marks do not add up to the typed total, and only there", () => {
    const list = read(grid);
    expect(codesOf(list)).toEqual(["G10 days-marks-mismatch"]);
    const warning = list.diagnostics.find((d) => d.code === "days-marks-mismatch")!;
    expect(warning.message).toContain("ô G10");
    expect(warning.message).toContain("C–F");
  });
});

describe("a bảng chấm công with text dates over its marks and no total (R02)", () => {
  const grid = sheet(
    [
      ["STT", "Họ và tên chủ hộ", "Ngày công đóng góp", null, null, null, null, "Ghi chú"],
      [null, null, "05/3", "12/3", "19/3", "26/3", "02/4", null],
      [1, "Hoàng Văn Thái", "x", "x", "x", "x", "x", ""],
      [2, "Ma Thị Liên", "x", "½", null, "x", "x", ""],
      [3, "Nông Văn Pao", 1, 1, 1, null, 1, ""],
      [4, "Lục Văn Cường", "v", "v", "x", "x", "v", "Ốm"],
      [5, "Đàm Thị Nga", "0,5", "0,5", "0,5", "0,5", null, "Chỉ làm buổi sáng"],
      [6, "Hà Văn Bằng", "-", "-", "-", "-", "-", "Chưa tham gia"],
      [7, "Vi Thị Ngọc", "v", "v", "v", "v", "v", ""],
      [8, "Dương Văn Hải", null, null, "x", "X", "x", "Mới chuyển đến"],
      [],
      [null, "Người chấm công: Chu Văn Lợi"],
    ],
    ["A1:A2", "B1:B2", "C1:G1", "H1:H2"],
  );

  it("counts each person's days from the marks: a cross or 1 a day, a half half a day", () => {
    const list = read(grid);
    expect(daysOf(list)).toEqual([
      [3, 5],
      [4, 3.5],
      [5, 4],
      [6, 2],
      [7, 2],
      [10, 3],
    ]);
  });

  it("reads a row marked absent or with dashes only as no contribution and no error", () => {
    const list = read(grid);
    expect(list.contributions.some((c) => c.row === 8 || c.row === 9)).toBe(false);
    expect(list.diagnostics.filter((d) => d.row === 8 || d.row === 9)).toEqual([]);
  });

  it("says once, on the heading, that the days were counted from the marks in C–G", () => {
    const list = read(grid);
    expect(codesOf(list)).toEqual(["C1 days-from-marks"]);
    const said = list.diagnostics[0];
    expect(said.severity).toBe("fixed");
    expect(said.message).toContain("C–G");
    expect(said.message).toContain("Ngày công đóng góp");
  });

  it("reports a mark it cannot read on its cell, and the row is not a contribution", () => {
    const values = grid.values.map((row) => [...row]);
    values[2][4] = "xx";
    const list = read({ ...grid, values });
    expect(codesOf(list)).toEqual(["C1 days-from-marks", "E3 unreadable-days"]);
    expect(list.contributions.some((c) => c.row === 3)).toBe(false);
  });
});

describe("other bảng chấm công layouts", () => {
  it("counts the marks under real dates where there is no total column", () => {
    const list = read(
      sheet(
        [
          ["STT", "Họ và tên", "Ngày làm", null, null, "Ghi chú"],
          [null, null, ...MARCH.slice(0, 3), null],
          [1, "Nguyễn Văn Hùng", "x", "½", "x", ""],
          [2, "Lê Thị Hằng", null, "x", "v", ""],
        ],
        ["A1:A2", "B1:B2", "C1:E1", "F1:F2"],
        { 2: ["General", "General", "dd/mm/yyyy", "dd/mm/yyyy", "dd/mm/yyyy", "General"] },
      ),
    );
    expect(daysOf(list)).toEqual([
      [3, 2.5],
      [4, 1],
    ]);
    expect(list.contributions.map((c) => c.date)).toEqual([null, null]);
    expect(codesOf(list)).toEqual(["C1 days-from-marks"]);
  });

  it("keeps the typed total under text dates, and takes the marks where the total is left blank", () => {
    const list = read(
      sheet(
        [
          ["STT", "Họ và tên", "Ngày làm", null, null, "Tổng số công", "Quy ra tiền (đồng)"],
          [null, null, "05/3", "12/3", "19/3", null, null],
          [1, "Nguyễn Văn Ất", "x", "x", "1/2", 2.5, 375000],
          [2, "Trần Văn Bính", "x", "x", "x", 2, 300000],
          [3, "Lê Văn Canh", "x", "x", null, null, null],
        ],
        ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2"],
      ),
    );
    expect(daysOf(list)).toEqual([
      [3, 2.5],
      [4, 2],
      [5, 2],
    ]);
    expect(codesOf(list)).toEqual(["F4 days-marks-mismatch", "F5 days-marks-mismatch"]);
  });

  it("reads a heading typed over the first day, not merged, as over every day right of it", () => {
    const grid = sheet(
      [
        ["STT", "Họ và tên", "Ngày làm", null, null, "Tổng số công"],
        [null, null, "05/3", "12/3", "19/3", null],
        [1, "Nguyễn Văn Hùng", "x", "x", "x", 3],
        [2, "Lê Thị Hằng", "x", null, "½", 2],
      ],
      [],
    );
    expect(detectHeaderRows(grid, CONTRIBUTION_TABLE)!.dayMarks).toEqual([3, 4, 5]);
    const list = read(grid);
    expect(daysOf(list)).toEqual([
      [3, 3],
      [4, 2],
    ]);
    expect(codesOf(list)).toEqual(["F4 days-marks-mismatch"]);
  });

  it("counts only the columns under the dates, not a column of marks beside them", () => {
    const grid = sheet(
      [
        ["STT", "Họ và tên", "Ngày công đóng góp", null, null, "Họp thôn", "Ghi chú"],
        [null, null, "05/3", "12/3", "19/3", null, null],
        [1, "Hoàng Văn Thái", "x", "x", null, "x", ""],
        [2, "Ma Thị Liên", null, "x", "x", "x", ""],
      ],
      ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2"],
    );
    expect(detectHeaderRows(grid, CONTRIBUTION_TABLE)!.dayMarks).toEqual([3, 4, 5]);
    expect(daysOf(read(grid))).toEqual([
      [3, 2],
      [4, 2],
    ]);
    // Money paid on dates is money, not marks: only a heading naming work or labour heads marks.
    const paid = detectHeaderRows(
      sheet(
        [
          ["STT", "Họ và tên", "Số tiền nộp", null],
          [null, null, "05/3", "12/3"],
          [1, "Hoàng Văn Thái", 200000, 100000],
        ],
        ["A1:A2", "B1:B2", "C1:D1"],
      ),
      CONTRIBUTION_TABLE,
    );
    expect(paid!.dayMarks).toBeUndefined();
  });
});
