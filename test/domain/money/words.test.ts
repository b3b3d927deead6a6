import fc from "fast-check";
import { amountInWords, moneyInWordsLine, readAmountWords } from "../../../src/domain/money";
import type { AmountInWordsOptions } from "../../../src/domain/money";
import { wordsToAmount } from "./wordsOracle";

describe("amountInWords: the rules of DOMAIN.md", () => {
  test.each<[number | bigint, string]>([
    [0, "Không đồng"],
    [1, "Một đồng"],
    [4, "Bốn đồng"],
    [5, "Năm đồng"],
    [10, "Mười đồng"],
    [11, "Mười một đồng"],
    [14, "Mười bốn đồng"],
    [15, "Mười lăm đồng"],
    [20, "Hai mươi đồng"],
    [21, "Hai mươi mốt đồng"],
    [24, "Hai mươi tư đồng"],
    [25, "Hai mươi lăm đồng"],
    [55, "Năm mươi lăm đồng"],
    [91, "Chín mươi mốt đồng"],
    [100, "Một trăm đồng"],
    [101, "Một trăm linh một đồng"],
    [104, "Một trăm linh bốn đồng"],
    [105, "Một trăm linh năm đồng"],
    [110, "Một trăm mười đồng"],
    [115, "Một trăm mười lăm đồng"],
    [121, "Một trăm hai mươi mốt đồng"],
    [1_000, "Một nghìn đồng"],
    [1_001, "Một nghìn không trăm linh một đồng"],
    [1_010, "Một nghìn không trăm mười đồng"],
    [1_500, "Một nghìn năm trăm đồng"],
    [15_000, "Mười lăm nghìn đồng"],
    [21_000, "Hai mươi mốt nghìn đồng"],
    [150_000, "Một trăm năm mươi nghìn đồng"],
    [450_000, "Bốn trăm năm mươi nghìn đồng"],
    [1_000_000, "Một triệu đồng"],
    [1_000_005, "Một triệu không trăm linh năm đồng"],
    [1_005_000, "Một triệu không trăm linh năm nghìn đồng"],
    [1_050_000, "Một triệu không trăm năm mươi nghìn đồng"],
    [1_500_000, "Một triệu năm trăm nghìn đồng"],
    [2_000_000, "Hai triệu đồng"],
    [5_000_000, "Năm triệu đồng"],
    [125_400_000, "Một trăm hai mươi lăm triệu bốn trăm nghìn đồng"],
    [1_000_000_000, "Một tỷ đồng"],
    [2_300_500_000, "Hai tỷ ba trăm triệu năm trăm nghìn đồng"],
    [1_000_000_001, "Một tỷ không trăm linh một đồng"],
    [10 ** 12, "Một nghìn tỷ đồng"],
    [1_005_000_000_000, "Một nghìn không trăm linh năm tỷ đồng"],
    [1_000_000_000_005, "Một nghìn tỷ không trăm linh năm đồng"],
    [10 ** 15, "Một triệu tỷ đồng"],
    [10n ** 18n, "Một tỷ tỷ đồng"],
    [-1_500_000, "Âm một triệu năm trăm nghìn đồng"],
    [-21, "Âm hai mươi mốt đồng"],
  ])("%p → %s", (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });

  test.each<[number, AmountInWordsOptions, string]>([
    [105, { zeroTens: "lẻ" }, "Một trăm lẻ năm đồng"],
    [1_005_000, { zeroTens: "lẻ" }, "Một triệu không trăm lẻ năm nghìn đồng"],
    [450_000, { thousand: "ngàn" }, "Bốn trăm năm mươi ngàn đồng"],
    [24, { four: "bốn" }, "Hai mươi bốn đồng"],
    [14, { four: "tư" }, "Mười bốn đồng"],
    [104, { four: "tư" }, "Một trăm linh bốn đồng"],
    [2_000_000_000, { billion: "tỉ" }, "Hai tỉ đồng"],
    [500_000, { suffix: "đồng chẵn" }, "Năm trăm nghìn đồng chẵn"],
    [125_400_000, { suffix: "đồng chẵn" }, "Một trăm hai mươi lăm triệu bốn trăm nghìn đồng chẵn"],
    [1_234_567, { suffix: "đồng chẵn" }, "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"],
    [500, { suffix: "đồng chẵn" }, "Năm trăm đồng"],
    [0, { suffix: "đồng chẵn" }, "Không đồng"],
    [21, { suffix: "" }, "Hai mươi mốt"],
    [5, { suffix: undefined }, "Năm đồng"],
  ])("%p with %p → %s", (n, options, words) => {
    expect(amountInWords(n, options)).toBe(words);
  });

  test("moneyInWordsLine writes the document line", () => {
    expect(moneyInWordsLine(125_400_000)).toBe("Bằng chữ: Một trăm hai mươi lăm triệu bốn trăm nghìn đồng.");
  });

  test.each([1.5, Number.NaN, 2 ** 53])("refuses %p", (n) => {
    expect(() => amountInWords(n)).toThrow(RangeError);
  });
});

