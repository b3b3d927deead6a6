/**
 * Issue 4's input: a 100.000-row contribution list handed over as an adapter reads it (number
 * formats and fonts from its styles, text as flat strings: Office.js sends JSON, ExcelJS parses
 * XML). Shared by the node pass and the Chromium pass, so both time the same work.
 */
import { generateCampaign } from "../src/app/sample";
import { detectHeaderRows } from "../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../src/domain/sheet/tableSpecs";
import { readContributionList } from "../src/domain/contributions/normalize";
import type { Grid } from "../src/domain/sheet/types";
import { seedOfDoc } from "../test/excel/seed";

export function normalizationInput() {
  const big = generateCampaign({ householdsPerHamlet: 16_400, staffPerUnit: 300, seed: 7 });
  const doc = big.sheets[0];
  const seed = seedOfDoc(doc);
  const asRead = <T>(cells: T): T => JSON.parse(JSON.stringify(cells)) as T;
  const grid: Grid = { sheet: doc.name, origin: { row: 1, col: 1 }, values: asRead(seed.rows), formats: asRead((seed.formats ?? []).map((r) => r.map((f) => f ?? "General"))), fonts: asRead(seed.fonts) };
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE)!;
  const options = { campaignYear: 2024, period: { from: "2024-04-01", to: "2024-12-31" } };
  return { rows: doc.rows.length, normalize: () => readContributionList(grid, match, options) };
}
