/**
 * Reading a date from a cell typed by hand. Vietnamese order: day, month, year.
 *
 * - A date cell (a number with a date format, `isDateFormatted`) is an Excel serial; a time of
 *   day in it is dropped with a note; serial 60 (29/02/1900, Excel's phantom leap day) is
 *   refused.
 * - A plain number is taken as a serial typed or pasted without its format only between
 *   01/01/1990 and 31/12/2100 (32874 … 73415), where an amount or a count would rarely fall;
 *   an 8-digit number is read like the text "07052024" below.
 * - Text: "7/5/2024", "07-05-2024", "7.5.2024", "7/5/24", "ngày 7/5/2024",
 *   "ngày 7 tháng 5 năm 2024" (also without diacritics), ISO "2024-05-07" and "2024/5/7"
 *   (a 4-digit first part is the year), a trailing time ("07/05/2024 09:15:31",
 *   "2024-05-07T09:00:00Z") is dropped, as is the clock as Vietnamese write it before or after
 *   the date ("8h30 ngày 06/6/2024", "06/6/2024 8h30", "8 giờ 30 06/6/2024"); 8 digits "07052024" (ddmmyyyy, as bank statements
 *   write it) or "20240507" (yyyymmdd), refused when both readings are real dates; 5 digits
 *   are a serial as above; a month named in English, as exports and donors abroad write it
 *   ("12 Feb 2024", "12-Feb-24", "February 12, 2024").
 * - A 2-digit year is the year ending in those digits within [campaignYear − 50,
 *   campaignYear + 49]: campaign 2024 reads "24" as 2024, "73" as 2073, "74" as 1974. Without a
 *   campaign year the window is 1950 … 2049.
 * - A day and month without a year ("7/5") take the campaign year, with a note; without one
 *   they are refused as incomplete, as is a month and year without a day ("5/2024").
 * - Impossible dates are refused with the reason: 31/02/2024, 29/02/2023, 00/05/2024,
 *   5/13/2024 (month 13: perhaps month/day order). Years before 1900 cannot be stored by Excel.
 * Failures carry a `code` and a Vietnamese `reason`; a success that changed the notation carries
 * a `note` ("7/5/24 → 07/05/2024 (năm “24” hiểu là 2024)").
 */
import type { CellValue } from "../sheet/types";
import { INVISIBLE } from "../text/scan";
import { formatDateVN, formatPartsVN } from "./format";
import { lunarToSolar } from "./lunar";
import { daysInMonth, isoFromParts, isoToSerial, isValidDate, MAX_SERIAL, partsToSerial, PHANTOM_LEAP_DAY_SERIAL, serialToParts } from "./serial";

/** "lunar": a date typed in the lunar calendar that cannot be converted (no year, no such day). */
export type DateErrorCode = "blank" | "not-date" | "invalid-date" | "out-of-range" | "incomplete" | "ambiguous" | "lunar";

export type DateParse =
  | {
      ok: true;
      /** "YYYY-MM-DD" */ iso: string;
      serial: number;
      note?: string;
      /** For a date typed in the lunar calendar: how it was converted, for a person to check. */
      lunar?: string;
    }
  | { ok: false; code: DateErrorCode; reason: string };

export interface ParseDateOptions {
  /** The campaign's year: sets the 2-digit-year window and fills a missing year. */
  campaignYear?: number;
  /** The cell has a date number format, so a number in it is a date serial. */
  isDateFormatted?: boolean;
}

type Failure = Extract<DateParse, { ok: false }>;

/** Serials accepted from a number cell without a date format: 1990-01-01 … 2100-12-31. */
export const PLAIN_SERIAL_MIN = isoToSerial("1990-01-01");
export const PLAIN_SERIAL_MAX = isoToSerial("2100-12-31");

function fail(code: DateErrorCode, reason: string): Failure {
  return { ok: false, code, reason };
}

/** The year ending in `yy` within [campaignYear − 50, campaignYear + 49] (default 1950 … 2049). */
export function expandTwoDigitYear(yy: number, campaignYear = 2000): number {
  const base = campaignYear - 50;
  return base + ((((yy - base) % 100) + 100) % 100);
}

