/** Dates as Vietnamese tables and documents print them. */
import { isoParts } from "./serial";

/**
 * Excel number format for a date cell: day first, as Vietnamese tables write it. Excel shows
 * "/" as the reader's date separator, which is "/" in both vi-VN and en-US.
 */
export const DATE_NUMBER_FORMAT = "dd/mm/yyyy";

/** The codes of a number format, without its quoted text and [bracketed] parts. */
function formatCodes(format: string): string {
  return format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
}

/** An Excel number format that shows a date: it has a day or year code outside quotes and [brackets]. */
export function isDateNumberFormat(format: string | null | undefined): boolean {
  return !!format && /[dy]/i.test(formatCodes(format));
}

/**
 * A date format that shows the month and year but no day ("mm/yyyy", "mmm-yy", Excel's own for
 * "5/2024" typed in a cell): the day the cell holds, the 1st, is not one anybody typed.
 */
export function isMonthOnlyDateFormat(format: string | null | undefined): boolean {
  return !!format && isDateNumberFormat(format) && !/d/i.test(formatCodes(format));
}

function partsOf(iso: string): { year: number; month: number; day: number } {
  const p = isoParts(iso);
  if (p === null) throw new RangeError(`Không phải ngày ISO YYYY-MM-DD (not an ISO date): ${iso}`);
  return p;
}

const two = (n: number): string => String(n).padStart(2, "0");

/** "2024-05-07" → "07/05/2024". */
export function formatDateVN(iso: string): string {
  const { year, month, day } = partsOf(iso);
  return formatPartsVN(year, month, day);
}

/** 2024, 5, 7 → "07/05/2024", for callers that hold the parts of a real date already. */
export function formatPartsVN(year: number, month: number, day: number): string {
  return `${two(day)}/${two(month)}/${String(year).padStart(4, "0")}`;
}

/**
 * "ngày 05 tháng 01 năm 2025". Nghị định 30/2020/NĐ-CP, Phụ lục I: days under 10 and months
 * under 3 take a leading zero (so "tháng 01", "tháng 02", but "tháng 3"), which keeps a date
 * from being altered by writing a digit in front of it.
 */
export function documentDateText(iso: string): string {
  const { year, month, day } = partsOf(iso);
  const monthText = month < 3 ? two(month) : String(month);
  return `ngày ${two(day)} tháng ${monthText} năm ${year}`;
}

/** "Phú Đình, ngày 05 tháng 01 năm 2025"; without a place, "Ngày 05 tháng 01 năm 2025". */
export function documentDateLine(place: string, iso: string): string {
  const text = documentDateText(iso);
  const where = place.replace(/\s+/g, " ").trim();
  return where === "" ? `N${text.slice(1)}` : `${where}, ${text}`;
}
