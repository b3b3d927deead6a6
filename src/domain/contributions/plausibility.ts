/**
 * Figures that read well but are unlikely for one row of a list: a person should look at them
 * before they count toward quotas and reports.
 */
import { formatLabourDays } from "../money";
import type { Kind } from "./types";

/** Ten times the 2 or 3 days a year a staff member is asked for (plan 004). */
export const STAFF_DAYS_LIMIT = 30;
/** A whole year of one household's or one person's work. */
export const PERSON_DAYS_LIMIT = 365;

/**
 * Why a row's labour days are doubtful, or null. A figure in the thousands ending in 000 reads as
 * an amount typed in the days column, whoever gave it. Otherwise the limit is the giver's: an
 * enterprise or a collective may pledge many people's days on one row, so it has none.
 */
export function doubtfulDays(days: number, kind: Kind): string | null {
  const shown = formatLabourDays(days);
  if (days >= 1000 && days % 1000 === 0) {
    return `${shown} ngày công trông như một số tiền ghi nhầm sang cột ngày công; hãy kiểm tra lại.`;
  }
  if (kind === "staff" && days > STAFF_DAYS_LIMIT) {
    return `${shown} ngày công của một cán bộ trong một năm là quá nhiều (hơn ${STAFF_DAYS_LIMIT} ngày, trong khi mức vận động là 2–3 ngày); hãy kiểm tra có gõ nhầm không.`;
  }
  if ((kind === "household" || kind === "individual") && days > PERSON_DAYS_LIMIT) {
    return `${shown} ngày công của một hộ hoặc một người trong một năm là quá nhiều (hơn ${PERSON_DAYS_LIMIT} ngày); hãy kiểm tra có gõ nhầm không.`;
  }
  return null;
}