function checkCampaignYear(year: number | undefined): void {
  if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 9999)) {
    throw new RangeError(`Năm của cuộc vận động không hợp lệ (invalid campaign year): ${year}`);
  }
}

export function parseDate(value: CellValue | undefined, options: ParseDateOptions = {}): DateParse {
  checkCampaignYear(options.campaignYear);
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    return fail("blank", "Ô trống (empty)");
  }
  if (typeof value === "boolean") return fail("not-date", "Giá trị đúng/sai không phải ngày tháng (not a date)");
  if (typeof value === "number") return parseDateNumber(value, options);
  return parseDateText(value as string, options);
}

/** A day's texts and serial, made once per day and shared by every cell of that day. */
interface DayTexts {
  readonly iso: string;
  readonly serial: number;
  /** dd/mm/yyyy */
  readonly vn: string;
}

/**
 * Why a cache: a campaign's dates fall on a few hundred days, and building the ISO and
 * dd/mm/yyyy texts of each cell anew made most of the garbage of a 100.000-row pass. Strings are
 * immutable, so cells of the same day may share them. Bounded: when full it starts over.
 */
const DAY_TEXTS_LIMIT = 10_000;
const dayTextsMemo = new Map<number, DayTexts>();

function dayTexts(year: number, month: number, day: number): DayTexts {
  const key = year * 10_000 + month * 100 + day;
  let texts = dayTextsMemo.get(key);
  if (texts === undefined) {
    // isoFromParts and partsToSerial throw on a date that is not real or before 1900.
    texts = { iso: isoFromParts(year, month, day), serial: partsToSerial(year, month, day), vn: formatPartsVN(year, month, day) };
    if (dayTextsMemo.size >= DAY_TEXTS_LIMIT) dayTextsMemo.clear();
    dayTextsMemo.set(key, texts);
  }
  return texts;
}

/** A real date from 1900 on, by its parts: no ISO text is parsed back on this, the common, path. */
function success(year: number, month: number, day: number, shown: string | null, extras: readonly string[]): DateParse {
  const { iso, serial, vn } = dayTexts(year, month, day);
  if (extras.length === 0 && (shown === null || shown === vn)) return { ok: true, iso, serial };
  return { ok: true, iso, serial, note: `${shown ?? vn} → ${vn}${why(extras)}` };
}

/** The few reasons a note gives repeat in every cell: each text " (…)" is made once. */
const whyMemo = new Map<string, string>();

function why(extras: readonly string[]): string {
  if (extras.length === 0) return "";
  const reasons = extras.length === 1 ? extras[0] : extras.join("; ");
  let text = whyMemo.get(reasons);
  if (text === undefined) {
    text = ` (${reasons})`;
    if (whyMemo.size >= DAY_TEXTS_LIMIT) whyMemo.clear();
    whyMemo.set(reasons, text);
  }
  return text;
}

const AS_SERIAL: readonly string[] = ["số ngày kiểu Excel, date serial"];

/** `shown` is null for a date cell, whose notation is Excel's own and needs no note. */
function fromSerial(serial: number, shown: string | null, extras: readonly string[]): DateParse {
  if (serial === PHANTOM_LEAP_DAY_SERIAL) {
    return fail("invalid-date", `Số ngày Excel 60 là ngày 29/02/1900, ngày không có thật (lỗi năm nhuận 1900 của Excel)`);
  }
  if (serial < 1 || serial > MAX_SERIAL) {
    return fail("out-of-range", `${shown ?? serial} nằm ngoài khoảng ngày Excel lưu được, 01/01/1900 – 31/12/9999 (out of range)`);
  }
  const { year, month, day } = serialToParts(serial);
  return success(year, month, day, shown, extras);
}

