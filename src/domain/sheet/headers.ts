/**
 * Finding a table inside a sheet as offices type it: a header block above, a header over one or
 * two rows (an upper row that groups columns, e.g. "Nội dung ủng hộ" over "Tiền | Ngày công"), or
 * three where groups stand over groups ("Nội dung đóng góp" › "Bằng tiền" › "Tiền mặt"), merged or not,
 * headers with or without diacritics, line breaks and units in parentheses.
 * The same detection serves every kind of sheet; a TableSpec gives each kind its vocabulary.
 */
import { namesForeignCurrency } from "../money/foreign";
import { foldText } from "../text/fold";
import { toUnicode } from "../text/legacy";
import { INVISIBLE } from "../text/scan";
import { cellAddress, columnLetters, columnNumber, parseRange } from "./address";
import { isBlankCell } from "./cells";
import type { CellValue, Grid } from "./types";

export interface ColumnSpec {
  field: string;
  /** The canonical Vietnamese header, used in messages and in output sheets. */
  label: string;
  /** Folded phrases (no diacritics, lower case) that name this column. */
  phrases: string[];
  required?: boolean;
  /** Whether a header, as typed, can be this column where its folded phrase cannot tell ("Cộng" folds as "Công" does). */
  accepts?: (typed: string) => boolean;
  /**
   * A heading under another column's group heading does not name this column on its own: "Chủ
   * hộ" under "Ngày công đóng góp" heads the householder's days, not the name.
   */
  notUnderAnother?: boolean;
  /**
   * Nor under a group heading naming one of these fields: "Thôn Tây" under "Số tiền ủng hộ theo
   * thôn" heads that hamlet's money, a part of the amount, not the column of hamlets.
   */
  notUnder?: readonly string[];
}

export interface TableSpec {
  kind: string;
  /** Vietnamese name of this kind of sheet ("danh sách ủng hộ"). */
  label: string;
  columns: ColumnSpec[];
  /** Settles what a header means from the others beside it ("Thành tiền" beside "Hiện vật" is its value). */
  refine?: (columns: Record<string, ColumnMatch>) => void;
  /** Fewest distinct columns that must be recognised to call a row this kind's header. */
  minColumns: number;
  /**
   * Settles what a header means from the cells under it: "Đã thu" over ticks is a mark, not
   * money; "Họ và tên" merged over "Hoàng Văn" | "Minh" names two columns (splitMergedHeading).
   */
  refineByData?: (grid: Grid, match: TableMatch) => void;
}

export interface ColumnMatch {
  field: string;
  /** 1-based column on the sheet. */
  column: number;
  header: string;
  /** 3: the header is the phrase; 2: it starts with it; 1: it contains it. */
  strength: number;
}

export interface TableMatch {
  kind: string;
  sheet: string;
  /** Sheet rows (1-based) that make up the header: one to three, and a row numbering the columns or giving their units. */
  headerRows: number[];
  firstDataRow: number;
  columns: Record<string, ColumnMatch>;
  /** Required fields of the spec that no column names. */
  missing: string[];
  score: number;
  /** A person should confirm the mapping once (weak matches, missing required columns, a tie). */
  unsure: boolean;
  /**
   * The 1-based column where a second table starts beside this one (its header typed again to
   * the right: two hamlets' lists side by side). Its columns are not this table's.
   */
  besideFrom?: number;
  /**
   * The 1-based columns under a heading over a row of dates, each marking a day worked ("x",
   * "½", "v") on a bảng chấm công. No field names them.
   */
  dayMarks?: number[];
  /**
   * The 1-based columns of other funds collected on the same sheet ("Quỹ Khuyến học", "Quỹ Vì
   * người nghèo") and the row total over them all, beside the campaign's own fund: no money of it.
   */
  otherFunds?: number[];
}

/**
 * The sheet row the table starts on: its header's first row, or, for a list with no header
 * (lines pasted as text), its first row of data. The rows above are its title.
 */
export function tableStart(match: Pick<TableMatch, "headerRows" | "firstDataRow">): number {
  return match.headerRows[0] ?? match.firstDataRow;
}

/** How far down a header may start: offices put a title block of up to ~20 rows above. */
export const HEADER_SEARCH_ROWS = 30;

function cellText(v: CellValue): string {
  if (typeof v !== "string") return "";
  return v;
}

/** Folded header text without units in parentheses, punctuation or numbering like "(1)". */
export function normalizeHeader(text: string): string {
  return foldText(text.replace(INVISIBLE, "").replace(/\([^)]*\)/g, " ").replace(/[\n\r/\\:;,.*_\-–—]+/g, " ")).trim();
}

