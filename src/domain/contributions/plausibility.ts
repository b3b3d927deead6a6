/**
 * Figures that read well but are unlikely for one row of a list: a person should look at them
 * before they count toward quotas and reports.
 */
import { formatLabourDays } from "../money";
import { DEFAULT_QUOTA_RULES } from "../quota/compute";
import type { Kind } from "./types";

/** The most days a year the plan asks of a staff member (plan 004: 3), and ten times that. */
const STAFF_QUOTA_DAYS = Math.max(...DEFAULT_QUOTA_RULES.incomeTiers.map((t) => t.days));
export const STAFF_DAYS_LIMIT = 10 * STAFF_QUOTA_DAYS;
/** A whole year of one household's or one person's work. */
export const PERSON_DAYS_LIMIT = 365;

/**
 * Why a row's labour days are doubtful, or null. A figure in the thousands ending in 000 reads as
 * an amount typed in the days column, whoever gave it. Otherwise the limit is the giver's: an
 * enterprise or a collective may pledge many people's days on one row, so it has none.
 */
export function doubtfulDays(days: number, kind: Kind): string | null {
  if (days >= 1000 && days % 1000 === 0) {
    return `${formatLabourDays(days)} ngày công trông như một số tiền ghi nhầm sang cột ngày công; hãy kiểm tra lại.`;
  }
  if (kind === "staff" && days > STAFF_DAYS_LIMIT) {
    return `${formatLabourDays(days)} ngày công của một cán bộ trong một năm là quá nhiều (hơn ${STAFF_DAYS_LIMIT} ngày, trong khi mức vận động cao nhất là ${STAFF_QUOTA_DAYS} ngày); hãy kiểm tra có gõ nhầm không.`;
  }
  if ((kind === "household" || kind === "individual") && days > PERSON_DAYS_LIMIT) {
    return `${formatLabourDays(days)} ngày công của một hộ hoặc một người trong một năm là quá nhiều (hơn ${PERSON_DAYS_LIMIT} ngày); hãy kiểm tra có gõ nhầm không.`;
  }
  return null;
}

/**
 * The amounts of a list kept in thousands that are a hundred times its usual one or more:
 * "500.000" typed in đồng where the column counts nghìn đồng, most likely (read as 500 triệu, a
 * thousand times what was meant, beside gifts of a few triệu). Usual is the median of the amounts
 * given; a list of fewer than three has none. A real gift that large is worth a look all the same.
 */
const OUT_OF_SCALE = 100;

export function amountsOutOfScale(amounts: readonly number[]): { usual: number; rows: number[] } | null {
  const given = amounts.filter((a) => a > 0).sort((a, b) => a - b);
  if (given.length < 3) return null;
  const usual = given[Math.floor(given.length / 2)];
  const rows = amounts.flatMap((a, i) => (a >= OUT_OF_SCALE * usual ? [i] : []));
  return rows.length === 0 ? null : { usual, rows };
}