function parseDateNumber(n: number, options: ParseDateOptions): DateParse {
  if (!Number.isFinite(n)) return fail("not-date", `${n} không phải ngày tháng (not a date)`);
  const shown = String(n);
  if (options.isDateFormatted === true) {
    if (n >= 0 && n < 1) return fail("not-date", "Ô chỉ có giờ, không có ngày (time only)");
    const whole = Math.floor(n);
    return fromSerial(whole, null, whole === n ? [] : ["bỏ phần giờ"]);
  }
  if (Number.isInteger(n) && n >= PLAIN_SERIAL_MIN && n <= PLAIN_SERIAL_MAX) {
    return fromSerial(n, shown, AS_SERIAL);
  }
  if (Number.isInteger(n) && n >= 10_000_000 && n <= 99_999_999) return readCompact(shown, shown, options, []);
  return fail(
    "not-date",
    `${shown} không phải ngày: ô không định dạng ngày chỉ được nhận số ngày kiểu Excel từ 01/01/1990 đến 31/12/2100 ` +
      `(${PLAIN_SERIAL_MIN}–${PLAIN_SERIAL_MAX}) (not a date)`,
  );
}

/** The clock as Vietnamese write it: "8h30", "8h", "14h15", "8 giờ 30", "8g30p", "8 giờ 30 phút". */
const CLOCK = String.raw`\d{1,2} ?(?:h|giờ|gio|g)(?: ?[0-5]\d(?: ?(?:phút|phut|p|'))?)?`;
const PART_OF_DAY = "sáng|trưa|chiều|tối";
const TIME_SUFFIX = new RegExp(
  String.raw`(?:[ t]|, ?| ?[-–] ?)(?:\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?[ap]\.?m\.?)?(?:z|[+-]\d{2}:?\d{2})?|(?:lúc |luc )?${CLOCK}(?: (?:${PART_OF_DAY}))?)$`,
  "u",
);
/** "14:35 12/05/2024", "8h30 ngày 06/6/2024", and the part of the day offices write before a date ("sáng 9/6/2024", "8h sáng 9/6"). */
const TIME_PREFIX = new RegExp(String.raw`^(?:(?:lúc |luc )?(?:\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?|${CLOCK}|${PART_OF_DAY}),? )+`, "u");

/** The day of the week before or after a date ("Thứ 7, 22/6/2024", "T2 24/6/2024", "23/6/2024 (CN)"); a date follows a prefix. */
const WEEKDAY = String.raw`(?:thứ|thu|t\.?) ?(?:[2-7]|hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay)|chủ nhật|chu nhat|cn`;
const WEEKDAY_PREFIX = new RegExp(String.raw`^(?:${WEEKDAY})(?:,? |, ?)(?=\d|ngày|ngay)`, "u");
const WEEKDAY_SUFFIX = new RegExp(String.raw`(?: ?\((?:${WEEKDAY})\)|, ?(?:${WEEKDAY}))$`, "u");

const SPACES = /\s+/g;
const DAY_WORD = /^(?:ngày|ngay) ?/u;
const DAY_THEN_MONTH_WORD = /^\d{1,2} ?(?:tháng|thang)/u;
const EIGHT_DIGITS = /^\d{8}$/;
const FIVE_DIGITS = /^\d{5}$/;
const WORDS = /^(\d{1,2}) ?(?:tháng|thang) ?(\d{1,2})(?: ?,? ?(?:năm|nam) ?(\d+))?$/u;
const YMD = /^(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})$/;
const DMY = /^(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d+)$/;
const DM = /^(\d{1,2}) ?[-/.] ?(\d{1,2})$/;
const MONTH_YEAR = /^(?:(?:tháng|thang|t\.?) ?)?(\d{1,2}) ?(?:[-/.]|,? ?(?:năm|nam)) ?(\d{4})$/u;
/** "tháng 6", "T6": a month with neither day nor year. */
const MONTH_ALONE = /^(?:tháng|thang|t\.?) ?(\d{1,2})$/u;
/** "Quý II/2024", "Q3/2024", "quý 2 năm 2024": a quarter, no day at all. */
const QUARTER = /^(?:quý|quy|q\.?) ?(?:[1-4]|i{1,3}|iv)(?: ?(?:[-/.]|,? ?(?:năm|nam)) ?\d{4})?$/u;
/** "12 feb 2024", "12-feb-24", "12th february, 2024", "12 feb"; and "feb 12, 2024", "february 12". */
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)? ?[-/.]? ?([a-z]{3,9})\.?(?:,? ?[-/.]? ?(\d{2}|\d{4}))?$/;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.? ?(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{2}|\d{4}))?$/;
const MONTH_NAME_YEAR = /^([a-z]{3,9})\.?,? ?[-/.]? ?(\d{4})$/;

