import fc from "fast-check";
import {
  expandTwoDigitYear,
  formatDateVN,
  isoToSerial,
  MAX_SERIAL,
  parseDate,
  PHANTOM_LEAP_DAY_SERIAL,
  PLAIN_SERIAL_MAX,
  PLAIN_SERIAL_MIN,
  serialToIso,
} from "../../../src/domain/dates";
import type { DateErrorCode, DateParse, ParseDateOptions } from "../../../src/domain/dates";
import type { CellValue } from "../../../src/domain/sheet/types";

function isoOf(r: DateParse): string {
  return r.ok ? r.iso : r.code;
}

describe("parseDate: text", () => {
  test.each<[string, string]>([
    ["7/5/2024", "2024-05-07"],
    ["07/05/2024", "2024-05-07"],
    // Copied from a chat app: invisible characters around the date.
    ["05/04/2024\u200b", "2024-04-05"],
    ["\ufeff05/04/2024", "2024-04-05"],
    ["7-5-2024", "2024-05-07"],
    ["07-05-2024", "2024-05-07"],
    ["7.5.2024", "2024-05-07"],
    ["7 / 5 / 2024", "2024-05-07"],
    ["7/5/24", "2024-05-07"],
    ["31/12/2024", "2024-12-31"],
    ["29/02/2024", "2024-02-29"],
    ["29/2/2000", "2000-02-29"],
    ["01/01/1900", "1900-01-01"],
    ["28/02/1900", "1900-02-28"],
    ["01/03/1900", "1900-03-01"],
    ["2024-05-07", "2024-05-07"],
    ["2024/5/7", "2024-05-07"],
    ["2024.05.07", "2024-05-07"],
    ["ngày 7 tháng 5 năm 2024", "2024-05-07"],
    ["Ngày 07 tháng 05 năm 2024", "2024-05-07"],
    ["7 tháng 5 năm 2024", "2024-05-07"],
    ["ngày 7 tháng 5, năm 2024", "2024-05-07"],
    ["ngay 7 thang 5 nam 2024", "2024-05-07"],
    ["ngày 7/5/2024", "2024-05-07"],
    ["07/05/2024 09:15:31", "2024-05-07"],
    ["7/5/2024 9:15", "2024-05-07"],
    ["7/5/2024 9:15 PM", "2024-05-07"],
    ["2024-05-07T09:00:00Z", "2024-05-07"],
    ["2024-05-07T09:00:00+07:00", "2024-05-07"],
    ["09:15 07/05/2024", "2024-05-07"],
    ["09092024", "2024-09-09"],
    ["20240507", "2024-05-07"],
    ["45419", "2024-05-07"],
    ["  07/05/2024  ", "2024-05-07"],
    ["０７/０５/２０２４", "2024-05-07"],
  ])("%p → %s", (text, iso) => {
    expect(isoOf(parseDate(text))).toBe(iso);
  });

  test.each<[CellValue | undefined, DateErrorCode]>([
    [null, "blank"],
    [undefined, "blank"],
    ["", "blank"],
    ["   ", "blank"],
    [true, "not-date"],
    ["hôm qua", "not-date"],
    ["x", "not-date"],
    ["7/5/2024/1", "not-date"],
    ["7/5/024", "not-date"],
    ["7/5/20245", "not-date"],
    ["31/02/2024", "invalid-date"],
    ["30/02/2024", "invalid-date"],
    ["29/02/2023", "invalid-date"],
    ["29/02/1900", "invalid-date"],
    ["31/04/2024", "invalid-date"],
    ["00/05/2024", "invalid-date"],
    ["07/00/2024", "invalid-date"],
    ["5/13/2024", "invalid-date"],
    ["32/01/2024", "invalid-date"],
    ["2024-02-30", "invalid-date"],
    ["31/12/1899", "out-of-range"],
    ["07/05/1024", "out-of-range"],
    ["7/5", "incomplete"],
    ["5/2024", "incomplete"],
    ["tháng 5/2024", "incomplete"],
    ["tháng 5 năm 2024", "incomplete"],
    // A month or a quarter as offices shorten them.
    ["T5/2024", "incomplete"],
    ["T.6-2024", "incomplete"],
    ["tháng 6", "incomplete"],
    ["Quý II/2024", "incomplete"],
    ["Q3/2024", "incomplete"],
    ["quý 2 năm 2024", "incomplete"],
    ["99999999", "invalid-date"],
    ["12345", "not-date"],
  ])("%p is refused as %s", (value, code) => {
    const r = parseDate(value);
    expect(isoOf(r)).toBe(code);
    if (!r.ok) expect(r.reason).toMatch(/\p{L}/u);
  });

  test("the reasons name what is wrong", () => {
    const feb = parseDate("29/02/2023");
    expect(!feb.ok && feb.reason).toContain("không nhuận");
    const us = parseDate("5/13/2024");
    expect(!us.ok && us.reason).toContain("kiểu Mỹ");
    const zero = parseDate("00/05/2024");
    expect(!zero.ok && zero.reason).toContain("ngày 0");
  });

  test("a note shows the normalized date; a date already dd/mm/yyyy has none", () => {
    const r = parseDate("7/5/24", { campaignYear: 2024 });
    expect(r.ok && r.note).toBe("7/5/24 → 07/05/2024 (năm “24” hiểu là 2024)");
    const same = parseDate("07/05/2024");
    expect(same.ok && same.note).toBeUndefined();
  });

  test("the serial comes with the iso", () => {
    const r = parseDate("07/05/2024");
    expect(r.ok && r.serial).toBe(45_419);
  });
});

