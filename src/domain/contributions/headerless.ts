/**
 * Contribution lists with no contribution header of their own: a table pasted with each row in
 * one cell (tab-separated text), lines of text with one donor a line, and the receipts of an
 * accounting ledger of the fund's account or of a cash book (sổ quỹ), donors named in Diễn giải.
 * Each is made into a grid
 * the table reader reads; the sheet's row numbers stay, and every message names the cell the
 * user typed. The user's sheet is not changed, so no fix is offered on a cell holding more than
 * the value read: applied there, it would overwrite the pasted row, or the whole description,
 * with that one value.
 */
import { formatMoney } from "../money/format";
import { columnLetters } from "../sheet/address";
import type { TableMatch } from "../sheet/headers";
import { separatorName, splitPastedColumn } from "../sheet/pasted";
import { CONTRIBUTION_TABLE } from "../sheet/tableSpecs";
import type { Grid } from "../sheet/types";
import { cashBookReceipts } from "./cashBook";
import { donorLinesTable } from "./donorLines";
import { ledgerReceipts } from "./ledger";
import { readContributionList, type ContributionList, type ReadOptions } from "./normalize";
import { cellDiagnostic, type Diagnostic } from "./types";

/**
 * How a list with no contribution header of its own was read: rows pasted into one cell each
 * ("cells"), donor lines ("lines"), or the receipts of an accounting ledger ("ledger").
 */
export type ListLayout = "cells" | "lines" | "ledger";

export interface HeaderlessList {
  layout: ListLayout;
  /** The grid to read: the pasted text split into columns. */
  grid: Grid;
  match: TableMatch;
  /** The sheet column (1-based) the pasted text is in. */
  column: number;
  /** The sheet rows that were split. */
  rows: number[];
  /** What the note on the list says was done, after the cell. */
  said: string;
  /** What the book's own total lines say against the lines read (a cash book's "Cộng phát sinh"). */
  checks?: Diagnostic[];
}

/**
 * The contribution list a sheet with no header holds, pasted as text; null where it holds none.
 * `detect` finds a header in the split grid, as the caller finds one in a sheet.
 */
export function findHeaderlessList(grid: Grid, detect: (grid: Grid) => TableMatch | null): HeaderlessList | null {
  const split = splitPastedColumn(grid);
  if (split !== null) {
    const match = detect(split.grid);
    if (match !== null && match.kind === CONTRIBUTION_TABLE.kind && !match.missing.includes("name")) {
      const span = rowSpan(split.rows);
      const said = `các dòng ${span} chép cả hàng vào một ô, các giá trị cách nhau bằng ${separatorName(split.separator)}; đã tách thành cột để đọc (trang gốc không đổi, nên ô này không có bản sửa để áp dụng).`;
      return { layout: "cells", grid: split.grid, match, column: split.column, rows: split.rows, said };
    }
  }
  const ledger = ledgerReceipts(grid);
  if (ledger !== null && ledger.rows.length > 0) {
    const others = ledger.others.length ? `; ${ledger.others.length} dòng khác (chi, chuyển tiền giữa các tài khoản: dòng ${ledger.others.join(", ")}) không phải khoản ủng hộ` : "";
    const said = `sổ kế toán chi tiết tài khoản, không phải danh sách ủng hộ: đã đọc ${ledger.rows.length} dòng ghi Có tài khoản ${ledger.account} là khoản thu, người ủng hộ lấy từ Diễn giải, hình thức từ TK Nợ (111 tiền mặt, 112 chuyển khoản)${others}. Hãy xem lại tên đã đọc; ô Diễn giải không có bản sửa để áp dụng.`;
    return { layout: "ledger", grid: ledger.grid, match: ledger.match, column: ledger.column, rows: ledger.rows, said };
  }
  const book = cashBookReceipts(grid);
  if (book !== null && book.rows.length > 0) {
    const others = book.others.length ? `; ${book.others.length} dòng khác (chi, rút tiền về quỹ: dòng ${book.others.join(", ")}) không phải khoản ủng hộ` : "";
    const said = `sổ quỹ tiền mặt, không phải danh sách ủng hộ: đã đọc ${book.rows.length} dòng có số tiền ở cột Thu là khoản thu tiền mặt, người ủng hộ lấy từ Diễn giải${others}; số dư (Tồn) và các dòng cộng không được tính. Hãy xem lại tên đã đọc; ô Diễn giải không có bản sửa để áp dụng.`;
    const receiptsAt = columnLetters(grid.origin.col + book.book.receipts);
    const checks = book.totals
      .filter((t) => t.typed !== t.sum)
      .map((t) =>
        cellDiagnostic(grid.sheet, receiptsAt, t.row, "total-mismatch", `dòng cộng ghi ${formatMoney(t.typed)} đ ở cột Thu nhưng các dòng thu ở trên cộng lại ${formatMoney(t.sum)} đ (chênh ${formatMoney(t.typed - t.sum)} đ).`),
      );
    return { layout: "ledger", grid: book.grid, match: book.match, column: book.column, rows: book.rows, said, checks };
  }
  const lines = donorLinesTable(grid);
  if (lines === null) return null;
  const said = `danh sách chép dạng văn bản, mỗi dòng một người ("1. Họ tên - số tiền"); đã đọc các dòng ${rowSpan(lines.rows)} thành tên, số tiền, hình thức nộp và ngày (trang gốc không đổi, nên ô này không có bản sửa để áp dụng).`;
  return { layout: "lines", grid: lines.grid, match: lines.match, column: lines.column, rows: lines.rows, said };
}

function rowSpan(rows: readonly number[]): string {
  return rows.length === 1 ? String(rows[0]) : `${rows[0]}–${rows[rows.length - 1]}`;
}

/** A list with no contribution header read as a table, with a note on its first row saying how. */
export function readHeaderlessList(list: HeaderlessList, options: ReadOptions = {}): ContributionList {
  const read = readContributionList(list.grid, list.match, options);
  const row = list.rows[0];
  const note = cellDiagnostic(list.grid.sheet, columnLetters(list.column), row, list.layout === "ledger" ? "ledger-read" : "pasted-text", list.said);
  const letters = note.column;
  const diagnostics = read.diagnostics.map((d) => (d.fix !== undefined && d.column === letters ? { ...d, fix: undefined } : d));
  return { ...read, diagnostics: [note, ...diagnostics, ...(list.checks ?? [])] };
}
