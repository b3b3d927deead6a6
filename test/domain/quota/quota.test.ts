import fc from "fast-check";
import type { Contribution, Kind } from "../../../src/domain/contributions/types";
import {
  computeQuotas,
  DEFAULT_QUOTA_RULES,
  matchAll,
  NOT_LISTED,
  quotaDaysFor,
  quotaSheet,
  readAttendance,
  readRoster,
  sameNameKey,
  sameUnit,
  type RosterPerson,
} from "../../../src/domain/quota";
import { detectTable, detectHeaderRows } from "../../../src/domain/sheet/headers";
import { ALL_TABLES, ATTENDANCE_TABLE, STAFF_ROSTER_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue, Grid } from "../../../src/domain/sheet/types";
import { compareNames, encodeTcvn3 } from "../../../src/domain/text";

function grid(sheet: string, values: CellValue[][]): Grid {
  return { sheet, origin: { row: 1, col: 1 }, values };
}

function contribution(partial: Partial<Contribution> & { name: string; row: number }): Contribution {
  return {
    sheet: "DS",
    unit: "",
    kind: "staff",
    channel: null,
    amount: 0,
    days: 0,
    inKindDescription: "",
    inKindValue: 0,
    landArea: 0,
    date: null,
    receipt: "",
    note: "",
    purpose: "",
    section: "",
    ...partial,
  };
}

function person(id: number, name: string, unit: string, income: number | null): RosterPerson {
  return { id: `R!${id}`, sheet: "R", row: id, name, unit, position: "", income };
}

describe("quotaDaysFor", () => {
  const tiers = DEFAULT_QUOTA_RULES.incomeTiers;
  it("“từ 5 triệu trở lên” includes 5.000.000", () => {
    expect(quotaDaysFor(5_000_000, tiers)).toBe(3);
    expect(quotaDaysFor(4_999_999, tiers)).toBe(2);
    expect(quotaDaysFor(0, tiers)).toBe(2);
    expect(quotaDaysFor(25_000_000, tiers)).toBe(3);
  });
  it("takes a commune's own tiers in any order; under every tier there is no quota", () => {
    const own = [
      { minIncome: 4_000_000, days: 2 },
      { minIncome: 8_000_000, days: 4 },
      { minIncome: 6_000_000, days: 3 },
    ];
    expect([3_999_999, 4_000_000, 6_000_000, 7_999_999, 8_000_000].map((i) => quotaDaysFor(i, own))).toEqual([null, 2, 3, 3, 4]);
  });
  it("is the days of the highest tier an income reaches (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ minIncome: fc.integer({ min: 0, max: 20 }).map((n) => n * 500_000), days: fc.integer({ min: 0, max: 6 }) }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 12_000_000 }), (tiers, income) => {
        const reached = tiers.filter((t) => income >= t.minIncome);
        const top = Math.max(...reached.map((t) => t.minIncome));
        const got = quotaDaysFor(income, tiers);
        if (!reached.length) return got === null;
        return reached.some((t) => t.minIncome === top && t.days === got);
      }),
    );
  });
});

