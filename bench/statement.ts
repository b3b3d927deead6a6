/** Statement import (issue 6, item 1): reading a 20.000-line statement, pasted or as a bank's file. */
import type { SampleCampaign } from "../src/app/sample";
import { STATEMENT_SHEET } from "../src/app/sample";
import { readStatement } from "../src/domain/reconcile/statement";
import { csvGrid, htmlGrid } from "../src/domain/sheet/textTables";
import type { CellValue, Grid } from "../src/domain/sheet/types";

type Measure = <T>(step: string, items: number, fn: () => T | Promise<T>) => Promise<T>;

function csvOf(rows: readonly CellValue[][]): string {
  const q = (v: CellValue) => {
    const s = v === null ? "" : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(",")).join("\r\n");
}

function htmlOf(rows: readonly CellValue[][]): string {
  const e = (v: CellValue) => (v === null ? "" : String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;"));
  return `<html><body><table>\n${rows.map((r) => `<tr>${r.map((v) => `<td>${e(v)}</td>`).join("")}</tr>`).join("\n")}\n</table></body></html>`;
}

export async function runStatementBenchmarks(campaign: SampleCampaign, measure: Measure): Promise<void> {
  const doc = campaign.sheets.find((s) => s.name === STATEMENT_SHEET);
  if (!doc) throw new Error("bench: the sample has no statement sheet");
  const grid: Grid = { sheet: doc.name, origin: { row: 1, col: 1 }, values: doc.rows };
  const lines = campaign.statement.length;
  const read = await measure("đọc sao kê (dán vào sổ, engine)", lines, () => readStatement(grid));
  if (!read || read.lines.length !== lines) throw new Error(`bench: read ${read?.lines.length ?? 0} statement lines of ${lines}`);
  const csv = csvOf(doc.rows);
  const fromCsv = await measure("sao kê .csv → bảng (csvGrid)", lines, () => csvGrid(csv, "Sao kê (nhập)"));
  await measure("đọc sao kê từ .csv (engine)", lines, () => readStatement(fromCsv));
  const html = htmlOf(doc.rows);
  await measure("sao kê .xls dạng HTML → bảng (htmlGrid)", lines, () => htmlGrid(html, "Sao kê (nhập)"));
}
