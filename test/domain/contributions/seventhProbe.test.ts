/**
 * Lists a seventh probe of unseen lists found misread: money split by work under one heading,
 * pledged against paid, a school's staff list, a unit typed after the name.
 */
import { unitAfterName } from "../../../src/domain/contributions/classify";
import { readContributionList, type ContributionList } from "../../../src/domain/contributions/normalize";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";

function read(values: CellValue[][], merges?: string[]): ContributionList {
  const grid = { sheet: "DS", origin: { row: 1, col: 1 }, values, ...(merges ? { merges } : {}) };
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE);
  if (!match) throw new Error("no header");
  return readContributionList(grid, match, { campaignYear: 2024 });
}

const codesOf = (list: ContributionList) => list.diagnostics.filter((d) => d.code !== "kind-unknown").map((d) => `${d.cell} ${d.code}`);

describe("money split by work under one heading of money", () => {
  const header: CellValue[][] = [
    ["STT", "Họ và tên", "Đóng góp cho công trình (đồng)", null, null, "Tổng cộng", "Ghi chú"],
    [null, null, "Đường thôn 3", "Nhà văn hóa", "Kênh mương Nà Pài", null, null],
  ];
  const merges = ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2"];

  it("adds the works into the row's money and warns where the Tổng cộng (a SUM skipping a part typed as text) says less", () => {
    const list = read(
      [
        ...header,
        [1, "Hoàng Văn Thái", 500000, 200000, 300000, 1000000, null],
        [2, "Lý Văn Dũng", "500k", 500000, null, 500000, null],
        [3, "Lục Văn Cường", null, 300000, null, 300000, "Chỉ góp NVH"],
        // Only the total typed: the money, undivided.
        [4, "Vi Thị Ngọc", null, null, null, 400000, null],
        [null, "Cộng", 500000, 1000000, 300000, 2200000, null],
      ],
      merges,
    );
    expect(list.contributions.map((c) => [c.name, c.amount])).toEqual([
      ["Hoàng Văn Thái", 1000000],
      ["Lý Văn Dũng", 1000000],
      ["Lục Văn Cường", 300000],
      ["Vi Thị Ngọc", 400000],
    ]);
    expect(codesOf(list)).toEqual(["C4 money-notation", "F4 row-total-mismatch", "C7 subtotal-mismatch"]);
    const warning = list.diagnostics.find((d) => d.code === "row-total-mismatch");
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toContain('ô F4: cột "Tổng cộng" ghi 500.000 đ nhưng các cột C, D, E cộng lại 1.000.000 đ');
  });

  it("reads the works as the money where no Tổng column adds them up", () => {
    const list = read(
      [
        [header[0][0], header[0][1], header[0][2], null, null, "Ghi chú"],
        [null, null, "Đường thôn 3", "Nhà văn hóa", "Kênh mương Nà Pài", null],
        [1, "Hoàng Văn Thái", 500000, 200000, 300000, null],
        [2, "Ma Thị Liên", null, null, "200.000", null],
      ],
      ["A1:A2", "B1:B2", "C1:E1", "F1:F2"],
    );
    expect(list.contributions.map((c) => [c.name, c.amount])).toEqual([
      ["Hoàng Văn Thái", 1000000],
      ["Ma Thị Liên", 200000],
    ]);
  });

  it("checks a Cộng column beside instalments the same way, and leaves columns under a heading that is not money alone", () => {
    const instalments = read([
      ["STT", "Họ và tên", "Đợt 1", "Đợt 2", "Cộng"],
      [1, "Lê Văn An", 500000, 500000, 1000000],
      [2, "Trần Thị Bình", 300000, 500000, 500000],
    ]);
    expect(instalments.contributions.map((c) => c.amount)).toEqual([1000000, 800000]);
    expect(codesOf(instalments)).toEqual(["E3 row-total-mismatch"]);
    const content = read(
      [
        ["STT", "Họ và tên", "Nội dung ủng hộ", null, null],
        [null, null, "Tiền", "Ngày công", "Khác"],
        [1, "Lê Văn An", 500000, 2, "Cho mượn máy trộn"],
      ],
      ["A1:A2", "B1:B2", "C1:E1"],
    );
    expect(content.contributions.map((c) => [c.amount, c.days])).toEqual([[500000, 2]]);
    expect(codesOf(content)).toEqual([]);
  });
});

