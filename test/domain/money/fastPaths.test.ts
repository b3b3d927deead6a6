/**
 * parseMoney and parseLabourDays read plain figures on a fast path before their general
 * readers, and round and format without BigInt or string splitting where a double is exact.
 * These properties check each fast path against the general path it stands in for.
 */
import fc from "fast-check";
import { formatMoney, groupThousands, isBlank, parseMoney } from "../../../src/domain/money";
import { formatLabourDays, parseLabourDays, readLabourDaysText, roundByDigits, roundLabourDays } from "../../../src/domain/money/labour";
import { readMoneyText } from "../../../src/domain/money/parse";

const RUNS = { numRuns: 5000 };

/** Digits grouped or not, with a separator misplaced now and then. */
const figure = fc
  .tuple(
    fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.bigInt({ min: 0n, max: 10n ** 7n })),
    fc.constantFrom("", ".", ",", " "),
    fc.constantFrom("", "0", "00"),
    fc.nat({ max: 20 }),
  )
  .map(([n, separator, zeros, cut]) => {
    const digits = zeros + n.toString();
    const grouped = separator === "" ? digits : groupThousands(digits, separator);
    // A separator moved by one place, or dropped, to make near misses.
    if (cut === 1 && grouped.length > 2) return grouped.slice(0, 1) + grouped.slice(2, 3) + grouped.slice(1, 2) + grouped.slice(3);
    if (cut === 2) return grouped.replace(separator || "0", "");
    return grouped;
  });

const moneySuffix = fc.constantFrom(
  ...["", "", "đ", "Đ", " đ", " Đ", "VNĐ", " VNĐ", "VND", " VND", " đồng"],
  ...[" dong", "d", " vnđ", "đ.", "k", " triệu", ",00", ".-", " "],
);
const moneyText = fc.oneof(
  fc.tuple(figure, moneySuffix).map(([f, s]) => f + s),
  fc.string({ unit: fc.constantFrom(..."0123456789.,đ VND"), maxLength: 24 }),
);

/** What parseMoney does with text by the general path alone. */
function generalMoney(text: string) {
  return isBlank(text) ? parseMoney(null) : readMoneyText(text);
}

describe("parseMoney: the plain-figure fast path", () => {
  test("agrees with the general reader on figures, near misses and currency suffixes", () => {
    fc.assert(
      fc.property(moneyText, (text) => {
        expect(parseMoney(text)).toEqual(generalMoney(text));
      }),
      { numRuns: 20_000 },
    );
  });

  test("agrees on any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseMoney(text)).toEqual(generalMoney(text));
      }),
      RUNS,
    );
  });

  test("isBlank's shortcut agrees with trimming", () => {
    const blank = (s: string) => s.replace(/[\u200b-\u200d\u2060\ufeff]/g, "").trim() === "";
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..." \t\u00a0\u200b\ufeff\u3000a1-~\u007fđ") }), (s) => {
        expect(isBlank(s)).toBe(blank(s));
      }),
      RUNS,
    );
  });

  test("formatMoney without BigInt prints what BigInt prints", () => {
    const viaBigInt = (n: number) => {
      const b = BigInt(n);
      return `${b < 0n ? "-" : ""}${groupThousands((b < 0n ? -b : b).toString())}`;
    };
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer()), (n) => {
        expect(formatMoney(n)).toBe(viaBigInt(n));
      }),
      RUNS,
    );
    expect(formatMoney(-0)).toBe("0");
  });
});

// ---------------------------------------------------------------------------------------------

const dayFigure = fc
  .tuple(
    fc.constantFrom("", "0"),
    fc.nat({ max: 10 ** 8 }),
    fc.constantFrom("", ",", "."),
    fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 5 }),
  )
  .map(([zero, whole, mark, decimals]) => `${zero}${whole}${mark}${mark === "" ? "" : decimals}`);
const daySuffix = fc.constantFrom(
  ...["", "", " ngày", " công", " ngày công", " rưỡi", " ngày rưỡi", " rưỡi ngày"],
  ...["½", "½ ngày", " ½", "ngày", " Ngày", " nc", "."],
);
const dayText = fc.oneof(
  fc.tuple(dayFigure, daySuffix).map(([f, s]) => f + s),
  fc.constantFrom("nửa", "nửa ngày", "½", "nửa công", "Nửa ngày", "½ ngày"),
  fc.string({ unit: fc.constantFrom(..."0123456789.,½ ngàyc"), maxLength: 12 }),
);

function generalDays(text: string) {
  return isBlank(text) ? parseLabourDays(null) : readLabourDaysText(text);
}

describe("parseLabourDays: the plain-days fast path", () => {
  test("agrees with the general reader", () => {
    fc.assert(
      fc.property(dayText, (text) => {
        expect(parseLabourDays(text)).toEqual(generalDays(text));
      }),
      { numRuns: 20_000 },
    );
  });

  test("agrees on any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseLabourDays(text)).toEqual(generalDays(text));
      }),
      RUNS,
    );
  });
});

describe("rounding and formatting days", () => {
  const anyDays = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e16, max: 1e16 }),
    fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((h) => h / 100),
    fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((h) => h / 1000),
    fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((h) => h / 100),
    fc.tuple(fc.integer({ min: 0, max: 14 }), fc.double({ min: -1, max: 1, noNaN: true })).map(([e, x]) => x * 10 ** e),
  );

  test("a number with at most two decimals is its own rounding, as the digit-by-digit rule says", () => {
    fc.assert(
      fc.property(anyDays, (d) => {
        expect(roundLabourDays(d)).toBe(roundByDigits(d));
      }),
      { numRuns: 50_000 },
    );
  });

  test("formatting from the count of hundredths prints what toFixed(2) prints", () => {
    const viaToFixed = (days: number) => {
      const r = roundLabourDays(days);
      const [int, frac = ""] = Math.abs(r).toFixed(2).split(".");
      const decimals = frac.replace(/0+$/, "");
      return `${r < 0 ? "-" : ""}${groupThousands(int)}${decimals === "" ? "" : `,${decimals}`}`;
    };
    fc.assert(
      fc.property(anyDays, (d) => {
        expect(formatLabourDays(d)).toBe(viaToFixed(d));
      }),
      { numRuns: 50_000 },
    );
  });
});
