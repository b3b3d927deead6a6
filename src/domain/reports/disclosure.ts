/**
 * Công khai: the public list of every unit, organization and person who gave money, goods,
 * labour or land (plan 000: "UBND xã sẽ công khai thông báo các đơn vị, tổ chức, cá nhân đóng
 * góp bằng tiền, hiện vật, nhân công"), printed under Nghị định 30/2020 (shared/DOMAIN.md
 * "Documents") and posted at the commune office and in the hamlets.
 *
 * Two parts: `buildDisclosure` turns contributions and the user's choices into the list (groups,
 * entries, totals: plain data a test can check), and `disclosureSheet` lays it out as a
 * print-ready SheetDoc. Nothing personal goes in (src/domain/reports/privacy.ts).
 */
import type { Contribution, Kind } from "../contributions/types";
import { formatDateVN } from "../dates/format";
import { formatMoney, labourDaysToMoney, moneyInWordsLine } from "../money";
import { LABOUR_DAYS_NUMBER_FORMAT, MONEY_NUMBER_FORMAT } from "../money/format";
import { columnLetters, parseRange } from "../sheet/address";
import type { CellValue, SheetDoc, StyleRun } from "../sheet/types";
import { a4Page, communeIssuer, documentHead, DOCUMENT_FONT, signatureBlocks, stackBlocks, titleRows, type DocBlock, type Signer } from "./document";
import { ANONYMOUS_NAME, asksAnonymity, stripPersonalNumbers } from "./privacy";

export const DISCLOSURE_SHEET = "Công khai";

/** Everything recorded in the lists, or only what was received (receipted or reconciled). */
export type Scope = "recorded" | "received";
/** Money pledged and not yet received: listed apart (not in the totals) or not at all. */
export type PledgeMode = "apart" | "omit";
/** kind-unit: I. category, 1. unit; list: the list's own sections; kind; unit; none: one list. */
export type Grouping = "kind-unit" | "list" | "kind" | "unit" | "none";
/** list: as typed; name: Vietnamese order of given name; value: largest total value first. */
export type SortOrder = "list" | "name" | "value";

export interface DisclosureOptions {
  scope: Scope;
  pledges: PledgeMode;
  grouping: Grouping;
  sort: SortOrder;
}

export const DEFAULT_DISCLOSURE_OPTIONS: DisclosureOptions = { scope: "recorded", pledges: "apart", grouping: "kind-unit", sort: "list" };

/** Cấu hình keys the choices are remembered under. */
export const DISCLOSURE_KEYS = {
  scope: "disclose.scope",
  pledges: "disclose.pledges",
  grouping: "disclose.grouping",
  sort: "disclose.sort",
} as const satisfies Record<keyof DisclosureOptions, string>;

/** What each value means, written beside it in Cấu hình so a person can edit it. */
export const DISCLOSURE_HELP: Record<keyof DisclosureOptions, string> = {
  scope: "Công khai: recorded = mọi khoản đã ghi sổ; received = chỉ khoản đã nhận (có phiếu thu hoặc đã đối chiếu sao kê)",
  pledges: "Công khai: khoản đăng ký chưa nộp — apart = liệt kê riêng (không cộng vào tổng); omit = không liệt kê",
  grouping: "Công khai: nhóm theo — kind-unit = đối tượng rồi đơn vị/thôn; list = các mục của danh sách; kind = đối tượng; unit = đơn vị/thôn; none = không nhóm",
  sort: "Công khai: thứ tự trong nhóm — list = như danh sách; name = theo tên (A–Z); value = giá trị lớn trước",
};

const CHOICES: { [K in keyof DisclosureOptions]: readonly DisclosureOptions[K][] } = {
  scope: ["recorded", "received"],
  pledges: ["apart", "omit"],
  grouping: ["kind-unit", "list", "kind", "unit", "none"],
  sort: ["list", "name", "value"],
};

function pick<K extends keyof DisclosureOptions>(key: K, raw: string | undefined): DisclosureOptions[K] {
  const v = (raw ?? "").trim().toLowerCase();
  return (CHOICES[key] as readonly string[]).includes(v) ? (v as DisclosureOptions[K]) : DEFAULT_DISCLOSURE_OPTIONS[key];
}