describe("reading a roster", () => {
  it("finds income under each header the communes use, written in any notation", () => {
    for (const header of ["Thu nhập", "Mức lương", "Lương và phụ cấp", "Thu nhập bình quân/tháng", "Tổng thu nhập (đồng)"]) {
      const g = grid("CB", [["DANH SÁCH"], [], ["TT", "Họ tên", "Cơ quan", header], [1, "Nguyễn Văn An", "UBND xã", "4tr5"], [2, "Lê Thị Bình", "UBND xã", "5.000.000đ"], [3, "Trần Văn Cường", "UBND xã", "1,2 triệu"], [4, "Hà Thị Dung", "UBND xã", 6_000_000]]);
      const match = detectTable(g, ALL_TABLES)!;
      expect(match.kind).toBe("roster");
      const r = readRoster(g, match);
      expect(r.items.map((p) => p.income)).toEqual([4_500_000, 5_000_000, 1_200_000, 6_000_000]);
      expect(r.issues).toEqual([]);
    }
  });

  it("takes the unit from section rows when the roster has no unit column, converts legacy names, skips totals", () => {
    const g = grid("CB", [
      ["STT", "Họ và tên", "Chức vụ", "Lương và phụ cấp"],
      ["I", "TRƯỜNG MẦM NON"],
      [1, encodeTcvn3("Nguyễn Thị Hường"), "Giáo viên", 4_200_000],
      [2, encodeTcvn3("Đặng Văn Đức"), "Nhân viên", "3.900.000"],
      ["II", "TRẠM Y TẾ XÃ"],
      [1, "Lê Văn Hải", "Y sĩ", "5tr"],
      [null, "Tổng cộng", null, 13_100_000],
    ]);
    const match = detectHeaderRows(g, STAFF_ROSTER_TABLE)!;
    const r = readRoster(g, match);
    expect(r.items.map((p) => [p.name, p.unit, p.income])).toEqual([
      ["Nguyễn Thị Hường", "TRƯỜNG MẦM NON", 4_200_000],
      ["Đặng Văn Đức", "TRƯỜNG MẦM NON", 3_900_000],
      ["Lê Văn Hải", "TRẠM Y TẾ XÃ", 5_000_000],
    ]);
  });

  it("an income column kept in thousands is read in đồng, and said once on its header", () => {
    const g = grid("CB", [["STT", "Họ và tên", "Đơn vị", "Thu nhập (nghìn đồng)"], [1, "Nguyễn Văn An", "UBND xã", 5200], [2, "Lê Văn Bình", "UBND xã", "4.800"]]);
    const r = readRoster(g, detectHeaderRows(g, STAFF_ROSTER_TABLE)!);
    expect(r.items.map((p) => p.income)).toEqual([5_200_000, 4_800_000]);
    expect(r.issues.map((i) => [i.cell, i.code])).toEqual([["D1", "money-unit"]]);
  });

  it("an unreadable income is an error naming the sheet and the cell; a blank one a warning", () => {
    const g = grid("CB", [["STT", "Họ và tên", "Đơn vị", "Thu nhập"], [1, "Nguyễn Văn An", "UBND xã", "nhiều"], [2, "Lê Văn Bình", "UBND xã", null]]);
    const r = readRoster(g, detectHeaderRows(g, STAFF_ROSTER_TABLE)!);
    expect(r.items.map((p) => p.income)).toEqual([null, null]);
    expect(r.issues.map((i) => [i.cell, i.severity])).toEqual([
      ["D2", "error"],
      ["D3", "warning"],
    ]);
    expect(r.issues[0].message).toMatch(/^Trang "CB", ô D2: thu nhập của Nguyễn Văn An/);
  });
});

