/**
 * Labour days (ngày công) and their value in money (quy bằng tiền).
 *
 * Days may be fractional (half a day). Conversions keep the exact ratio: money → days is
 * amount / rate as a plain number, and only display rounds, to two decimals
 * (`roundLabourDays`, `formatLabourDays`). Days → money rounds once, to whole đồng, half away
 * from zero, because money is integer đồng.
 */
import type { CellValue } from "../sheet/types";
import { INVISIBLE } from "../text/scan";
import { groupThousands } from "./format";
import { isBlank, summedParts, TRAILING_NOTE } from "./parse";

/** Plan 004: one labour day converts to 150.000 đồng. A commune may set its own rate. */
export const DEFAULT_LABOUR_DAY_RATE = 150_000;

function checkRate(rate: number): void {
  if (!Number.isSafeInteger(rate) || rate <= 0) {
    throw new RangeError(`Đơn giá ngày công phải là số đồng nguyên dương (a positive integer): ${rate}`);
  }
}

function roundHalfAwayFromZero(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
}

/** 2,5 days at 150.000 đ → 375.000 đ. */
export function labourDaysToMoney(days: number, rate: number = DEFAULT_LABOUR_DAY_RATE): number {
  checkRate(rate);
  if (!Number.isFinite(days)) throw new RangeError(`Số ngày công không hợp lệ (not finite): ${days}`);
  const amount = roundHalfAwayFromZero(days * rate);
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Số tiền quá lớn (too large): ${days} × ${rate}`);
  return amount;
}

/** 200.000 đ at 150.000 đ → 1,333… days (unrounded; round only to show it). */
export function moneyToLabourDays(amount: number, rate: number = DEFAULT_LABOUR_DAY_RATE): number {
  checkRate(rate);
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Số tiền phải là số nguyên đồng (an integer): ${amount}`);
  }
  const days = amount / rate;
  return days === 0 ? 0 : days;
}

/**
 * Two decimals, half away from zero, decided on the shortest decimal form of the number (the
 * digits a person sees), so 1.005 rounds to 1.01 although its binary value is 1.00499….
 */
export function roundLabourDays(days: number): number {
  if (!Number.isFinite(days)) throw new RangeError(`Số ngày công không hợp lệ (not finite): ${days}`);
  const abs = Math.abs(days);
  if (abs < 0.001) return 0;
  // Why a fast path: nearly every number of days already has at most two decimals (3, 2.5,
  // 1.25), and then it is its own rounding. It has, when it is the double nearest to some
  // hundredths count / 100; below 10^11 two such doubles are far apart, so that count's
  // decimal is also the shortest form String() would give, and the digit-by-digit reading below
  // would return the same number. A property test checks the two agree.
  if (abs < 1e11 && Math.round(days * 100) / 100 === days) return days;
  return roundByDigits(days);
}

/** The rounding on the shortest decimal form, digit by digit. Exported for tests. */
export function roundByDigits(days: number): number {
  const abs = Math.abs(days);
  if (abs < 0.001) return 0;
  // Past 10^15 a double has no hundredths left to round.
  if (abs >= 1e15) return days;
  // String() is plain positional notation in this range.
  const [int, frac = ""] = String(abs).split(".");
  const digits = int + frac.slice(0, 2).padEnd(2, "0");
  const up = (frac[2] ?? "0") >= "5";
  // Up to 15 digits a double counts the hundredths exactly (days under 10^13, so every real
  // list); BigInt is needed only past that.
  const hundredths = digits.length <= 15 ? Number(digits) + (up ? 1 : 0) : Number(BigInt(digits) + (up ? 1n : 0n));
  const r = Math.sign(days) * (hundredths / 100);
  return r === 0 ? 0 : r;
}

/** "2,5", "3", "1,33", "1.234,5": Vietnamese marks, at most two decimals. */
export function formatLabourDays(days: number): string {
  const r = roundLabourDays(days);
  const abs = Math.abs(r);
  const sign = r < 0 ? "-" : "";
  if (abs < 1e11) {
    // Why a fast path: every note of a labour-days column formats a number. Here r is the
    // double nearest a whole count of hundredths, so that count is exact, and toFixed(2) below
    // would print its digits; reading them off the count spares the string work.
    const hundredths = Math.round(abs * 100);
    const cents = hundredths % 100;
    const decimals = cents === 0 ? "" : cents % 10 === 0 ? `,${cents / 10}` : cents < 10 ? `,0${cents}` : `,${cents}`;
    return `${sign}${groupThousands(String((hundredths - cents) / 100))}${decimals}`;
  }
  const [int, frac = ""] = abs.toFixed(2).split(".");
  const decimals = frac.replace(TRAILING_ZEROS, "");
  return `${sign}${groupThousands(int)}${decimals === "" ? "" : `,${decimals}`}`;
}