describe("parseDate: a month named in English", () => {
  test.each<[string, string]>([
    ["12 Feb 2024", "2024-02-12"],
    ["12-Feb-24", "2024-02-12"],
    ["12 February 2024", "2024-02-12"],
    ["12th February, 2024", "2024-02-12"],
    ["February 12, 2024", "2024-02-12"],
    ["Sept 3 2024", "2024-09-03"],
    ["3 sep. 2024", "2024-09-03"],
    ["12 May 2024 10:30", "2024-05-12"],
    ["12 Feb", "2024-02-12"],
  ])("%p → %s", (text, iso) => {
    expect(isoOf(parseDate(text, { campaignYear: 2024 }))).toBe(iso);
  });

  test.each<[string, DateErrorCode]>([
    ["Feb 2024", "incomplete"],
    ["31 Feb 2024", "invalid-date"],
    ["12 Fab 2024", "not-date"],
    ["12 Feb", "incomplete"],
  ])("%p is refused: %s", (text, code) => {
    expect(isoOf(parseDate(text))).toBe(code);
  });

  test("the note shows the reading", () => {
    const p = parseDate("12-Feb-24", { campaignYear: 2024 });
    expect(p.ok && p.note).toBe("12-Feb-24 → 12/02/2024 (năm “24” hiểu là 2024)");
  });
});

describe("parseDate: the campaign year", () => {
  test.each<[string, number | undefined, string]>([
    ["7/5/24", 2024, "2024-05-07"],
    ["7/5/24", undefined, "2024-05-07"],
    ["7/5/99", 2024, "1999-05-07"],
    ["7/5/73", 2024, "2073-05-07"],
    ["7/5/74", 2024, "1974-05-07"],
    ["7/5/49", undefined, "2049-05-07"],
    ["7/5/50", undefined, "1950-05-07"],
    ["7/5/00", 2024, "2000-05-07"],
    ["7/5/30", 2030, "2030-05-07"],
    ["7/5", 2024, "2024-05-07"],
    ["7 tháng 5", 2025, "2025-05-07"],
  ])("%p with campaign %p → %s", (text, campaignYear, iso) => {
    expect(isoOf(parseDate(text, { campaignYear }))).toBe(iso);
  });

  test("a 2-digit year lands within 50 years of the campaign year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1960, max: 9900 }), (yy, campaign) => {
        const year = expandTwoDigitYear(yy, campaign);
        expect(year % 100).toBe(yy);
        expect(year).toBeGreaterThanOrEqual(campaign - 50);
        expect(year).toBeLessThanOrEqual(campaign + 49);
      }),
    );
  });

  test.each([1.5, 1800, 10_000])("refuses the campaign year %p", (campaignYear) => {
    expect(() => parseDate("7/5/2024", { campaignYear })).toThrow(RangeError);
  });
});

