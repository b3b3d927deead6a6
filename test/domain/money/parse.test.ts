import fc from "fast-check";
import { formatMoney, isBlank, parseMoney } from "../../../src/domain/money";
import type { MoneyErrorCode, MoneyParse } from "../../../src/domain/money";
import type { CellValue } from "../../../src/domain/sheet/types";

function amountOf(r: MoneyParse): number | MoneyErrorCode {
  return r.ok ? r.amount : r.code;
}

describe("parseMoney: numbers", () => {
  test.each<[number, number]>([
    [450000, 450000],
    [0, 0],
    [-300000, -300000],
    [450000.0000001, 450000],
    [449999.9999999, 450000],
    [0.1 + 0.2 - 0.3, 0],
    [165000.00000000003, 165000],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  ])("%p → %p", (value, amount) => {
    expect(amountOf(parseMoney(value))).toBe(amount);
  });

  test("float noise is rounded with a note; a whole number has none", () => {
    const noisy = parseMoney(450000.0000001);
    expect(noisy.ok && noisy.note).toContain("450.000");
    const clean = parseMoney(450000);
    expect(clean.ok && clean.note).toBeUndefined();
  });

  test.each<[number, MoneyErrorCode]>([
    [1.5, "fraction"],
    [450000.5, "fraction"],
    [-0.25, "fraction"],
    [Number.NaN, "malformed"],
    [Number.POSITIVE_INFINITY, "malformed"],
    [2 ** 60, "too-large"],
  ])("%p is refused as %s", (value, code) => {
    const r = parseMoney(value);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.reason.length).toBeGreaterThan(5);
    }
  });

  test("1.5 hints at writing the unit", () => {
    const r = parseMoney(1.5);
    expect(!r.ok && r.reason).toContain("1,5 triệu");
  });

  test("-0 reads as 0", () => {
    expect(Object.is(amountOf(parseMoney(-0)), 0)).toBe(true);
    expect(Object.is(amountOf(parseMoney("-0")), 0)).toBe(true);
  });
});

