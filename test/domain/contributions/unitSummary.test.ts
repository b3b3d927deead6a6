/**
 * A summary of results by unit ("TỔNG HỢP KẾT QUẢ ỦNG HỘ THEO THÔN", probe 10 U08) is no list of
 * donors: it gives no contributions, and its units are checked against the detail lists.
 */
import { readContributionList, type ContributionList } from "../../../src/domain/contributions/normalize";
import { crossCheckUnitTotals, unitKey, type UnitTotal } from "../../../src/domain/contributions/unitSummary";
import { encodeTcvn3 } from "../../../src/domain/text";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";

function read(values: CellValue[][], sheet = "Tổng hợp"): ContributionList {
  const grid = { sheet, origin: { row: 1, col: 1 }, values };
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE);
  if (!match) throw new Error("no header");
  return readContributionList(grid, match, { campaignYear: 2024 });
}

const codesOf = (list: ContributionList) => list.diagnostics.map((d) => `${d.cell} ${d.code}`);

const BY_HAMLET: CellValue[][] = [
  ["UBND XÃ CƯỜNG THỊNH"],
  ["TỔNG HỢP KẾT QUẢ ỦNG HỘ XÂY DỰNG NÔNG THÔN MỚI THEO THÔN"],
  [],
  ["STT", "Tên thôn", "Tổng số hộ", "Số hộ tham gia", "Số tiền (đồng)", "Ngày công", "Tỷ lệ (%)"],
  [1, "Thôn Đồng Phú", 145, 130, 45600000, 260, 89.7],
  [2, "Thôn Đồng Song", 98, 98, 38200000, 196, 100],
  [3, "Thôn Khe Dứa", 67, 52, 12800000, 104, 77.6],
  [null, "Cộng", 310, 280, 96600000, 560],
];

describe("a summary of results by unit", () => {
  it("gives no contributions, says so once on the name column's heading, and keeps each unit's figures", () => {
    const list = read(BY_HAMLET);
    expect(list.contributions).toEqual([]);
    expect(codesOf(list)).toEqual(["B4 unit-summary"]);
    expect(list.diagnostics[0]).toMatchObject({ severity: "warning", row: 4, column: "B" });
    expect(list.diagnostics[0].message).toBe(
      'Trang "Tổng hợp", ô B4: đây là bảng tổng hợp theo thôn ("Tên thôn", "Tổng số hộ", "Số hộ tham gia", "Tỷ lệ (%)"), không phải danh sách người ủng hộ: không đọc thành khoản đóng góp; nếu tệp có cả danh sách chi tiết, số của từng thôn được đối chiếu với danh sách ấy.',
    );
    expect(list.unitTotals?.map((t) => [t.row, t.unit, t.amount, t.days, t.amountCell, t.daysCell])).toEqual([
      [5, "Thôn Đồng Phú", 45600000, 260, "E5", "F5"],
      [6, "Thôn Đồng Song", 38200000, 196, "E6", "F6"],
      [7, "Thôn Khe Dứa", 12800000, 104, "E7", "F7"],
    ]);
    expect(list.roles[8]).toBe("subtotal");
  });

  it("still checks its own total, and tells an unreadable figure, as on any list", () => {
    const values = BY_HAMLET.map((r) => [...r]);
    values[6][4] = "12,8 tr?";
    values[7][4] = 90000000;
    const list = read(values);
    expect(list.contributions).toEqual([]);
    expect(codesOf(list)).toEqual(["B4 unit-summary", "E7 unreadable-amount", "E8 subtotal-mismatch"]);
  });

  it("is told by agencies' names and a headcount column under a heading that names no unit", () => {
    const list = read([
      ["STT", "Tên", "Số CBCCVC", "Số người tham gia", "Số tiền (đồng)"],
      [1, "UBND xã", 22, 22, 6600000],
      [2, "Trường THCS Kim Sơn", 35, 33, 9900000],
      [3, "Trạm Y tế xã", 8, 8, 2400000],
    ]);
    expect(list.contributions).toEqual([]);
    expect(codesOf(list)).toEqual(["B1 unit-summary"]);
    expect(list.diagnostics[0].message).toContain("bảng tổng hợp theo đơn vị");
    expect(list.unitTotals?.map((t) => [t.unit, t.amount, t.daysCell])).toEqual([
      ["UBND xã", 6600000, null],
      ["Trường THCS Kim Sơn", 9900000, null],
      ["Trạm Y tế xã", 2400000, null],
    ]);
  });
});

