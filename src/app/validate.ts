/** Steps "Kiểm tra" and "Chuẩn hóa": read the contribution lists, report, write Chuẩn hóa. */
import { campaignYearOfList } from "../domain/contributions/campaign";
import { cashBookColumns, cashBookName, cashBookReceipts } from "../domain/contributions/cashBook";
import { ledgerReceipts } from "../domain/contributions/ledger";
import { findHeaderlessList, readHeaderlessList, type HeaderlessList, type ListLayout } from "../domain/contributions/headerless";
import { readContributionList, type ContributionList, type ReadOptions } from "../domain/contributions/normalize";
import { NORMALIZED_SHEET, normalizedSheet } from "../domain/contributions/sheet";
import { repeatsAcrossLists, type ListedContributions } from "../domain/contributions/repeats";
import { crossCheckUnitTotals } from "../domain/contributions/unitSummary";
import type { Contribution, Diagnostic } from "../domain/contributions/types";
import { hashData } from "../domain/hash";
import { columnLetters } from "../domain/sheet/address";
import { detectHeaderRows, detectTable, matchFromMapping, mappingOf, type TableMatch } from "../domain/sheet/headers";
import { ALL_TABLES, CONTRIBUTION_TABLE } from "../domain/sheet/tableSpecs";
import type { Grid } from "../domain/sheet/types";
import { SheetMissingError, type WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";
import { anyConfirmedMapping } from "./mapping";

export interface ValidationResult {
  /** Data rows read, over all lists. */
  rows: number;
  contributions: Contribution[];
  diagnostics: Diagnostic[];
  lists: {
    sheet: string;
    headerRows: number[];
    unsure: boolean;
    nameColumn: string;
    mapping: Record<string, string>;
    /**
     * A list with no contribution header of its own: "cells" (a table pasted with a row's cells
     * in one cell, split to read), "lines" (one donor a line of text), "ledger" (the receipts of
     * an accounting ledger, donors read from Diễn giải). It has no columns of its own to map.
     */
    readAs?: ListLayout;
  }[];
  counts: { error: number; warning: number; fixed: number };
}

export class NoContributionListError extends Error {}

export interface ValidateOptions extends ReadOptions {
  /** Only this sheet; otherwise every sheet whose header is a contribution list's. */
  sheet?: string;
}

/** A sheet found to hold a contribution list, with its header (or the list pasted as text in it). */
interface FoundList {
  grid: Grid;
  match: TableMatch;
  pasted?: HeaderlessList;
}

async function findLists(port: WorkbookPort, options: ValidateOptions, ctx: StepContext): Promise<FoundList[]> {
  const sheets = (await port.listSheets()).filter((s) => !s.owned);
  if (options.sheet && !sheets.some((s) => s.name === options.sheet)) throw new SheetMissingError(options.sheet);
  const candidates = options.sheet ? sheets.filter((s) => s.name === options.sheet) : sheets;
  const found: FoundList[] = [];
  // Sheets that are tables of another kind, for a message that says so where no list is found.
  const others: OtherTable[] = [];
  for (const [i, s] of candidates.entries()) {
    ctx.progress?.((i / candidates.length) * 0.5, `Đang đọc "${s.name}"`);
    const grid = await port.readSheet(s.name, { fonts: true });
    // Without --sheet, a sheet is a contribution list only when that is the best reading of its
    // header: a staff roster or a works list also has "Họ và tên" or "Đơn vị".
    const confirmed = await anyConfirmedMapping(port, s.name);
    // A person confirmed this sheet as another kind of table (a roster, an attendance sheet).
    if (confirmed?.kind && confirmed.kind !== CONTRIBUTION_TABLE.kind) continue;
    const match = confirmed
      ? matchFromMapping(grid, CONTRIBUTION_TABLE, confirmed)
      : options.sheet
        ? detectHeaderRows(grid, CONTRIBUTION_TABLE)
        : detectTable(grid, ALL_TABLES);
    if (match && match.kind === CONTRIBUTION_TABLE.kind && !match.missing.includes("name")) {
      found.push({ grid, match });
      continue;
    }
    if (confirmed) continue;
    // Read as a list only where asked for by name: a ledger sits beside a workbook's own lists.
    if (match && !options.sheet) {
      others.push(otherTable(grid, match));
      continue;
    }
    // No header at all (or, for the sheet asked for, none naming who gave): a list pasted as
    // text, or the receipts of an accounting ledger.
    const pasted = findHeaderlessList(grid, options.sheet ? (g) => detectHeaderRows(g, CONTRIBUTION_TABLE) : (g) => detectTable(g, ALL_TABLES));
    if (pasted) found.push({ grid: pasted.grid, match: pasted.match, pasted });
    else if (options.sheet) {
      const other = detectTable(grid, ALL_TABLES);
      if (other && (other.kind !== CONTRIBUTION_TABLE.kind || cashBookColumns(grid) !== null)) others.push(otherTable(grid, other));
    }
  }
  if (found.length === 0) {
    const other = others[0];
    const named = (book: OtherTable["readWhenNamed"]) => others.filter((o) => o.readWhenNamed === book).map((o) => `"${o.sheet}"`);
    const [ledgers, cashBooks] = [named("ledger"), named("cashBook")];
    throw new NoContributionListError(
      options.sheet
        ? other
          ? `Trang "${options.sheet}" là ${other.what}, không phải danh sách ủng hộ: ${other.cashBook ? CASH_BOOK_WITHOUT_RECEIPTS : "không có dòng tiêu đề như Họ và tên, Số tiền, …"} (Not a contribution list.)`
          : `Trang "${options.sheet}" không có dòng tiêu đề của danh sách ủng hộ (Họ và tên, Số tiền, …) trong 30 dòng đầu. (No contribution list header found.)`
        : "Không tìm thấy danh sách ủng hộ nào: cần một trang có dòng tiêu đề như Họ và tên, Số tiền, Ngày công trong 30 dòng đầu." +
            (ledgers.length ? ` Trang ${ledgers.join(", ")} là sổ kế toán chi tiết tài khoản: hãy kiểm tra riêng trang đó để đọc các khoản thu ghi Có tài khoản quỹ.` : "") +
            (cashBooks.length ? ` Trang ${cashBooks.join(", ")} là sổ quỹ tiền mặt: hãy kiểm tra riêng trang đó để đọc các dòng thu (cột Thu) thành khoản ủng hộ.` : "") +
            " (No contribution list found.)",
    );
  }
  return found;
}

/** What a cash book asked for by name lacks, and what can be done with it. */
const CASH_BOOK_WITHOUT_RECEIPTS =
  "không có dòng thu nào có số tiền ở cột Thu để đọc thành khoản ủng hộ (dòng chi, số dư và dòng cộng không phải khoản ủng hộ). Hãy ghi các khoản thu vào cột Thu, hoặc gõ danh sách ủng hộ riêng (Họ và tên, Số tiền, Ngày nộp).";

/** How a message names a sheet that holds a table of another kind. */
function otherTable(grid: Grid, match: TableMatch): OtherTable {
  const ledger = ledgerReceipts(grid);
  if (ledger !== null) {
    const what = `sổ kế toán chi tiết tài khoản ${ledger.account} (tiêu đề dòng ${match.headerRows.join("–")}: Diễn giải, TK Nợ, TK Có)`;
    return ledger.rows.length > 0
      ? { sheet: grid.sheet, what, readWhenNamed: "ledger", cashBook: false }
      : { sheet: grid.sheet, what: `${what} mà không có dòng thu nào ghi Có một tài khoản quỹ (như 3388)`, readWhenNamed: null, cashBook: false };
  }
  // A cash book's Thu | Chi | Số dư read as a statement's; it is none, and is named for what it is.
  const book = cashBookReceipts(grid);
  if (book !== null) return { sheet: grid.sheet, what: cashBookName(book.book), readWhenNamed: book.rows.length > 0 ? "cashBook" : null, cashBook: true };
  const label = ALL_TABLES.find((t) => t.kind === match.kind)?.label ?? match.kind;
  return { sheet: grid.sheet, what: `${label.toLowerCase()} (tiêu đề dòng ${match.headerRows.join("–")})`, readWhenNamed: null, cashBook: false };
}

/** A sheet holding a table of another kind, as the message where no list is found names it. */
interface OtherTable {
  sheet: string;
  what: string;
  /** An accounting ledger or a cash book with receipts: read when asked for by name. */
  readWhenNamed: "ledger" | "cashBook" | null;
  cashBook: boolean;
}

export async function validateWorkbook(port: WorkbookPort, options: ValidateOptions = {}, ctx: StepContext = {}): Promise<ValidationResult> {
  return (await readLists(port, options, ctx)).result;
}

/**
 * The lists read, and, for contributions of a list standing right of another on its sheet, the
 * column their name is typed in (the source cell Chuẩn hóa points to; not in the JSON result).
 */
async function readLists(port: WorkbookPort, options: ValidateOptions, ctx: StepContext): Promise<{ result: ValidationResult; nameColumnOf: (c: Contribution) => string | undefined }> {
  const found = await findLists(port, options, ctx);
  const lists: ContributionList[] = found.map(({ grid, match, pasted }, i) => {
    ctx.progress?.(0.5 + (i / found.length) * 0.5, `Đang kiểm tra "${grid.sheet}"`);
    const read = { ...options, campaignYear: options.campaignYear ?? campaignYearOfList(grid, match) };
    return pasted ? readHeaderlessList(pasted, read) : readContributionList(grid, match, read);
  });
  ctx.progress?.(1, "Xong");
  // A summary by unit gives no contributions; its units are checked against the detail lists beside it.
  const summaries = lists.flatMap((l) => l.unitTotals ?? []);
  const details = lists.flatMap((l, i) => (l.unitTotals ? [] : [{ contributions: l.contributions, keepsDays: keepsDays(found[i].match) }]));
  const crossChecked = summaries.length > 0 && details.length > 0 ? crossCheckUnitTotals(summaries, details) : [];
  const repeated = repeatsAcrossLists(lists.flatMap((l, i) => (l.unitTotals ? [] : [listedContributions(l, found[i])])));
  const diagnostics = [...lists.flatMap((l) => l.diagnostics), ...crossChecked, ...repeated];
  const count = (s: Diagnostic["severity"]) => diagnostics.filter((d) => d.severity === s).length;
  const result: ValidationResult = {
    // A summary's rows are units, not rows of a contribution list.
    rows: lists.reduce((n, l) => (l.unitTotals ? n : n + (l.dataRows ?? Object.values(l.roles).filter((r) => r === "data").length)), 0),
    contributions: lists.flatMap((l) => l.contributions),
    diagnostics,
    lists: found.map(({ match, pasted }) =>
      pasted
        ? { sheet: match.sheet, headerRows: match.headerRows, unsure: false, nameColumn: columnLetters(pasted.column), mapping: {}, readAs: pasted.layout }
        : {
            sheet: match.sheet,
            headerRows: match.headerRows,
            unsure: match.unsure,
            nameColumn: columnLetters(match.columns.name?.column ?? 2),
            mapping: mappingOf(match),
          },
    ),
    counts: { error: count("error"), warning: count("warning"), fixed: count("fixed") },
  };
  const beside = lists.filter((l) => l.nameColumnOf !== undefined);
  return { result, nameColumnOf: (c) => beside.find((l) => l.nameColumnOf?.has(c))?.nameColumnOf?.get(c) };
}

/**
 * A list as the check across lists sees it. The donors of a list standing beside another on its
 * sheet are typed in columns of their own, which are not known here: they are left out.
 */
function listedContributions(list: ContributionList, { match, pasted }: FoundList): ListedContributions {
  const beside = list.nameColumnOf;
  const receipt = pasted ? undefined : match.columns.receipt;
  return {
    sheet: list.sheet,
    contributions: beside === undefined ? list.contributions : list.contributions.filter((c) => !beside.has(c)),
    nameColumn: columnLetters(pasted ? pasted.column : (match.columns.name?.column ?? 2)),
    receiptColumn: receipt ? columnLetters(receipt.column) : null,
  };
}

/** A list with a column of labour days (or of days marked worked): its units' days can be summed. */
function keepsDays(match: TableMatch): boolean {
  return match.columns.days !== undefined || (match.dayMarks?.length ?? 0) > 0;
}

function countsText(r: ValidationResult): string {
  return `${r.rows} dòng dữ liệu, ${r.contributions.length} khoản đóng góp; ${r.counts.error} lỗi, ${r.counts.warning} cảnh báo, ${r.counts.fixed} ô đã chuẩn hóa`;
}

/** Kiểm tra, then the Chuẩn hóa sheet (re-created each run) and a Nhật ký row. */
export async function normalizeWorkbook(port: WorkbookPort, options: ValidateOptions = {}, ctx: StepContext = {}): Promise<ValidationResult> {
  const { result, nameColumnOf } = await readLists(port, options, { ...ctx, progress: (f, l) => ctx.progress?.(f * 0.8, l) });
  ctx.progress?.(0.8, `Đang ghi trang "${NORMALIZED_SHEET}"`);
  const nameColumns = Object.fromEntries(result.lists.map((l) => [l.sheet, l.nameColumn]));
  await port.writeSheet(normalizedSheet(result.contributions, nameColumns, nameColumnOf), {
    onProgress: (done, total) => ctx.progress?.(0.8 + (0.2 * done) / Math.max(total, 1), `Đang ghi trang "${NORMALIZED_SHEET}"`),
  });
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Chuẩn hóa danh sách ủng hộ",
    counts: countsText(result),
    dataHash: hashData(result.contributions),
  });
  ctx.progress?.(1, "Xong");
  return result;
}

/** The Kiểm tra step on its own also leaves its trace in Nhật ký. */
export async function checkWorkbook(port: WorkbookPort, options: ValidateOptions = {}, ctx: StepContext = {}): Promise<ValidationResult> {
  const result = await validateWorkbook(port, options, ctx);
  await appendLog(port, { time: nowIso(ctx), user: ctx.user ?? null, step: "Kiểm tra danh sách ủng hộ", counts: countsText(result), dataHash: hashData(result.contributions) });
  return result;
}
