/** What the list's own title block says about the campaign, where no setting says it. */
import type { Grid } from "../sheet/types";

/** "DANH SÁCH ỦNG HỘ … NĂM 2024" → 2024: the year that reads 2-digit years like "7/5/24". */
export function campaignYearFromTitle(grid: Grid, headerRow: number): number | undefined {
  for (let r = 0; r < headerRow - grid.origin.row && r < grid.values.length; r++) {
    for (const v of grid.values[r]) {
      if (typeof v !== "string") continue;
      const m = /n[aă]m\s+((?:19|20)\d\d)\b/iu.exec(v);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}
