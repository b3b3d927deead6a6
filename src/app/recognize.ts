/** Step "Nhập liệu": find which of the workbook's sheets hold which table, and where. */
import { findHeaderlessList } from "../domain/contributions/headerless";
import { hashData } from "../domain/hash";
import { describeMatch, detectTable, mappingOf, matchFromMapping, type ColumnMapping, type ConfirmedMapping, type TableMatch } from "../domain/sheet/headers";
import { ALL_TABLES, CONTRIBUTION_TABLE, STATEMENT_TABLE } from "../domain/sheet/tableSpecs";
import { cashBookReceipts } from "../domain/contributions/cashBook";
import { ledgerReceipts } from "../domain/contributions/ledger";
import type { Grid } from "../domain/sheet/types";
import type { WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";
import { anyConfirmedMapping, confirmMapping, mappingProblem } from "./mapping";

export interface RecognizedSheet {
  sheet: string;
  /** A TableSpec's kind ("contributions", "roster", "households", "attendance", "statement", "works"), or null when no table was recognised. */
  kind: string | null;
  label: string;
  headerRows: number[];
  mapping: ColumnMapping;
  missing: string[];
  unsure: boolean;
  /** A person confirmed this sheet's kind and columns (Cấu hình "mapping:<sheet>"): read as confirmed, not guessed. */
  confirmed: boolean;
  description: string;
  rows: number;
}

const PASTED_LAYOUT: Readonly<Record<"cells" | "lines", string>> = {
  cells: "mỗi hàng chép vào một ô, Kiểm tra tách thành cột để đọc",
  lines: "danh sách chép dạng văn bản, mỗi dòng một người; Kiểm tra đọc từng dòng",
};

/** One sheet as it reads: by the mapping a person confirmed where there is one, else by its header words. */
function recognizeGrid(grid: Grid, confirmed: ConfirmedMapping | null): RecognizedSheet {
  const rows = grid.values.length;
  // A mapping without a kind was confirmed for a contribution list (before kinds were stored).
  const confirmedSpec = confirmed && ALL_TABLES.find((t) => t.kind === (confirmed.kind ?? CONTRIBUTION_TABLE.kind));
  const match: TableMatch | null = confirmed && confirmedSpec ? matchFromMapping(grid, confirmedSpec, confirmed) : detectTable(grid, ALL_TABLES);
  const spec = match && ALL_TABLES.find((t) => t.kind === match.kind);
  if (!match || !spec) {
    // A list pasted as text has no header, and Kiểm tra reads it all the same (a ledger is read only when asked for by name).
    const pasted = confirmed ? null : findHeaderlessList(grid, (g) => detectTable(g, ALL_TABLES));
    if (pasted !== null && pasted.layout !== "ledger") {
      const description = `Không có dòng tiêu đề: ${PASTED_LAYOUT[pasted.layout]}, các dòng ${pasted.rows[0]}–${pasted.rows[pasted.rows.length - 1]}.`;
      return { sheet: grid.sheet, kind: CONTRIBUTION_TABLE.kind, label: CONTRIBUTION_TABLE.label, headerRows: [], mapping: {}, missing: [], unsure: false, confirmed: false, description, rows };
    }
    return { sheet: grid.sheet, kind: null, label: "Không nhận ra bảng", headerRows: [], mapping: {}, missing: [], unsure: false, confirmed: false, description: "Không tìm thấy dòng tiêu đề trong 30 dòng đầu.", rows };
  }
  const isConfirmed = Boolean(confirmed && confirmedSpec);
  const ledger = match.kind === STATEMENT_TABLE.kind ? ledgerReceipts(grid) : null;
  if (ledger !== null && ledger.rows.length > 0) {
    // An accounting ledger reads as a statement (dates, Diễn giải, Nợ/Có); the officer should see which it is, and that its receipts are not added to the lists on their own.
    const description = `Sổ kế toán (sổ chi tiết TK ${ledger.account}), tiêu đề ở dòng ${match.headerRows.join(", ")}: ${ledger.rows.length} dòng thu vào tài khoản. Kiểm tra chỉ đọc các dòng thu này khi chọn đúng trang này, để không tính trùng với danh sách ủng hộ.`;
    return { sheet: grid.sheet, kind: match.kind, label: `Sổ chi tiết TK ${ledger.account}`, headerRows: match.headerRows, mapping: mappingOf(match), missing: match.missing, unsure: isConfirmed ? false : match.unsure, confirmed: isConfirmed, description, rows };
  }
  // A cash book's Thu | Chi | Tồn reads as a statement's columns: it is named for what it is.
  const book = !isConfirmed && (match.kind === STATEMENT_TABLE.kind || match.missing.includes("name")) ? cashBookReceipts(grid) : null;
  if (book !== null && book.rows.length > 0) {
    const description = `Sổ quỹ tiền mặt, tiêu đề ở dòng ${book.book.headerRows.join(", ")}: ${book.rows.length} dòng thu (cột Thu). Kiểm tra chỉ đọc các dòng thu này khi chọn đúng trang này, để không tính trùng với danh sách ủng hộ.`;
    return { sheet: grid.sheet, kind: match.kind, label: "Sổ quỹ tiền mặt", headerRows: book.book.headerRows, mapping: mappingOf(match), missing: match.missing, unsure: match.unsure, confirmed: false, description, rows };
  }
  return {
    sheet: grid.sheet,
    kind: match.kind,
    label: spec.label,
    headerRows: match.headerRows,
    mapping: mappingOf(match),
    missing: match.missing,
    unsure: isConfirmed ? false : match.unsure,
    confirmed: isConfirmed,
    description: describeMatch(match, spec) + (isConfirmed ? " (cột đã xác nhận)" : ""),
    rows,
  };
}

async function recognizeSheet(port: WorkbookPort, sheet: string): Promise<RecognizedSheet> {
  const grid = await port.readSheet(sheet);
  return recognizeGrid(grid, await anyConfirmedMapping(port, sheet));
}

export async function recognizeSheets(port: WorkbookPort, ctx: StepContext = {}): Promise<RecognizedSheet[]> {
  const sheets = (await port.listSheets()).filter((s) => !s.owned);
  const out: RecognizedSheet[] = [];
  for (const [i, s] of sheets.entries()) {
    ctx.progress?.(i / sheets.length, `Đang đọc "${s.name}"`);
    out.push(await recognizeSheet(port, s.name));
  }
  ctx.progress?.(1, "Xong");
  const found = out.filter((r) => r.kind).length;
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Nhận diện bảng",
    counts: `${out.length} trang tính, ${found} bảng nhận diện`,
    dataHash: hashData(out),
  });
  return out;
}

/** A mapping that cannot be stored: an unknown kind, bad header rows, a required column not chosen. */
export class MappingProblemError extends Error {}

/**
 * A person tells which kind of table a sheet holds and which column is which: the mapping is
 * stored with its kind in Cấu hình ("mapping:<sheet>", a Nhật ký row written) and every step
 * reads the sheet that way from then on. Returns the sheet as it now reads.
 */
export async function confirmSheetMapping(port: WorkbookPort, sheet: string, kind: string, confirmed: ConfirmedMapping, ctx: StepContext = {}): Promise<RecognizedSheet> {
  const spec = ALL_TABLES.find((t) => t.kind === kind);
  // Only the kind's own fields are kept: one chosen for another kind before the kind was changed is not.
  const mapping = Object.fromEntries(Object.entries(confirmed.mapping).filter(([field, col]) => col && spec?.columns.some((c) => c.field === field)));
  const problem = mappingProblem(kind, { headerRows: confirmed.headerRows, mapping });
  if (problem || !spec) throw new MappingProblemError(`Trang "${sheet}": ${problem ?? kind}`);
  await confirmMapping(port, sheet, { headerRows: confirmed.headerRows, mapping, kind }, ctx);
  return recognizeSheet(port, sheet);
}