describe("parseDate: numbers", () => {
  test.each<[number, ParseDateOptions, string]>([
    [45_419, { isDateFormatted: true }, "2024-05-07"],
    [45_419.75, { isDateFormatted: true }, "2024-05-07"],
    [1, { isDateFormatted: true }, "1900-01-01"],
    [59, { isDateFormatted: true }, "1900-02-28"],
    [61, { isDateFormatted: true }, "1900-03-01"],
    [MAX_SERIAL, { isDateFormatted: true }, "9999-12-31"],
    [45_419, {}, "2024-05-07"],
    [PLAIN_SERIAL_MIN, {}, "1990-01-01"],
    [PLAIN_SERIAL_MAX, {}, "2100-12-31"],
    [20_240_507, {}, "2024-05-07"],
    [17_052_024, {}, "2024-05-17"],
  ])("%p with %p → %s", (n, options, iso) => {
    expect(isoOf(parseDate(n, options))).toBe(iso);
  });

  test.each<[number, ParseDateOptions, DateErrorCode]>([
    [PHANTOM_LEAP_DAY_SERIAL, { isDateFormatted: true }, "invalid-date"],
    [0.5, { isDateFormatted: true }, "not-date"],
    [0, { isDateFormatted: true }, "not-date"],
    [-3, { isDateFormatted: true }, "out-of-range"],
    [MAX_SERIAL + 1, { isDateFormatted: true }, "out-of-range"],
    [Number.NaN, { isDateFormatted: true }, "not-date"],
    [450_000, {}, "not-date"],
    [PLAIN_SERIAL_MIN - 1, {}, "not-date"],
    [PLAIN_SERIAL_MAX + 1, {}, "not-date"],
    [45_419.5, {}, "not-date"],
    [3, {}, "not-date"],
    [7_052_024, {}, "not-date"],
    [99_999_999, {}, "invalid-date"],
  ])("%p with %p is refused as %s", (n, options, code) => {
    expect(isoOf(parseDate(n, options))).toBe(code);
  });

  test.each(["Thứ 7, 22/06/2024", "thứ bảy 22/06/2024", "T7 22/06/2024", "22/06/2024 (CN)", "Chủ nhật, 22/06/2024", "22/06/2024, thứ 7"])("the day of the week in %p is dropped with a note", (text) => {
    const r = parseDate(text);
    expect(r.ok && [r.iso, r.note]).toEqual(["2024-06-22", `${text} → 22/06/2024 (bỏ thứ trong tuần)`]);
  });

  test("a month written T6 is still a month, not a weekday", () => {
    const r = parseDate("T6/2024");
    expect(r.ok ? r.iso : r.code).toBe("incomplete");
  });

  test.each(["13/05/2024 - 21:40", "13/05/2024 – 21:40", "13/05/2024 21:40", "21:40 13/05/2024", "sáng 13/05/2024", "Chiều 13/05/2024"])("the time of day in %p (a bank export's, or \"sáng\") is dropped with a note", (text) => {
    const r = parseDate(text);
    expect(r.ok && [r.iso, r.note]).toEqual(["2024-05-13", `${text} → 13/05/2024 (bỏ phần giờ)`]);
  });

  test("a time of day in a date cell is dropped with a note", () => {
    const r = parseDate(45_419.75, { isDateFormatted: true });
    expect(r.ok && r.note).toContain("bỏ phần giờ");
    const whole = parseDate(45_419, { isDateFormatted: true });
    expect(whole.ok && whole.note).toBeUndefined();
  });

  test("a serial typed as a plain number is read with a note", () => {
    const r = parseDate(45_419);
    expect(r.ok && r.note).toContain("07/05/2024");
  });

  test("every date-formatted serial reads back its own date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (serial) => {
        fc.pre(serial !== PHANTOM_LEAP_DAY_SERIAL);
        const r = parseDate(serial, { isDateFormatted: true });
        expect(r).toEqual({ ok: true, iso: serialToIso(serial), serial });
      }),
    );
  });
});