const LIMIT = 10n ** 15n;
const amounts = fc.oneof(
  fc.bigInt({ min: -LIMIT, max: LIMIT }),
  fc.bigInt({ min: 0n, max: 100_000n }),
  // Amounts with zero groups inside: a few non-zero digits scattered over 16 places.
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 })), { maxLength: 4 })
    .map((parts) => parts.reduce((sum, [place, d]) => sum + BigInt(d) * 10n ** BigInt(place), 0n)),
);
const options = fc.record(
  {
    zeroTens: fc.constantFrom<"linh" | "lẻ">("linh", "lẻ"),
    thousand: fc.constantFrom<"nghìn" | "ngàn">("nghìn", "ngàn"),
    four: fc.constantFrom<"tư" | "bốn">("tư", "bốn"),
    billion: fc.constantFrom<"tỷ" | "tỉ">("tỷ", "tỉ"),
    suffix: fc.constantFrom<"đồng" | "đồng chẵn" | "">("đồng", "đồng chẵn", ""),
  },
  { requiredKeys: [] },
);

describe("amountInWords: properties", () => {
  test("never 'mười năm', 'mươi một', 'mươi năm', 'mươi bốn' (default tư), double spaces or an empty group", () => {
    fc.assert(
      fc.property(amounts, (n) => {
        const words = amountInWords(n);
        for (const wrong of ["mười năm", "mươi một", "mươi năm", "mươi bốn", "  ", "mười không", "mươi không"]) {
          expect(words).not.toContain(wrong);
        }
        expect(words).not.toMatch(/không trăm (nghìn|triệu|tỷ|đồng)/);
        expect(words).not.toMatch(/^\s|\s$/);
        // "không" appears only as zero itself or as the hundreds of an inner group.
        if (n !== 0n) expect(words.replace(/không trăm/g, "")).not.toMatch(/không/i);
      }),
      { numRuns: 5000 },
    );
  });

  test("always starts with a capital letter and ends with the suffix", () => {
    fc.assert(
      fc.property(amounts, options, (n, o) => {
        const words = amountInWords(n, o);
        const first = words.charAt(0);
        expect(first).toBe(first.toUpperCase());
        expect(first).not.toBe(first.toLowerCase());
        expect(words.slice(1)).toBe(words.slice(1).toLowerCase());
        if (o.suffix === "") expect(words).not.toMatch(/đồng|chẵn/);
        else expect(words).toMatch(/ đồng( chẵn)?$/);
      }),
      { numRuns: 3000 },
    );
  });

  test("'chẵn' only for non-zero multiples of 1.000", () => {
    fc.assert(
      fc.property(amounts, (n) => {
        const words = amountInWords(n, { suffix: "đồng chẵn" });
        const round = n !== 0n && n % 1000n === 0n;
        expect(words.endsWith(" đồng chẵn")).toBe(round);
        expect(words.endsWith(" đồng") || words.endsWith(" đồng chẵn")).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test("an independent reader gets the amount back, for every option", () => {
    fc.assert(
      fc.property(fc.oneof(amounts, fc.bigInt({ min: -(10n ** 21n), max: 10n ** 21n })), options, (n, o) => {
        expect(wordsToAmount(amountInWords(n, o))).toBe(n);
      }),
      { numRuns: 10_000 },
    );
  });

  test("distinct amounts have distinct words", () => {
    fc.assert(
      fc.property(fc.uniqueArray(amounts, { minLength: 2, maxLength: 50 }), (ns) => {
        const words = new Set(ns.map((n) => amountInWords(n)));
        expect(words.size).toBe(ns.length);
      }),
      { numRuns: 500 },
    );
  });

  test("number and bigint give the same words", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (n) => {
        expect(amountInWords(n)).toBe(amountInWords(BigInt(n)));
      }),
    );
  });
});

describe("readAmountWords: amounts typed in words", () => {
  test.each<[string, number]>([
    ["hai trăm nghìn", 200_000],
    ["Năm trăm nghìn đồng chẵn", 500_000],
    ["năm trăm ngàn", 500_000],
    ["một triệu rưỡi", 1_500_000],
    ["hai triệu rưỡi đồng", 2_500_000],
    ["mười lăm nghìn", 15_000],
    ["hai mươi mốt nghìn", 21_000],
    ["hai chục nghìn", 20_000],
    ["một trăm linh năm nghìn", 105_000],
    ["Một triệu không trăm linh năm nghìn đồng", 1_005_000],
    ["nghìn", 1_000],
    ["Âm hai trăm nghìn đồng", -200_000],
    ["Không đồng", 0],
  ])("%p → %p", (text, amount) => {
    expect(readAmountWords(text)).toBe(amount);
  });

  test.each(["hai ba nghìn", "nghìn triệu", "hai trăm ba trăm", "mười mười", "đồng", "chưa nộp", "rưỡi", "một mươi", "3 trăm", "constructor nghìn", "toString"])("%p is not an amount in words", (text) => {
    expect(readAmountWords(text)).toBeNull();
  });

  test("reads back every amount amountInWords writes, in every option", () => {
    fc.assert(
      fc.property(amounts, options, (n, o) => {
        // Money is a safe integer of đồng; past that the words are not read.
        const safe = n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER);
        expect(readAmountWords(amountInWords(n, o))).toBe(safe ? Number(n) : null);
      }),
      { numRuns: 5000 },
    );
  });
});