describe("money paid beside money pledged", () => {
  it('reads "Đủ", "Nộp đủ" and "Đã nộp đủ" in the paid column as the pledge on the row, and says so', () => {
    const list = read([
      ["STT", "Tên hộ/đơn vị", "Số đăng ký ủng hộ", "Số đã nộp", "Còn nợ", "Ghi chú"],
      [1, "Công ty TNHH Chè Hảo Đạt", 10000000, "Đủ", 0, null],
      [2, "Ma Văn Đông", "1tr", "Đã nộp đủ", 0, null],
      [3, "Nông Văn Pao", 500000, "nộp đủ", 0, null],
      [4, "Lê Thị Hằng", 1000000, 300000, 700000, null],
      [5, "Hà Văn Bằng", 1000000, 0, 1000000, "Hẹn tháng 8"],
    ]);
    expect(list.contributions.map((c) => [c.name, c.amount])).toEqual([
      ["Công ty TNHH Chè Hảo Đạt", 10000000],
      ["Ma Văn Đông", 1000000],
      ["Nông Văn Pao", 500000],
      ["Lê Thị Hằng", 300000],
    ]);
    expect(codesOf(list)).toEqual(["D2 money-notation", "D3 money-notation", "D4 money-notation"]);
    const fixed = list.diagnostics.find((d) => d.cell === "D2");
    expect(fixed?.severity).toBe("fixed");
    expect(fixed?.message).toContain('"Đủ" → 10.000.000, nộp đủ số đăng ký ở ô C2');
    expect(fixed?.fix).toEqual({ value: 10000000, numberFormat: expect.any(String) });
    // Where the row pledges nothing, or the list keeps only what is owed, "Đủ" says no sum.
    const blankPledge = read([
      ["STT", "Họ và tên", "Số đăng ký", "Số đã nộp"],
      [1, "Lê Văn An", null, "Đủ"],
    ]);
    expect(codesOf(blankPledge)).toEqual(["D2 unreadable-amount"]);
    const owedOnly = read([
      ["STT", "Họ và tên", "Số đã nộp", "Còn nợ"],
      [1, "Lê Văn An", "Đủ", 0],
      [2, "Trần Văn Bình", 200000, 300000],
    ]);
    expect(codesOf(owedOnly)).toEqual(["C2 unreadable-amount"]);
    expect(owedOnly.contributions.map((c) => c.amount)).toEqual([200000]);
  });
});