/** The remembered choices from Cấu hình's raw values; an unknown or blank value is the default. */
export function readDisclosureOptions(raw: Record<string, string>): DisclosureOptions {
  return {
    scope: pick("scope", raw[DISCLOSURE_KEYS.scope]),
    pledges: pick("pledges", raw[DISCLOSURE_KEYS.pledges]),
    grouping: pick("grouping", raw[DISCLOSURE_KEYS.grouping]),
    sort: pick("sort", raw[DISCLOSURE_KEYS.sort]),
  };
}

export function disclosureSettingValues(o: DisclosureOptions): Record<string, string> {
  return { [DISCLOSURE_KEYS.scope]: o.scope, [DISCLOSURE_KEYS.pledges]: o.pledges, [DISCLOSURE_KEYS.grouping]: o.grouping, [DISCLOSURE_KEYS.sort]: o.sort };
}

/** One line of the public list, as it is shown. */
export interface DisclosureEntry {
  /** Where it comes from: the contribution list's sheet and row. */
  sheet: string;
  row: number;
  /** The name as shown: ANONYMOUS_NAME for a donor who asked, never a number of a person. */
  name: string;
  unit: string;
  kind: Kind;
  section: string;
  amount: number;
  days: number;
  labourValue: number;
  inKindDescription: string;
  inKindValue: number;
  landArea: number;
  /** amount + labourValue + inKindValue (land is listed in m², not valued). */
  totalValue: number;
  note: string;
  anonymous: boolean;
}

export interface Totals {
  count: number;
  amount: number;
  days: number;
  labourValue: number;
  inKindValue: number;
  landArea: number;
  totalValue: number;
}

export interface DisclosureGroup {
  label: string;
  /** Sub-groups (1., 2., …) where the grouping has two levels; otherwise entries. */
  groups: DisclosureGroup[];
  entries: DisclosureEntry[];
  totals: Totals;
}

export interface Disclosure {
  options: DisclosureOptions;
  labourDayRate: number;
  /** Top-level groups; one unnamed group when the grouping is "none". */
  groups: DisclosureGroup[];
  totals: Totals;
  /** Money pledged and not yet received (scope "received", pledges "apart"): not in `totals`. */
  pledges: DisclosureEntry[];
  pledgeTotals: Totals;
  /** Contributions left out: unpaid money with pledges "omit". */
  omitted: number;
}

export const KIND_ORDER: readonly Kind[] = ["staff", "organization", "enterprise", "household", "individual"];

/** The category headings of a public list. */
export const KIND_LABEL: Record<Kind, string> = {
  staff: "Cán bộ, công chức, viên chức, người lao động",
  organization: "Cơ quan, đơn vị, tổ chức, đoàn thể",
  enterprise: "Doanh nghiệp, hợp tác xã",
  household: "Hộ gia đình, nhân dân",
  individual: "Nhà hảo tâm, cá nhân khác",
};

/** Categories whose unit is a unit of the commune (a school, a hamlet), so worth a sub-group. */
const KINDS_BY_UNIT: ReadonlySet<Kind> = new Set(["staff", "household"]);

export function emptyTotals(): Totals {
  return { count: 0, amount: 0, days: 0, labourValue: 0, inKindValue: 0, landArea: 0, totalValue: 0 };
}

export function addTotals(a: Totals, b: Totals | DisclosureEntry): Totals {
  const count = "count" in b ? b.count : 1;
  return {
    count: a.count + count,
    amount: a.amount + b.amount,
    days: roundDays(a.days + b.days),
    labourValue: a.labourValue + b.labourValue,
    inKindValue: a.inKindValue + b.inKindValue,
    landArea: roundDays(a.landArea + b.landArea),
    totalValue: a.totalValue + b.totalValue,
  };
}