const TRAILING_ZEROS = /0+$/;

export type LabourDaysErrorCode = "blank" | "not-days" | "negative" | "ambiguous" | "malformed" | "too-large";

/** More days than anyone's list could hold: a pasted amount or an ID, not labour. */
export const MAX_LABOUR_DAYS = 1_000_000;

export type LabourDaysParse =
  | { ok: true; days: number; note?: string }
  | { ok: false; code: LabourDaysErrorCode; reason: string };

type Failure = Extract<LabourDaysParse, { ok: false }>;

function fail(code: LabourDaysErrorCode, reason: string): Failure {
  return { ok: false, code, reason };
}

function tooManyDays(shown: string): Failure {
  return fail("too-large", `“${shown}” quá lớn để là số ngày công (tối đa ${groupThousands(String(MAX_LABOUR_DAYS))}) (too large)`);
}

// Hoisted: a regular expression literal makes a new object each time it is evaluated.
const SPACES = /\s+/g;
const DIGIT_HALF = /(\d)\s*½/g;
const HALF_SIGN = /½/g;
const LEADING_MINUS = /^[-−–]/u;
const DIGIT = /\d/;
const WHOLE = /^\d+$/;
const DECIMAL = /^(\d+)[.,](\d+)$/;
/** "ngày công" and its short forms; "c" only right after the figure ("2c"). */
const DAY_WORDS = /\s*(?:ngày công|ngay cong|ngày|ngay|công|cong|nc|(?<=\d\s?)c)\.?$/u;
/** A few days said in words, as a cell may hold them ("một ngày", "hai công"). */
const DAY_COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ["một", 1], ["hai", 2], ["ba", 3], ["bốn", 4], ["tư", 4], ["năm", 5], ["sáu", 6], ["bảy", 7], ["bẩy", 7], ["tám", 8], ["chín", 9], ["mười", 10],
]);
const HALF_DAY = /^(?:nửa|nua)$/u;
/** Halves and quarters of a day written as a fraction. */
const FRACTION = /^(?:1\/2|[13]\/4)$/;
/** "1 1/2", "2 3/4": whole days and a part of one, as a mixed fraction is written by hand. */
const MIXED_FRACTION = /^(\d+) (1\/2|[13]\/4)$/;
const HALF_AFTER = /\s*(?:rưỡi|rưởi|ruoi)$/u;
/** A session (buổi): a morning or an afternoon of work, half a labour day. */
const SESSION_WORDS = /\s*(?:buổi|buoi)\.?$/u;

/**
 * "3", "2,5", "2.5", "3 ngày", "3 công", "3 ngày công", "nửa ngày" (0,5), "1 ngày rưỡi" (1,5),
 * "1/2", "1 1/2" (1,5).
 * A separator followed by exactly three digits ("1.000") is refused: days are small numbers,
 * so it is either a typo or a thousands separator we cannot tell from a decimal mark.
 */
export function parseLabourDays(value: CellValue | undefined): LabourDaysParse {
  if (typeof value === "string") {
    const plain = readPlainDays(value);
    if (plain !== null) return plain;
  }
  if (isBlank(value)) return fail("blank", "Ô trống (empty)");
  if (typeof value === "boolean") return fail("not-days", "Giá trị đúng/sai không phải số ngày công (not a number of days)");
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail("malformed", `${value} không phải số ngày công (not finite)`);
    if (value < 0) return fail("negative", `Số ngày công không được âm: ${formatLabourDays(value)} (negative)`);
    if (value > MAX_LABOUR_DAYS) return tooManyDays(String(value));
    return { ok: true, days: value === 0 ? 0 : value };
  }
  return readLabourDaysText(value as string);
}