describe("matching contributors with a roster", () => {
  const roster = [person(1, "Nguyễn Văn An", "Trường THCS", 5e6), person(2, "Nguyễn Văn An", "UBND xã", 4e6), person(3, "Lê Thị Hương", "UBND xã", 4e6), person(4, "Lê Thị Hường", "UBND xã", 4e6), person(5, "Trần Minh Đức", "UBND xã", 4e6)];

  it("same unit first: a namesake elsewhere does not make it a question", () => {
    const [m] = matchAll(roster, [{ id: "DS!5", name: "NGUYỄN  VĂN AN", unit: "UBND xã" }]);
    expect(m).toMatchObject({ kind: "matched", listed: "R!2", sameUnit: true });
  });

  it("names that differ only in their diacritics are asked, never guessed", () => {
    const [m] = matchAll(roster, [{ id: "DS!6", name: "Lê Thị Huong", unit: "UBND xã" }]);
    expect(m.kind).toBe("ambiguous");
    if (m.kind === "ambiguous") expect(m.options.map((o) => o.id).sort()).toEqual(["R!3", "R!4"]);
  });

  it("two namesakes in another unit are a question; a name on no roster is unlisted; a decision wins", () => {
    const [a, b] = matchAll(roster, [
      { id: "DS!7", name: "Nguyễn Văn An", unit: "Trạm Y tế" },
      { id: "DS!8", name: "Phạm Thị Yến", unit: "UBND xã" },
    ]);
    expect(a.kind).toBe("ambiguous");
    expect(b.kind).toBe("unlisted");
    const decided = matchAll(roster, [{ id: "DS!7", name: "Nguyễn Văn An", unit: "Trạm Y tế" }, { id: "DS!8", name: "Phạm Thị Yến", unit: "UBND xã" }], { "DS!7": "R!1", "DS!8": NOT_LISTED });
    expect(decided[0]).toMatchObject({ kind: "matched", listed: "R!1", decided: true });
    expect(decided[1]).toMatchObject({ kind: "unlisted", decided: true });
  });

  it("the exact-name key agrees with compareNames: equal keys are “same”, and only they (property)", () => {
    const words = ["Nguyễn", "nguyễn", "NGUYỄN", "Văn", "Thị", "Hoà", "Hòa", "Thuý", "Thúy", "Thuy", "An", "Hương", "Hường", "Hộ", "ông", "bà", "N.", "Lê", "Huỳnh", "Hoàng"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), (a, b) => {
        const x = a.join(" ");
        const y = b.join(" ");
        const verdict = compareNames(x, y).verdict;
        if (!sameNameKey(x) || !sameNameKey(y)) return true;
        return (sameNameKey(x) === sameNameKey(y)) === (verdict === "same");
      }),
      { numRuns: 2000 },
    );
  });

  it("a unique name in another unit is matched, and says so", () => {
    const [m] = matchAll(roster, [{ id: "DS!9", name: "Trần Minh Đức", unit: "Trường Tiểu học" }]);
    expect(m).toMatchObject({ kind: "matched", listed: "R!5", sameUnit: false });
  });

  it("units compare folded, and a longer name contains the shorter", () => {
    expect(sameUnit("Trường THCS", "TRUONG THCS")).toBe(true);
    expect(sameUnit("Trường THCS", "Trường THCS Điềm Mặc")).toBe(true);
    expect(sameUnit("Trường THCS", "Trường Tiểu học")).toBe(false);
  });
});