/** Sums of fractional days and m² without binary noise (2.5 + 0.1 stays 2.6). */
function roundDays(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function sumOf(entries: readonly DisclosureEntry[]): Totals {
  return entries.reduce<Totals>((t, e) => addTotals(t, e), emptyTotals());
}

function clean(text: string): string {
  return stripPersonalNumbers(text.replace(/\s+/g, " ").trim());
}

/** Anonymity words are how the list asked for it; they are not shown as a note. */
function publicNote(note: string, anonymous: boolean): string {
  return anonymous ? "" : clean(note);
}

function entryOf(c: Contribution, amount: number, withOthers: boolean, rate: number): DisclosureEntry {
  const anonymous = asksAnonymity(c.name, c.note);
  const days = withOthers ? c.days : 0;
  const labourValue = days ? labourDaysToMoney(days, rate) : 0;
  const inKindValue = withOthers ? c.inKindValue : 0;
  const name = anonymous ? ANONYMOUS_NAME : clean(c.name) || "(không rõ tên)";
  return {
    sheet: c.sheet,
    row: c.row,
    name,
    unit: clean(c.unit),
    kind: c.kind,
    section: c.section,
    amount,
    days,
    labourValue,
    inKindDescription: withOthers ? clean(c.inKindDescription) : "",
    inKindValue,
    landArea: withOthers ? c.landArea : 0,
    totalValue: amount + labourValue + inKindValue,
    note: publicNote(c.note, anonymous),
    anonymous,
  };
}

function hasOthers(c: Contribution): boolean {
  return c.days > 0 || c.inKindValue > 0 || c.inKindDescription.trim() !== "" || c.landArea > 0;
}

/** Vietnamese alphabetical order: given name, then the whole name; the anonymous last. */
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function givenName(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

function sorted(entries: DisclosureEntry[], order: SortOrder): DisclosureEntry[] {
  // The given name is a name's last word (a prefix such as "Hộ ông" only comes first).
  const indexed = entries.map((e, i) => ({ e, i, given: order === "name" ? givenName(e.name) : "" }));
  if (order === "name")
    indexed.sort((x, y) => (x.e.anonymous !== y.e.anonymous ? (x.e.anonymous ? 1 : -1) : collator.compare(x.given, y.given) || collator.compare(x.e.name, y.e.name) || x.i - y.i));
  if (order === "value") indexed.sort((x, y) => y.e.totalValue - x.e.totalValue || x.i - y.i);
  return indexed.map((x) => x.e);
}

function groupBy(entries: DisclosureEntry[], keyOf: (e: DisclosureEntry) => string, order?: (a: string, b: string) => number): [string, DisclosureEntry[]][] {
  const map = new Map<string, DisclosureEntry[]>();
  for (const e of entries) {
    const k = keyOf(e);
    const list = map.get(k);
    if (list) list.push(e);
    else map.set(k, [e]);
  }
  const out = [...map.entries()];
  if (order) out.sort((a, b) => order(a[0], b[0]));
  return out;
}

function leaf(label: string, entries: DisclosureEntry[], order: SortOrder): DisclosureGroup {
  return { label, groups: [], entries: sorted(entries, order), totals: sumOf(entries) };
}

const unitLabel = (e: DisclosureEntry) => e.unit || "Chưa ghi đơn vị";
const kindOrder = (a: string, b: string) => KIND_ORDER.indexOf(a as Kind) - KIND_ORDER.indexOf(b as Kind);

function groupEntries(entries: DisclosureEntry[], o: DisclosureOptions): DisclosureGroup[] {
  switch (o.grouping) {
    case "none":
      return entries.length ? [leaf("", entries, o.sort)] : [];
    case "unit":
      return groupBy(entries, unitLabel).map(([u, es]) => leaf(u, es, o.sort));
    case "list":
      return groupBy(entries, (e) => e.section || "Chưa ghi mục").map(([s, es]) => leaf(s.replace(/^\s*[IVXLC]+\s*[.):-]\s*/i, ""), es, o.sort));
    case "kind":
      return groupBy(entries, (e) => e.kind, kindOrder).map(([k, es]) => leaf(KIND_LABEL[k as Kind], es, o.sort));
    case "kind-unit":
      return groupBy(entries, (e) => e.kind, kindOrder).map(([k, es]) => {
        const units = groupBy(es, unitLabel);
        if (!KINDS_BY_UNIT.has(k as Kind) || units.length < 2) return leaf(KIND_LABEL[k as Kind], es, o.sort);
        const groups = units.map(([u, us]) => leaf(u, us, o.sort));
        return { label: KIND_LABEL[k as Kind], groups, entries: [], totals: sumOf(es) };
      });
  }
}

/**
 * The public list from the contributions, which of them were received (`received`: keys
 * "<sheet>!<row>" whose money arrived; only read for scope "received") and the choices.
 * Labour, goods and land count as given once recorded; only money waits to be received.
 */
export function buildDisclosure(contributions: readonly Contribution[], received: ReadonlySet<string>, options: DisclosureOptions, labourDayRate: number): Disclosure {
  const main: DisclosureEntry[] = [];
  const pledges: DisclosureEntry[] = [];
  let omitted = 0;
  for (const c of contributions) {
    const others = hasOthers(c);
    if (c.amount === 0 && !others) continue;
    const paid = options.scope === "recorded" || received.has(`${c.sheet}!${c.row}`) ? c.amount : 0;
    const unpaid = c.amount - paid;
    if (paid > 0 || others) main.push(entryOf(c, paid, true, labourDayRate));
    if (unpaid > 0) {
      if (options.pledges === "apart") pledges.push(entryOf(c, unpaid, false, labourDayRate));
      else omitted++;
    }
  }
  const groups = groupEntries(main, options);
  return { options, labourDayRate, groups, totals: sumOf(main), pledges: sorted(pledges, options.sort), pledgeTotals: sumOf(pledges), omitted };
}

/** Every entry of the main list, in the order printed. */
export function disclosureEntries(d: Disclosure): DisclosureEntry[] {
  return d.groups.flatMap((g) => (g.groups.length ? g.groups.flatMap((s) => s.entries) : g.entries));
}

// --- the printed sheet ----------------------------------------------------------------------

export interface DocumentContext {
  campaignName: string;
  commune: string;
  district: string;
  /** The province: the report goes there where the commune has no district above it. */
  province?: string;
  /** The document's date (ISO); null leaves "ngày … tháng … năm …" to fill in by hand. */
  dateIso: string | null;
  signers: {
    preparer: { name: string; title: string };
    accountant: { name: string; title: string };
    head: { name: string; title: string; capacity: string };
  };
  /** Number format for money cells; MONEY_NUMBER_FORMAT when the reader's locale is unknown. */
  moneyFormat?: string;
}

export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];
export function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