/**
 * Headings cut short to fit a narrow column ("H.tên | Đ/c | S.tiền | Ng.nộp | H.thức | G.chú"),
 * folded, by the abbreviation and the word after it: "Ng." is "Ngày" before "nộp" only, and a
 * letter and a dot elsewhere (an initial in a title) stays as typed.
 */
const ABBREVIATED: Readonly<Record<string, string>> = {
  "h ten": "ho ten",
  "h thuc": "hinh thuc",
  "ng nop": "ngay nop",
  "ng ung": "ngay ung",
  "ng thang": "ngay thang",
  "s tien": "so tien",
  "d vi": "don vi",
  "d c": "dia chi",
  "d chi": "dia chi",
  "t gian": "thoi gian",
  "g chu": "ghi chu",
};

/** An abbreviation ("ng", "h", "đ") with its dot or slash, and the word after it. */
const ABBREVIATION = /(?<![\p{L}\d])(\p{L}{1,2})\s*[./]\s*(\p{L}+)/gu;

/** A heading with its abbreviations written out ("Ng.nộp" → "ngay nop"), folded; as typed where it has none. */
export function unabbreviated(typed: string): string {
  if (!typed.includes(".") && !typed.includes("/")) return typed;
  return foldText(typed).replace(ABBREVIATION, (whole, short: string, next: string) => ABBREVIATED[`${short} ${next}`] ?? whole);
}

/** Units in parentheses ("(m2)", "(đồng)") often are the only hint that a column holds money or area. */
function unitsOf(text: string): string {
  const m = text.match(/\(([^)]*)\)/g);
  return m ? foldText(m.join(" ")) : "";
}

function phraseStrength(header: string, phrase: string): number {
  if (!header) return 0;
  if (header === phrase) return 3;
  if (header.startsWith(phrase + " ")) return 2;
  if ((" " + header + " ").includes(" " + phrase + " ")) return 1;
  return 0;
}

function bestField(header: string, spec: TableSpec, typed: string): { field: string; strength: number; length: number } | null {
  let best: { field: string; strength: number; length: number } | null = null;
  for (const col of spec.columns) {
    if (col.accepts && !col.accepts(typed)) continue;
    for (const phrase of col.phrases) {
      const strength = phraseStrength(header, phrase);
      if (strength === 0) continue;
      if (!best || strength > best.strength || (strength === best.strength && phrase.length > best.length)) {
        best = { field: col.field, strength, length: phrase.length };
      }
    }
  }
  return best;
}

interface Candidate {
  field: string;
  column: number;
  header: string;
  strength: number;
  length: number;
}

/** Assigns each field at most one column and each column at most one field, strongest first. */
function assign(candidates: Candidate[]): Record<string, ColumnMatch> {
  const sorted = [...candidates].sort((a, b) => b.strength - a.strength || b.length - a.length || a.column - b.column);
  const out: Record<string, ColumnMatch> = {};
  const usedColumns = new Set<number>();
  for (const c of sorted) {
    if (out[c.field] || usedColumns.has(c.column)) continue;
    out[c.field] = { field: c.field, column: c.column, header: c.header, strength: c.strength };
    usedColumns.add(c.column);
  }
  return out;
}

function legacyHit(raw: string, spec: TableSpec): ReturnType<typeof bestField> {
  const unicode = toUnicode(raw).text;
  return unicode === raw ? null : bestField(normalizeHeader(unicode), spec, unicode);
}

function rowCandidates(texts: HeadingTexts[], firstColumn: number, spec: TableSpec): Candidate[] {
  const out: Candidate[] = [];
  const overHits = texts.map(({ over }) => (over === "" ? null : bestField(normalizeHeader(over), spec, over)));
  const overFields = overHits.map((hit) => hit?.field ?? null);
  const shared = sharedSubHeadings(texts, overFields);
  texts.forEach(({ variants, over, sub }, i) => {
    const overField = overFields[i];
    for (const raw of variants) {
      if (raw === sub && shared.has(i)) continue;
      // A unit naming a foreign currency: "Amount (AUD)" beside "Amount (VND)" is not đồng.
      if (namesForeignCurrency(unitsOf(raw))) continue;
      const header = normalizeHeader(unabbreviated(raw));
      // A sheet typed whole in TCVN3 or VNI has its headers so too ("Hä vµ tªn").
      const hit = bestField(header, spec, raw) ?? bestField(normalizeHeader(`${raw} ${unitsOf(raw)}`), spec, raw) ?? legacyHit(raw, spec);
      if (!hit) continue;
      const alone = overField !== null && raw !== over && !raw.startsWith(`${over} `);
      // Only a group heading that names its field by its first words ("Số tiền … theo thôn", not "Thông tin đóng góp") holds its sub-headings as parts.
      const partsOver = (overHits[i]?.strength ?? 0) >= 2;
      if (alone && overField !== hit.field && spec.columns.some((c) => c.field === hit.field && (c.notUnderAnother || (partsOver && c.notUnder?.includes(overField))))) continue;
      out.push({ ...hit, column: firstColumn + i, header: raw.replace(/\s+/g, " ").trim() });
    }
  });
  return out;
}

