/**
 * The Vietnamese lunar calendar (âm lịch), to read a date an office typed in it ("15/5 ÂL").
 *
 * Method: Hồ Ngọc Đức's algorithm ("Thuật toán tính âm lịch", the one Vietnamese calendars use),
 * with the time of UTC+7, which is why Tết can fall a day apart from the Chinese calendar's. A
 * lunar month starts on the day (UTC+7) of a new moon; month 11 is the one holding the winter
 * solstice; a lunar year with 13 months between two months 11 repeats, as its leap month, the
 * first month that holds no major solar term (trung khí). New moons and the sun's longitude are
 * computed astronomically with the series of Jean Meeus, "Astronomical Algorithms" (1998), as in
 * the original: good to well under a day from 1800 to 2199.
 */

/** Vietnam's time zone, hours east of UTC. */
const TIME_ZONE = 7;
/** The mean length of a lunar month, days. */
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, from which new moons are counted. */
const NEW_MOON_EPOCH = 2415021.076998695;
const RADIAN = Math.PI / 180;

/** Julian day number of a Gregorian date. */
export function julianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The Gregorian date of a Julian day number. */
export function dateOfJulianDay(jd: number): { year: number; month: number; day: number } {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** The Julian day (with its fraction, UT) of the k-th new moon after the epoch (Meeus, ch. 49). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RADIAN);
  const sun = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moon = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c = (0.1734 - 0.000393 * t) * Math.sin(sun * RADIAN) + 0.0021 * Math.sin(2 * RADIAN * sun);
  c = c - 0.4068 * Math.sin(moon * RADIAN) + 0.0161 * Math.sin(RADIAN * 2 * moon);
  c -= 0.0004 * Math.sin(RADIAN * 3 * moon);
  c = c + 0.0104 * Math.sin(RADIAN * 2 * latitude) - 0.0051 * Math.sin(RADIAN * (sun + moon));
  c = c - 0.0074 * Math.sin(RADIAN * (sun - moon)) + 0.0004 * Math.sin(RADIAN * (2 * latitude + sun));
  c = c - 0.0004 * Math.sin(RADIAN * (2 * latitude - sun)) - 0.0006 * Math.sin(RADIAN * (2 * latitude + moon));
  c = c + 0.001 * Math.sin(RADIAN * (2 * latitude - moon)) + 0.0005 * Math.sin(RADIAN * (2 * moon + sun));
  const deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** The sun's apparent longitude, radians in [0, 2π), at a Julian day (UT) (Meeus, ch. 25, low accuracy). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const anomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let centre = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(RADIAN * anomaly);
  centre += (0.019993 - 0.000101 * t) * Math.sin(RADIAN * 2 * anomaly) + 0.00029 * Math.sin(RADIAN * 3 * anomaly);
  const longitude = (mean + centre) * RADIAN;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** The day (Julian day number, local) the k-th new moon falls on. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Which of the twelve 30° sectors (0–11) the sun is in at the start of a local day: a new sector is a major term. */
function sunSector(day: number): number {
  return Math.floor((sunLongitude(day - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** The first day of lunar month 11 (the month of the winter solstice) of a year. */
function month11Start(year: number): number {
  const k = Math.floor((julianDay(year, 12, 31) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // Past the sector of the solstice (270°): that new moon comes after it, month 11 began before.
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** How many months after month 11 (starting at `a11`) the leap month comes: the first with no major term. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = sector;
    i++;
    sector = sunSector(newMoonDay(k + i));
  } while (sector !== last && i < 14);
  return i - 1;
}

/** A day of the Gregorian calendar. */
export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The Gregorian date of lunar day `day` of month `month` (1–12; `leap` for the leap month of that
 * number) of lunar year `year`; null where that day does not exist: a leap month the year does
 * not have, or day 30 of a month of 29 days.
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): SolarDate | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year) || day < 1 || day > 30 || month < 1 || month > 12) return null;
  // Months 11 and 12 of a lunar year come after the month 11 that falls in its own solar year.
  const a11 = month < 11 ? month11Start(year - 1) : month11Start(year);
  const b11 = month < 11 ? month11Start(year) : month11Start(year + 1);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = (month - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    // The leap month repeats the month before it: offset 1 follows month 11, offset 2 month 12.
    const leapMonth = ((leapOffset + 9) % 12) + 1;
    if (leap && month !== leapMonth) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return null;
  }
  const start = newMoonDay(k + offset);
  if (start + day - 1 >= newMoonDay(k + offset + 1)) return null;
  return dateOfJulianDay(start + day - 1);
}
