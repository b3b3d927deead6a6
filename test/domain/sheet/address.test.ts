import fc from "fast-check";
import { cellAddress, columnLetters, columnNumber, parseCell, parseRange, rangeAddress, sheetCellReference } from "../../../src/domain/sheet/address";

describe("addresses", () => {
  it("converts columns both ways", () => {
    expect(columnLetters(1)).toBe("A");
    expect(columnLetters(26)).toBe("Z");
    expect(columnLetters(27)).toBe("AA");
    expect(columnLetters(16384)).toBe("XFD");
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (n) => columnNumber(columnLetters(n)) === n));
  });

  it("parses cells and ranges, absolute or not, in any corner order", () => {
    expect(parseCell("$B$12")).toEqual({ row: 12, col: 2 });
    expect(parseRange("'DS ủng hộ'!D10:B2")).toEqual({ start: { row: 2, col: 2 }, end: { row: 10, col: 4 } });
    expect(rangeAddress(parseRange("C3"))).toBe("C3");
    expect(cellAddress(100000, 11)).toBe("K100000");
    expect(() => parseCell("12B")).toThrow(/không hợp lệ/);
  });
});

describe("sheetCellReference", () => {
  it("quotes a sheet name as Excel does where it holds more than letters, digits and underscores", () => {
    expect(sheetCellReference("DS", "B12")).toBe("DS!B12");
    expect(sheetCellReference("Thôn_3", "B12")).toBe("Thôn_3!B12");
    expect(sheetCellReference("DS ủng hộ", "B12")).toBe("'DS ủng hộ'!B12");
    expect(sheetCellReference("Hộ ông Tư's", "C3")).toBe("'Hộ ông Tư''s'!C3");
    expect(sheetCellReference("2024", "A1")).toBe("'2024'!A1");
  });
});
