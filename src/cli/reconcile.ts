/** `reconcile FILE --statement FILE [--json] [--out FILE]`: the Đối chiếu step from the terminal. */
import { writeFile } from "node:fs/promises";
import { saveXlsx, type XlsxWorkbook } from "../app/files";
import { formatMoney } from "../app/text";
import { lineStatusLabel, reconcileWorkbook, type ReconcileRun } from "../app/reconcile";
import { isStatementInputError, readStatementArgument, statementSummary } from "./statement";

export interface ReconcileArgs {
  flags: Record<string, string | true>;
  json: boolean;
}

export interface ReconcileIo {
  out(text: string): void;
  err(text: string): void;
}

/** The `reconcile` JSON of shared/DESIGN.md (fields may be added, never renamed). */
export function reconcileJson(run: ReconcileRun) {
  return {
    statement: { sheet: run.statement.sheet, layout: run.statement.layout, account: run.statement.account, opening: run.statement.opening, closing: run.statement.closing, lines: run.statement.lines.length },
    lines: run.result.lines.map((l) => ({
      row: l.row,
      status: l.status,
      contributionRows: l.contributionRows,
      score: l.score,
      reason: l.reason,
      class: l.class,
      kind: l.kind,
      contributionKeys: l.contributionKeys,
      difference: l.difference,
      decision: l.decision ?? null,
      alternatives: l.alternatives,
    })),
    contributions: run.result.contributions.map((c) => ({ row: c.row, status: c.status, lineRows: c.lineRows, sheet: c.sheet, key: c.key })),
    summary: { ...run.result.summary, windowDays: run.windowDays, balance: run.balance },
  };
}

export async function reconcileCommand(book: XlsxWorkbook, args: ReconcileArgs, io: ReconcileIo): Promise<number> {
  const { flags, json } = args;
  let run: ReconcileRun;
  try {
    const file = await readStatementArgument(flags.statement);
    run = await reconcileWorkbook(
      book,
      { statement: file ? { file } : typeof flags["statement-sheet"] === "string" ? { sheet: flags["statement-sheet"] } : {}, sheet: typeof flags.sheet === "string" ? flags.sheet : undefined },
      { user: typeof flags.user === "string" ? flags.user : null, progress: json ? undefined : (f, label) => io.err(`  ${Math.round(f * 100)}% ${label}`) },
    );
  } catch (e) {
    if (isStatementInputError(e)) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  if (!json) io.err(statementSummary(run.statement));
  if (typeof flags.out === "string") await writeFile(flags.out, await saveXlsx(book));
  if (json) {
    io.out(JSON.stringify(reconcileJson(run)));
    return 0;
  }
  const s = run.result.summary;
  const out = [
    `Sao kê "${run.statement.sheet}": ${s.lines} dòng (${s.credits} ghi có, ${s.interest} lãi, ${s.fees} phí, ${s.debits} chi).`,
    `Khớp: ${s.matched} (${formatMoney(s.amounts.matched)} đ) · Đề xuất chờ duyệt: ${s.suggested} (${formatMoney(s.amounts.suggested)} đ) · Chưa ai ghi sổ: ${s.unmatched} (${formatMoney(s.amounts.unmatched)} đ).`,
    `Sổ sách ${formatMoney(s.book)} đ − ngân hàng ${formatMoney(s.bank)} đ = ${formatMoney(s.difference)} đ; chuyển khoản chưa thấy về: ${s.waiting.count} (${formatMoney(s.waiting.amount)} đ).`,
    run.balance.ok === null ? "Số dư: không đủ số liệu để kiểm tra." : run.balance.ok ? "Số dư: đầu kỳ + ghi có − ghi nợ = cuối kỳ." : `Số dư: LỆCH (tính ra ${formatMoney(run.balance.expected ?? 0)} đ, sao kê ghi ${formatMoney(run.statement.closing ?? 0)} đ).`,
    ...run.result.lines.filter((l) => l.status === "suggested").map((l) => `  Dòng ${l.row} [${lineStatusLabel(l)}, ${l.score}]: ${l.reason}`),
  ];
  if (typeof flags.out === "string") out.push(`Đã ghi sổ kết quả có trang "Đối chiếu": ${flags.out}`);
  io.out(out.join("\n"));
  return 0;
}