/**
 * The columns whose sub-heading stands, word for word, under groups naming different fields:
 * "Số tiền (đồng)" under "Đăng ký" and under "Thực nộp". Alone it says nothing of which money
 * each is; only with its group does it (the pledge, the money paid).
 */
function sharedSubHeadings(texts: HeadingTexts[], overFields: (string | null)[]): Set<number> {
  const fieldsOver = new Map<string, Set<string>>();
  texts.forEach(({ sub }, i) => {
    const field = overFields[i];
    if (sub === undefined || field === null) return;
    const key = normalizeHeader(sub);
    const fields = fieldsOver.get(key) ?? new Set<string>();
    fieldsOver.set(key, fields.add(field));
  });
  const out = new Set<number>();
  texts.forEach(({ sub }, i) => {
    if (sub !== undefined && overFields[i] !== null && (fieldsOver.get(normalizeHeader(sub))?.size ?? 0) > 1) out.add(i);
  });
  return out;
}

function scoreOf(columns: Record<string, ColumnMatch>): number {
  return Object.values(columns).reduce((s, c) => s + 1 + c.strength / 10, 0);
}

/** What may head a column, and the group heading over its own where it has one ("" where none). */
interface HeadingTexts {
  variants: string[];
  over: string;
  /** The heading typed under a group heading, on its own (one of the variants). */
  sub?: string;
}

/** How many rows a header's headings are typed over: the units or numbers under them aside. */
type HeadingDepth = 1 | 2 | 3;

function headerTexts(grid: Grid, r: number, depth: HeadingDepth): HeadingTexts[] {
  const twoRows = depth > 1;
  const upper = depth === 3 ? overGroupedHeadings(grid, r) : (grid.values[r] ?? []);
  const lower = twoRows ? (grid.values[r + depth - 1] ?? []) : [];
  const width = Math.max(upper.length, lower.length);
  const lowest = r + depth - 1;
  const typedGroups = typedGroupHeadings(grid.values[lowest] ?? [], grid.values[lowest + 1] ?? []);
  const out: HeadingTexts[] = [];
  let group = "";
  for (let c = 0; c < width; c++) {
    // A heading merged across columns with headings under it ("Ngày làm" over "05/3 | 12/3"), or
    // typed so without merging, names a group, not a column: only with the row under it does it
    // say what each column is.
    const grouping = isGroupHeading(grid, lowest, c) || typedGroups.includes(c);
    const u = twoRows || !grouping ? cellText(upper[c] ?? null) : "";
    const l = twoRows && !grouping ? cellText(lower[c] ?? null) : "";
    if (!twoRows) {
      out.push({ variants: u ? [u] : [], over: "" });
      continue;
    }
    // A merged group cell holds its text in its first column only: carry it right while the
    // row below has sub-headers.
    if (u) group = u;
    else if (!l) group = "";
    // The first column of a merged group: its upper text names the group ("Họ và tên" over
    // "Họ đệm" | "Tên"), not this column alone.
    const startsGroup = !!u && !!l && !cellText(upper[c + 1] ?? null) && !!cellText(lower[c + 1] ?? null);
    if (l && !u) out.push({ variants: [`${group} ${l}`, l], over: group, sub: l });
    else if (l && u) out.push({ variants: startsGroup ? [`${u} ${l}`, l] : [`${u} ${l}`, l, u], over: u, sub: l });
    else out.push({ variants: u ? [u] : [], over: "" });
  }
  return out;
}

/**
 * The upper row of a header over three rows ("NỘI DUNG ĐÓNG GÓP" over "Bằng tiền" over "Tiền
 * mặt | Chuyển khoản"), read as the upper row of one over two: under the top group its columns
 * take the middle row's headings, the top one naming only what they have in common; elsewhere
 * the heading merged down over all three rows ("STT", "Họ và tên").
 */
function overGroupedHeadings(grid: Grid, r: number): CellValue[] {
  const top = grid.values[r] ?? [];
  const middle = grid.values[r + 1] ?? [];
  const width = Math.max(top.length, middle.length);
  const out: CellValue[] = [];
  const bottom = grid.values[r + 2] ?? [];
  let groupEnd = -1;
  for (let c = 0; c < width; c++) {
    const merge = mergeSpans(grid).get(mergedAt(grid.origin.row + r, grid.origin.col + c));
    if (isGroupHeading(grid, r, c)) groupEnd = c + (merge?.columns ?? 1) - 1;
    else if (merge === undefined && cellText(top[c] ?? null) !== "") groupEnd = typedGroupEnd(top, middle, bottom, c);
    const under = c <= groupEnd || cellText(top[c] ?? null) === "";
    out.push(under ? (middle[c] ?? null) : (top[c] ?? null));
  }
  return out;
}

