/** Đối chiếu on a district-scale campaign: 20.000 statement lines against ~50.000 contributions (engine only). */
import type { SampleCampaign } from "../src/app/sample";
import { STATEMENT_SHEET } from "../src/app/sample";
import type { Contribution } from "../src/domain/contributions/types";
import { reconcileStatement } from "../src/domain/reconcile/match";
import type { StatementLine } from "../src/domain/reconcile/types";

type Measure = <T>(step: string, items: number, fn: () => T | Promise<T>) => Promise<T>;

export async function runReconcileBenchmark(campaign: SampleCampaign, measure: Measure): Promise<void> {
  const contributions: Contribution[] = campaign.contributions.map((c) => ({ ...c, date: c.date || null, note: "", purpose: "", section: "" }));
  const lines: StatementLine[] = campaign.statement.map((l) => ({ sheet: STATEMENT_SHEET, row: l.row, date: l.date, reference: "", description: l.description, credit: l.credit, debit: l.debit, balance: null }));
  const before = process.memoryUsage().rss;
  const result = await measure(`đối chiếu ${lines.length} dòng sao kê × ${contributions.length} khoản (engine)`, lines.length, () => reconcileStatement(lines, contributions, { windowDays: 7 }));
  const s = result.summary;
  console.error(`  đối chiếu: ${s.matched} khớp, ${s.suggested} đề xuất, ${s.unmatched} chưa khớp; RSS +${((process.memoryUsage().rss - before) / 2 ** 20).toFixed(0)} MB`);
}
