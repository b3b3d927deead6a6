/**
 * Totals of the converted column of a list with gold or
 * foreign money, bảng chấm công with bare day numbers under a month, the commune's bodies as
 * organizations.
 */
import { readContributionList, type ContributionList } from "../../../src/domain/contributions/normalize";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue, Grid } from "../../../src/domain/sheet/types";

function read(grid: Grid): ContributionList {
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE);
  if (!match) throw new Error("no header");
  return readContributionList(grid, match, { campaignYear: 2024 });
}

const gridOf = (values: CellValue[][], merges: string[] = []): Grid => ({ sheet: "DS", origin: { row: 1, col: 1 }, values, merges });
const codesOf = (list: ContributionList) => list.diagnostics.filter((d) => d.code !== "kind-unknown").map((d) => `${d.cell} ${d.code}`);

describe("totals of a list with gold and foreign money, typed under Quy đổi thành tiền", () => {
  const header: CellValue[] = ["STT", "Họ và tên", "Nơi ở hiện nay", "Số tiền / hiện vật ủng hộ", "Quy đổi thành tiền (đồng)", "Ghi chú"];
  const rows: CellValue[][] = [
    [1, "Trần Văn Hai", "TP Hồ Chí Minh", 5000000, 5000000, null],
    [2, "Lâm Thị Kim", "Ấp Vĩnh Mẫu", "1 chỉ vàng 24K", 7800000, null],
    [3, "Huỳnh Văn Lộc", "Hoa Kỳ", "100 USD", 2540000, null],
  ];
  const converted = ["D3 converted-amount", "D4 converted-amount"];

  it("checks a Tổng cộng typed under the converted column against the rows' đồng, and tells a mismatch on that cell", () => {
    const wrong = read(gridOf([header, ...rows, [null, "Tổng cộng", null, null, 15000000, null]]));
    expect(wrong.roles[5]).toBe("total");
    expect(codesOf(wrong)).toEqual([...converted, "E5 total-mismatch"]);
    const said = wrong.diagnostics.find((d) => d.code === "total-mismatch")!;
    expect(said.message).toContain("15.000.000 đ");
    expect(said.message).toContain("15.340.000 đ");
    expect(codesOf(read(gridOf([header, ...rows, [null, "Tổng cộng", null, null, 15340000, null]])))).toEqual(converted);
  });

  it("checks a Cộng under the converted column against its section", () => {
    const list = read(
      gridOf([
        header,
        ["I", "Bà con trong nước"],
        rows[0],
        [null, "Cộng", null, null, 5000000, null],
        ["II", "Bà con ở nước ngoài"],
        rows[2],
        [null, "Cộng", null, null, 2450000, null],
        [null, "Tổng cộng", null, null, 7540000, null],
      ]),
    );
    expect(codesOf(list)).toEqual(["D6 converted-amount", "E7 subtotal-mismatch"]);
  });

  it("takes the converted total as the list's money where the money column's total sums its đồng only", () => {
    // SUM(D) skips "1 chỉ vàng" and "100 USD": 5.000.000 is the đồng typed, not a mismatch.
    const list = read(gridOf([header, ...rows, [null, "Tổng cộng", null, 5000000, 15340000, null]]));
    expect(codesOf(list)).toEqual(converted);
    const wrong = read(gridOf([header, ...rows, [null, "Tổng cộng", null, 5000000, 15300000, null]]));
    expect(codesOf(wrong)).toEqual([...converted, "E5 total-mismatch"]);
  });
});