/**
 * What may follow a plain number of days on the fast path, and the half day it adds: the
 * general reader drops the same words and adds the same half ("1 ngày rưỡi" = 1,5).
 */
const PLAIN_DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ["", 0],
  ["½", 0.5],
  ["½ ngày", 0.5],
  [" ngày", 0],
  [" công", 0],
  [" ngày công", 0],
  [" rưỡi", 0.5],
  [" ngày rưỡi", 0.5],
  [" rưỡi ngày", 0.5],
]);
/** Up to 15 digits every step of reading them is an exact double. */
const SAFE_DIGITS = 15;
/** Half a day in words, as the general reader reads it. */
const HALF_DAY_TEXTS: ReadonlySet<string> = new Set(["nửa", "nửa ngày", "½"]);

/**
 * Why a fast path: most days typed as text are a plain "3", "2,5" or "1.5", perhaps with
 * " ngày" or "rưỡi", and the general reader spends its time on normalizing and a dozen regular
 * expressions. This reads such a cell in one scan, the way the general reader's last steps
 * read it (whole digits, or digits, "," or ".", and digits other than exactly three); anything
 * else, and anything it would refuse, returns null and goes to the general reader. A property
 * test checks that the two agree.
 */
function readPlainDays(text: string): LabourDaysParse | null {
  if (HALF_DAY_TEXTS.has(text)) return daysRead(text, 0.5);
  let whole = 0;
  let fraction = 0;
  let scale = 1;
  let digits = 0;
  let mark = -1;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      digits++;
      if (mark === -1) whole = whole * 10 + (c - 0x30);
      else {
        fraction = fraction * 10 + (c - 0x30);
        scale *= 10;
      }
    } else if ((c === 0x2c || c === 0x2e) && mark === -1 && i > 0) {
      mark = i;
    } else {
      break;
    }
  }
  const decimals = mark === -1 ? -1 : i - mark - 1;
  if (i === 0 || decimals === 0 || decimals === 3 || digits > SAFE_DIGITS) return null;
  const half = PLAIN_DAY_WORDS.get(i === text.length ? "" : text.slice(i));
  if (half === undefined) return null;
  // An exact whole number of 10^-k over an exact 10^k: the division rounds once, as Number()
  // does on the decimal text the general reader builds.
  const days = (whole * scale + fraction) / scale + half;
  if (days > MAX_LABOUR_DAYS) return null;
  return isWrittenAsFormatted(text, i, mark) ? { ok: true, days } : daysRead(text, days);
}

/**
 * The figure (`text` up to `end`, decimal mark at `mark` or -1) is already what formatLabourDays
 * writes for it, so it needs no note: "3", "2,5", "0,75", but not "03", "1.5", "2,50", "1234",
 * "0,125".
 */
function isWrittenAsFormatted(text: string, end: number, mark: number): boolean {
  if (end !== text.length) return false;
  const wholeDigits = mark === -1 ? end : mark;
  if (wholeDigits > 3 || (wholeDigits > 1 && text.charCodeAt(0) === 0x30)) return false;
  return mark === -1 || (text.charCodeAt(mark) === 0x2c && end - mark - 1 <= 2 && text.charCodeAt(end - 1) !== 0x30);
}

/** "2 ngày + 1 buổi", "1 + 1,5": days worked on several occasions, summed in the cell. */
function readDaysSum(shown: string): LabourDaysParse {
  const parts = summedParts(shown);
  if (parts === null) return fail("malformed", `Không đọc được “${shown}” như số ngày công (unreadable)`);
  let days = 0;
  for (const part of parts) {
    const read = readLabourDaysText(part);
    if (!read.ok) return fail(read.code, `“${shown}”: phần “${part}” không đọc được: ${read.reason}`);
    days += read.days;
  }
  if (days > MAX_LABOUR_DAYS) return tooManyDays(shown);
  return { ok: true, days, note: `${shown} → ${formatLabourDays(days)} (cộng các lần)` };
}

function daysRead(shown: string, days: number): LabourDaysParse {
  const formatted = formatLabourDays(days);
  return formatted === shown ? { ok: true, days } : { ok: true, days, note: `${shown} → ${formatted}` };
}

/**
 * The general reader of days typed as text. Exported for the tests that check the fast path
 * against it.
 */
