/** What the list itself says about the campaign (its title block, its dates), where no setting says it. */
import { isDateNumberFormat, parseDate } from "../dates";
import { tableStart, type TableMatch } from "../sheet/headers";
import type { Grid } from "../sheet/types";

/** "… NĂM 2024", "… THÁNG 5/2024": the year a title line names. */
const TITLE_YEAR = /(?:n[aă]m\s+|th[aá]ng\s+\d{1,2}\s*[/.-]\s*)((?:19|20)\d\d)\b/iu;

/** "DANH SÁCH ỦNG HỘ … NĂM 2024" or "… THÁNG 5/2024" → 2024: the year that reads "7/5/24" and "15/5". */
export function campaignYearFromTitle(grid: Grid, headerRow: number): number | undefined {
  for (let r = 0; r < headerRow - grid.origin.row && r < grid.values.length; r++) {
    for (const v of grid.values[r]) {
      if (typeof v !== "string") continue;
      const m = TITLE_YEAR.exec(v);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/**
 * The year most of the list's dates are in, where they are typed in full: a date typed without
 * its year ("15/5") is in it too. Undefined where the list has no full date.
 */
export function campaignYearFromDates(grid: Grid, match: TableMatch): number | undefined {
  const at = match.columns.date?.column;
  if (at === undefined) return undefined;
  const counts = new Map<number, number>();
  for (let r = match.firstDataRow - grid.origin.row; r < grid.values.length; r++) {
    const v = grid.values[r]?.[at - grid.origin.col] ?? null;
    if (v === null || v === "") continue;
    const p = parseDate(v, { isDateFormatted: isDateNumberFormat(grid.formats?.[r]?.[at - grid.origin.col]) });
    if (!p.ok) continue;
    const year = Number(p.iso.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  let most = 0;
  for (const [year, count] of counts) {
    if (count > most) [best, most] = [year, count];
  }
  return best;
}

/** A whole date in a title line ("… (cập nhật 15/6/2024)"): the year the list was kept in. */
const TITLE_DATE = /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)(?!\d)/u;
/** A line citing a document ("Kèm theo Quyết định số 12/QĐ-UBND ngày 5/1/2023"): its date is the document's, maybe of a year before. */
const CITES_DOCUMENT = /quyết định|qđ|nghị định|nghị quyết|kế hoạch|công văn|căn cứ|kèm theo|số\s*:?\s*\d/iu;

/** The year of a whole date in the title block, where the title names no year of its own. */
export function campaignYearFromTitleDate(grid: Grid, headerRow: number): number | undefined {
  for (let r = 0; r < headerRow - grid.origin.row && r < grid.values.length; r++) {
    for (const v of grid.values[r]) {
      const m = typeof v === "string" && !CITES_DOCUMENT.test(v) ? TITLE_DATE.exec(v) : null;
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/**
 * The campaign's year as the list tells it: from its title, else from its own dates, else from
 * a date its title gives (the day a list was written down is in its campaign's year).
 */
export function campaignYearOfList(grid: Grid, match: TableMatch): number | undefined {
  const start = tableStart(match);
  return campaignYearFromTitle(grid, start) ?? campaignYearFromDates(grid, match) ?? campaignYearFromTitleDate(grid, start);
}