describe("a bảng chấm công with bare day numbers under a heading naming the month", () => {
  const daysOf = (list: ContributionList) => list.contributions.map((c) => [c.row, c.days]);

  it("reads the numbers under Tháng 6/2024 as days of June, their marks as the days worked, checked against Tổng số công", () => {
    const grid = gridOf(
      [
        ["STT", "Họ và tên", "Tháng 6/2024", null, null, null, null, "Tổng số công"],
        [null, null, 1, 2, 3, 4, "5", null],
        [1, "Nguyễn Văn Hùng", "x", "x", "½", null, "x", 3.5],
        [2, "Lê Thị Hằng", null, "x", "0,5", "x", null, 3],
        [3, "Hoàng Văn Tú", 1, 1, 1, 1, 1, 5],
      ],
      ["A1:A2", "B1:B2", "C1:G1", "H1:H2"],
    );
    const match = detectHeaderRows(grid, CONTRIBUTION_TABLE)!;
    expect(match.headerRows).toEqual([1, 2]);
    expect(match.dayMarks).toEqual([3, 4, 5, 6, 7]);
    expect(match.columns.date).toBeUndefined();
    expect(match.columns.amount).toBeUndefined();
    const list = read(grid);
    expect(daysOf(list)).toEqual([
      [3, 3.5],
      [4, 3],
      [5, 5],
    ]);
    expect(list.contributions.every((c) => c.amount === 0 && c.date === null)).toBe(true);
    expect(codesOf(list)).toEqual(["H4 days-marks-mismatch"]);
    // Money paid day by day under the month is money, not marks.
    const paid = gridOf(
      [
        ["STT", "Họ và tên", "Tháng 6/2024", null, null],
        [null, null, 1, 2, 3],
        [1, "Nguyễn Văn Hùng", 200000, null, "100k"],
      ],
      ["A1:A2", "B1:B2", "C1:E1"],
    );
    expect(detectHeaderRows(paid, CONTRIBUTION_TABLE)!.dayMarks).toBeUndefined();
  });

  it("counts the marks under Ngày trong tháng 6 (the month only, the days typed as text), and not where no month is named", () => {
    const values: CellValue[][] = [
      ["STT", "Họ và tên chủ hộ", "Ngày trong tháng 6", null, null, null, "Ghi chú"],
      [null, null, "01", "02", "15", "30", null],
      [1, "Hoàng Văn Thái", "x", "x", "x", "x", ""],
      [2, "Ma Thị Liên", "x", "½", null, "v", ""],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:F1", "G1:G2"];
    const list = read(gridOf(values, merges));
    expect(daysOf(list)).toEqual([
      [3, 4],
      [4, 1.5],
    ]);
    expect(codesOf(list)).toEqual(["C1 days-from-marks"]);
    // "Ngày trong tháng" names no month, and 31 is no day of June: the numbers stay unread as days.
    const noMonth = values.map((row, i) => (i === 0 ? row.map((v) => (v === "Ngày trong tháng 6" ? "Ngày trong tháng" : v)) : row));
    expect(detectHeaderRows(gridOf(noMonth, merges), CONTRIBUTION_TABLE)!.dayMarks).toBeUndefined();
    const june31 = values.map((row, i) => (i === 1 ? [null, null, "01", "02", "15", "31", null] : row));
    expect(detectHeaderRows(gridOf(june31, merges), CONTRIBUTION_TABLE)!.dayMarks).toBeUndefined();
  });

  it("takes the month from the title where the heading over the day numbers names none, and not from a date in words", () => {
    const table: CellValue[][] = [
      ["STT", "Họ và tên chủ hộ", "Ngày trong tháng", null, null, null, "Ghi chú"],
      [null, null, "01", "02", "15", "30", null],
      [1, "Hoàng Văn Thái", "x", "x", "x", "x", ""],
      [2, "Ma Thị Liên", "x", "½", null, "v", ""],
    ];
    const merges = (top: number) => ["A1:A2", "B1:B2", "C1:F1", "G1:G2"].map((m) => m.replace(/\d+/g, (r) => String(Number(r) + top)));
    const titled = [["BẢNG CHẤM CÔNG ĐÓNG GÓP NGÀY CÔNG THÁNG 6 NĂM 2024"], [], ...table];
    const list = read(gridOf(titled, merges(2)));
    expect(daysOf(list)).toEqual([
      [5, 4],
      [6, 1.5],
    ]);
    // "ngày 20 tháng 4 năm 2024" dates the plan, not the sheet: April has a 30th, but no month is named.
    const planDated = [["BẢNG CHẤM CÔNG (theo Kế hoạch ngày 20 tháng 4 năm 2024)"], [], ...table];
    expect(detectHeaderRows(gridOf(planDated, merges(2)), CONTRIBUTION_TABLE)!.dayMarks).toBeUndefined();
  });

  it("reads a month heading typed over the first day, not merged, over every day number right of it", () => {
    const grid = gridOf([
      ["STT", "Họ và tên", "Tháng 02 năm 2024", null, null, "Tổng số công"],
      [null, null, 27, 28, 29, null],
      [1, "Nguyễn Văn Hùng", "x", "x", "x", 3],
      [2, "Lê Thị Hằng", "x", null, "½", 1.5],
    ]);
    expect(detectHeaderRows(grid, CONTRIBUTION_TABLE)!.dayMarks).toEqual([3, 4, 5]);
    expect(daysOf(read(grid))).toEqual([
      [3, 3],
      [4, 1.5],
    ]);
    // 2023 had no 29 February.
    const values = grid.values.map((row, i) => (i === 0 ? row.map((v) => (v === "Tháng 02 năm 2024" ? "Tháng 02 năm 2023" : v)) : row));
    expect(detectHeaderRows(gridOf(values), CONTRIBUTION_TABLE)!.dayMarks).toBeUndefined();
  });
});

describe("the commune's bodies", () => {
  const kindsOf = (list: ContributionList) => list.contributions.map((c) => [c.name, c.kind]);

  it("reads Công an, Ban CHQS, Trạm Y tế, Đảng ủy and Hội đồng nhân dân giving as organizations, abbreviated or typed without marks too, on a list of any kind", () => {
    const bodies = [
      "Công an xã Phú Đình",
      "CÔNG AN HUYỆN ĐỊNH HÓA",
      "Ban CHQS xã",
      "BCHQS xã Phú Đình",
      "Trạm Y tế xã",
      "Đảng ủy xã",
      "Hội đồng nhân dân xã",
      "HĐND xã Phú Đình",
      "Cong an xa Phu Dinh",
      "Tram y te xa Phu Dinh",
      "HOI DONG NHAN DAN XA",
      "HDND xa",
    ];
    for (const title of ["DANH SÁCH ỦNG HỘ", "DANH SÁCH CÁC HỘ GIA ĐÌNH ỦNG HỘ", "DANH SÁCH CÁN BỘ ỦNG HỘ"]) {
      const list = read(gridOf([[title], ["STT", "Họ và tên", "Số tiền"], ...bodies.map((name, i) => [i + 1, name, 1000000])]));
      expect([title, kindsOf(list)]).toEqual([title, bodies.map((name) => [name, "organization"])]);
    }
    // People whose names start alike stay people: Đặng Uy (folded, "đảng ủy"), Công, Trâm.
    const people = read(gridOf([["STT", "Họ và tên", "Số tiền"], [1, "Đặng Uy Vũ", 500000], [2, "Dang Uy Vu", 500000], [3, "Công Thị Hoa", 500000], [4, "Bàn Văn Sơn", 500000]]));
    expect(people.contributions.map((c) => c.kind)).toEqual(["individual", "individual", "individual", "individual"]);
  });

  it("reads people of the Công an, the Ban CHQS or the HĐND, by their section or their unit, as its staff, not as households", () => {
    const bySection = read(
      gridOf([
        ["STT", "Họ và tên", "Số tiền"],
        ["I", "HỘI ĐỒNG NHÂN DÂN XÃ"],
        [1, "Nguyễn Văn An", 500000],
        ["II", "CÔNG AN XÃ"],
        [1, "Lê Văn Bình", 500000],
        ["III", "BAN CHQS XÃ"],
        [1, "Hoàng Văn Cường", 500000],
      ]),
    );
    expect(bySection.contributions.map((c) => [c.section, c.kind])).toEqual([
      ["HỘI ĐỒNG NHÂN DÂN XÃ", "staff"],
      ["CÔNG AN XÃ", "staff"],
      ["BAN CHQS XÃ", "staff"],
    ]);
    const byUnit = read(
      gridOf([
        ["STT", "Họ và tên", "Đơn vị", "Số tiền"],
        [1, "Nguyễn Văn An", "Hội đồng nhân dân xã", 500000],
        [2, "Lê Văn Bình", "Công an xã", 500000],
        [3, "Hoàng Văn Cường", "Ban CHQS xã", 500000],
        [4, "Ma Thị Dung", "HĐND xã", 500000],
      ]),
    );
    expect(byUnit.contributions.map((c) => c.kind)).toEqual(["staff", "staff", "staff", "staff"]);
  });
});