/**
 * The last column (0-based) of a group heading typed at `c` of the top row without merging: the
 * blank cells right of it over which the rows under it hold headings. `c - 1` where it heads no
 * column but its own ("STT" typed once over three rows).
 */
function typedGroupEnd(top: readonly CellValue[], middle: readonly CellValue[], bottom: readonly CellValue[], c: number): number {
  let end = c;
  while (cellText(top[end + 1] ?? null) === "" && (cellText(middle[end + 1] ?? null) !== "" || cellText(bottom[end + 1] ?? null) !== "")) end++;
  return end === c ? c - 1 : end;
}

/**
 * The columns (0-based) of the group headings `upper` holds typed without merging over a row of
 * sub-headings ("Số tiền ủng hộ theo thôn" typed once, blank cells right of it, over "Thôn Đông |
 * Thôn Tây | Thôn Nam"), as merged ones stand over theirs: every column of each group has a
 * heading in words under it, and nothing else does, the headings typed once over both rows ("STT",
 * "Họ và tên") having blank cells under them. Empty where `lower` is no such row: a row of data
 * fills the columns of those headings too (a name under "Họ và tên").
 */
function typedGroupHeadings(upper: readonly CellValue[], lower: readonly CellValue[]): number[] {
  const groups: number[] = [];
  let alone = 0;
  const width = Math.max(upper.length, lower.length);
  for (let c = 0; c < width; c++) {
    const heading = upper[c] ?? null;
    if (heading !== null && typeof heading !== "string") return [];
    const headed = !isBlankCell(heading);
    const end = headed ? typedGroupEnd(upper, lower, [], c) : c - 1;
    if (end < c) {
      // A heading standing alone, or none: nothing is typed under it.
      if (!isBlankCell(lower[c])) return [];
      if (headed) alone++;
      continue;
    }
    for (let k = c; k <= end; k++) if (!isSubHeading(lower[k] ?? null)) return [];
    groups.push(c);
    c = end;
  }
  return alone > 0 ? groups : [];
}

/** A heading in words ("Thôn Đông", "Đợt 1"), not a figure typed as text ("500.000", "1tr5"). */
function isSubHeading(v: CellValue): boolean {
  return typeof v === "string" && /^\p{L}/u.test(v.trim());
}

/** The nearest column at or left of `c` (0-based) with a heading in `cells`, -1 where none. */
function headingAtOrLeft(cells: readonly CellValue[], c: number): number {
  for (let k = c; k >= 0; k--) if (cellText(cells[k] ?? null) !== "") return k;
  return -1;
}

/** How many headings `below` holds under the heading of `above` at `c`, up to the next heading of `above`. */
function headingsUnder(above: readonly CellValue[], below: readonly CellValue[], c: number): number {
  let headings = 0;
  for (let k = c; k < below.length && (k === c || cellText(above[k] ?? null) === ""); k++) if (cellText(below[k] ?? null) !== "") headings++;
  return headings;
}

/**
 * A header over three rows typed without merging ("Nội dung ủng hộ" over "Tiền (đồng) | Hiện
 * vật" over "| Tên hiện vật | Giá trị"): every heading of the lowest row stands under one of the
 * middle row heading two or more of them, itself under one of the top row heading two or more.
 * The lowest row's first heading settles it on most rows: a row of data, or the headings of a
 * header over one or two rows, each stand under a heading of their own.
 */
function typedThreeLevels(grid: Grid, r: number): boolean {
  const [top, middle, bottom] = [grid.values[r] ?? [], grid.values[r + 1] ?? [], grid.values[r + 2] ?? []];
  let headings = 0;
  for (let k = 0; k < bottom.length; k++) {
    if (cellText(bottom[k] ?? null) === "") continue;
    const group = headingAtOrLeft(middle, k);
    if (group === -1 || headingsUnder(middle, bottom, group) < 2) return false;
    const over = headingAtOrLeft(top, k);
    if (over === -1 || over > group || headingsUnder(top, middle, over) < 2) return false;
    headings++;
  }
  return headings >= 2;
}

/**
 * Whether row `r` holds a group heading with another group heading under it, merged as offices
 * merge a header over three rows, or typed so without merges (typedThreeLevels).
 */
function startsThreeLevels(grid: Grid, r: number): boolean {
  const spans = mergeSpans(grid);
  if (spans.size === 0) return typedThreeLevels(grid, r);
  const width = (grid.values[r] ?? []).length;
  for (let c = 0; c < width; c++) {
    const top = spans.get(mergedAt(grid.origin.row + r, grid.origin.col + c));
    if (top === undefined || !isGroupHeading(grid, r, c)) continue;
    for (let k = c; k < c + top.columns; k++) if (isGroupHeading(grid, r + 1, k)) return true;
  }
  return typedThreeLevels(grid, r);
}

