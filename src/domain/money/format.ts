/**
 * Money as Vietnamese documents print it: integer đồng, "." between thousands ("1.500.000").
 *
 * Excel number formats for money: why there are three.
 *
 * "#,##0" groups digits with the separator of the reader's own Excel/Windows settings: dots in
 * vi-VN, commas in en-US (a very common setting in Vietnamese offices). A format code cannot
 * name its separator (a locale tag such as "[$-42A]" is for day and month names and calendars).
 * The only locale-independent way to print a dot is a literal (`\.`), and a literal is printed
 * even where no digit stands to its left ("#\.##0" shows 5 as ".5"), so each count of digits
 * needs its own pattern, and a format holds at most two conditions plus one "else" section.
 * No single code is therefore exact for every integer up to 10^15 in every locale; we use:
 *
 * - MONEY_NUMBER_FORMAT: `[>=1000000]#\.###\.##0;[>=1000]#\.##0;#,##0`, for a workbook whose
 *   reader's locale is unknown (the CLI and the web page write .xlsx files). It prints dots in
 *   every locale for 0 … 999.999.999, which covers every single contribution and most campaign
 *   totals. From 1.000.000.000 up the leftmost group grows instead of getting its own dot
 *   ("1234.567.890": still read right, each dot in its place counted from the right).
 *   Negative amounts (refunds, corrections) fall into the "else" section, where Excel adds the
 *   minus sign itself, and group with the reader's own separator.
 *   test/domain/money/excelFormat.ts models these rendering rules to check the format.
 * - MONEY_NUMBER_FORMAT_LOCALE (`#,##0`): exact for every integer in a locale whose group
 *   separator is "."; `moneyNumberFormatFor` picks it when the adapter knows that separator
 *   (Office.js: application.cultureInfo.numberFormat.numberGroupSeparator).
 */

/**
 * Locale-independent dots for 0 … 999.999.999; see the note at the top of this file. The dots
 * are quoted literals, not backslash escapes: ExcelJS drops backslashes when it reads a file
 * back, which turned 450000 into "450000.000" in a workbook saved twice.
 */
export const MONEY_NUMBER_FORMAT = '[>=1000000]#"."###"."##0;[>=1000]#"."##0;#,##0';

/** Grouping with the reader's own separator: exact for every integer when that is ".". */
export const MONEY_NUMBER_FORMAT_LOCALE = "#,##0";

/**
 * Labour days such as 2,5 or 1,33. A decimal separator cannot be written as a literal (Excel
 * has no ×10 scaling without a "%"), so the decimal mark follows the reader's locale
 * ("2,5" in vi-VN, "2.5" in en-US). One decimal is always shown so a column of days lines up;
 * the second shows only when needed, which is also where display rounding stops.
 */
export const LABOUR_DAYS_NUMBER_FORMAT = "#,##0.0#";

/** The best money format once the reader's Excel group separator is known. */
export function moneyNumberFormatFor(groupSeparator: string | null | undefined): string {
  return groupSeparator === "." ? MONEY_NUMBER_FORMAT_LOCALE : MONEY_NUMBER_FORMAT;
}

/** Groups of three from the right, joined by "." (digits only, no sign). */
export function groupThousands(digits: string, separator = "."): string {
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end);
    out = out === "" ? part : `${part}${separator}${out}`;
  }
  return out;
}

/**
 * "1.500.000", "-1.500.000". Money is integer đồng; anything else is a programming error, so
 * it throws instead of printing a misleading figure.
 */
export function formatMoney(amount: number | bigint): string {
  if (typeof amount === "number") {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`Số tiền phải là số nguyên đồng (an integer): ${amount}`);
    // A safe integer prints exactly as its digits: no BigInt needed on this, the common, path.
    return `${amount < 0 ? "-" : ""}${groupThousands(String(Math.abs(amount)))}`;
  }
  const n = amount;
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString();
  return `${negative ? "-" : ""}${groupThousands(digits)}`;
}