describe("parseMoney: notations", () => {
  test.each<[string, number]>([
    // How it was paid, typed beside the figure; and the apostrophe that keeps a figure as text.
    ["CK 500.000", 500000],
    ["TM: 300.000", 300000],
    ["500.000 CK", 500000],
    ["200.000 - tiền mặt", 200000],
    ["Chuyển khoản 2.000.000đ", 2000000],
    ["'1.500.000", 1500000],
    ["5 trăm ngàn", 500000],
    ["1 triệu 5 trăm nghìn", 1500000],
    ["450000", 450000],
    ["200.000 (tiền mặt)", 200000],
    // Written out in words, as "Bằng chữ" holds it; "không" is the zero amountInWords writes.
    ["hai trăm nghìn", 200000],
    ["Năm trăm nghìn đồng chẵn", 500000],
    ["nghìn rưỡi", 1500],
    ["mười lăm đồng", 15],
    ["không", 0],
    ["(200.000)", -200000],
    ["-200.000 (nộp nhầm)", -200000],
    ["450.000", 450000],
    ["450.000đ", 450000],
    ["450.000 đ", 450000],
    ["450.000Đ", 450000],
    ["450,000", 450000],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1 500 000", 1500000],
    ["1\u00a0500\u00a0000", 1500000],
    ["1\u202f500\u202f000 ₫", 1500000],
    ["４５０.０００", 450000],
    ["450k", 450000],
    ["450K", 450000],
    ["450 k", 450000],
    ["1.5k", 1500],
    ["1k5", 1500],
    ["300 nghìn", 300000],
    ["300 ngàn", 300000],
    ["300 nghin", 300000],
    ["300n", 300000],
    ["300ng", 300000],
    ["1,5 triệu", 1500000],
    ["1.5 triệu", 1500000],
    ["1,5 trieu", 1500000],
    ["0,5 triệu", 500000],
    ["0.5tr", 500000],
    ["1,25 tỷ", 1250000000],
    ["1,250 tỷ", 1250000000],
    ["1.500 triệu", 1500000000],
    ["1tr5", 1500000],
    ["1tr25", 1250000],
    ["1tr05", 1050000],
    ["1tr", 1000000],
    ["1 tr", 1000000],
    ["1,5 tr.", 1500000],
    ["500k.", 500000],
    ["1,5tr", 1500000],
    ["2tr500", 2500000],
    ["2 tỷ", 2000000000],
    ["2 tỉ", 2000000000],
    ["2 ty", 2000000000],
    ["2 tỷ 3", 2300000000],
    ["2 tỷ 300 triệu 500 nghìn", 2300500000],
    ["1 triệu 500 nghìn", 1500000],
    ["1tr 500k", 1500000],
    ["1 triệu 500", 1500000],
    ["1 triệu rưỡi", 1500000],
    ["2 tỷ rưỡi", 2500000000],
    ["1 nghìn rưỡi", 1500],
    ["2.000.000 VNĐ", 2000000],
    ["2.000.000 vnd", 2000000],
    ["2.000.000 VND", 2000000],
    ["2.000.000 đồng", 2000000],
    ["2.000.000 dong", 2000000],
    ["VND 2,000,000", 2000000],
    ["₫2.000.000", 2000000],
    ["500.000 đồng chẵn", 500000],
    ["300 nghìn đồng", 300000],
    ["(300.000)", -300000],
    ["(300.000 đ)", -300000],
    ["(300.000) đ", -300000],
    ["-300.000", -300000],
    ["- 300.000", -300000],
    ["−300.000", -300000],
    ["+300.000", 300000],
    ["-1,5 triệu", -1500000],
    ["500.000,-", 500000],
    ["500.000.-", 500000],
    ["500.000, -", 500000],
    ["500.000,00", 500000],
    ["500,000.00", 500000],
    ["1.500.000,00 đ", 1500000],
    ["1 500 000,00", 1500000],
    ["450000,00", 450000],
    ["450000.0", 450000],
    ["500,00", 500],
    ["  450.000  ", 450000],
    ["0", 0],
    // Paid twice, summed in the cell.
    ["100.000 + 50.000", 150000],
    ["100.000+50.000+20.000", 170000],
    ["1tr + 500k", 1500000],
    ["200.000đ + 100.000đ", 300000],
    ["+100.000 + 50.000", 150000],
    // A comma left before the currency, and the "=" that closes a figure on a paper tally.
    ["500.000,đ", 500000],
    ["500.000, đ", 500000],
    ["1,000,000.", 1000000],
    ["300.000=", 300000],
    ["300.000 =", 300000],
    ["300000==", 300000],
  ])("%p → %p", (text, amount) => {
    expect(amountOf(parseMoney(text))).toBe(amount);
  });

  it("says the parts of a sum were added, and which part it could not read", () => {
    expect(parseMoney("100.000 + 50.000")).toEqual({ ok: true, amount: 150000, note: "100.000 + 50.000 → 150.000 (cộng các lần nộp)" });
    const bad = parseMoney("100.000 + abc");
    expect(bad.ok ? "" : bad.reason).toContain("phần “abc”");
  });

  test.each<[CellValue | undefined, MoneyErrorCode]>([
    ["", "blank"],
    ["   ", "blank"],
    [null, "blank"],
    [undefined, "blank"],
    ["\u200b", "blank"],
    [true, "not-amount"],
    [false, "not-amount"],
    ["không có", "not-amount"],
    ["đã nộp", "not-amount"],
    ["x", "not-amount"],
    ["X", "not-amount"],
    ["đ", "not-amount"],
    ["-", "not-amount"],
    ["1,5", "ambiguous"],
    ["1.5", "ambiguous"],
    ["12,50", "ambiguous"],
    ["12.5", "ambiguous"],
    ["450.0", "ambiguous"],
    ["450.000,5", "fraction"],
    ["1.234,56", "fraction"],
    ["1,2345 nghìn", "fraction"],
    ["0,0001 k", "fraction"],
    ["1.5.6", "malformed"],
    ["45.00.000", "malformed"],
    ["1.5000", "malformed"],
    ["1234.567", "malformed"],
    ["12 34", "malformed"],
    ["1.234,567", "malformed"],
    ["1 500.000", "malformed"],
    ["1.000,000.00", "malformed"],
    ["1,000 000.000", "malformed"],
    ["450..000", "malformed"],
    ["450.", "malformed"],
    ["450,đ", "malformed"],
    // A formula typed as text is not its result.
    ["=500000*2", "not-amount"],
    ["=500000", "not-amount"],
    ["500000*2=", "not-amount"],
    ["0912345678", "malformed"],
    ["0450000", "malformed"],
    ["--300", "malformed"],
    ["(-300)", "malformed"],
    ["300)", "malformed"],
    ["500 nghìn 1 triệu", "malformed"],
    ["1 triệu 1500 nghìn", "malformed"],
    ["1 triệu 2,5 nghìn", "malformed"],
    ["1tr5000", "malformed"],
    ["1 triệu rưỡi 5", "malformed"],
    ["1,5 triệu rưỡi", "malformed"],
    ["5 ngày", "not-amount"],
    ["500k/người", "malformed"],
    ["100.000 +", "malformed"],
    ["100.000 ++ 50.000", "malformed"],
    ["-100.000 + 50.000", "malformed"],
    ["100.000 + -50.000", "malformed"],
    ["100.000 + abc", "not-amount"],
    ["100.000 + 1,5", "ambiguous"],
    ["nghìn rưỡi nghìn", "not-amount"],
    // Words without their unit leave thousands or millions unsaid.
    ["bốn mươi", "not-amount"],
    ["một trăm", "not-amount"],
    ["450000abc", "not-amount"],
    ["10000000000000000", "too-large"],
    ["10 triệu tỷ", "malformed"],
    ["9999999 tỷ", "too-large"],
  ])("%p is refused as %s", (value, code) => {
    const r = parseMoney(value);
    expect(r.ok ? `ok ${r.amount}` : r.code).toBe(code);
    if (!r.ok) expect(r.reason).toMatch(/\p{L}/u);
  });

  test("reasons are in Vietnamese and quote the cell", () => {
    const r = parseMoney("1,5");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain("“1,5”");
      expect(r.reason).toContain("triệu");
    }
  });

  test("a note tells what changed; an amount already written as formatMoney has none", () => {
    const r = parseMoney("450k");
    expect(r.ok && r.note).toBe("450k → 450.000");
    const plain = parseMoney("450.000");
    expect(plain.ok && plain.note).toBeUndefined();
    const negative = parseMoney("-1.500.000");
    expect(negative.ok && negative.note).toBeUndefined();
    const paren = parseMoney("(300.000)");
    expect(paren.ok && paren.note).toBe("(300.000) → -300.000");
  });
});