describe("lists whose donors are units, read as donors", () => {
  // The headcount column decides: the same agencies with one are a summary (above).
  it("reads agencies giving money as donors, and the same agencies with a headcount column as a summary", () => {
    const agencies: CellValue[][] = [
      ["STT", "Tên đơn vị", "Số tiền (đồng)", "Ghi chú"],
      [1, "Đảng ủy xã", 5000000, "CK"],
      [2, "Trường THCS Kim Sơn", 9900000, null],
      [3, "Trạm Y tế xã", 2400000, null],
    ];
    const donors = read(agencies, "Co quan");
    expect(donors.contributions.map((c) => [c.row, c.name, c.amount])).toEqual([
      [2, "Đảng ủy xã", 5000000],
      [3, "Trường THCS Kim Sơn", 9900000],
      [4, "Trạm Y tế xã", 2400000],
    ]);
    expect(donors.unitTotals).toBeUndefined();
    const counted = read(agencies.map((r, i) => [...r.slice(0, 2), i === 0 ? "Số người" : 10, ...r.slice(2)]), "Co quan");
    expect(counted.contributions).toEqual([]);
    expect(codesOf(counted)).toEqual(["B1 unit-summary"]);
  });

  it("reads agencies that count their people as donors where each row is a payment received, with its receipt or date (probe 6 Q03)", () => {
    const paid: CellValue[][] = [
      ["STT", "Tên cơ quan, đơn vị", "Số người", "Số tiền (đồng)", "Ngày nộp", "Số chứng từ"],
      [1, "Đảng ủy xã", 6, 2700000, "10/5/2024", "PT 01"],
      [2, "Trường Mầm non Điềm Mặc", 18, 8100000, "20/5/2024", "PT 08"],
    ];
    expect(read(paid, "Co quan").contributions.map((c) => [c.row, c.name, c.amount, c.receipt])).toEqual([
      [2, "Đảng ủy xã", 2700000, "PT 01"],
      [3, "Trường Mầm non Điềm Mặc", 8100000, "PT 08"],
    ]);
    const dated = paid.map((r) => r.slice(0, 5));
    expect(read(dated, "Co quan").contributions).toHaveLength(2);
  });

  it("reads a collective list (Tập thể thôn …) as donors, and a householders' list with Số khẩu too", () => {
    const collective = read([
      ["STT", "Tên tập thể, cá nhân", "Số tiền (đồng)", "Ngày công"],
      [1, "Tập thể thôn Đồng Phú", 3000000, 40],
      [2, "Chi hội Phụ nữ thôn Đồng Song", 1500000, null],
      [3, "Nguyễn Văn An", 500000, 2],
    ]);
    expect(collective.contributions.map((c) => [c.name, c.amount, c.days])).toEqual([
      ["Tập thể thôn Đồng Phú", 3000000, 40],
      ["Chi hội Phụ nữ thôn Đồng Song", 1500000, 0],
      ["Nguyễn Văn An", 500000, 2],
    ]);
    const households = read([
      ["STT", "Họ tên chủ hộ", "Số khẩu", "Số tiền (đồng)"],
      [1, "Nguyễn Văn An", 5, 500000],
      [2, "Lê Thị Bình", 3, 300000],
    ]);
    expect(households.contributions.map((c) => [c.name, c.amount])).toEqual([
      ["Nguyễn Văn An", 500000],
      ["Lê Thị Bình", 300000],
    ]);
    // The same collectives summed up with the households of each: a summary.
    const summed = read([
      ["STT", "Thôn/xóm", "Họ và tên", "Số hộ tham gia", "Số tiền (đồng)"],
      [1, null, "Thôn Đồng Phú", 130, 45600000],
      [2, null, "Thôn Đồng Song", 98, 38200000],
    ]);
    expect(summed.contributions).toEqual([]);
    expect(codesOf(summed)).toEqual(["C1 unit-summary"]);
  });
});