function mergedAt(row: number, col: number): number {
  return row * 16_384 + col;
}

/**
 * A heading merged across columns over a heading for each of two or more of them. Not a name
 * merged over two columns with one name under it, row after row.
 */
function isGroupHeading(grid: Grid, r: number, c: number): boolean {
  const merge = mergeSpans(grid).get(mergedAt(grid.origin.row + r, grid.origin.col + c));
  if (merge === undefined || merge.rows !== 1 || merge.columns < 2) return false;
  const below = grid.values[r + 1] ?? [];
  let headings = 0;
  for (let k = c; k < c + merge.columns; k++) if (cellText(below[k] ?? null) !== "") headings++;
  return headings >= 2;
}

function matchAt(grid: Grid, spec: TableSpec, r: number, depth: HeadingDepth, setAside?: ReadonlySet<number>): TableMatch {
  const texts = headerTexts(grid, r, depth);
  const rows = Array.from({ length: depth }, (_, i) => r + i);
  const beside = besideAt(grid, spec, rows);
  const candidates = rowCandidates(beside === -1 ? texts : texts.slice(0, beside), grid.origin.col, spec);
  const columns = assign(setAside === undefined ? candidates : candidates.filter((c) => !setAside.has(c.column)));
  // Scored on every heading it names, before refine settles some into others ("Đợt 1 | Đợt 2 |
  // Cộng" under "Số tiền" names more than "Số tiền" alone, though one money column is read).
  const score = scoreOf(columns);
  spec.refine?.(columns);
  const headerRows = rows.map((i) => grid.origin.row + i);
  return {
    kind: spec.kind,
    sheet: grid.sheet,
    headerRows,
    firstDataRow: headerRows[headerRows.length - 1] + 1,
    columns,
    missing: spec.columns.filter((c) => c.required && !columns[c.field]).map((c) => c.field),
    score,
    unsure: false,
    ...(beside === -1 ? {} : { besideFrom: grid.origin.col + beside }),
  };
}

/**
 * Where, in a header row, the table's column headings start over ("STT | Họ và tên | Số tiền |
 * | STT | Họ và tên | Số tiền"): a second table beside the first. Two headings at least must
 * come again, since one alone may be typed twice over sub-headings ("Số tiền | Số tiền" over
 * "Nợ | Có"). -1 where no heading does.
 */
function besideAt(grid: Grid, spec: TableSpec, rows: number[]): number {
  let first = -1;
  for (const r of rows) {
    const headings = (grid.values[r] ?? []).map(cellText).map((t) => {
      const h = normalizeHeader(t);
      return h !== "" && bestField(h, spec, t) ? h : "";
    });
    for (let c = 1; c < headings.length && (first === -1 || c < first); c++) {
      // Blank cells are no heading: two of them (under merged group cells, right of the last
      // sub-heading) are not a table's headings typed again.
      if (headings[c] === "") continue;
      const before = new Set(headings.slice(0, c));
      if (!before.has(headings[c])) continue;
      const again = new Set(headings.slice(c).filter((h) => h !== "" && before.has(h)));
      if (again.size >= 2) first = c;
    }
  }
  return first;
}

/** The best header of this kind in the first rows of the grid, or null when none is there. */
export function detectHeaderRows(grid: Grid, spec: TableSpec): TableMatch | null {
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  const single: TableMatch[] = [];
  for (let r = 0; r < limit; r++) single.push(matchAt(grid, spec, r, 1));
  const candidates: TableMatch[] = [...single];
  for (let r = 0; r + 1 < Math.min(grid.values.length, limit + 1); r++) {
    const pair = pairAt(grid, spec, r, Math.max(single[r]?.score ?? 0, single[r + 1]?.score ?? 0));
    if (pair !== null) candidates.push(pair);
  }
  for (let r = 0; r + 2 < Math.min(grid.values.length, limit + 2); r++) {
    const triple = tripleAt(grid, spec, r, Math.max(single[r]?.score ?? 0, single[r + 1]?.score ?? 0, single[r + 2]?.score ?? 0));
    if (triple !== null) candidates.push(triple);
  }
  let best: TableMatch | null = null;
  let tie = false;
  for (const m of candidates) {
    if (Object.keys(m.columns).length < spec.minColumns) continue;
    if (!best || m.score > best.score + 0.05) {
      best = m;
      tie = false;
    } else if (Math.abs(m.score - best.score) <= 0.05 && m.headerRows[0] !== best.headerRows[0] && !sameColumns(m, best) && !dataBetween(grid, m, best)) {
      // The same header again lower down is a printed list's page break, not a doubt; nor is
      // another table's header under rows of data (days under money), read after this one.
      tie = true;
    }
  }
  if (!best) return null;
  const above = firstTableAbove(grid, spec, best, candidates);
  if (above !== null) [best, tie] = [above, false];
  withAnnotationRows(grid, best);
  spec.refineByData?.(grid, best);
  const weak = Object.values(best.columns).filter((c) => c.strength === 1).length;
  best.unsure = tie || best.missing.length > 0 || weak * 2 > Object.keys(best.columns).length;
  return best;
}

