/**
 * Reconciliation on statements read back from every bank layout the statement reader knows (and
 * the treasury table mapped once): the generated hard cases, rendered by the statement fixtures,
 * read by loadStatement, matched against their contributions.
 */
import { confirmStatementMapping, loadStatement } from "../../src/app/statement";
import { classifyLine } from "../../src/domain/reconcile/describe";
import { reconcileStatement } from "../../src/domain/reconcile/match";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { FIXTURE_LAYOUTS, renderStatement, type TrueLine } from "../fixtures/statements";
import { makeFixture } from "../domain/reconcile/statementFixture";

const sorted = (a: readonly string[]) => [...a].sort();

describe.each(FIXTURE_LAYOUTS)("statement in the %s layout", (layout) => {
  it.each([3, 11])("no wrong auto-match, clean transfers matched, batches and deposits with exactly their rows (seed %i)", async (seed) => {
    const fx = makeFixture(seed, 50);
    const order = fx.lines.map((_, k) => k).sort((a, b) => (fx.lines[a].line.date as string).localeCompare(fx.lines[b].line.date as string) || a - b);
    const truth: TrueLine[] = order.map((k) => {
      const l = fx.lines[k].line;
      return { date: l.date as string, reference: l.reference, description: l.description, credit: l.credit, debit: l.debit, class: classifyLine(l) };
    });
    const r = renderStatement(layout, truth);
    const book = XlsxWorkbook.empty();
    await book.addUserSheet(r.doc);
    if (r.mapping) await confirmStatementMapping(book, r.doc.name, r.mapping);
    const read = await loadStatement(book, { sheet: r.doc.name });
    expect(read.lines).toHaveLength(truth.length);
    const result = reconcileStatement(read.lines, fx.contributions, { windowDays: 7 });
    const byRow = new Map(result.lines.map((l) => [l.row, l]));
    order.forEach((k, i) => {
      const t = fx.lines[k];
      const got = byRow.get(r.rows[i] as number)!;
      expect(got).toBeDefined();
      if (got.status === "matched") expect(sorted(got.contributionKeys)).toEqual(sorted(t.pays));
      if (t.kind === "clean" || t.kind === "twin" || t.kind === "relative") expect([t.kind, got.status, got.contributionKeys]).toEqual([t.kind, "matched", t.pays]);
      if (t.kind === "batch" || t.kind === "deposit") expect([t.kind, got.status, sorted(got.contributionKeys)]).toEqual([t.kind, "suggested", sorted(t.pays)]);
      if (t.kind === "interest" || t.kind === "fee") expect(got.status).toBe("unmatched");
    });
  });
});
