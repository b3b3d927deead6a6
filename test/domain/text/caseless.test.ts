import fc from "fast-check";
import { caselessEqual, caselessHash, numberHash } from "../../../src/domain/text/caseless";

const VIETNAMESE = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ "];
const letter = fc.constantFrom(...VIETNAMESE, ...VIETNAMESE.map((c) => c.toUpperCase()), "\t", "\u00a0", "0", "-");
const text = fc.array(letter, { maxLength: 24 }).map((cs) => cs.join(""));
/** The same text with each letter's case flipped at random. */
const recased = (t: string, flips: boolean[]) => [...t].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join("");

describe("caselessEqual and caselessHash", () => {
  it("tell Vietnamese texts equal exactly when their lower case is", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(caselessEqual(a, b)).toBe(a.toLowerCase() === b.toLowerCase());
      }),
    );
  });

  it("hash a text the same whatever its case", () => {
    fc.assert(
      fc.property(text, fc.array(fc.boolean(), { minLength: 1 }), fc.integer(), (t, flips, seed) => {
        const other = recased(t, flips);
        expect(caselessEqual(t, other)).toBe(true);
        expect(caselessHash(seed, other)).toBe(caselessHash(seed, t));
      }),
    );
  });

  it("ignore white space only when asked, and then hash the same", () => {
    expect(caselessEqual("PT 012", "pt012")).toBe(false);
    expect(caselessEqual("PT 012", "pt012", { ignoreSpaces: true })).toBe(true);
    expect(caselessEqual(" PT\u00a0012\t", "pt012", { ignoreSpaces: true })).toBe(true);
    expect(caselessHash(0, "PT 012", { ignoreSpaces: true })).toBe(caselessHash(0, "pt012", { ignoreSpaces: true }));
    expect(caselessEqual("PT012", "PT0125", { ignoreSpaces: true })).toBe(false);
    fc.assert(
      fc.property(text, text, (a, b) => {
        const strip = (s: string) => s.replace(/\s+/g, "").toLowerCase();
        expect(caselessEqual(a, b, { ignoreSpaces: true })).toBe(strip(a) === strip(b));
        if (strip(a) === strip(b)) expect(caselessHash(7, a, { ignoreSpaces: true })).toBe(caselessHash(7, b, { ignoreSpaces: true }));
      }),
    );
  });

  it("tells Đ from D and ư from u", () => {
    expect(caselessEqual("ĐINH", "đinh")).toBe(true);
    expect(caselessEqual("Đinh", "Dinh")).toBe(false);
    expect(caselessEqual("LƯƠNG", "lương")).toBe(true);
    expect(caselessEqual("Lương", "Luong")).toBe(false);
  });
});

describe("numberHash", () => {
  it("tells apart amounts beyond 32 bits and halves of a day", () => {
    expect(numberHash(0, 4_294_967_296 + 5)).not.toBe(numberHash(0, 5));
    expect(numberHash(0, 2.5)).not.toBe(numberHash(0, 2));
    expect(numberHash(0, 450_000)).toBe(numberHash(0, 450_000));
  });
});

describe("hash range", () => {
  it("keeps every hash a non-negative 30-bit integer, seeded by any other hash", () => {
    fc.assert(
      fc.property(text, fc.integer(), fc.double({ min: 0, max: 1e13, noNaN: true }), (t, seed, n) => {
        for (const h of [caselessHash(seed, t), caselessHash(seed, t, { ignoreSpaces: true }), numberHash(seed, n), numberHash(caselessHash(seed, t), n)]) {
          expect(Number.isInteger(h) && h >= 0 && h < 2 ** 30).toBe(true);
        }
      }),
    );
  });
});