/**
 * A whole header above the best-named one, with rows of data between them: the sheet's first
 * table (money over days over goods). It is read first, and the tables under it are found from
 * it; the one naming most columns may be the last, and reading it alone would drop the others.
 */
function firstTableAbove(grid: Grid, spec: TableSpec, best: TableMatch, candidates: TableMatch[]): TableMatch | null {
  let first: TableMatch | null = null;
  for (const m of candidates) {
    if (m.headerRows[0] >= best.headerRows[0] || !isWholeHeader(m, spec) || !dataBetween(grid, m, best)) continue;
    if (!first || m.headerRows[0] < first.headerRows[0] || (m.headerRows[0] === first.headerRows[0] && m.score > first.score)) first = m;
  }
  return first;
}

/** Every required column, three at least, each named plainly: not a title line that happens to hold a word or two. */
function isWholeHeader(m: TableMatch, spec: TableSpec): boolean {
  const columns = Object.values(m.columns);
  return m.missing.length === 0 && columns.length >= Math.max(3, spec.minColumns) && columns.every((c) => c.strength >= 2);
}

/**
 * The header starting at `index` (0-based in the grid), over one row or two, as detectHeaderRows
 * reads one: for a table that starts below another on the same sheet. Null where the row names
 * too few of the table's columns.
 */
export function headerAt(grid: Grid, spec: TableSpec, index: number): TableMatch | null {
  const single = matchAt(grid, spec, index, 1);
  const below = index + 1 < grid.values.length ? matchAt(grid, spec, index + 1, 1) : null;
  const best = (below && pairAt(grid, spec, index, Math.max(single.score, below.score))) ?? single;
  if (Object.keys(best.columns).length < spec.minColumns) return null;
  withAnnotationRows(grid, best);
  spec.refineByData?.(grid, best);
  return best;
}

/**
 * Rows `r` and `r + 1` read as one header, where together they name more than either alone
 * (`alone`: the better one's score); a title line or a blank row above a one-row header adds
 * nothing. A row holding a number (an STT, an amount) is data, not half of a header, even when
 * its words read like one ("Ban Giám hiệu" under "Bộ phận"; "Cộng trang 1" over a header
 * repeated at a page break).
 */
function pairAt(grid: Grid, spec: TableSpec, r: number, alone: number): TableMatch | null {
  if (holdsFigures(grid.values[r] ?? []) || holdsFigures(grid.values[r + 1] ?? [])) return null;
  if (isTitleOver(grid.values[r] ?? [], grid.values[r + 1] ?? [])) return null;
  const pair = matchAt(grid, spec, r, 2);
  return pair.score > alone + 0.05 ? pair : null;
}

/**
 * Rows `r` to `r + 2` read as one header, where a group heading stands over another over the
 * columns' own ("NỘI DUNG ĐÓNG GÓP" › "Bằng tiền" › "Tiền mặt | Chuyển khoản"): read as two rows,
 * the lowest headings would be taken for data and the columns under them lost.
 */
function tripleAt(grid: Grid, spec: TableSpec, r: number, alone: number): TableMatch | null {
  if (!startsThreeLevels(grid, r)) return null;
  if ([r, r + 1, r + 2].some((i) => holdsFigures(grid.values[i] ?? []))) return null;
  const triple = matchAt(grid, spec, r, 3);
  return triple.score > alone + 0.05 ? triple : null;
}

/**
 * The list's title typed right above its header ("DANH SÁCH ỦNG HỘ …" over "STT | Họ và tên |
 * …"): one text, from the first heading on, would be carried over every column as their group,
 * and its words ("ủng hộ", "thôn") read into headings it has nothing to do with.
 */
function isTitleOver(upper: readonly CellValue[], lower: readonly CellValue[]): boolean {
  const filled = (cells: readonly CellValue[]) => cells.flatMap((v, c) => (cellText(v).trim() !== "" ? [c] : []));
  const above = filled(upper);
  const below = filled(lower);
  return above.length === 1 && below.length >= 3 && above[0] <= below[0];
}