/** Columns of the Công khai table, with their widths in characters. */
export const DISCLOSURE_COLUMNS = [
  { key: "stt", title: "STT", width: 5 },
  { key: "name", title: "Họ và tên / Tên đơn vị", width: 27 },
  { key: "unit", title: "Đơn vị / Thôn", width: 18 },
  { key: "amount", title: "Tiền (đồng)", width: 13 },
  { key: "days", title: "Số ngày", width: 7 },
  { key: "labourValue", title: "Quy ra tiền (đồng)", width: 12 },
  { key: "inKind", title: "Loại", width: 16 },
  { key: "inKindValue", title: "Giá trị (đồng)", width: 12 },
  { key: "land", title: "Hiến đất (m²)", width: 9 },
  { key: "totalValue", title: "Tổng giá trị (đồng)", width: 14 },
  { key: "note", title: "Ghi chú", width: 14 },
] as const;

const WIDTH = DISCLOSURE_COLUMNS.length;
const L = (col: number) => columnLetters(col);

/** A document is printed landscape once its table is wider than a portrait A4 page holds. */
export function needsLandscape(columnWidths: readonly number[]): boolean {
  return columnWidths.reduce((s, w) => s + w, 0) > 95;
}

/** Points for a merged text row holding `text` at `size` pt over `chars` characters of width. */
export function wrappedHeight(text: string, size: number, chars: number, bold = true): number | null {
  const lines = linesNeeded(text, size, chars, bold);
  return lines > 1 ? Math.ceil(lines * size * 1.3 + 2) : null;
}

/**
 * Lines a text takes in `chars` characters of column width (the width of Excel's default font's
 * digit, about 7 px) at `size` pt of Times New Roman: a small letter takes about 0.72 of a digit
 * at 11 pt, a capital about 1.2; bold about 6 % more. Measured on LibreOffice's print of the
 * sample; it errs towards one line too many rather than cutting a line off.
 */