/** English month names and their abbreviations: "sept" too, as some write it. */
const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map([
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].flatMap(
    (name, i): [string, number][] => [
      [name, i + 1],
      [name.slice(0, 3), i + 1],
    ],
  ),
  ["sept", 9],
]);

/**
 * Why a fast path: most dates typed as text are a plain "7/5/2024", "07-05-2024" or "7/5/24",
 * and the general reader spends its time on normalizing and on trying half a dozen regular
 * expressions in turn. Such a date (ASCII, no spaces: 1–2 digits, a separator "/", "-" or ".",
 * 1–2 digits, a separator, 2 or 4 digits) is what the general reader's DMY pattern takes, and
 * no earlier pattern does (a time needs ":", the others need words or a 4-digit first part), so
 * its parts go straight to readParts, as they would from there. Anything else returns null.
 */
function plainDayMonthYear(text: string, options: ParseDateOptions): DateParse | null {
  const dayEnd = digitsEnd(text, 0);
  if (dayEnd < 1 || dayEnd > 2 || !isDateSeparator(text.charCodeAt(dayEnd))) return null;
  const monthEnd = digitsEnd(text, dayEnd + 1);
  if (monthEnd - dayEnd - 1 < 1 || monthEnd - dayEnd - 1 > 2 || !isDateSeparator(text.charCodeAt(monthEnd))) return null;
  const yearEnd = digitsEnd(text, monthEnd + 1);
  const yearDigits = yearEnd - monthEnd - 1;
  if (yearEnd !== text.length || (yearDigits !== 2 && yearDigits !== 4)) return null;
  return readParts(text.slice(0, dayEnd), text.slice(dayEnd + 1, monthEnd), text.slice(monthEnd + 1), text, options, []);
}

/** Where the run of ASCII digits starting at `from` ends. */
function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return i;
}

function isDateSeparator(c: number): boolean {
  return c === 0x2f || c === 0x2d || c === 0x2e;
}

function parseDateText(raw: string, options: ParseDateOptions): DateParse {
  return plainDayMonthYear(raw, options) ?? readDateText(raw, options);
}

/**
 * The general reader of a date typed as text. Exported for the tests that check the fast path
 * against it.
 */
export function readDateText(raw: string, options: ParseDateOptions = {}): DateParse {
  checkCampaignYear(options.campaignYear);
  const shown = raw.replace(INVISIBLE, "").replace(SPACES, " ").trim();
  const folded = shown.normalize("NFKC").toLowerCase();
  const lunar = LUNAR_MARK.test(folded) ? readLunarDate(folded, shown, options) : null;
  if (lunar !== null) return lunar;
  const read = readDateAsTyped(shown, shown, options, []);
  if (read.ok || read.code !== "not-date") return read;
  // Asked only of a text that did not read: the full stop of a sentence ("11/6/2024."), or a
  // note in brackets ("5/6/2024 (nộp bổ sung)"), glued after the date.
  const m = GLUED_AFTER_DATE.exec(shown);
  if (m === null || m.index === 0) return LUNAR_MARK.test(folded) ? lunarUnread(shown) : read;
  const setAside = m[0].trim();
  const reason = setAside.startsWith("(") ? `để riêng ghi chú “${setAside}”` : `bỏ dấu “${setAside}” ở cuối`;
  const again = readDateAsTyped(shown.slice(0, m.index), shown, options, [reason]);
  if (again.ok || again.code !== "not-date") return again;
  return LUNAR_MARK.test(folded) ? lunarUnread(shown) : read;
}

const GLUED_AFTER_DATE = /\s*(?:[.,;:]+|\([^()]*\p{L}[^()]*\)\.?)$/u;

