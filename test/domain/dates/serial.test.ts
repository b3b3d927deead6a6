import fc from "fast-check";
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  isoToSerial,
  isValidSerial,
  MAX_SERIAL,
  PHANTOM_LEAP_DAY_SERIAL,
  serialToIso,
} from "../../../src/domain/dates";

const DAY_MS = 86_400_000;

/** An independent oracle: Excel's serial counted with JavaScript's UTC calendar. */
function oracleIso(serial: number): string {
  const epoch = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + serial * DAY_MS).toISOString().slice(0, 10);
}

describe("Excel serials", () => {
  test.each<[number, string]>([
    [1, "1900-01-01"],
    [31, "1900-01-31"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [367, "1901-01-01"],
    [25_569, "1970-01-01"],
    [32_874, "1990-01-01"],
    [36_526, "2000-01-01"],
    [45_292, "2024-01-01"],
    [45_351, "2024-02-29"],
    [45_419, "2024-05-07"],
    [45_662, "2025-01-05"],
    [73_415, "2100-12-31"],
    [MAX_SERIAL, "9999-12-31"],
  ])("%p ↔ %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  test.each([0, -1, PHANTOM_LEAP_DAY_SERIAL, 1.5, MAX_SERIAL + 1, Number.NaN])("serialToIso refuses %p", (serial) => {
    expect(isValidSerial(serial)).toBe(false);
    expect(() => serialToIso(serial)).toThrow(RangeError);
  });

  test.each(["1899-12-31", "1900-02-29", "2023-02-29", "2024-13-01", "2024-5-7", "07/05/2024", "", "2024-05-07T00:00"])(
    "isoToSerial refuses %p",
    (iso) => {
      expect(() => isoToSerial(iso)).toThrow(RangeError);
    },
  );

  test("serial → iso → serial for every valid serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (serial) => {
        fc.pre(serial !== PHANTOM_LEAP_DAY_SERIAL);
        const iso = serialToIso(serial);
        expect(isIsoDate(iso)).toBe(true);
        expect(isoToSerial(iso)).toBe(serial);
      }),
      { numRuns: 20_000 },
    );
  });

  test("agrees with JavaScript's own UTC calendar", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (serial) => {
        fc.pre(serial !== PHANTOM_LEAP_DAY_SERIAL);
        expect(serialToIso(serial)).toBe(oracleIso(serial));
      }),
      { numRuns: 20_000 },
    );
  });

  test("iso → serial → iso for real dates from 1900", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(serialToIso(isoToSerial(iso))).toBe(iso);
      }),
      { numRuns: 20_000 },
    );
  });

  test("consecutive serials are consecutive days, skipping only the phantom 29/02/1900", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_SERIAL - 1 }), (serial) => {
        const a = Date.parse(serialToIso(serial));
        const b = Date.parse(serialToIso(serial + 1));
        expect(b - a).toBe(DAY_MS);
      }),
    );
    expect(Date.parse(serialToIso(61)) - Date.parse(serialToIso(59))).toBe(DAY_MS);
  });
});

describe("calendar", () => {
  test.each<[number, boolean]>([
    [2024, true],
    [2023, false],
    [1900, false],
    [2000, true],
    [2100, false],
  ])("leap year %p: %p", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  test("daysFromCivil and civilFromDays are inverse and agree with Date.UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (days) => {
        const { year, month, day } = civilFromDays(days);
        expect(daysFromCivil(year, month, day)).toBe(days);
        if (year >= 1000) expect(Date.UTC(year, month - 1, day) / DAY_MS).toBe(days);
      }),
    );
  });
});