function dataBetween(grid: Grid, a: TableMatch, b: TableMatch): boolean {
  const [upper, lower] = a.headerRows[0] < b.headerRows[0] ? [a, b] : [b, a];
  for (let r = upper.firstDataRow; r < lower.headerRows[0]; r++) if (holdsFigures(grid.values[r - grid.origin.row] ?? [])) return true;
  return false;
}

function sameColumns(a: TableMatch, b: TableMatch): boolean {
  const fields = Object.keys(a.columns);
  return fields.length === Object.keys(b.columns).length && fields.every((f) => a.columns[f].column === b.columns[f]?.column && a.columns[f].header === b.columns[f].header);
}

function holdsFigures(cells: readonly CellValue[]): boolean {
  return cells.some((v) => typeof v === "number") && !isAnnotationRow(cells);
}

/**
 * A row under the header that only numbers the columns ("1 2 3 4", "A B 1 2", "(1) (2)") or
 * gives their units ("(đồng)", "(công)", "m2"): part of the header, never a row of data.
 */
export function isAnnotationRow(cells: readonly CellValue[]): boolean {
  let filled = 0;
  for (const v of cells) {
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    filled++;
    if (typeof v === "number" ? !(Number.isInteger(v) && v >= 0 && v < 100) : typeof v !== "string" || !COLUMN_NOTE.test(v.trim())) return false;
  }
  return filled >= 2;
}

/** A column named by its number or letter: "5", "(4)", "C". */
const COLUMN_REF = String.raw`\(?[0-9A-Za-z]{1,3}\)?`;

/**
 * How a column is worked out from others, starting with the column it numbers: "5 = 4 x 100.000",
 * "(3)=(2)x100.000", "6=4+5". A sum typed as an amount ("100.000 + 50.000") starts with a figure
 * too big to number a column.
 */
const COLUMN_FORMULA = String.raw`${COLUMN_REF}(\s*[=x*+×:/-]\s*(${COLUMN_REF}|\([^()]*\)|\d{1,3}([.,]\d{3})+))+`;

/** A column's number or letter, a formula between columns ("(4)=(2)x(3)", "5 = 4 x 100.000"), or a unit. */
const COLUMN_NOTE = new RegExp(String.raw`^(${COLUMN_REF}|\([^()]*\)(\s*[=x*+×-]\s*\([^()]*\))*|${COLUMN_FORMULA}|đồng|vnđ|vnd|đ|công|ngày|m2|m²)$`, "iu");

function withAnnotationRows(grid: Grid, match: TableMatch): void {
  while (isAnnotationRow(grid.values[match.firstDataRow - grid.origin.row] ?? [])) {
    match.headerRows = [...match.headerRows, match.firstDataRow];
    match.firstDataRow++;
  }
}

/**
 * The header's columns mapped again with some set aside (1-based), where their cells showed them
 * to be none of the fields their headings read as (ticks under "Tiền mặt"): the headings left
 * then name what those columns took from them ("Số tiền" beside them is the money).
 */
export function mapAgainWithout(grid: Grid, spec: TableSpec, match: TableMatch, setAside: ReadonlySet<number>): void {
  const r = match.headerRows[0] - grid.origin.row;
  const again = matchAt(grid, spec, r, headingDepth(grid, match), setAside);
  match.columns = again.columns;
  match.missing = again.missing;
}

/** How many of the header's rows hold its headings: those above the units or numbers under them. */
function headingDepth(grid: Grid, match: TableMatch): HeadingDepth {
  const r = match.headerRows[0] - grid.origin.row;
  const headings = (depth: number) => match.headerRows.length >= depth && !isAnnotationRow(grid.values[r + depth - 1] ?? []);
  if (headings(3) && headings(2) && startsThreeLevels(grid, r)) return 3;
  return headings(2) ? 2 : 1;
}

/** Rows read to tell a heading merged over two filled columns from one over a merged cell. */
const SPLIT_SAMPLE_ROWS = 60;

/**
 * "Họ và tên" merged over two columns, with "Hoàng Văn" | "Minh" on the rows below: the name is
 * typed in two parts, and reading the left column alone would lose every given name; the left
 * one becomes `split.left`. A name merged over the same two columns on every row (its right cell
 * empty) stays one column.
 */
export function splitMergedHeading(grid: Grid, match: TableMatch, split: { field: string; left: string }): void {
  const whole = match.columns[split.field];
  if (!whole || match.columns[split.left]) return;
  const right = whole.column + 1;
  if (Object.values(match.columns).some((c) => c.column === right)) return;
  const starts = mergeSpans(grid);
  if (!match.headerRows.some((row) => starts.get(mergedAt(row, whole.column))?.columns === 2)) return;
  let left = 0;
  let both = 0;
  const last = Math.min(grid.values.length, match.firstDataRow - grid.origin.row + SPLIT_SAMPLE_ROWS);
  for (let r = match.firstDataRow - grid.origin.row; r < last; r++) {
    const cells = grid.values[r] ?? [];
    if (cellText(cells[whole.column - grid.origin.col] ?? null).trim() === "") continue;
    left++;
    const mergedOver = (starts.get(mergedAt(grid.origin.row + r, whole.column))?.columns ?? 1) > 1;
    if (!mergedOver && cellText(cells[right - grid.origin.col] ?? null).trim() !== "") both++;
  }
  if (both < 2 || both * 2 < left) return;
  match.columns[split.left] = { ...whole, field: split.left };
  match.columns[split.field] = { ...whole, column: right };
}