describe("a staff list issued by a school or a health station", () => {
  const header: CellValue[] = ["STT", "Họ và tên", "Chức vụ", "Số tiền nộp (đồng)"];
  const unitsOf = (issuer: string, title: string, rows: CellValue[][] = [[1, "Triệu Thị Mai", "Hiệu trưởng", 450000]]) =>
    read([[issuer, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [title], header, ...rows]).contributions.map((c) => [c.unit, c.kind]);

  it("gives each staff member the workplace of the title, even where its name holds a hamlet's", () => {
    const staff = "DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN ĐÓNG GÓP NGÀY CÔNG XÂY DỰNG NTM BẰNG TIỀN NĂM 2024";
    expect(unitsOf("TRƯỜNG MẦM NON ĐIỀM MẶC", staff)).toEqual([["TRƯỜNG MẦM NON ĐIỀM MẶC", "staff"]]);
    expect(unitsOf("PHÒNG GD&ĐT ĐỊNH HÓA\nTRƯỜNG TH BẢN CÁI", staff)).toEqual([["TRƯỜNG TH BẢN CÁI", "staff"]]);
    expect(unitsOf("Trạm Y tế xã Điềm Mặc", "DANH SÁCH CÁN BỘ, VIÊN CHỨC ỦNG HỘ")).toEqual([["Trạm Y tế xã Điềm Mặc", "staff"]]);
    // The UBND issues lists of every kind: it names no one's workplace.
    expect(unitsOf("UBND XÃ ĐIỀM MẶC", staff)).toEqual([["", "staff"]]);
    // Nor does a school issuing a list of others than its staff.
    expect(unitsOf("TRƯỜNG TH ĐIỀM MẶC", "DANH SÁCH CÁC HỘ GIA ĐÌNH ỦNG HỘ")[0][0]).toBe("");
  });
});

describe("a hamlet or workplace typed after the name", () => {
  it("tells a unit in brackets or after a spaced dash from other words there", () => {
    const cases: [string, ReturnType<typeof unitAfterName>][] = [
      ["Nguyễn Văn An (thôn 2)", { name: "Nguyễn Văn An", unit: "thôn 2", role: null }],
      ["Lê Thị Bình (Xóm Chùa)", { name: "Lê Thị Bình", unit: "Xóm Chùa", role: null }],
      ["Hoàng Văn Tú - GV Trường TH", { name: "Hoàng Văn Tú", unit: "Trường TH", role: "GV" }],
      ["Trần Văn C – Thôn Đồng Xuân", { name: "Trần Văn C", unit: "Thôn Đồng Xuân", role: null }],
      ["Ma Thị Lan - Kế toán UBND xã", { name: "Ma Thị Lan", unit: "UBND xã", role: "Kế toán" }],
      ["Lê Văn Giang - Trưởng thôn Đồng Xuân", { name: "Lê Văn Giang", unit: "thôn Đồng Xuân", role: "Trưởng" }],
      ["Vợ chồng anh Lộc - chị Hoa (thôn Nà Pài)", { name: "Vợ chồng anh Lộc - chị Hoa", unit: "thôn Nà Pài", role: null }],
      // Relations, states and places that are no unit, roles alone, and the family name Trương stay in the name.
      ["Nguyễn Văn An (con ông B)", null],
      ["Nguyễn Văn An (con ông Nguyễn Văn Bình, thôn Bản Cái)", null],
      ["Lê Văn Dũng (đã mất)", null],
      ["Lê Văn Em (nộp thay)", null],
      ["Trần Văn Long - Hà Nội", null],
      ["Lê Thị Hằng (Nà Pài)", null],
      ["Công ty CP Chè Hà Thái (Đại Từ)", null],
      ["Lê Văn Phúc - Tổ trưởng", null],
      ["Nguyễn Văn Hải - Trương Văn Bình", null],
    ];
    for (const [typed, expected] of cases) expect([typed, unitAfterName(typed)]).toEqual([typed, expected]);
  });

  it("moves it to the unit where the row has none, says what moved, and keeps the role in the note", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền", "Ghi chú"],
      [1, "Nguyễn Văn An (thôn 2)", 500000, null],
      [2, "Hoàng Văn Tú - GV Trường TH Điềm Mặc", 450000, "CK"],
      [3, "Nguyễn Văn Bình (con ông Nguyễn Văn Cả)", 200000, null],
      [4, "Lê Thị Bình (Xóm Chùa)", 300000, null],
    ]);
    expect(list.contributions.map((c) => [c.name, c.unit, c.kind, c.note])).toEqual([
      ["Nguyễn Văn An", "thôn 2", "household", ""],
      ["Hoàng Văn Tú", "Trường TH Điềm Mặc", "staff", "CK; GV"],
      ["Nguyễn Văn Bình (con ông Nguyễn Văn Cả)", "", "individual", ""],
      ["Lê Thị Bình", "Xóm Chùa", "household", ""],
    ]);
    expect(codesOf(list)).toEqual(["B2 unit-in-name", "B3 unit-in-name", "B5 unit-in-name"]);
    const moved = list.diagnostics.find((d) => d.cell === "B3");
    expect(moved?.severity).toBe("fixed");
    expect(moved?.message).toContain('"Hoàng Văn Tú - GV Trường TH Điềm Mặc"');
    expect(moved?.message).toContain('đơn vị "Trường TH Điềm Mặc"');
  });

  it("leaves the name as typed where the row's unit is another, and drops the repeat where it is the same", () => {
    const list = read([
      ["STT", "Họ và tên", "Thôn", "Số tiền"],
      [1, "Nguyễn Văn An (thôn 2)", "Thôn 2", 500000],
      [2, "Trần Văn Cường (thôn 3)", "Thôn 2", 500000],
    ]);
    expect(list.contributions.map((c) => [c.name, c.unit])).toEqual([
      ["Nguyễn Văn An", "Thôn 2"],
      ["Trần Văn Cường (thôn 3)", "Thôn 2"],
    ]);
    expect(codesOf(list)).toEqual(["B2 unit-in-name"]);
  });
});