/** The date a text names, `shown` as typed for the note, with what was already set aside (`extras`). */
function readDateAsTyped(text: string, shown: string, options: ParseDateOptions, setAside: readonly string[]): DateParse {
  let s = text.normalize("NFKC").toLowerCase().replace(SPACES, " ");
  const extras: string[] = [...setAside];
  const withoutTime = s.replace(TIME_SUFFIX, "").replace(TIME_PREFIX, "").trim();
  if (withoutTime !== s && withoutTime !== "") {
    extras.push("bỏ phần giờ");
    s = withoutTime;
  }
  const withoutWeekday = s.replace(WEEKDAY_PREFIX, "").replace(WEEKDAY_SUFFIX, "");
  if (withoutWeekday !== s && withoutWeekday !== "") {
    extras.push("bỏ thứ trong tuần");
    s = withoutWeekday;
  }
  s = s.replace(DAY_WORD, "");

  let m = MONTH_YEAR.exec(s);
  if ((m !== null && !DAY_THEN_MONTH_WORD.test(s)) || MONTH_ALONE.test(s) || QUARTER.test(s)) return withoutDay(shown);
  m = WORDS.exec(s);
  if (m !== null) return readParts(m[1], m[2], m[3], shown, options, extras);
  m = YMD.exec(s);
  if (m !== null) return readParts(m[4], m[3], m[1], shown, options, extras);
  m = DMY.exec(s);
  if (m !== null) return readParts(m[1], m[2], m[3], shown, options, extras);
  m = DM.exec(s);
  if (m !== null) return readParts(m[1], m[2], undefined, shown, options, extras);
  m = DAY_MONTH_NAME.exec(s);
  if (m !== null && ENGLISH_MONTHS.has(m[2])) return readParts(m[1], englishMonth(m[2]), m[3], shown, options, extras);
  m = MONTH_NAME_DAY.exec(s);
  if (m !== null && ENGLISH_MONTHS.has(m[1])) return readParts(m[2], englishMonth(m[1]), m[3], shown, options, extras);
  m = MONTH_NAME_YEAR.exec(s);
  if (m !== null && ENGLISH_MONTHS.has(m[1])) return withoutDay(shown);
  if (EIGHT_DIGITS.test(s)) return readCompact(s, shown, options, extras);
  if (FIVE_DIGITS.test(s)) {
    const serial = Number(s);
    if (serial >= PLAIN_SERIAL_MIN && serial <= PLAIN_SERIAL_MAX) {
      return fromSerial(serial, shown, [...extras, ...AS_SERIAL]);
    }
  }
  return fail("not-date", `Không đọc được “${shown}” như ngày tháng; hãy ghi ngày/tháng/năm, ví dụ 07/05/2024 (not a date)`);
}

/** "âm lịch", "ÂL", "(AL)": the date is in the lunar calendar. */
const LUNAR_MARK = /(?<!\p{L})(?:âm lịch|am lich|âm|âl|al|a\.l\.?)(?!\p{L})/u;
const LUNAR_MARKS = new RegExp(LUNAR_MARK.source, "gu");
/** The words around a lunar day that say nothing of it: "ngày", "mùng"/"mồng" (days 1–10), brackets. */
const LUNAR_FILLER = /(?<!\p{L})(?:ngày|ngay|mùng|mồng|mung|mong)(?!\p{L})|[()[\],;:]/gu;
const LEAP_WORD = /(?<!\p{L})(?:nhuận|nhuan)(?!\p{L})/u;
/**
 * The lunar days and months with names of their own: "rằm" (the 15th), "tháng giêng" (1),
 * "tháng chạp" (12), "Tết" (the first month: "mùng 2 Tết").
 */
