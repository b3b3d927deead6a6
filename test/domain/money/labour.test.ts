import fc from "fast-check";
import {
  attendanceMarkDays,
  DEFAULT_LABOUR_DAY_RATE,
  formatLabourDays,
  labourDaysToMoney,
  moneyToLabourDays,
  parseLabourDays,
  roundLabourDays,
} from "../../../src/domain/money";
import type { LabourDaysErrorCode } from "../../../src/domain/money";
import type { CellValue } from "../../../src/domain/sheet/types";

describe("labour days and money", () => {
  test("the default rate is plan 004's 150.000 đồng a day", () => {
    expect(DEFAULT_LABOUR_DAY_RATE).toBe(150_000);
  });

  test.each<[number, number, number]>([
    [3, 150_000, 450_000],
    [2, 150_000, 300_000],
    [2.5, 150_000, 375_000],
    [0.5, 150_000, 75_000],
    [2.3, 150_000, 345_000],
    [0, 150_000, 0],
    [1 / 3, 100_000, 33_333],
    [0.5, 3, 2],
    [-0.5, 3, -2],
    [1 / 3, 150_000, 50_000],
  ])("%p days at %p → %p đồng", (days, rate, amount) => {
    expect(labourDaysToMoney(days, rate)).toBe(amount);
  });

  test.each<[number, number, number]>([
    [450_000, 150_000, 3],
    [375_000, 150_000, 2.5],
    [0, 150_000, 0],
    [-75_000, 150_000, -0.5],
  ])("%p đồng at %p → %p days", (amount, rate, days) => {
    expect(moneyToLabourDays(amount, rate)).toBe(days);
  });

  test("money → days keeps the exact ratio; only display rounds", () => {
    const days = moneyToLabourDays(200_000);
    expect(days).toBe(200_000 / 150_000);
    expect(roundLabourDays(days)).toBe(1.33);
    expect(formatLabourDays(days)).toBe("1,33");
  });

  test.each([0, -1, 1.5, Number.NaN])("refuses the rate %p", (rate) => {
    expect(() => labourDaysToMoney(1, rate)).toThrow(RangeError);
    expect(() => moneyToLabourDays(1, rate)).toThrow(RangeError);
  });

  test("refuses days or amounts that are not numbers of their kind", () => {
    expect(() => labourDaysToMoney(Number.NaN, 150_000)).toThrow(RangeError);
    expect(() => moneyToLabourDays(1.5, 150_000)).toThrow(RangeError);
  });

  test("days → money → days → money is stable, and money → days → money is exact", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (amount, rate) => {
          expect(labourDaysToMoney(moneyToLabourDays(amount, rate), rate)).toBe(amount);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("roundLabourDays and formatLabourDays", () => {
  test.each<[number, number, string]>([
    [3, 3, "3"],
    [2.5, 2.5, "2,5"],
    [0.5, 0.5, "0,5"],
    [1.005, 1.01, "1,01"],
    [1.004, 1, "1"],
    [-1.005, -1.01, "-1,01"],
    [2 / 3, 0.67, "0,67"],
    [1234.5, 1234.5, "1.234,5"],
    [0.001, 0, "0"],
    [-0.001, 0, "0"],
  ])("%p → %p, %s", (days, rounded, text) => {
    expect(roundLabourDays(days)).toBe(rounded);
    expect(formatLabourDays(days)).toBe(text);
  });

  test("rounding moves a value by at most half a hundredth", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (d) => {
        expect(Math.abs(roundLabourDays(d) - d)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe("parseLabourDays", () => {
  test.each<[CellValue, number]>([
    [3, 3],
    [2.5, 2.5],
    [0, 0],
    ["3", 3],
    ["2,5", 2.5],
    ["2.5", 2.5],
    // Copied from a chat app: a zero-width space after the figure.
    ["2,5\u200b", 2.5],
    ["1,5 c", 1.5],
    ["một ngày", 1],
    ["hai công", 2],
    ["ba ngày rưỡi", 3.5],
    ["0,5", 0.5],
    ["3 ngày", 3],
    ["3 Ngày", 3],
    ["3ngày", 3],
    ["3 công", 3],
    ["3 ngày công", 3],
    ["3 ngay cong", 3],
    ["2,5 ngày", 2.5],
    ["nửa ngày", 0.5],
    ["Nửa", 0.5],
    ["½", 0.5],
    ["½ ngày", 0.5],
    ["1 ngày rưỡi", 1.5],
    ["1½ ngày", 1.5],
    ["1 rưỡi", 1.5],
    ["2,25", 2.25],
    ["  3  ", 3],
    ["1/2", 0.5],
    ["3/4", 0.75],
    // A mixed fraction, as written by hand.
    ["1 1/2", 1.5],
    ["2 3/4 ngày", 2.75],
    ["1 1/2 công", 1.5],
    ["2c", 2],
    ["2,5c", 2.5],
    ["3 công (đào mương)", 3],
    ["2 ngày (làm đường)", 2],
    // A session (buổi) is a morning or an afternoon: half a day.
    ["2 buổi", 1],
    ["3 buổi", 1.5],
    ["1 buoi", 0.5],
    ["hai buổi", 1],
    ["4 Buổi.", 2],
    // Several occasions summed in the cell.
    ["2 ngày + 1 buổi", 2.5],
    ["1 + 1,5", 2.5],
    ["hai công + nửa ngày", 2.5],
  ])("%p → %p days", (value, days) => {
    const r = parseLabourDays(value);
    expect(r.ok ? r.days : r.code).toBe(days);
  });

  it("says why sessions became days", () => {
    expect(parseLabourDays("3 buổi")).toEqual({ ok: true, days: 1.5, note: "3 buổi → 1,5 (hai buổi là một ngày công)" });
  });

  test.each<[CellValue, LabourDaysErrorCode]>([
    [null, "blank"],
    ["", "blank"],
    [true, "not-days"],
    ["abc", "not-days"],
    ["x", "not-days"],
    ["c", "not-days"],
    ["ngày", "not-days"],
    [-1, "negative"],
    ["-1", "negative"],
    ["-2,5 ngày", "negative"],
    ["1.000", "ambiguous"],
    ["2,500", "ambiguous"],
    ["2/3", "malformed"],
    ["1 2/3", "malformed"],
    ["1 1/2/3", "malformed"],
    ["1/2 ngày (3)", "malformed"],
    ["2,5,5", "malformed"],
    ["3 ngày 4", "malformed"],
    ["nửa rưỡi", "malformed"],
    ["nửa buổi", "malformed"],
    ["buổi", "not-days"],
    ["2 +", "malformed"],
    ["2 + abc", "not-days"],
    ["2 + -1", "negative"],
    [Number.NaN, "malformed"],
    [2_000_000, "too-large"],
    ["1".repeat(400), "too-large"],
    ["0912345678", "too-large"],
  ])("%p is refused as %s", (value, code) => {
    const r = parseLabourDays(value);
    expect(r.ok ? `ok ${r.days}` : r.code).toBe(code);
    if (!r.ok) expect(r.reason).toMatch(/\p{L}/u);
  });

  test("a note shows the normalized days", () => {
    const r = parseLabourDays("2.5 ngày");
    expect(r.ok && r.note).toBe("2.5 ngày → 2,5");
    const same = parseLabourDays("2,5");
    expect(same.ok && same.note).toBeUndefined();
  });

  test("formatLabourDays reads back through parseLabourDays", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (hundredths) => {
        const days = hundredths / 100;
        const text = formatLabourDays(days).replace(/\./g, "");
        const r = parseLabourDays(text);
        expect(r.ok && r.days).toBe(days);
      }),
    );
  });

  test("random strings never throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.stringMatching(/^-?\d{0,400}([.,]\d{0,4})?\s?(ngày|công|rưỡi|½)?$/)), (s) => {
        const r = parseLabourDays(s);
        if (r.ok) {
          expect(r.days).toBeGreaterThanOrEqual(0);
          expect(r.days).toBeLessThanOrEqual(1_000_000);
        }
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("attendanceMarkDays", () => {
  it("reads a cross, a tick or a 1 as a day worked, whatever its case and spaces", () => {
    for (const mark of ["x", "X", " x ", "✓", "1", 1]) expect(attendanceMarkDays(mark)).toBe(1);
  });

  it("reads a half as half a day", () => {
    for (const mark of ["½", "0,5", "0.5", "1/2", "nửa", 0.5]) expect(attendanceMarkDays(mark)).toBe(0.5);
  });

  it("reads absent, off, a dash, a 0 and a blank cell as no day", () => {
    for (const mark of ["v", "V", "vắng", "nghỉ", "Nghỉ", "-", "–", "0", 0, "", "  ", null, undefined]) expect(attendanceMarkDays(mark)).toBe(0);
    // Decomposed Unicode, as some sheets hold it.
    expect(attendanceMarkDays("nghỉ".normalize("NFD"))).toBe(0);
  });

  it("reads a number as the days it says, and nothing else as a mark", () => {
    expect(attendanceMarkDays(2)).toBe(2);
    for (const mark of ["xx", "có", "?", "Trưởng thôn", -1, true]) expect(attendanceMarkDays(mark)).toBeNull();
  });
});
