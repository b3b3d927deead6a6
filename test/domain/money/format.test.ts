import fc from "fast-check";
import {
  formatMoney,
  groupThousands,
  LABOUR_DAYS_NUMBER_FORMAT,
  MONEY_NUMBER_FORMAT,
  MONEY_NUMBER_FORMAT_LOCALE,
  moneyNumberFormatFor,
} from "../../../src/domain/money";
import { conditionCount, EN_US, renderNumberFormat, VI_VN } from "./excelFormat";

const LIMIT = 10n ** 15n;

describe("formatMoney", () => {
  test.each([
    [0, "0"],
    [5, "5"],
    [999, "999"],
    [1000, "1.000"],
    [450000, "450.000"],
    [1500000, "1.500.000"],
    [-1500000, "-1.500.000"],
    [-999, "-999"],
    [125400000, "125.400.000"],
    [1000000000000000, "1.000.000.000.000.000"],
    [Number.MAX_SAFE_INTEGER, "9.007.199.254.740.991"],
  ])("%p → %s", (n, text) => {
    expect(formatMoney(n)).toBe(text);
  });

  test("bigint beyond 2^53", () => {
    expect(formatMoney(10n ** 18n)).toBe("1.000.000.000.000.000.000");
  });

  test("-0 prints as 0", () => {
    expect(formatMoney(-0)).toBe("0");
  });

  test.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])("refuses %p", (n) => {
    expect(() => formatMoney(n)).toThrow(RangeError);
  });

  test("digits are kept and grouped by three from the right", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -LIMIT, max: LIMIT }), (n) => {
        const text = formatMoney(n);
        expect(text.replace(/\./g, "")).toBe(n.toString());
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
      }),
    );
  });

  test("groupThousands with another separator", () => {
    expect(groupThousands("1234567", " ")).toBe("1 234 567");
  });
});

describe("the format model used below", () => {
  test("a literal dot is printed with no digit before it, which is why conditions are needed", () => {
    expect(renderNumberFormat("#\\.##0", 5, EN_US)).toBe(".5");
    expect(renderNumberFormat("#\\.##0", 1234567, EN_US)).toBe("1234.567");
  });

  test("#,##0 follows the reader's separator", () => {
    expect(renderNumberFormat("#,##0", 1234567, EN_US)).toBe("1,234,567");
    expect(renderNumberFormat("#,##0", 1234567, VI_VN)).toBe("1.234.567");
    expect(renderNumberFormat("#,##0", 0, VI_VN)).toBe("0");
  });
});

describe("MONEY_NUMBER_FORMAT", () => {
  test("is a format Excel accepts: at most two conditions, four sections, 255 characters", () => {
    expect(conditionCount(MONEY_NUMBER_FORMAT)).toBeLessThanOrEqual(2);
    expect(MONEY_NUMBER_FORMAT.split(";").length).toBeLessThanOrEqual(4);
    expect(MONEY_NUMBER_FORMAT.length).toBeLessThanOrEqual(255);
  });

  test.each([0, 7, 999, 1000, 450000, 999999, 1000000, 1500000, 125400000, 999999999])(
    "%p shows with dots in vi-VN and en-US",
    (n) => {
      expect(renderNumberFormat(MONEY_NUMBER_FORMAT, n, EN_US)).toBe(formatMoney(n));
      expect(renderNumberFormat(MONEY_NUMBER_FORMAT, n, VI_VN)).toBe(formatMoney(n));
    },
  );

  test("every amount from 0 to 999.999.999 shows as formatMoney in any locale", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom(EN_US, VI_VN), (n, locale) => {
        expect(renderNumberFormat(MONEY_NUMBER_FORMAT, n, locale)).toBe(formatMoney(n));
      }),
    );
  });

  test("from 10^9 on the digits and every dot from the right stay; the leftmost group grows", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1_000_000_000n, max: LIMIT }), fc.constantFrom(EN_US, VI_VN), (n, locale) => {
        const shown = renderNumberFormat(MONEY_NUMBER_FORMAT, n, locale);
        expect(shown.replace(/\./g, "")).toBe(n.toString());
        expect(shown).toMatch(/^\d{4,}\.\d{3}\.\d{3}$/);
        expect(formatMoney(n).endsWith(shown.slice(-8))).toBe(true);
      }),
    );
  });

  test("negative amounts group with the reader's separator", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -LIMIT, max: -1n }), (n) => {
        expect(renderNumberFormat(MONEY_NUMBER_FORMAT, n, VI_VN)).toBe(formatMoney(n));
        expect(renderNumberFormat(MONEY_NUMBER_FORMAT, n, EN_US)).toBe(formatMoney(n).replace(/\./g, ","));
      }),
    );
  });
});

describe("MONEY_NUMBER_FORMAT_LOCALE and moneyNumberFormatFor", () => {
  test("#,##0 is exact for every integer up to 10^15 where the reader's separator is a dot", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -LIMIT, max: LIMIT }), (n) => {
        expect(renderNumberFormat(MONEY_NUMBER_FORMAT_LOCALE, n, VI_VN)).toBe(formatMoney(n));
      }),
    );
  });

  test("picks the locale format only where it prints dots", () => {
    expect(moneyNumberFormatFor(".")).toBe(MONEY_NUMBER_FORMAT_LOCALE);
    expect(moneyNumberFormatFor(",")).toBe(MONEY_NUMBER_FORMAT);
    expect(moneyNumberFormatFor(" ")).toBe(MONEY_NUMBER_FORMAT);
    expect(moneyNumberFormatFor(undefined)).toBe(MONEY_NUMBER_FORMAT);
  });
});

describe("LABOUR_DAYS_NUMBER_FORMAT", () => {
  test.each([
    [2.5, "2,5", "2.5"],
    [3, "3,0", "3.0"],
    [0.5, "0,5", "0.5"],
    [200_000 / 150_000, "1,33", "1.33"],
    [1234.5, "1.234,5", "1,234.5"],
  ])("%p → %s (vi-VN), %s (en-US)", (days, vi, en) => {
    expect(renderNumberFormat(LABOUR_DAYS_NUMBER_FORMAT, days, VI_VN)).toBe(vi);
    expect(renderNumberFormat(LABOUR_DAYS_NUMBER_FORMAT, days, EN_US)).toBe(en);
  });
});