const NAMED_LUNAR_DAYS: readonly [RegExp, string][] = [
  [/(?<!\p{L})(?:rằm|ram)(?!\p{L})/u, "15"],
  [/(?<!\p{L})(?:giêng|gieng)(?!\p{L})/u, "1"],
  [/(?<!\p{L})(?:chạp|chap)(?!\p{L})/u, "12"],
  [/(?<!\p{L})(?:tết|tet)(?!\p{L})/u, "tháng 1"],
];
/** Day and month, then the year: after a separator or "năm" in 2 or 4 digits, after a space in 4 ("1/2 nhuận 2023"). */
const LUNAR_DAY_MONTH = /^(\d{1,2}) ?(?:[-/.]|(?:tháng|thang)) ?(\d{1,2})(?: ?(?:[-/.]|,? ?(?:năm|nam)) ?(\d{2}|\d{4})| (\d{4}))?$/u;

/**
 * A date typed in the lunar calendar ("Mùng 10 tháng 5 âm lịch", "15/5 ÂL", "1/2 nhuận AL"), as
 * some offices and donors date a gift: converted to its solar day, the conversion shown for a
 * person to check. The lunar year is the one typed, else the campaign's. Where a month has a
 * leap twin that year and the text does not say "nhuận", the ordinary month is taken and the
 * note says so. What cannot be converted fails with code "lunar", never as an unreadable date:
 * the reader keeps the gift without its date. Null where the text holds no lunar day and month
 * alone.
 */
function readLunarDate(folded: string, shown: string, options: ParseDateOptions): DateParse | null {
  let s = folded.replace(LUNAR_MARKS, " ").replace(LUNAR_FILLER, " ");
  const leap = LEAP_WORD.test(s);
  s = s.replace(LEAP_WORD, " ");
  for (const [name, number] of NAMED_LUNAR_DAYS) s = s.replace(name, number);
  s = s.replace(SPACES, " ").trim().replace(/[.-]+$/, "").trim();
  const m = LUNAR_DAY_MONTH.exec(s);
  // No lunar day and month alone: perhaps a solar date with the lunar one as a note beside it
  // ("20/6/2024 (15/5 ÂL)"), which the ordinary reader takes.
  if (m === null) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const typedYear = m[3] ?? m[4];
  const dayMonth = `${day}/${month}${leap ? " nhuận" : ""}`;
  const notes: string[] = [];
  let year: number;
  if (typedYear === undefined) {
    if (options.campaignYear === undefined) return fail("lunar", `ngày âm lịch ${dayMonth} không ghi năm nên không đổi được ra dương lịch`);
    year = options.campaignYear;
    notes.push(`năm âm lịch ${year} lấy theo năm của cuộc vận động`);
  } else {
    year = typedYear.length === 4 ? Number(typedYear) : expandTwoDigitYear(Number(typedYear), options.campaignYear);
  }
  const lunarText = typedYear === undefined ? dayMonth : leap ? `${dayMonth} năm ${year}` : `${dayMonth}/${year}`;
  if (year < 1900 || year > 2199) return fail("lunar", `ngày âm lịch ${lunarText}: chỉ đổi được ngày âm lịch từ năm 1900 đến năm 2199`);
  const solar = lunarToSolar(day, month, year, leap);
  if (solar === null) {
    const reason = month < 1 || month > 12 || day < 1 || day > 30 ? "không có ngày này" : leap && lunarToSolar(1, month, year, true) === null ? `năm âm lịch ${year} không có tháng ${month} nhuận` : `tháng ${month}${leap ? " nhuận" : ""} âm lịch năm ${year} chỉ có 29 ngày`;
    return fail("lunar", `ngày âm lịch ${lunarText}: ${reason}`);
  }
  if (!leap && lunarToSolar(day, month, year, true) !== null) {
    notes.push(`năm âm lịch ${year} có tháng ${month} nhuận, không rõ là tháng nào nên lấy tháng ${month} thường`);
  }
  const { iso, serial, vn } = dayTexts(solar.year, solar.month, solar.day);
  const lunar = `ngày âm lịch ${lunarText} đọc là ngày ${vn} dương lịch${why(notes)}`;
  return { ok: true, iso, serial, note: `${shown} → ${vn} (âm lịch ${lunarText})`, lunar };
}

function lunarUnread(shown: string): Failure {
  return fail("lunar", `không đọc được ngày và tháng âm lịch trong “${shown}”`);
}