export function linesNeeded(text: string, size: number, chars: number, bold = false): number {
  const caps = text.replace(/[^\p{Lu}]/gu, "").length / Math.max(1, text.length);
  const perChar = (size / 11) * (0.72 + 0.5 * caps) * (bold ? 1.06 : 1);
  const perLine = Math.max(1, Math.floor(chars / perChar));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

export function signersOf(ctx: DocumentContext, which: ("preparer" | "accountant" | "head")[]): Signer[] {
  return which.map((w) =>
    w === "head"
      ? { capacity: ctx.signers.head.capacity, title: ctx.signers.head.title, name: ctx.signers.head.name }
      : { capacity: "", title: ctx.signers[w].title, name: ctx.signers[w].name },
  );
}

/** Cells of one entry's row; zeros are left blank so a reader sees what was given. */
function entryCells(stt: number, e: DisclosureEntry): CellValue[] {
  const n = (x: number) => (x ? x : null);
  return [stt, e.name, e.unit || null, n(e.amount), n(e.days), n(e.labourValue), e.inKindDescription || null, n(e.inKindValue), n(e.landArea), e.totalValue, e.note || null];
}

function totalCells(label: string, t: Totals, first: CellValue = null): CellValue[] {
  return [first, label, null, t.amount, t.days, t.labourValue, null, t.inKindValue, t.landArea, t.totalValue, null];
}

/** The body table: header (two rows and the column numbers), groups, totals; rows from 1. */
function disclosureTable(d: Disclosure, moneyFormat: string): DocBlock & { headerRows: number } {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const styles: StyleRun[] = [];
  const last = L(WIDTH);
  const cols = DISCLOSURE_COLUMNS.map((c) => c.title) as CellValue[];
  rows.push([cols[0], cols[1], cols[2], cols[3], "Ngày công lao động", null, "Hiện vật", null, cols[8], cols[9], cols[10]]);
  rows.push([null, null, null, null, cols[4], cols[5], cols[6], cols[7], null, null, null]);
  rows.push(["(1)", "(2)", "(3)", "(4)", "(5)", `(6)=(5)×${formatMoney(d.labourDayRate)}`, "(7)", "(8)", "(9)", "(10)=(4)+(6)+(8)", "(11)"]);
  for (const c of [1, 2, 3, 4, 9, 10, 11]) merges.push(`${L(c)}1:${L(c)}2`);
  merges.push("E1:F1", "G1:H1");
  styles.push({ range: `A1:${last}2`, style: { bold: true, hAlign: "center", vAlign: "middle", wrap: true } });
  styles.push({ range: `A3:${last}3`, style: { italic: true, hAlign: "center", size: 10, wrap: true } });

  const groupRow = (label: string, level: 1 | 2, numbering: string) => {
    rows.push([numbering, label, ...new Array(WIDTH - 2).fill(null)]);
    const r = rows.length;
    merges.push(`B${r}:${L(WIDTH)}${r}`);
    styles.push({ range: `A${r}:${last}${r}`, style: { bold: true, italic: level === 2, wrap: true } });
  };
  const totalRow = (label: string, t: Totals, bold: "sub" | "group" | "grand") => {
    rows.push(totalCells(label, t));
    const r = rows.length;
    merges.push(`B${r}:C${r}`);
    styles.push({ range: `A${r}:${last}${r}`, style: { bold: true, italic: bold === "sub" } });
    if (bold === "grand") styles.push({ range: `B${r}`, style: { hAlign: "center" } });
  };
  const entryRows = (entries: DisclosureEntry[]) => entries.forEach((e, i) => rows.push(entryCells(i + 1, e)));

  const twoLevels = d.groups.some((g) => g.groups.length > 0);
  d.groups.forEach((g, gi) => {
    if (g.label) groupRow(g.label.toLocaleUpperCase("vi"), 1, roman(gi + 1));
    if (g.groups.length) {
      g.groups.forEach((s, si) => {
        groupRow(s.label, 2, String(si + 1));
        entryRows(s.entries);
        totalRow(`Cộng ${roman(gi + 1)}.${si + 1}`, s.totals, "sub");
      });
    } else entryRows(g.entries);
    if (g.label) totalRow(`Cộng ${roman(gi + 1)}`, g.totals, twoLevels ? "group" : "sub");
  });
  totalRow("TỔNG CỘNG", d.totals, "grand");
  const bodyEnd = rows.length;

  rows.push([moneyInWordsLine(d.totals.totalValue)]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  styles.push({ range: `A${rows.length}`, style: { italic: true, bold: true } });
  rows.push([`(Trong đó tiền: ${formatMoney(d.totals.amount)} đồng; ngày công: ${formatDays(d.totals.days)} ngày, quy ra ${formatMoney(d.totals.labourValue)} đồng; hiện vật: ${formatMoney(d.totals.inKindValue)} đồng; đất hiến: ${formatDays(d.totals.landArea)} m².)`]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  styles.push({ range: `A${rows.length}`, style: { italic: true, wrap: true } });

  let tableEnd = bodyEnd;
  if (d.options.pledges === "apart" && d.pledges.length) {
    rows.push([]);
    groupRow("CÁC KHOẢN ĐÃ ĐĂNG KÝ ỦNG HỘ NHƯNG CHƯA NỘP (không tính vào tổng cộng trên)", 1, "*");
    entryRows(d.pledges);
    totalRow("Cộng chưa nộp", d.pledgeTotals, "grand");
    tableEnd = rows.length;
    rows.push([moneyInWordsLine(d.pledgeTotals.amount)]);
    merges.push(`A${rows.length}:${last}${rows.length}`);
    styles.push({ range: `A${rows.length}`, style: { italic: true } });
    styles.push({ range: `A${bodyEnd + 4}:${last}${tableEnd}`, style: { border: "thin", vAlign: "middle" } });
    styleBody(styles, bodyEnd + 4, tableEnd, moneyFormat, d);
  }
  styles.unshift({ range: `A1:${last}${bodyEnd}`, style: { border: "thin", vAlign: "middle" } });
  styleBody(styles, 4, bodyEnd, moneyFormat, d);
  return { rows, merges, styles, headerRows: 3 };
}

function styleBody(styles: StyleRun[], from: number, to: number, moneyFormat: string, d: Disclosure): void {
  if (to < from) return;
  for (const c of [4, 6, 8, 10]) styles.push({ range: `${L(c)}${from}:${L(c)}${to}`, style: { numberFormat: moneyFormat, hAlign: "right" } });
  const entries = [...disclosureEntries(d), ...d.pledges];
  styles.push({ range: `E${from}:E${to}`, style: { numberFormat: quantityFormat([d.totals.days, ...entries.map((e) => e.days)], moneyFormat), hAlign: "right" } });
  styles.push({ range: `I${from}:I${to}`, style: { numberFormat: quantityFormat([d.totals.landArea, ...entries.map((e) => e.landArea)], moneyFormat), hAlign: "right" } });
  styles.push({ range: `A${from}:A${to}`, style: { hAlign: "center" } });
  styles.push({ range: `B${from}:C${to}`, style: { wrap: true } });
  styles.push({ range: `G${from}:G${to}`, style: { wrap: true } });
  styles.push({ range: `K${from}:K${to}`, style: { wrap: true } });
}

/**
 * Days and m² are whole numbers in most lists: then they take the money format (no decimal mark,
 * dots between thousands in every locale); only a column with fractions shows the decimal mark,
 * which follows the reader's locale ("2,5" in vi-VN).
 */
export function quantityFormat(values: readonly number[], moneyFormat: string): string {
  return values.every(Number.isInteger) ? moneyFormat : LABOUR_DAYS_NUMBER_FORMAT;
}

/** "2,5" days, "120" m²: the Vietnamese decimal comma. */
export function formatDays(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  const [int, frac] = String(rounded).split(".");
  return `${formatMoney(Number(int))}${frac ? `,${frac}` : ""}`;
}

/**
 * Heights for rows whose wrapped text needs more than one line: Excel grows such rows itself,
 * LibreOffice does not when it opens a file, so the document says how tall they are. The width
 * a text has is its column's, or its merged range's; the size is the cell's own or 12 pt.
 */
export function wrappedRowHeights(rows: readonly CellValue[][], styles: readonly StyleRun[], merges: readonly string[], columnWidths: readonly number[], given: readonly (number | null)[]): (number | null)[] {
  const span = new Map<number, number>();
  const key = (r: number, c: number) => r * 1024 + c;
  for (const m of merges) {
    const { start, end } = parseRange(m);
    if (start.row !== end.row) continue;
    let w = 0;
    for (let c = start.col; c <= end.col; c++) w += columnWidths[c - 1] ?? 9;
    span.set(key(start.row, start.col), w);
  }
  const need = new Map<number, { lines: number; size: number }>();
  for (const run of styles) {
    if (!run.style.wrap) continue;
    const size = run.style.size ?? 12;
    const { start, end } = parseRange(run.range);
    for (let r = start.row; r <= Math.min(end.row, rows.length); r++) {
      const row = rows[r - 1];
      for (let c = start.col; c <= Math.min(end.col, row.length); c++) {
        const v = row[c - 1];
        if (typeof v !== "string") continue;
        const width = span.get(key(r, c)) ?? columnWidths[c - 1] ?? 9;
        // Most text fits at once: only a long one is measured.
        if (v.length * size * 1.3 <= width * 11 && !v.includes("\n")) continue;
        const lines = linesNeeded(v, size, width, run.style.bold === true);
        const was = need.get(r);
        if (lines > 1 && (!was || lines * size > was.lines * was.size)) need.set(r, { lines, size });
      }
    }
  }
  return rows.map((_, i) => {
    if (given[i] !== null && given[i] !== undefined) return given[i];
    const n = need.get(i + 1);
    return n ? Math.ceil(n.lines * n.size * 1.3 + 2) : null;
  });
}

/** Sheet-wide font, size and the page: what every document sheet of this module shares. */
export function documentSheet(name: string, block: DocBlock, opts: { columnWidths: number[]; titleRows?: string; freezeRows?: number; rowHeights?: (number | null)[] }): SheetDoc {
  const width = opts.columnWidths.length;
  const styles: StyleRun[] = [{ range: `A1:${L(width)}${Math.max(1, block.rows.length)}`, style: { font: DOCUMENT_FONT, size: 12 } }, ...block.styles];
  const heights = wrappedRowHeights(block.rows, styles, block.merges, opts.columnWidths, opts.rowHeights ?? []);
  return {
    name,
    rows: block.rows.map((r) => (r.length ? r : [null])),
    styles,
    merges: block.merges,
    columnWidths: opts.columnWidths,
    rowHeights: heights.some((h) => h !== null) ? heights : undefined,
    freeze: opts.freezeRows ? { rows: opts.freezeRows, columns: 0 } : undefined,
    page: a4Page({ landscape: needsLandscape(opts.columnWidths), printTitleRows: opts.titleRows }),
  };
}

/** The title line with the campaign's name in quotes, as plans write it. */
export function quotedCampaign(name: string): string {
  const n = name.trim().replace(/^["“]|["”]$/g, "");
  return `“${n || "Chung sức xây dựng nông thôn mới"}”`;
}

/** The Công khai sheet, print-ready. */
export function disclosureSheet(d: Disclosure, ctx: DocumentContext): SheetDoc {
  const widths = DISCLOSURE_COLUMNS.map((c) => c.width);
  const totalChars = widths.reduce((s, w) => s + w, 0);
  const asOf = ctx.dateIso ? ` đến ngày ${formatDateVN(ctx.dateIso)}` : "";
  const scopeLine = d.options.scope === "received" ? `(Số tiền đã nhận${asOf}: có phiếu thu hoặc đã đối chiếu với sao kê)` : `(Số liệu đã ghi nhận${asOf})`;
  const titles = [
    { text: "BẢNG CÔNG KHAI", size: 14 },
    { text: "DANH SÁCH CÁC ĐƠN VỊ, TỔ CHỨC, CÁ NHÂN ĐÓNG GÓP, ỦNG HỘ CUỘC VẬN ĐỘNG", size: 13 },
    { text: quotedCampaign(ctx.campaignName), size: 13 },
    { text: scopeLine, bold: false, italic: true, size: 12 },
  ];
  const table = disclosureTable(d, ctx.moneyFormat ?? MONEY_NUMBER_FORMAT);
  const doc = stackBlocks([
    documentHead(WIDTH, { issuer: communeIssuer(ctx.commune, ctx.district), place: ctx.commune, dateIso: ctx.dateIso }),
    { blank: 1 },
    titleRows(WIDTH, titles),
    { blank: 1 },
    table,
    { blank: 1 },
    signatureBlocks(WIDTH, signersOf(ctx, ["preparer", "accountant", "head"])),
  ]);
  const tableStart = doc.starts[4];
  const titleStart = doc.starts[2];
  const rowHeights: (number | null)[] = [];
  titles.forEach((t, i) => (rowHeights[titleStart - 1 + i] = wrappedHeight(t.text, t.size, totalChars, t.bold !== false)));
  rowHeights[tableStart - 1] = 20;
  rowHeights[tableStart] = 32;
  return documentSheet(DISCLOSURE_SHEET, doc, {
    columnWidths: widths,
    titleRows: `${tableStart}:${tableStart + table.headerRows - 1}`,
    freezeRows: tableStart + table.headerRows - 1,
    rowHeights: Array.from({ length: doc.rows.length }, (_, i) => rowHeights[i] ?? null),
  });
}