describe("the summary checked against the detail lists", () => {
  const totals: UnitTotal[] = [
    { sheet: "Tổng hợp", row: 5, unit: "Thôn Đồng Phú", amount: 45600000, days: 260, amountCell: "E5", daysCell: "F5" },
    { sheet: "Tổng hợp", row: 6, unit: "Thôn Đồng Song", amount: 1200000, days: 6, amountCell: "E6", daysCell: "F6" },
    { sheet: "Tổng hợp", row: 7, unit: "Thôn Khe Dứa", amount: 800000, days: 0, amountCell: "E7", daysCell: "F7" },
  ];
  const dongPhu = [
    { unit: "THÔN ĐỒNG PHÚ", amount: 45000000, days: 250 },
    { unit: "Đồng Phú", amount: 100000, days: 10 },
  ];
  // The unit as a list in TCVN3 types it, converted or not.
  const dongSong = [
    { unit: encodeTcvn3("Đồng Song"), amount: 700000, days: 4 },
    { unit: "dong song", amount: 500000, days: 2 },
  ];

  it("warns on the summary's cell naming both figures where a unit's money or days differ", () => {
    const found = crossCheckUnitTotals(totals, [{ contributions: [...dongPhu, ...dongSong], keepsDays: true }]);
    expect(found.map((d) => `${d.sheet}!${d.cell} ${d.severity} ${d.code}`)).toEqual(["Tổng hợp!E5 warning summary-mismatch"]);
    expect(found[0].message).toBe(
      'Trang "Tổng hợp", ô E5: số tiền của Thôn Đồng Phú trên bảng tổng hợp là 45.600.000 đ, danh sách chi tiết cộng 45.100.000 đ (lệch 500.000 đ); hãy đối chiếu lại.',
    );
    const days = crossCheckUnitTotals(totals, [{ contributions: [{ unit: "Thôn Đồng Song", amount: 1200000, days: 5.5 }], keepsDays: true }]);
    expect(days.map((d) => [d.cell, d.row, d.column])).toEqual([["F6", 6, "F"]]);
    expect(days[0].message).toContain("ngày công của Thôn Đồng Song trên bảng tổng hợp là 6 ngày, danh sách chi tiết cộng 5,5 ngày");
  });

  it("says nothing where the figures agree, nor of days a detail list does not keep, nor of a unit no detail list holds", () => {
    const agreeing = [...dongPhu, { unit: "Thôn Đồng Phú", amount: 500000, days: 0 }, ...dongSong];
    expect(crossCheckUnitTotals(totals, [{ contributions: agreeing, keepsDays: true }])).toEqual([]);
    const noDays = [{ unit: "Thôn Đồng Song", amount: 1200000, days: 0 }];
    expect(crossCheckUnitTotals(totals, [{ contributions: noDays, keepsDays: false }])).toEqual([]);
  });

  it("takes a unit's name with or without its word, in any case, with or without marks, numbers with or without zeros", () => {
    expect(new Set(["Thôn Đồng Phú", "THON DONG PHU", "Đồng Phú", "thôn  đồng phú", encodeTcvn3("Thôn Đồng Phú")].map(unitKey))).toEqual(new Set(["dong phu"]));
    expect(unitKey("Tổ dân phố 03")).toBe(unitKey("TDP 3".replace("TDP", "Tổ dân phố")));
    expect(unitKey("Thôn 1")).not.toBe(unitKey("Thôn 10"));
  });
});

describe("a summary headed by its unit column alone", () => {
  it.each(["Thôn/xóm", "Đơn vị", "Tổ dân phố"])("reads \"%s\" over the units as the summary's names", (heading) => {
    const list = read([
      ["STT", heading, "Tổng số hộ", "Số hộ tham gia", "Số tiền (đồng)", "Tỷ lệ (%)"],
      [1, "Đồng Phú", 145, 130, 45600000, 89.7],
      [2, "Đồng Song", 98, 98, 38200000, 100],
    ]);
    expect(list.contributions).toEqual([]);
    expect(codesOf(list)).toEqual(["B1 unit-summary"]);
    expect(list.unitTotals?.map((t) => [t.unit, t.amount])).toEqual([
      ["Đồng Phú", 45600000],
      ["Đồng Song", 38200000],
    ]);
  });
});