describe("computeQuotas", () => {
  it("counts money and days at the rate, keeps goods beside, and reports balance and status", () => {
    const r = computeQuotas({
      rules: DEFAULT_QUOTA_RULES,
      roster: [person(1, "A Văn Một", "X", 5_000_000), person(2, "B Văn Hai", "X", 4_000_000), person(3, "C Văn Ba", "X", 4_000_000), person(4, "D Văn Bốn", "X", 3_000_000)],
      households: [],
      attendance: [],
      contributions: [
        contribution({ row: 10, name: "A Văn Một", unit: "X", amount: 200_000, days: 1 }),
        contribution({ row: 11, name: "B Văn Hai", unit: "X", days: 2.5 }),
        contribution({ row: 12, name: "C Văn Ba", unit: "X", amount: 100_000, inKindValue: 500_000 }),
      ],
      decisions: {},
    });
    expect(r.people.map((p) => [p.quotaDays, p.contributedAmount, p.daysEquivalent, p.balanceAmount, p.status])).toEqual([
      [3, 350_000, 2.33, -100_000, "short"],
      [2, 375_000, 2.5, 75_000, "over"],
      [2, 100_000, 0.67, -200_000, "short"],
      [2, 0, 0, -300_000, "none"],
    ]);
    const x = r.units[0];
    expect(x).toMatchObject({ headcount: 4, participants: 3, expectedDays: 9, expectedAmount: 1_350_000, contributedAmount: 825_000, inKindValue: 500_000, participationRate: 0.75, underThreshold: false, shortfall: 600_000 });
  });

  it("every contribution lands in exactly one unit (property)", () => {
    const kinds: Kind[] = ["staff", "household", "enterprise", "organization", "individual"];
    const names = ["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường", "Hộ ông Hà Văn Dũng", "Công ty X"];
    const units = ["UBND xã", "Trường THCS", "Xóm 1", "Xóm 2"];
    const roster = [person(1, "Nguyễn Văn An", "UBND xã", 5e6), person(2, "Lê Thị Bình", "Trường THCS", 3e6), person(3, "Lê Thị Bình", "Trường THCS", 3e6)];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...kinds),
            name: fc.constantFrom(...names),
            unit: fc.constantFrom(...units),
            amount: fc.integer({ min: 0, max: 50 }).map((n) => n * 50_000),
            days: fc.integer({ min: 0, max: 8 }).map((n) => n / 2),
            inKindValue: fc.integer({ min: 0, max: 3 }).map((n) => n * 1_000_000),
          }),
          { maxLength: 40 },
        ),
        (list) => {
          const contributions = list.map((c, i) => contribution({ ...c, row: i + 2 }));
          const r = computeQuotas({ rules: DEFAULT_QUOTA_RULES, roster, households: [], attendance: [], contributions });
          const total = contributions.reduce((n, c) => n + c.amount + Math.round(c.days * 150_000), 0);
          const goods = contributions.reduce((n, c) => n + c.inKindValue, 0);
          return r.totals.contributedAmount === total && r.units.reduce((n, u) => n + u.inKindValue, 0) === goods && r.units.every((u) => u.participationRate === null || (u.participationRate >= 0 && u.participationRate <= 1));
        },
      ),
    );
  });

  it("activities: share present per unit, absent units at 0, too few a year flagged", () => {
    const g = grid("DD", [
      ["Ngày", "Địa điểm", "Hoạt động", "Đơn vị", "Số người có mặt"],
      ["05/03/2024", "Xóm 1", "Làm đường", "UBND xã", 3],
      [null, null, null, "Trường THCS", "2 người"],
      ["06/04/2024", "Xóm 2", "Nạo vét kênh", "UBND xã", 4],
    ]);
    const match = detectTable(g, ALL_TABLES)!;
    expect(match.kind).toBe(ATTENDANCE_TABLE.kind);
    const lines = readAttendance(g, match, 2024);
    expect(lines.issues).toEqual([]);
    const roster = [1, 2, 3, 4].map((i) => person(i, `Người ${i}`, "UBND xã", 4e6)).concat([5, 6].map((i) => person(i, `Người ${i}`, "Trường THCS", 4e6)));
    const r = computeQuotas({ rules: DEFAULT_QUOTA_RULES, roster, households: [], attendance: lines.items, contributions: [] });
    expect(r.activities.map((a) => a.units.map((u) => [u.unit, u.present, u.share, u.underThreshold]))).toEqual([
      [
        ["UBND xã", 3, 0.75, false],
        ["Trường THCS", 2, 1, false],
      ],
      [
        ["UBND xã", 4, 1, false],
        ["Trường THCS", 0, 0, true],
      ],
    ]);
    expect(r.activityYears).toEqual([{ year: 2024, activities: 2, required: 4, underMinimum: true }]);
  });

  it("the Định mức sheet: totals, words and a chart over its own cells", () => {
    const r = computeQuotas({
      rules: DEFAULT_QUOTA_RULES,
      roster: [person(1, "=Cộng Văn Một", "X", 5e6), person(2, "B Văn Hai", "Y", 4e6)],
      households: [],
      attendance: [],
      contributions: [contribution({ row: 10, name: "=Cộng Văn Một", unit: "X", amount: 450_000 })],
    });
    const doc = quotaSheet(r, { commune: "Điềm Mặc" });
    expect(doc.rows[0][0]).toBe("UBND XÃ ĐIỀM MẶC");
    const flat = doc.rows.map((row) => row.join("|"));
    expect(flat.some((l) => l.includes("Bằng chữ: Bốn trăm năm mươi nghìn đồng."))).toBe(true);
    const chart = doc.charts![0];
    expect(chart.categories).toEqual(["X", "Y"]);
    expect(chart.series.map((s) => s.values)).toEqual([
      [450_000, 300_000],
      [450_000, 0],
    ]);
    const [from, to] = chart.dataRange.split(":");
    const first = Number(from.slice(1));
    expect(doc.rows[first - 1]).toEqual(["Đơn vị", "Định mức (đồng)", "Đã đóng góp (đồng)"]);
    expect(doc.rows.slice(first, Number(to.slice(1))).map((row) => row.slice(0, 3))).toEqual([
      ["X", 450_000, 450_000],
      ["Y", 300_000, 0],
    ]);
  });
});