describe("parseDate: properties", () => {
  const isos = fc
    .integer({ min: 1, max: MAX_SERIAL })
    .filter((s) => s !== PHANTOM_LEAP_DAY_SERIAL)
    .map(serialToIso);

  test("formatDateVN and the usual notations read back the same date", () => {
    fc.assert(
      fc.property(isos, fc.constantFrom("/", "-", "."), (iso, sep) => {
        const [y, m, d] = iso.split("-").map(Number);
        const expected = { ok: true, iso, serial: isoToSerial(iso) };
        expect(parseDate(formatDateVN(iso))).toEqual(expected);
        expect(isoOf(parseDate(`${d}${sep}${m}${sep}${y}`))).toBe(iso);
        expect(isoOf(parseDate(iso))).toBe(iso);
        expect(isoOf(parseDate(`ngày ${d} tháng ${m} năm ${y}`))).toBe(iso);
        expect(isoOf(parseDate(`${d}/${m}/${String(y % 100).padStart(2, "0")}`, { campaignYear: y }))).toBe(iso);
      }),
      { numRuns: 5000 },
    );
  });

  test("100.000 random strings never throw, and every success is a real date", () => {
    const pieces = fc.constantFrom(
      ..."0123456789".split(""),
      "/",
      "-",
      ".",
      " ",
      ":",
      "T",
      "Z",
      "ngày ",
      "tháng ",
      "năm ",
      ",",
      "PM",
      "２",
    );
    const digitHeavy = fc.array(pieces, { maxLength: 24 }).map((a) => a.join(""));
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      digitHeavy,
      fc.string({ unit: fc.constantFrom("0", "1", "2", "9", "/", "-", ".", " ", ":"), maxLength: 40 }),
      fc.stringMatching(/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}( \d{1,2}:\d{2})?$/),
    );
    const opts = fc.record(
      { campaignYear: fc.integer({ min: 1900, max: 9999 }), isDateFormatted: fc.boolean() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, opts, (s, o) => {
        const r = parseDate(s, o);
        if (r.ok) expect(serialToIso(r.serial)).toBe(r.iso);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 100_000 },
    );
  }, 120_000);

  test("random numbers never throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer()), fc.boolean(), (n, isDateFormatted) => {
        const r = parseDate(n, { isDateFormatted });
        if (r.ok) expect(serialToIso(r.serial)).toBe(r.iso);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("parseDate: the clock as Vietnamese write it beside the date", () => {
  test.each<[string, string]>([
    ["8h30 ngày 06/6/2024", "2024-06-06"],
    ["8h30 06/6/2024", "2024-06-06"],
    ["06/6/2024 8h30", "2024-06-06"],
    ["06/6/2024, 8h", "2024-06-06"],
    ["14h15 06/6/2024", "2024-06-06"],
    ["06/6/2024 14h15", "2024-06-06"],
    ["8 giờ 30 ngày 06/6/2024", "2024-06-06"],
    ["8 giờ 30 phút ngày 6/6/2024", "2024-06-06"],
    ["8g30 6/6/2024", "2024-06-06"],
    ["lúc 8h30 ngày 6/6/2024", "2024-06-06"],
    ["sáng 8h30 6/6/2024", "2024-06-06"],
    ["8h sáng 6/6/2024", "2024-06-06"],
    ["6/6/2024 8h30 sáng", "2024-06-06"],
    ["8h30 ngày 6/6", "2024-06-06"],
  ])("%p → %s", (text, iso) => {
    const r = parseDate(text, { campaignYear: 2024 });
    expect(isoOf(r)).toBe(iso);
    expect(r.ok && r.note).toContain("bỏ phần giờ");
  });
});
