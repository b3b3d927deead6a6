/** Small lists typed as cells, read as the reader reads a sheet: shared by the probe tests. */
import { readContributionList, type ContributionList } from "../../../src/domain/contributions/normalize";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue, Grid } from "../../../src/domain/sheet/types";

export function gridOf(values: CellValue[][], merges?: string[]): Grid {
  return { sheet: "DS", origin: { row: 1, col: 1 }, values, ...(merges ? { merges } : {}) };
}

/** The list under the header the detector finds, for a 2024 campaign. */
export function read(values: CellValue[][], merges?: string[]): ContributionList {
  const grid = gridOf(values, merges);
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE);
  if (!match) throw new Error("no header");
  return readContributionList(grid, match, { campaignYear: 2024 });
}

/** Each diagnostic as "cell code", leaving out the kind-unknown warnings plain names get. */
export const codesOf = (list: ContributionList) => list.diagnostics.filter((d) => d.code !== "kind-unknown").map((d) => `${d.cell} ${d.code}`);

export const messageAt = (list: ContributionList, cell: string) => list.diagnostics.find((d) => d.cell === cell)?.message ?? "";
