import fc from "fast-check";
import { hasUntidySpaces, INVISIBLE, isWhiteSpace } from "../../../src/domain/text/scan";

describe("isWhiteSpace", () => {
  it("is /\\s/ on every character of the Basic Multilingual Plane", () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
    expect(isWhiteSpace(0x20) && isWhiteSpace(0xa0) && !isWhiteSpace(0x41)).toBe(true);
  });
});

describe("hasUntidySpaces", () => {
  const UNTIDY = /\s\s|[^\S ]|[\u00ad\u200b-\u200d\u2060\ufeff]|^\s|\s$/;
  // The fast path's bounds too: U+1680 and U+2000 are spaces, U+1FFF and U+200B are not.
  const char = fc.constantFrom("a", "ễ", "Đ", "1", " ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\v", "\ufeff", "\u1680", "\u1fff", "\u2000", "\u200b", "\u200d", "\u00ad", "\u2060");

  it("finds what the regular expression finds", () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        expect(hasUntidySpaces(text)).toBe(UNTIDY.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves a tidy name alone and flags the usual slips", () => {
    expect(hasUntidySpaces("Nguyễn Văn An")).toBe(false);
    expect(hasUntidySpaces("Nguyễn  Văn An")).toBe(true);
    expect(hasUntidySpaces(" Nguyễn Văn An")).toBe(true);
    expect(hasUntidySpaces("Nguyễn Văn An ")).toBe(true);
    expect(hasUntidySpaces("Nguyễn\u00a0Văn An")).toBe(true);
    expect(hasUntidySpaces("")).toBe(false);
  });

  it("flags the invisible characters text copied from chat apps carries", () => {
    for (const invisible of ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]) {
      expect(hasUntidySpaces(`Nguyễn Văn${invisible} An`)).toBe(true);
      expect(`Số tiền${invisible} (đồng)`.replace(INVISIBLE, "")).toBe("Số tiền (đồng)");
    }
  });
});
