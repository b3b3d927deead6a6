/**
 * Calendar dates as ISO text ("2024-05-07") and as Excel serial numbers (1900 date system).
 *
 * Excel counts serial 1 = 1900-01-01 and keeps Lotus 1-2-3's mistake of a 29 February 1900:
 * serial 60 is that day, which never existed, so it has no ISO date (refused), and serials
 * 1–59 are one day earlier than a plain count from 1899-12-31 would make them look.
 * Integer arithmetic on the proleptic Gregorian calendar (days-from-civil), so no time zone or
 * Date object can shift a day.
 */

/** 9999-12-31, the last day Excel can store. */
export const MAX_SERIAL = 2_958_465;
/** The serial of the 29 February 1900 that never was. */
export const PHANTOM_LEAP_DAY_SERIAL = 60;

/** Serial of 1970-01-01: days from civil are counted from there. */
const UNIX_EPOCH_SERIAL = 25_569;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The inverse of `daysFromCivil`. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function isoFromParts(year: number, month: number, day: number): string {
  if (!isValidDate(year, month, day) || year < 1 || year > 9999) {
    throw new RangeError(`Ngày không có thật (not a real date): ${day}/${month}/${year}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month, day of a real "YYYY-MM-DD" date, or null. */
export function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(iso);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(value: string): boolean {
  return isoParts(value) !== null;
}

/** Whether an Excel serial (whole days) names a real date: 1 … 9999-12-31, except 60. */
export function isValidSerial(serial: number): boolean {
  return Number.isInteger(serial) && serial >= 1 && serial <= MAX_SERIAL && serial !== PHANTOM_LEAP_DAY_SERIAL;
}

/** 45419 → 2024, 5, 7. Throws on 60 (29/02/1900), non-integers and serials out of range. */
export function serialToParts(serial: number): { year: number; month: number; day: number } {
  if (!isValidSerial(serial)) {
    const why = serial === PHANTOM_LEAP_DAY_SERIAL ? " (29/02/1900 không có thật)" : "";
    throw new RangeError(`Số ngày Excel không hợp lệ (invalid serial): ${serial}${why}`);
  }
  const days = serial < PHANTOM_LEAP_DAY_SERIAL ? serial - UNIX_EPOCH_SERIAL + 1 : serial - UNIX_EPOCH_SERIAL;
  return civilFromDays(days);
}

/** 45419 → "2024-05-07". Throws on 60 (29/02/1900), non-integers and serials out of range. */
export function serialToIso(serial: number): string {
  const { year, month, day } = serialToParts(serial);
  return isoFromParts(year, month, day);
}

/** 2024, 5, 7 → 45419. Throws on a date that is not real or is before 1900-01-01. */
export function partsToSerial(year: number, month: number, day: number): number {
  if (!isValidDate(year, month, day) || year < 1900 || year > 9999) {
    throw new RangeError(`Không phải ngày thật từ 1900 trở đi (not a real date from 1900): ${day}/${month}/${year}`);
  }
  const counted = daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
  // Up to 1900-02-28 the phantom leap day is not yet counted.
  return counted <= PHANTOM_LEAP_DAY_SERIAL ? counted - 1 : counted;
}

/** "2024-05-07" → 45419. Throws on text that is not a real date from 1900-01-01 on. */
export function isoToSerial(iso: string): number {
  const p = isoParts(iso);
  if (p === null || p.year < 1900) {
    throw new RangeError(`Không phải ngày ISO từ 1900 trở đi (not an ISO date from 1900): ${iso}`);
  }
  return partsToSerial(p.year, p.month, p.day);
}
