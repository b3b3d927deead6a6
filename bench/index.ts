/**
 * npm run bench: the engine's figures on a district-scale campaign (50.000 contributions,
 * 20.000 statement lines). Each capability adds its step here; the table prints time and memory.
 */
import { recognizeSheets } from "../src/app/recognize";
import { sampleWorkbook, saveXlsx, openXlsx } from "../src/app/files";
import { generateCampaign } from "../src/app/sample";
import { runEngineBenchmarks } from "./engine";

interface Row {
  step: string;
  items: number;
  ms: number;
  heapMB: number;
}

const rows: Row[] = [];

async function measure<T>(step: string, items: number, fn: () => T | Promise<T>): Promise<T> {
  if (global.gc) global.gc();
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  rows.push({ step, items, ms, heapMB: process.memoryUsage().heapUsed / 2 ** 20 });
  return result;
}

const DISTRICT = { householdsPerHamlet: 8_000, staffPerUnit: 400, statementLines: 20_000 };

async function main() {
  const campaign = await measure("tạo chiến dịch cấp huyện (generate)", 0, () => generateCampaign(DISTRICT));
  rows[rows.length - 1].items = campaign.contributions.length;
  await runEngineBenchmarks(campaign, measure);
  if (!process.argv.includes("--no-files")) {
    const { book } = await measure("dựng sổ .xlsx trong bộ nhớ (ExcelJS)", campaign.contributions.length, () => sampleWorkbook(DISTRICT));
    const bytes = await measure("ghi .xlsx (ExcelJS)", campaign.contributions.length, () => saveXlsx(book));
    const reopened = await measure("đọc .xlsx (ExcelJS)", campaign.contributions.length, () => openXlsx(bytes));
    await measure("nhận diện bảng (4 trang)", 4, () => recognizeSheets(reopened));
  }
  const w = (s: string, n: number) => s.padEnd(n);
  console.log(`${w("Bước (step)", 44)} ${w("Số mục", 9)} ${w("Thời gian (ms)", 15)} Bộ nhớ heap (MB)`);
  for (const r of rows) console.log(`${w(r.step, 44)} ${w(String(r.items), 9)} ${w(r.ms.toFixed(1), 15)} ${r.heapMB.toFixed(0)}`);
  console.log(`RSS cao nhất (peak RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