const MERGE_SPANS = new WeakMap<Grid, ReadonlyMap<number, MergeSpan>>();

interface MergeSpan {
  columns: number;
  rows: number;
}

/** How many columns and rows each merge spans, by the cell where it starts. */
function mergeSpans(grid: Grid): ReadonlyMap<number, MergeSpan> {
  let spans = MERGE_SPANS.get(grid);
  if (spans === undefined) {
    const found = new Map<number, MergeSpan>();
    for (const address of grid.merges ?? []) {
      const { start, end } = parseRange(address);
      found.set(mergedAt(start.row, start.col), { columns: end.col - start.col + 1, rows: end.row - start.row + 1 });
    }
    MERGE_SPANS.set(grid, (spans = found));
  }
  return spans;
}

/** The kind of table a sheet holds, by the spec whose header matches best. */
export function detectTable(grid: Grid, specs: TableSpec[]): TableMatch | null {
  let best: TableMatch | null = null;
  for (const spec of specs) {
    const m = detectHeaderRows(grid, spec);
    if (m && (!best || m.missing.length < best.missing.length || (m.missing.length === best.missing.length && m.score > best.score))) best = m;
  }
  return best;
}

/** A mapping a person confirmed once, as kept in Cấu hình: field → column letters. */
export type ColumnMapping = Record<string, string>;

export function mappingOf(match: TableMatch): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [field, c] of Object.entries(match.columns)) out[field] = columnLetters(c.column);
  return out;
}

export function describeMatch(match: TableMatch, spec: TableSpec): string {
  const parts = spec.columns
    .filter((c) => match.columns[c.field])
    .map((c) => `${c.label} → ${cellAddress(match.headerRows[match.headerRows.length - 1], match.columns[c.field].column)}`);
  return `${spec.label}, tiêu đề ở dòng ${match.headerRows.join("–")}: ${parts.join("; ")}`;
}

/** A mapping confirmed by a person, with the header rows it was confirmed on. */
export interface ConfirmedMapping {
  headerRows: number[];
  mapping: ColumnMapping;
  /** The kind of table it was confirmed for (a TableSpec's kind); absent means a contribution list. */
  kind?: string;
}

/**
 * The table as a person confirmed it: no guessing, nothing unsure. Its columns are the ones the
 * person chose; a table whose headings are typed again right of every one of them (two hamlets'
 * lists side by side) is another list beside it, found and read as it would be unconfirmed.
 */
export function matchFromMapping(grid: Grid, spec: TableSpec, confirmed: ConfirmedMapping): TableMatch {
  const lastHeader = confirmed.headerRows[confirmed.headerRows.length - 1];
  const columns: Record<string, ColumnMatch> = {};
  for (const [field, letters] of Object.entries(confirmed.mapping)) {
    if (!spec.columns.some((c) => c.field === field)) continue;
    const column = columnNumber(letters);
    const header = grid.values[lastHeader - grid.origin.row]?.[column - grid.origin.col];
    columns[field] = { field, column, header: typeof header === "string" ? header : "", strength: 3 };
  }
  const besideFrom = confirmedBeside(grid, spec, confirmed.headerRows, columns);
  return {
    kind: spec.kind,
    sheet: grid.sheet,
    headerRows: confirmed.headerRows,
    firstDataRow: lastHeader + 1,
    columns,
    missing: spec.columns.filter((c) => c.required && !columns[c.field]).map((c) => c.field),
    score: scoreOf(columns),
    unsure: false,
    ...(besideFrom === undefined ? {} : { besideFrom }),
  };
}

/**
 * Where a second table starts beside the one a person confirmed (1-based), as besideAt finds it on
 * the confirmed header rows. A mapping that chose a column there or beyond says the table runs
 * on through those columns: the person's word stands, and no table is beside it.
 */
function confirmedBeside(grid: Grid, spec: TableSpec, headerRows: readonly number[], columns: Record<string, ColumnMatch>): number | undefined {
  const beside = besideAt(grid, spec, headerRows.map((row) => row - grid.origin.row));
  if (beside === -1) return undefined;
  const from = grid.origin.col + beside;
  return Object.values(columns).every((c) => c.column < from) ? from : undefined;
}
