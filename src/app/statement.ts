/**
 * TEMPORARY stand-in for the statement import of branch `statement` (same name and signature of
 * loadStatement, a subset of its result), so that reconciliation runs before that branch is
 * merged. It reads a sheet of the workbook only. Deleted when `statement` is merged.
 */
import { parseDate } from "../domain/dates";
import { parseMoney } from "../domain/money";
import type { StatementLine } from "../domain/reconcile/types";
import { detectHeaderRows } from "../domain/sheet/headers";
import { STATEMENT_TABLE } from "../domain/sheet/tableSpecs";
import type { CellValue } from "../domain/sheet/types";
import { foldText } from "../domain/text";
import { SheetMissingError, type WorkbookPort } from "../workbook/port";
import type { StepContext } from "./context";

export interface StatementSource {
  sheet?: string;
  file?: { bytes: Uint8Array; name: string };
}

export interface StatementRead {
  sheet: string;
  lines: StatementLine[];
  diagnostics: { row: number; message: string }[];
  opening: number | null;
  closing: number | null;
  layout: string;
  account: string | null;
}

export class NoStatementError extends Error {}

export async function loadStatement(port: WorkbookPort, source: StatementSource = {}, _ctx: StepContext = {}): Promise<StatementRead> {
  if (source.file) throw new NoStatementError("Chưa nhập được tệp sao kê trong bản này. (Statement files are not read yet.)");
  const sheets = await port.listSheets();
  let sheet = source.sheet;
  if (sheet && !sheets.some((s) => s.name === sheet)) throw new SheetMissingError(sheet);
  let match = null;
  let grid = null;
  for (const s of sheet ? sheets.filter((x) => x.name === sheet) : sheets.filter((x) => !x.owned)) {
    const g = await port.readSheet(s.name);
    const m = detectHeaderRows(g, STATEMENT_TABLE);
    if (m && m.missing.length === 0) {
      sheet = s.name;
      match = m;
      grid = g;
      break;
    }
  }
  if (!match || !grid || !sheet) throw new NoStatementError("Không tìm thấy trang sao kê nào. (No statement sheet found.)");
  const col = (f: string) => (match.columns[f] ? match.columns[f].column - grid.origin.col : -1);
  const cell = (r: CellValue[], f: string) => (col(f) >= 0 ? (r[col(f)] ?? null) : null);
  const money = (v: CellValue) => {
    const p = parseMoney(v);
    return p.ok ? p.amount : 0;
  };
  const lines: StatementLine[] = [];
  let opening: number | null = null;
  let closing: number | null = null;
  grid.values.forEach((r, i) => {
    const row = grid.origin.row + i;
    const label = foldText(String(r[0] ?? ""));
    if (label.startsWith("so du dau ky")) opening = money(r.find((v, j) => j > 0 && v !== null) ?? null);
    if (label.startsWith("so du cuoi ky")) closing = money([...r].reverse().find((v) => v !== null) ?? null);
    if (row < match.firstDataRow) return;
    const d = parseDate(cell(r, "date"));
    if (!d.ok) return;
    lines.push({ sheet: sheet as string, row, date: d.iso, reference: String(cell(r, "reference") ?? ""), description: String(cell(r, "description") ?? ""), credit: money(cell(r, "credit")), debit: money(cell(r, "debit")), balance: null });
  });
  return { sheet, lines, diagnostics: [], opening, closing, layout: "generic", account: null };
}