export function readLabourDaysText(value: string): LabourDaysParse {
  const shown = value.replace(INVISIBLE, "").replace(SPACES, " ").trim();
  if (shown.indexOf("+") > 0) return readDaysSum(shown);
  // "½" is read before NFKC, which would turn it into "1⁄2": "1½" is one and a half.
  let s = shown
    .replace(TRAILING_NOTE, "")
    .toLowerCase()
    .replace(DIGIT_HALF, "$1 rưỡi")
    .replace(HALF_SIGN, "nửa")
    .normalize("NFKC")
    .replace(SPACES, " ")
    .trim();
  let half = false;
  let sessions = false;
  s = s.replace(SESSION_WORDS, () => {
    sessions = true;
    return "";
  });
  // "1 ngày rưỡi" and "1 rưỡi ngày" ("1½ ngày") both end up as 1 + a half.
  s = s
    .replace(DAY_WORDS, "")
    .replace(HALF_AFTER, () => {
      half = true;
      return "";
    })
    .replace(DAY_WORDS, "")
    .trim();
  let days: number;
  if (HALF_DAY.test(s)) {
    if (half) return fail("malformed", `Không đọc được “${shown}” như số ngày công (unreadable)`);
    days = 0.5;
  } else if (LEADING_MINUS.test(s) && DIGIT.test(s)) {
    return fail("negative", `“${shown}”: số ngày công không được âm (negative)`);
  } else if (WHOLE.test(s)) {
    days = Number(s);
  } else if (DAY_COUNT_WORDS.has(s)) {
    days = DAY_COUNT_WORDS.get(s) as number;
  } else if (FRACTION.test(s)) {
    // "1/2", "3/4": a part of a day, as a cell formatted as text keeps it.
    const [numerator, denominator] = s.split("/").map(Number);
    days = numerator / denominator;
  } else if (MIXED_FRACTION.test(s)) {
    const [whole, part] = s.split(" ");
    const [numerator, denominator] = part.split("/").map(Number);
    days = Number(whole) + numerator / denominator;
  } else {
    const m = DECIMAL.exec(s);
    if (m === null) {
      return DIGIT.test(s)
        ? fail("malformed", `Không đọc được “${shown}” như số ngày công (unreadable)`)
        : fail("not-days", `“${shown}” không phải số ngày công (not a number of days)`);
    }
    if (m[2].length === 3) {
      return fail(
        "ambiguous",
        `“${shown}” không rõ: dấu phân cách nghìn hay dấu thập phân? Ngày lẻ hãy ghi như “2,5” (ambiguous)`,
      );
    }
    days = Number(`${m[1]}.${m[2]}`);
  }
  if (half) days += 0.5;
  if (sessions) {
    if (HALF_DAY.test(s)) return fail("malformed", `Không đọc được “${shown}” như số ngày công (unreadable)`);
    days /= 2;
  }
  if (days > MAX_LABOUR_DAYS) return tooManyDays(shown);
  const read = daysRead(shown, days);
  return sessions && read.ok ? { ...read, note: `${shown} → ${formatLabourDays(days)} (hai buổi là một ngày công)` } : read;
}

/** Marks of a day worked on a bảng chấm công: a cross or a tick. */
const WORKED_MARKS: ReadonlySet<string> = new Set(["x", "✓", "✔", "+"]);
/** Marks of a day not worked: absent (vắng), off, sick, or a dash. */
const ABSENT_MARKS: ReadonlySet<string> = new Set(["v", "vắng", "vắng mặt", "nghỉ", "ốm", "không", "-", "–", "—", "--"]);

/**
 * The labour a mark on a bảng chấm công stands for, on the one day its column is headed with:
 * "x" or "1" a day, "½" or "0,5" half a day, "v", "-", "nghỉ" or a blank cell none; a number
 * as many days as it says. Null where the mark says nothing this reads (a typo a person must
 * look at, not a day off).
 */
export function attendanceMarkDays(value: CellValue | undefined): number | null {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const mark = value.replace(INVISIBLE, "").trim().normalize("NFC").toLowerCase();
  if (mark === "") return 0;
  if (WORKED_MARKS.has(mark)) return 1;
  if (ABSENT_MARKS.has(mark)) return 0;
  const days = parseLabourDays(mark);
  return days.ok && days.days >= 0 ? days.days : null;
}
