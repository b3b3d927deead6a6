import fc from "fast-check";
import {
  DATE_NUMBER_FORMAT,
  isDateNumberFormat,
  isMonthOnlyDateFormat,
  documentDateLine,
  documentDateText,
  formatDateVN,
  MAX_SERIAL,
  PHANTOM_LEAP_DAY_SERIAL,
  serialToIso,
} from "../../../src/domain/dates";

describe("formatDateVN", () => {
  test.each<[string, string]>([
    ["2024-05-07", "07/05/2024"],
    ["2024-12-31", "31/12/2024"],
    ["1900-01-01", "01/01/1900"],
    ["2024-02-29", "29/02/2024"],
  ])("%s → %s", (iso, text) => {
    expect(formatDateVN(iso)).toBe(text);
  });

  test.each(["2023-02-29", "2024-5-7", "07/05/2024", "", "2024-13-01"])("refuses %p", (iso) => {
    expect(() => formatDateVN(iso)).toThrow(RangeError);
  });

  test("the Excel format shows day first", () => {
    expect(DATE_NUMBER_FORMAT).toBe("dd/mm/yyyy");
  });
});

describe("document dates (Nghị định 30/2020/NĐ-CP)", () => {
  test.each<[string, string]>([
    ["2025-01-05", "ngày 05 tháng 01 năm 2025"],
    ["2025-02-09", "ngày 09 tháng 02 năm 2025"],
    ["2025-03-05", "ngày 05 tháng 3 năm 2025"],
    ["2024-05-07", "ngày 07 tháng 5 năm 2024"],
    ["2024-10-10", "ngày 10 tháng 10 năm 2024"],
    ["2024-12-31", "ngày 31 tháng 12 năm 2024"],
    ["2024-02-15", "ngày 15 tháng 02 năm 2024"],
  ])("%s → %s", (iso, text) => {
    expect(documentDateText(iso)).toBe(text);
  });

  test("the place-and-date line of DOMAIN.md", () => {
    expect(documentDateLine("Phú Đình", "2025-01-05")).toBe("Phú Đình, ngày 05 tháng 01 năm 2025");
    expect(documentDateLine("  Điềm  Mặc ", "2024-05-07")).toBe("Điềm Mặc, ngày 07 tháng 5 năm 2024");
    expect(documentDateLine("", "2024-05-07")).toBe("Ngày 07 tháng 5 năm 2024");
  });

  test("days under 10 and months under 3 always have two digits, other months never a leading zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (serial) => {
        fc.pre(serial !== PHANTOM_LEAP_DAY_SERIAL);
        const iso = serialToIso(serial);
        const [y, m, d] = iso.split("-").map(Number);
        const match = /^ngày (\d\d) tháng (\d{1,2}) năm (\d{4})$/.exec(documentDateText(iso));
        expect(match).not.toBeNull();
        if (match === null) return;
        expect(Number(match[1])).toBe(d);
        expect(Number(match[2])).toBe(m);
        expect(Number(match[3])).toBe(y);
        expect(match[2].length).toBe(m < 3 || m >= 10 ? 2 : 1);
      }),
    );
  });
});

describe("isDateNumberFormat", () => {
  it("tells a date format by its day or year codes, not by text in quotes or brackets", () => {
    for (const f of ["dd/mm/yyyy", "d/m/yy", "[$-42A]dd/mm/yyyy", "yyyy-mm-dd", "dd-mmm-yy"]) expect(isDateNumberFormat(f)).toBe(true);
    for (const f of ["General", "#,##0", "[Red]#,##0", '"ngày"0', "0.00", "", null, undefined]) expect(isDateNumberFormat(f)).toBe(false);
  });
});

describe("isMonthOnlyDateFormat", () => {
  it("tells a date format that shows no day, whatever its quoted words", () => {
    for (const f of ["mm/yyyy", "m/yy", "mmm-yy", "[$-vi-VN]mmmm yyyy", '"tháng "mm"/"yyyy', "yyyy"]) expect(isMonthOnlyDateFormat(f)).toBe(true);
    for (const f of ["dd/mm/yyyy", "d/m", "dd-mmm-yy", "General", "#,##0", "", null]) expect(isMonthOnlyDateFormat(f)).toBe(false);
  });
});
