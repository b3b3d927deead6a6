/**
 * Labour days (ngày công) and their value in money (quy bằng tiền).
 *
 * Days may be fractional (half a day). Conversions keep the exact ratio: money → days is
 * amount / rate as a plain number, and only display rounds, to two decimals
 * (`roundLabourDays`, `formatLabourDays`). Days → money rounds once, to whole đồng, half away
 * from zero, because money is integer đồng.
 */
import type { CellValue } from "../sheet/types";
import { groupThousands } from "./format";
import { isBlank } from "./parse";

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
  // Past 10^15 a double has no hundredths left to round.
  if (abs >= 1e15) return days;
  // String() is plain positional notation in this range.
  const [int, frac = ""] = String(abs).split(".");
  let hundredths = BigInt(int + frac.slice(0, 2).padEnd(2, "0"));
  if ((frac[2] ?? "0") >= "5") hundredths += 1n;
  const r = Math.sign(days) * (Number(hundredths) / 100);
  return r === 0 ? 0 : r;
}

/** "2,5", "3", "1,33", "1.234,5": Vietnamese marks, at most two decimals. */
export function formatLabourDays(days: number): string {
  const r = roundLabourDays(days);
  const [int, frac = ""] = Math.abs(r).toFixed(2).split(".");
  const decimals = frac.replace(/0+$/, "");
  return `${r < 0 ? "-" : ""}${groupThousands(int)}${decimals === "" ? "" : `,${decimals}`}`;
}

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

const DAY_WORDS = /\s*(?:ngày công|ngay cong|ngày|ngay|công|cong|nc)\.?$/u;
const HALF_DAY = /^(?:nửa|nua)$/u;
const HALF_AFTER = /\s*(?:rưỡi|rưởi|ruoi)$/u;

/**
 * "3", "2,5", "2.5", "3 ngày", "3 công", "3 ngày công", "nửa ngày" (0,5), "1 ngày rưỡi" (1,5).
 * A separator followed by exactly three digits ("1.000") is refused: days are small numbers,
 * so it is either a typo or a thousands separator we cannot tell from a decimal mark.
 */
export function parseLabourDays(value: CellValue | undefined): LabourDaysParse {
  if (isBlank(value)) return fail("blank", "Ô trống (empty)");
  if (typeof value === "boolean") return fail("not-days", "Giá trị đúng/sai không phải số ngày công (not a number of days)");
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail("malformed", `${value} không phải số ngày công (not finite)`);
    if (value < 0) return fail("negative", `Số ngày công không được âm: ${formatLabourDays(value)} (negative)`);
    if (value > MAX_LABOUR_DAYS) return tooManyDays(String(value));
    return { ok: true, days: value === 0 ? 0 : value };
  }
  const shown = (value as string).replace(/\s+/g, " ").trim();
  // "½" is read before NFKC, which would turn it into "1⁄2": "1½" is one and a half.
  let s = shown
    .toLowerCase()
    .replace(/(\d)\s*½/g, "$1 rưỡi")
    .replace(/½/g, "nửa")
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .trim();
  let half = false;
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
  } else if (/^[-−–]/u.test(s) && /\d/.test(s)) {
    return fail("negative", `“${shown}”: số ngày công không được âm (negative)`);
  } else if (/^\d+$/.test(s)) {
    days = Number(s);
  } else {
    const m = /^(\d+)[.,](\d+)$/.exec(s);
    if (m === null) {
      return /\d/.test(s)
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
  if (days > MAX_LABOUR_DAYS) return tooManyDays(shown);
  const formatted = formatLabourDays(days);
  return formatted === shown ? { ok: true, days } : { ok: true, days, note: `${shown} → ${formatted}` };
}
