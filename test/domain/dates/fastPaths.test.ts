/**
 * parseDate reads a plain "d/m/yyyy" on a fast path before its general reader, and builds a
 * date's texts from its parts (shared between cells of the same day) instead of parsing an ISO
 * text back. These properties check the fast paths against the general ones.
 */
import fc from "fast-check";
import { formatDateVN, isoToSerial, parseDate, serialToIso } from "../../../src/domain/dates";
import { readDateText } from "../../../src/domain/dates/parse";
import { isoFromParts, partsToSerial, serialToParts } from "../../../src/domain/dates/serial";
import { formatPartsVN } from "../../../src/domain/dates/format";

const number = (maxDigits: number) =>
  fc.tuple(fc.nat({ max: 10 ** maxDigits - 1 }), fc.boolean()).map(([n, pad]) => (pad ? String(n).padStart(maxDigits, "0") : String(n)));
const separator = fc.constantFrom("/", "/", "-", ".", " / ", "/ ", ",", "");
const dateText = fc
  .tuple(
    fc.oneof(number(2), number(4)),
    separator,
    number(2),
    separator,
    fc.oneof(number(4), number(2), number(1), number(3), number(5)),
    fc.constantFrom("", "", " ", " 09:15", "x"),
  )
  .map(([d, s1, m, s2, y, tail]) => `${d}${s1}${m}${s2}${y}${tail}`);
const realSerial = fc.integer({ min: 1, max: 2_958_465 }).filter((s) => s !== 60);
const two = (n: number) => String(n).padStart(2, "0");
const options = fc.record({ campaignYear: fc.option(fc.integer({ min: 1900, max: 9999 }), { nil: undefined }) }, { requiredKeys: [] });

describe("parseDate: the plain d/m/y fast path", () => {
  test("agrees with the general reader on generated d/m/y text", () => {
    fc.assert(
      fc.property(dateText, options, (text, opts) => {
        const general = text.trim() === "" ? parseDate(null) : readDateText(text, opts);
        expect(parseDate(text, opts)).toEqual(general);
      }),
      { numRuns: 20_000 },
    );
  });

  test("agrees on real dates written every usual way", () => {
    fc.assert(
      fc.property(realSerial, fc.constantFrom("/", "-", "."), fc.boolean(), (serial, sep, short) => {
        const { year, month, day } = serialToParts(serial);
        const y = short ? two(year % 100) : String(year);
        for (const text of [`${day}${sep}${month}${sep}${y}`, `${two(day)}${sep}${two(month)}${sep}${y}`]) {
          expect(parseDate(text, { campaignYear: 2024 })).toEqual(readDateText(text, { campaignYear: 2024 }));
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe("a date's texts from its parts", () => {
  test("are the texts the ISO functions give", () => {
    fc.assert(
      fc.property(realSerial, (serial) => {
        const iso = serialToIso(serial);
        const { year, month, day } = serialToParts(serial);
        expect(isoFromParts(year, month, day)).toBe(iso);
        expect(partsToSerial(year, month, day)).toBe(serial);
        expect(isoToSerial(iso)).toBe(serial);
        expect(formatPartsVN(year, month, day)).toBe(formatDateVN(iso));
      }),
      { numRuns: 5000 },
    );
  });

  test("a serial typed as a number reads as before, with the cache cold and warm", () => {
    fc.assert(
      fc.property(fc.integer({ min: 32_874, max: 73_415 }), (serial) => {
        const iso = serialToIso(serial);
        const expected = { ok: true, iso, serial, note: `${serial} → ${formatDateVN(iso)} (số ngày kiểu Excel, date serial)` };
        expect(parseDate(serial)).toEqual(expected);
        expect(parseDate(serial)).toEqual(expected);
        const vn = formatDateVN(iso);
        expect(parseDate(serial + 0.5, { isDateFormatted: true })).toEqual({ ok: true, iso, serial, note: `${vn} → ${vn} (bỏ phần giờ)` });
      }),
      { numRuns: 5000 },
    );
  });

  test("past the cache's bound every day still reads right", () => {
    for (let serial = 1; serial <= 25_000; serial += 1) {
      if (serial === 60) continue;
      const r = parseDate(serial, { isDateFormatted: true });
      if (!r.ok || r.iso !== serialToIso(serial) || r.serial !== serial) throw new Error(`serial ${serial}: ${JSON.stringify(r)}`);
    }
  });
});
