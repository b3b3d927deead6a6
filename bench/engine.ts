/** Engine-only steps (no file I/O), measured on plain data from the generator. */
import type { SampleCampaign } from "../src/app/sample";
import { detectTable } from "../src/domain/sheet/headers";
import { ALL_TABLES } from "../src/domain/sheet/tableSpecs";
import { convertColumn } from "../src/domain/text";
import { amountInWords, parseMoney } from "../src/domain/money";
import { parseDate } from "../src/domain/dates";
import type { Grid } from "../src/domain/sheet/types";

type Measure = <T>(step: string, items: number, fn: () => T | Promise<T>) => Promise<T>;

export async function runEngineBenchmarks(campaign: SampleCampaign, measure: Measure): Promise<void> {
  const doc = campaign.sheets[0];
  const grid: Grid = { sheet: doc.name, origin: { row: 1, col: 1 }, values: doc.rows };
  const n = doc.rows.length;
  await measure("nhận diện tiêu đề (header detection)", n, () => detectTable(grid, ALL_TABLES));
  const names = doc.rows.map((r) => (typeof r[1] === "string" ? r[1] : null));
  await measure("chuyển mã tên sang Unicode (cột)", names.length, () => convertColumn(names, { nameColumn: true }));
  const money = doc.rows.map((r) => r[3] ?? null);
  await measure("đọc số tiền (parseMoney)", money.length, () => money.map((v) => parseMoney(v)));
  const dates = doc.rows.map((r) => r[7] ?? null);
  await measure("đọc ngày (parseDate)", dates.length, () => dates.map((v) => parseDate(v, { campaignYear: campaign.year })));
  const amounts = campaign.contributions.map((c) => c.amount);
  await measure("đọc số bằng chữ (amountInWords)", amounts.length, () => amounts.map((a) => amountInWords(a)));
}
