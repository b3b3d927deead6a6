import fc from "fast-check";
import { foldedCharAt, foldText } from "../../../src/domain/text/fold";

describe("foldText", () => {
  test.each([
    ["Nguyễn Văn Đức", "nguyen van duc"],
    ["NGUYỄN VĂN ĐỨC", "nguyen van duc"],
    ["  Hà   Nội\t\n", "ha noi"],
    ["Trường\u00a0THCS", "truong thcs"], // a no-break space is a space
    ["Số tiền ghi có/\nCredit", "so tien ghi co/ credit"],
    ["Ủy ban nhân dân", "uy ban nhan dan"],
    ["ÐỨC", "duc"], // Ð (eth) where a converter meant Đ
    ["José Müller", "jose muller"],
    ["450.000đ", "450.000d"],
    ["", ""],
  ])("%j → %j", (input, expected) => expect(foldText(input)).toBe(expected));

  test("NFC and NFD fold alike", () => {
    expect(foldText("Nguyễn Thị Hường".normalize("NFD"))).toBe(foldText("Nguyễn Thị Hường"));
  });

  test("capitals that lower-case to a letter plus a mark fold in one pass", () => {
    expect(foldText("İstanbul")).toBe("istanbul");
  });

  test("is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => expect(foldText(foldText(s))).toBe(foldText(s))), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => expect(foldText(foldText(s))).toBe(foldText(s))), { numRuns: 2000 });
  });

  test("leaves no combining mark, no đ, no capital Latin letter and no doubled space", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const folded = foldText(s);
        expect(folded).not.toMatch(/[\u0300-\u036fđĐ]|\s\s|^\s|\s$|[A-Z]/);
      }),
      { numRuns: 2000 },
    );
  });

  test("NFC and NFD of any text fold alike", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => expect(foldText(s.normalize("NFD"))).toBe(foldText(s.normalize("NFC")))), {
      numRuns: 2000,
    });
  });
});

describe("foldedCharAt", () => {
  it("folds one character as foldText folds it alone, and is empty past the end", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x2100; c++) {
      const text = `a${String.fromCharCode(c)}`;
      if (foldedCharAt(text, 1) !== foldText(text.charAt(1)) || foldedCharAt(text, 1) !== foldedCharAt(text, 1)) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(foldedCharAt("Tổng", 1)).toBe("o");
    expect(foldedCharAt("Đ", 0)).toBe("d");
    expect(foldedCharAt("Hộ", 2)).toBe("");
  });
});