describe("isBlank", () => {
  test.each<[CellValue | undefined, boolean]>([
    [null, true],
    [undefined, true],
    ["", true],
    [" \t\n", true],
    ["\u00a0", true],
    ["\ufeff", true],
    [0, false],
    ["0", false],
    [false, false],
    ["-", false],
  ])("%p → %p", (value, blank) => {
    expect(isBlank(value)).toBe(blank);
  });
});

const LIMIT = 10 ** 15;
const amounts = fc.oneof(
  fc.integer({ min: -LIMIT, max: LIMIT }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: 0, max: 1_000_000 }).map((k) => k * 1000),
);

describe("parseMoney: properties", () => {
  test("parse(formatMoney(n)) = n up to 10^15, negatives included", () => {
    fc.assert(
      fc.property(amounts, (n) => {
        const r = parseMoney(formatMoney(n));
        expect(r).toEqual({ ok: true, amount: n === 0 ? 0 : n });
      }),
      { numRuns: 5000 },
    );
  });

  test("numbers, comma thousands, space thousands and trailing đồng read back the same amount", () => {
    fc.assert(
      fc.property(amounts, (n) => {
        const dotted = formatMoney(n);
        expect(amountOf(parseMoney(n))).toBe(n);
        expect(amountOf(parseMoney(dotted.replace(/\./g, ",")))).toBe(n);
        expect(amountOf(parseMoney(dotted.replace(/\./g, " ")))).toBe(n);
        expect(amountOf(parseMoney(`${dotted} đồng`))).toBe(n);
        expect(amountOf(parseMoney(`${dotted},00`))).toBe(n);
        if (n > 0) expect(amountOf(parseMoney(`(${dotted})`))).toBe(-n);
      }),
      { numRuns: 3000 },
    );
  });

  test("k, triệu and the short '1tr5' notation", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 9 }), (m, d) => {
        expect(amountOf(parseMoney(`${m}k`))).toBe(m * 1000);
        expect(amountOf(parseMoney(`${m} nghìn`))).toBe(m * 1000);
        expect(amountOf(parseMoney(`${m}tr${d}`))).toBe(m * 1_000_000 + d * 100_000);
        expect(amountOf(parseMoney(`${m},${d} triệu`))).toBe(m * 1_000_000 + d * 100_000);
      }),
      { numRuns: 2000 },
    );
  });

  test("a success is always a safe integer, never -0", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string()), (v) => {
        const r = parseMoney(v);
        if (r.ok) {
          expect(Number.isSafeInteger(r.amount)).toBe(true);
          expect(Object.is(r.amount, -0)).toBe(false);
        } else {
          expect(r.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test("100.000 random strings never throw", () => {
    const pieces = fc.constantFrom(
      ..."0123456789".split(""),
      ".",
      ",",
      " ",
      "-",
      "(",
      ")",
      "+",
      "k",
      "K",
      "n",
      "tr",
      "triệu",
      "tỷ",
      "tỉ",
      "nghìn",
      "ngàn",
      "rưỡi",
      "đ",
      "đồng",
      "VNĐ",
      "vnd",
      "chẵn",
      ",-",
      "\u00a0",
      "₫",
      "½",
      "０",
    );
    const digitHeavy = fc.array(pieces, { maxLength: 24 }).map((a) => a.join(""));
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      digitHeavy,
      fc.string({ unit: fc.constantFrom("0", "1", "5", "9", ".", ",", " ", "k", "-"), maxLength: 60 }),
      fc.stringMatching(/^[-(]?\d{1,4}([.,]\d{1,4}){0,4}\s?(k|tr|triệu|tỷ|nghìn)?\d{0,3}\)?$/),
    );
    fc.assert(
      fc.property(input, (s) => {
        const r = parseMoney(s);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 100_000 },
    );
  }, 120_000);
});

describe("parseMoney: hundreds and halves as they are said", () => {
  test.each<[string, number]>([
    // After a unit, "trăm" counts its tenths: "2 triệu 3 trăm" is said for 2,3 triệu.
    ["2 triệu 3 trăm", 2_300_000],
    ["2 triệu 3 trăm rưỡi", 2_350_000],
    ["2 tỷ 3 trăm", 2_300_000_000],
    ["1 nghìn 3 trăm", 1_300],
    // Alone, "trăm" leaves "nghìn" unsaid: no one gives 300 đ.
    ["3 trăm", 300_000],
    ["3 trăm rưỡi", 350_000],
    ["3 trăm 5", 350_000],
    ["5 trăm đồng", 500_000],
    ["3 trăm 50 nghìn", 350_000],
    // "nửa triệu": half of the unit named.
    ["nửa triệu", 500_000],
    ["Nửa triệu đồng", 500_000],
    ["nửa tỷ", 500_000_000],
  ])("%p → %p", (value, amount) => {
    expect(amountOf(parseMoney(value))).toBe(amount);
  });

  test("the note says how a bare “trăm” was read", () => {
    const r = parseMoney("3 trăm rưỡi");
    expect(r.ok && r.note).toBe("3 trăm rưỡi → 350.000 (“trăm” không kèm đơn vị hiểu là trăm nghìn đồng)");
  });

  test.each<[string, MoneyErrorCode]>([
    ["12 trăm", "malformed"],
    ["0 trăm", "malformed"],
    ["1,5 trăm", "malformed"],
    ["3 trăm 2 trăm", "malformed"],
  ])("%p is refused as %s, the count of hundreds being one digit", (value, code) => {
    expect(amountOf(parseMoney(value))).toBe(code);
  });
});
