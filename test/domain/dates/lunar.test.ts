import { lunarToSolar } from "../../../src/domain/dates/lunar";
import { parseDate } from "../../../src/domain/dates";

const iso = (d: { year: number; month: number; day: number } | null) =>
  d === null ? null : `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

describe("lunarToSolar: the Vietnamese lunar calendar (UTC+7)", () => {
  test.each<[number, number, number, boolean, string]>([
    // Tết and days of the almanac, as Vietnamese calendars print them.
    [1, 1, 2024, false, "2024-02-10"],
    [15, 8, 2024, false, "2024-09-17"],
    [5, 5, 2024, false, "2024-06-10"],
    [10, 5, 2024, false, "2024-06-15"],
    [15, 5, 2024, false, "2024-06-20"],
    [1, 1, 2025, false, "2025-01-29"],
    [1, 1, 2023, false, "2023-01-22"],
    [15, 1, 2023, false, "2023-02-05"],
    // 2023 has a leap 2nd month: the ordinary one first, then its twin, then the 3rd.
    [1, 2, 2023, false, "2023-02-20"],
    [1, 2, 2023, true, "2023-03-22"],
    [1, 3, 2023, false, "2023-04-20"],
    // UTC+7, not China's UTC+8: Vietnam's Tết 1985 fell a month before China's (20/02/1985).
    [1, 1, 1985, false, "1985-01-21"],
  ])("%i/%i/%i leap=%p → %s", (day, month, year, leap, expected) => {
    expect(iso(lunarToSolar(day, month, year, leap))).toBe(expected);
  });

  test("a day that does not exist is null", () => {
    // Month 1 of 2024 has 29 days; 2024 has no leap month.
    expect(lunarToSolar(30, 1, 2024)).toBeNull();
    expect(lunarToSolar(1, 2, 2024, true)).toBeNull();
    expect(lunarToSolar(1, 3, 2023, true)).toBeNull();
    expect(lunarToSolar(1, 13, 2024)).toBeNull();
  });
});

describe("parseDate: a date typed in the lunar calendar", () => {
  test.each<[string, string]>([
    ["Mùng 10 tháng 5 âm lịch", "2024-06-15"],
    ["15/5 ÂL", "2024-06-20"],
    ["ngày 15/5 (âm lịch)", "2024-06-20"],
    ["10/5 AL", "2024-06-15"],
    ["rằm tháng giêng âm lịch", "2024-02-24"],
    ["mùng 1 Tết âm lịch", "2024-02-10"],
    ["15/8/2024 âm lịch", "2024-09-17"],
    ["1/2 nhuận âm lịch 2023", "2023-03-22"],
  ])("%p → %s, the conversion shown", (text, expected) => {
    const r = parseDate(text, { campaignYear: 2024 });
    expect(r.ok && r.iso).toBe(expected);
    expect(r.ok && r.lunar).toMatch(/^ngày âm lịch .* đọc là ngày \d\d\/\d\d\/\d{4} dương lịch/);
  });

  test("says the year came from the campaign", () => {
    const r = parseDate("10/5 AL", { campaignYear: 2024 });
    expect(r.ok && r.lunar).toBe("ngày âm lịch 10/5 đọc là ngày 15/06/2024 dương lịch (năm âm lịch 2024 lấy theo năm của cuộc vận động)");
  });

  test("takes the ordinary month where the year has a leap twin the text does not name, and says so", () => {
    const r = parseDate("mùng 1 tháng 2 năm 2023 âm lịch");
    expect(r.ok && r.iso).toBe("2023-02-20");
    expect(r.ok && r.lunar).toContain("năm âm lịch 2023 có tháng 2 nhuận, không rõ là tháng nào nên lấy tháng 2 thường");
  });

  test.each<[string, ParseOptions, string]>([
    ["15/5 ÂL", {}, "không ghi năm"],
    ["30/1 âm lịch", { campaignYear: 2024 }, "chỉ có 29 ngày"],
    ["1/2 nhuận ÂL", { campaignYear: 2024 }, "không có tháng 2 nhuận"],
    ["Mùng 10 âm lịch", { campaignYear: 2024 }, "không đọc được ngày và tháng âm lịch"],
  ])("%p cannot be converted: code lunar (%p), saying why", (text, options, why) => {
    const r = parseDate(text, options);
    expect(r.ok ? r.iso : r.code).toBe("lunar");
    expect(!r.ok && r.reason).toContain(why);
  });
});

type ParseOptions = Parameters<typeof parseDate>[1];