/** A month and year with no day ("5/2024", "Feb 2024"). */
function withoutDay(shown: string): Failure {
  return fail("incomplete", `“${shown}” thiếu ngày: cần đủ ngày/tháng/năm (incomplete date)`);
}

/** The month's number as readParts takes it, for a name ENGLISH_MONTHS holds. */
function englishMonth(name: string): string {
  return String(ENGLISH_MONTHS.get(name));
}

function readParts(
  dayText: string,
  monthText: string,
  yearText: string | undefined,
  shown: string,
  options: ParseDateOptions,
  extras: string[],
): DateParse {
  const day = Number(dayText);
  const month = Number(monthText);
  let year: number;
  const notes = [...extras];
  if (yearText === undefined) {
    if (options.campaignYear === undefined) {
      return fail("incomplete", `“${shown}” thiếu năm: cần đủ ngày/tháng/năm (incomplete date)`);
    }
    year = options.campaignYear;
    notes.push(`thiếu năm, lấy năm ${year} của cuộc vận động`);
  } else if (yearText.length === 4) {
    year = Number(yearText);
  } else if (yearText.length === 2) {
    year = expandTwoDigitYear(Number(yearText), options.campaignYear);
    notes.push(`năm “${yearText}” hiểu là ${year}`);
  } else {
    return fail("not-date", `“${shown}”: năm phải có 2 hoặc 4 chữ số (bad year)`);
  }
  const invalid = whyInvalid(day, month, year, shown);
  if (invalid !== null) return invalid;
  if (year < 1900 || year > 9999) {
    return fail("out-of-range", `“${shown}”: Excel chỉ lưu được ngày từ năm 1900 đến năm 9999 (out of range)`);
  }
  return success(year, month, day, shown, notes);
}

function whyInvalid(day: number, month: number, year: number, shown: string): Failure | null {
  if (month < 1 || month > 12) {
    const swapped = month > 12 && day >= 1 && day <= 12 ? "Có phải tháng ghi trước ngày (kiểu Mỹ)? " : "";
    return fail(
      "invalid-date",
      `“${shown}”: không có tháng ${month}. ${swapped}Ngày tháng ghi theo thứ tự ngày/tháng/năm (impossible date)`,
    );
  }
  if (day < 1) return fail("invalid-date", `“${shown}”: không có ngày ${day} (impossible date)`);
  const last = daysInMonth(year, month);
  if (day > last) {
    const why =
      month === 2 && day === 29 ? `năm ${year} không nhuận, tháng 2 chỉ có 28 ngày` : `tháng ${month}/${year} chỉ có ${last} ngày`;
    return fail("invalid-date", `“${shown}”: ${why} (impossible date)`);
  }
  return null;
}

/** 8 digits: ddmmyyyy or yyyymmdd, whichever is a real date from 1900 on. */
function readCompact(digits: string, shown: string, options: ParseDateOptions, extras: string[]): DateParse {
  const n = (a: number, b: number) => Number(digits.slice(a, b));
  const dmy = { day: n(0, 2), month: n(2, 4), year: n(4, 8) };
  const ymd = { day: n(6, 8), month: n(4, 6), year: n(0, 4) };
  const real = [dmy, ymd].filter((p) => p.year >= 1900 && isValidDate(p.year, p.month, p.day));
  if (real.length === 2 && (dmy.day !== ymd.day || dmy.month !== ymd.month || dmy.year !== ymd.year)) {
    return fail(
      "ambiguous",
      `“${shown}” có thể là ${formatDateVN(isoFromParts(dmy.year, dmy.month, dmy.day))} hoặc ` +
        `${formatDateVN(isoFromParts(ymd.year, ymd.month, ymd.day))}; hãy ghi ngày/tháng/năm (ambiguous)`,
    );
  }
  if (real.length === 0) {
    return readParts(String(dmy.day), String(dmy.month), String(dmy.year), shown, options, extras);
  }
  const p = real[0];
  const form = p === dmy ? "ghi liền ngày tháng năm" : "ghi liền năm tháng ngày";
  return success(p.year, p.month, p.day, shown, [...extras, form]);
}
