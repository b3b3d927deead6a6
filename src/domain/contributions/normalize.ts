/**
 * One pass over a contribution list as the office typed it: every row gets a role, every data
 * row either normalizes into a Contribution (with "fixed" diagnostics saying what changed) or
 * fails with a reason, and the list-level checks (subtotals, duplicates, reused receipts) run.
 * Rows with an error are not contributions: they cannot be used as they are.
 */
import { DATE_NUMBER_FORMAT, isDateNumberFormat, isMonthOnlyDateFormat, isoToSerial, parseDate, serialToIso } from "../dates";
import { attendanceMarkDays, formatLabourDays, formatMoney, groupThousands, MONEY_NUMBER_FORMAT, parseLabourDays, readAmountWords } from "../money";
import { mayHoldMoneyAndMore, readAmountPerPerson, readMoneyAndDays } from "../money/combined";
import { namesGold, namesMoneyNotDong } from "../money/foreign";
import { isPaidTick, statedFlatRate, tickAtRateSentence, tickWithoutRateSentence, type FlatRate } from "./flatRate";
import { formatScale, moneyUnitName, moneyUnitSentence, parseMoneyIn, statedMoneyUnit, type MoneyUnit, type StatedUnit } from "../money/unit";
import { cellText, isBlankCell } from "../sheet/cells";
import { columnBand } from "../sheet/bands";
import { detectHeaderRows, headerAt, isAnnotationRow, normalizeHeader, tableStart, type TableMatch } from "../sheet/headers";
import { sheetColumnLettersOf } from "../sheet/pasted";
import { amountOfCampaignYear, CONTRIBUTION_TABLE, headsDays, headsGoods, headsMoney, headsUnit, instalmentWord, isRowTotal } from "../sheet/tableSpecs";
import { mergedKey, rowsMergedDown } from "../sheet/merges";
import type { CellValue, Grid } from "../sheet/types";
import { caselessEqual, caselessHash } from "../text/caseless";
import { columnConversions, foldText, hasUntidySpaces, INVISIBLE, isAscii, toUnicode, type ColumnConversions, type ConvertedCell } from "../text";
import { channelBesideAmount, channelFromText, kindCoded, channelNamedIn, saysCancelled, saysNotReceived, saysPaidInFull, unitAfterName, workplaceNamedIn, onlyKindNamed, isAllCaps, isSectionNumber, isSignatureText, kindFromName, kindFromSection, kindFromTitle, correctionLine, type Correction, mayBeCorrection, mayHaveNameMarks, nameWithoutMarks, namesAPerson, sectionTitle, splitNumberedTitle, totalKind, type TotalKind } from "./classify";
import { parseLandArea } from "./land";
import { amountsOutOfScale, doubtfulDays } from "./plausibility";
import { RECEIPT_COMPARISON, repeatsAcrossLists, rowHash, sameDonor, sameRow, type ListedContributions } from "./repeats";
import { isMemberLine, isUnlabelledSubtotal, namesAHousehold, sumsItsMembers } from "./subtotals";
import { countHeadings, isUnitSummary, unitsCalled, type UnitTotal } from "./unitSummary";
import { mayBeChatMessage, splitNameLines, type AsideKind, type NameLines } from "./nameLines";
import { DIAGNOSTIC_CODES, type Channel, type Contribution, type Diagnostic, type DiagnosticCode, type Kind, type RowRole } from "./types";

export interface ReadOptions {
  /** The campaign's year: reads 2-digit years and fills a missing year. */
  campaignYear?: number;
  /** The campaign period, ISO dates: a date outside it is a warning. */
  period?: { from: string; to: string };
}

export interface ContributionList {
  sheet: string;
  headerRows: number[];
  /** Every row from the first to the last of the grid, by sheet row number. */
  roles: Record<number, RowRole>;
  contributions: Contribution[];
  diagnostics: Diagnostic[];
  /**
   * Where lists stand side by side, the name column (letters) of each contribution read from a
   * list right of the first; the others' is the list's own. Absent where there is none.
   */
  nameColumnOf?: ReadonlyMap<Contribution, string>;
  /** Where lists stand side by side, the data rows read in all of them: a sheet row may hold one of each. */
  dataRows?: number;
  /** A summary of results by unit (unitSummary.ts) gives no contributions: its rows, one per unit. */
  unitTotals?: UnitTotal[];
}

const FIELDS = [
  "seq", "surname", "middleName", "name", "unit", "amount", "amountInWords", "transfer", "days", "inKind", "inKindQuantity", "inKindUnit", "inKindValue",
  "land", "landSides", "landParcel", "landMapSheet", "date", "channel", "receipt", "note", "purpose", "paidMark", "pledged", "converted", "labourValue",
  "household", "cashMark", "transferMark", "payer", "kind", "amountAgain",
] as const;
type Field = (typeof FIELDS)[number];
const TEXT_FIELDS = ["name", "surname", "middleName", "unit", "inKind", "inKindQuantity", "inKindUnit", "landParcel", "landMapSheet", "note", "purpose", "receipt", "channel", "amountInWords", "household", "payer", "kind"] as const;
/** Text columns read as typed, not converted: the channel is matched on its folded words. */
const AS_TYPED_FIELDS: readonly Field[] = ["channel"];
const VALUE_FIELDS = ["amount", "transfer", "days", "inKind", "inKindValue", "land", "landSides", "converted", "labourValue", "amountAgain"] as const;
/** Columns where "nt" or 〃 repeats the cell above, as offices write under a hamlet, a date or an amount. */
const DITTO_FIELDS: readonly Field[] = ["unit", "inKind", "note", "purpose", "channel", "amount", "transfer", "days", "inKindValue", "land", "date"];

const ENCODING_LABEL: Record<string, string> = { tcvn3: "TCVN3", vni: "VNI", nfd: "Unicode tổ hợp" };


/**
 * A value cell that says nothing was given: a dash, "Chưa nộp", "Không", "Miễn (hộ nghèo)". It
 * reads as empty, as the office meant it; "chưa đo" (land not yet measured) is not among them.
 */
const NOTHING_GIVEN =
  /^\s*(?:[-–—]+|(?:chưa|chua|không|khong)(?:\s+(?:nộp|nop|đóng|dong|góp|gop|ủng hộ|ung ho|tham gia|đi|di))?|(?:miễn|mien)(?:\s+[^\d]*)?|tạm hoãn|tam hoan)\s*(?:\([^\d()]*\))?\s*$/iu;

/**
 * A value cell that says nothing was given, as text or as a 0 (shown "-" by an accounting
 * format): the row lists someone who gave nothing of it. Words typed in TCVN3 or VNI ("Ch­a
 * nép") are read once converted.
 */
function saysNothingGiven(v: CellValue): boolean {
  if (v === 0) return true;
  if (typeof v !== "string") return false;
  // Most value texts are figures ("450k"): their first character settles it.
  const first = v.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return false;
  return NOTHING_GIVEN.test(v) || (!isAscii(v) && saysNothingGivenDecoded(v));
}

/** Goods ("Xi măng 10 bao") are value texts too: each is converted once, not on every row it is on. */
const NOTHING_GIVEN_DECODED = new Map<string, boolean>();

function saysNothingGivenDecoded(v: string): boolean {
  let says = NOTHING_GIVEN_DECODED.get(v);
  if (says === undefined) {
    says = NOTHING_GIVEN.test(toUnicode(v).text);
    if (NOTHING_GIVEN_DECODED.size < MEMO_LIMIT) NOTHING_GIVEN_DECODED.set(v, says);
  }
  return says;
}

/** "nt", "-nt-", "n.t", "như trên", ", 〃, “: the cell repeats the one above. */
const DITTO_MARK = /^(?:["“”〃]+|[-–]?\s*n\.?\s?t\.?\s*[-–]?|\(\s*nt\s*\)|như trên|nhu tren)$/iu;

function isDittoMark(v: CellValue): boolean {
  if (typeof v !== "string" || v.length > 12) return false;
  // Most texts start with a letter or a digit no ditto mark starts with.
  const c = v.charCodeAt(0);
  const maybe = c === 0x22 || c === 0x201c || c === 0x201d || c === 0x3003 || c === 0x6e || c === 0x4e || c === 0x2d || c === 0x2013 || c === 0x28 || c === 0x20;
  return maybe && DITTO_MARK.test(v.trim());
}

function isNumber(v: CellValue): boolean {
  return typeof v === "number";
}

function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every(isBlankCell);
}


function hasLetters(v: CellValue): boolean {
  return typeof v === "string" && /\p{L}/u.test(v);
}

function tidy(text: string): string {
  return hasUntidySpaces(text) ? text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim() : text;
}

/** Columns as a message names them: "C–F" where they follow one another, else "C, E, G". */
function namedColumns(columns: readonly { letter: string; at: number }[]): string {
  if (columns.length === 0) return "";
  const adjoining = columns.every((c, i) => i === 0 || c.at === columns[i - 1].at + 1);
  return adjoining ? `${columns[0].letter}–${columns[columns.length - 1].letter}` : columns.map((c) => c.letter).join(", ");
}

function dmy(iso: string): string {
  return iso.split("-").reverse().join("/");
}

/** A field's column: where it sits in a row of the grid (-1: not in the list), and its letters. */
interface Column {
  at: number;
  letter: string;
  /**
   * For text columns, how each text cell from the first data row on reads; null where every text
   * cell reads as typed (or there is none).
   */
  readings: readonly (TextReading | undefined)[] | null;
  /** The number format last seen in the column, and what date it shows: the next cell's most likely. */
  lastFormat: string | undefined;
  lastDateShown: DateShown;
  /** The rows whose cell in this text column is a ditto mark ("nt", 〃): null where none is. */
  dittos: Set<number> | null;
}

/** The grid's column `at` (0-based from the grid's first), named by its sheet letters; -1 for a field the list has no column for. */
function columnOf(grid: Grid, at: number): Column {
  return { at, letter: sheetColumnLettersOf(grid, Math.max(0, at)), readings: null, lastFormat: undefined, lastDateShown: "none", dittos: null };
}

/** What a cell's number format shows of a date: none, the whole date, or its month and year only. */
type DateShown = "none" | "day" | "month";

/** How a text cell reads: as Unicode and tidy, and what changed (no finding: nothing did). */
interface TextReading {
  text: string;
  finding: Finding | null;
  /** For a name: the kind of contributor it names and its caseless hash, once worked out. */
  kind?: Kind | null;
  hash?: number;
}

/** A text cell already Unicode and tidy: it reads as typed, with no object of its own. */
const AS_TYPED: TextReading = Object.freeze({ text: "", finding: null });
/** A text cell of spaces only: it reads as empty. */
const BLANK_TEXT_READING: TextReading = Object.freeze({ text: "", finding: null });

/** A diagnostic a cell value brings wherever it is typed; the row and cell are added on report. */
interface Finding {
  code: DiagnosticCode;
  /** The message after the cell: ": " and the detail, worded once for every cell that brings it. */
  tail: string;
  fix: Diagnostic["fix"];
}

/** Its fix is frozen: every diagnostic of the finding shares it. */
function finding(code: DiagnosticCode, detail: string, fix?: Diagnostic["fix"]): Finding {
  return { code, tail: `: ${detail}`, fix: fix && Object.freeze(fix) };
}

/** What one typed value reads as: null where it cannot be read (its findings say why). */
interface CellReading<T> {
  value: T | null;
  findings: readonly Finding[];
}

const NO_FINDINGS: readonly Finding[] = [];

function failed(code: DiagnosticCode, detail: string): CellReading<never> {
  return { value: null, findings: [finding(code, detail)] };
}

/**
 * Lists repeat the same amounts, dates and day counts thousands of times: each value is read,
 * and its findings worded, once per list.
 */
const MEMO_LIMIT = 65_536;

function memo<T>(read: (v: CellValue) => CellReading<T>): (v: CellValue) => CellReading<T> {
  const seen = new Map<CellValue, CellReading<T>>();
  return (v) => {
    let r = seen.get(v);
    if (r === undefined) {
      r = read(v);
      if (seen.size < MEMO_LIMIT) seen.set(v, r);
    }
    return r;
  };
}

/**
 * A value typed in TCVN3 or VNI ("1,5 triÖu", "300 ngh×n" on a sheet in .VnTime) reads as the
 * same text in Unicode would, and its finding says it was converted first.
 */
function orDecoded<T>(read: (v: CellValue) => CellReading<T>): (v: CellValue) => CellReading<T> {
  return (raw) => {
    const r = read(raw);
    if (r.value !== null || typeof raw !== "string" || isAscii(raw)) return r;
    const unicode = toUnicode(raw);
    const label = unicode.encoding ? ENCODING_LABEL[unicode.encoding] : undefined;
    if (!unicode.changed || label === undefined) return r;
    const decoded = read(unicode.text);
    if (decoded.value === null) return r;
    const said = `: chuyển mã ${label} "${raw}", `;
    return { value: decoded.value, findings: decoded.findings.map((f) => (f.code.endsWith("-notation") ? { ...f, tail: said + f.tail.slice(2) } : f)) };
  };
}

function moneyReading(label: string, unit: MoneyUnit): (raw: CellValue) => CellReading<number> {
  return (raw) => {
    const p = parseMoneyIn(raw, unit);
    if (!p.ok && typeof raw === "string" && namesMoneyNotDong(raw)) return failed("unreadable-amount", `${label} "${tidy(raw)}" là ${notDongWord(raw)}, không phải tiền đồng: ${CONVERT_ADVICE}.`);
    if (!p.ok) return failed("unreadable-amount", `${label} "${cellText(raw)}" không đọc được: ${p.reason}.`);
    if (p.amount < 0) return failed("negative-amount", `${label} "${cellText(raw)}" là số âm; số tiền ủng hộ không thể âm.`);
    if (typeof raw !== "string") return { value: p.amount, findings: NO_FINDINGS };
    const detail = `${label}: ${p.note ?? `"${raw}" → ${formatMoney(p.amount)}`}.`;
    // Applied to the sheet, the fix keeps the column's unit.
    return { value: p.amount, findings: [finding("money-notation", detail, { value: p.amount / unit, numberFormat: MONEY_NUMBER_FORMAT })] };
  };
}

/**
 * A tick in the paid column, where it reads as no amount: the flat rate the list states per
 * household, or, where it states none, why the tick cannot be read.
 */
function orTickAtRate(read: (raw: CellValue) => CellReading<number>, rate: FlatRate | null, heading: string | null): (raw: CellValue) => CellReading<number> {
  return (raw) => {
    const r = read(raw);
    if (r.value !== null || typeof raw !== "string" || !isPaidTick(raw)) return r;
    if (rate === null || heading === null) return failed("unreadable-amount", tickWithoutRateSentence(FIGURE_WORDING.amount[1], raw));
    return { value: rate.amount, findings: [finding("flat-rate", tickAtRateSentence(raw, rate, heading))] };
  };
}

/** A row total of days read as a row total of money is: its figure, or why there is none. */
function daysAsTotal(p: ReturnType<typeof parseLabourDays>): { ok: true; amount: number } | { ok: false } {
  return p.ok ? { ok: true, amount: p.days } : { ok: false };
}

/** Gold or foreign money, as a sentence names it. */
function notDongWord(typed: string): string {
  return namesGold(typed) ? "vàng" : "ngoại tệ";
}

const CONVERT_ADVICE = "hãy quy đổi ra đồng và ghi số tiền quy đổi (để nguyên nội dung gốc ở ghi chú)";

function daysReading(raw: CellValue): CellReading<number> {
  const p = parseLabourDays(raw);
  if (!p.ok || p.days < 0) return failed("unreadable-days", `số ngày công "${cellText(raw)}" không đọc được${p.ok ? "" : `: ${p.reason}`}.`);
  if (typeof raw !== "string") return { value: p.days, findings: NO_FINDINGS };
  return { value: p.days, findings: [finding("days-notation", `ngày công "${raw}" → ${String(p.days).replace(".", ",")}.`, { value: p.days })] };
}

function markReading(raw: CellValue): CellReading<number> {
  const days = attendanceMarkDays(raw);
  if (days === null) return failed("unreadable-days", `dấu chấm công "${cellText(raw)}" không đọc được; hãy ghi "x" (một ngày), "½" (nửa ngày), hoặc "v" hay để trống (nghỉ).`);
  return { value: days, findings: NO_FINDINGS };
}

function landReading(raw: CellValue): CellReading<number> {
  const p = parseLandArea(raw);
  if (!p.ok) return failed("unreadable-land", `${p.reason}.`);
  if (typeof raw !== "string") return { value: p.area, findings: NO_FINDINGS };
  return { value: p.area, findings: [finding("land-notation", `diện tích ${p.note}.`, { value: p.area })] };
}

function dateReading(options: ReadOptions, isDateFormatted: boolean): (raw: CellValue) => CellReading<string> {
  const period = options.period;
  return (raw) => {
    const p = parseDate(raw, { campaignYear: options.campaignYear, isDateFormatted });
    // A month or a quarter without its day ("T5/2024", "Quý II") says when, if not which day:
    // the money is kept, the date left empty.
    if (!p.ok && p.code === "incomplete") {
      return { value: null, findings: [finding("date-incomplete", `ngày "${cellText(raw)}" không có ngày cụ thể; ${INCOMPLETE_DATE_ADVICE}`)] };
    }
    // A lunar date that cannot be converted still dates the gift for the office: kept, undated.
    if (!p.ok && p.code === "lunar") return { value: null, findings: [finding("lunar-date", `ngày "${cellText(raw)}" ghi theo âm lịch nhưng không đổi được ra dương lịch (${p.reason}); ${LUNAR_UNREAD_ADVICE}`)] };
    if (!p.ok) return failed("unreadable-date", `ngày "${cellText(raw)}" không đọc được: ${p.reason}.`);
    const findings: Finding[] = [];
    if (p.lunar !== undefined) {
      findings.push(finding("lunar-date", `${p.lunar}; hãy kiểm tra lại.`));
    } else if (typeof raw === "string" || !isDateFormatted) {
      // The note shows the reading and why ("7/5/24 → 07/05/2024 (năm “24” hiểu là 2024)").
      const detail = `ngày ${p.note ?? `"${cellText(raw)}" → ${dmy(p.iso)}`}.`;
      findings.push(finding("date-notation", detail, { value: p.serial, numberFormat: DATE_NUMBER_FORMAT }));
    }
    if (period && (p.iso < period.from || p.iso > period.to)) {
      findings.push(finding("date-outside-period", `ngày ${dmy(p.iso)} nằm ngoài thời gian vận động (${dmy(period.from)} – ${dmy(period.to)}).`));
    }
    return { value: p.iso, findings: findings.length ? findings : NO_FINDINGS };
  };
}

const INCOMPLETE_DATE_ADVICE = "khoản vẫn được ghi, để trống ngày: hãy ghi đủ ngày/tháng/năm.";
const LUNAR_UNREAD_ADVICE = "khoản vẫn được ghi, để trống ngày: hãy ghi ngày dương lịch (ngày/tháng/năm).";

/**
 * A real date in a cell formatted to show its month and year only ("05/2024"): the office gave
 * the month, not the day, as where "T5/2024" is typed as text.
 */
function monthShownReading(readDate: (v: CellValue) => CellReading<string>): (raw: CellValue) => CellReading<string> {
  return (raw) => {
    const read = readDate(raw);
    if (read.value === null) return read;
    const [year, month] = read.value.split("-");
    return { value: null, findings: [finding("date-incomplete", `ngày chỉ hiện tháng ${month}/${year} (ô định dạng tháng/năm), không có ngày cụ thể; ${INCOMPLETE_DATE_ADVICE}`)] };
  };
}

/** A figure typed in one column per unit ("Thôn Đông | Thôn Tây"): its columns, the figure's first, and the unit each stands for. */
interface CrossTab {
  field: "amount" | "days";
  columns: readonly Column[];
  units: readonly string[];
}

/** "Số tiền ủng hộ theo thôn", "Ngày công theo thôn": the parts under the heading are each a unit of this kind. */
const UNITS_BY = /\btheo (thon|xom|ap|ban|buon|to|khu|lang|don vi|dia ban)\b/;
/** How a unit's kind is written before its name ("Thôn Đông"); none where its name says it whole ("theo đơn vị"). */
const UNIT_WORDS: Readonly<Record<string, string>> = { thon: "Thôn", xom: "Xóm", ap: "Ấp", ban: "Bản", buon: "Buôn", to: "Tổ", khu: "Khu", lang: "Làng" };

class ListReader {
  diagnostics: Diagnostic[] = [];
  /** Errors reported so far: a row whose reading adds one is not a contribution. */
  private errors = 0;
  readonly roles: Record<number, RowRole> = {};
  readonly contributions: Contribution[] = [];
  /** Each field's column; reached by name (`this.column.amount`) on every row. */
  private readonly column = {} as Record<Field, Column>;
  private readonly valueColumns: number[];
  /** The parts of the money right of its first ("Đợt 2 | Đợt 3", "Nhà văn hóa | Kênh mương"): added into it. */
  private readonly amountParts: Column[];
  /** The row total those parts are checked against ("Tổng cộng"); null where there is none. */
  private readonly rowTotal: Column | null;
  /**
   * In a cross-tab by hamlet ("Thôn Đông | Thôn Tây" under "Số tiền ủng hộ theo thôn" or "Ngày
   * công theo thôn"), the figure typed across it, its columns (the figure's first) and the unit
   * each stands for; null where no figure's parts are units.
   */
  private readonly partUnits: CrossTab | null;
  /** The columns of a bảng chấm công marking each day worked ("x", "½", "v"), under a row of dates. */
  private readonly dayMarks: Column[];
  /** The mark columns as messages name them: "C–F". */
  private readonly dayMarksNamed: string;
  /** The days typed per member of a household ("Chủ hộ | Vợ (chồng) | Lao động khác" under "Ngày công"), right of the first: added into it. */
  private readonly daysParts: Column[];
  /** The days those parts are checked against ("Cộng ngày công"); null where there is none. */
  private readonly daysTotal: Column | null;
  /** A material per column under one heading of goods ("Cát (m3) | Đá (m3)"), each holding a quantity; empty where goods are named in one column. */
  private readonly materials: Material[];
  /** Money, days and land each in one cell of their own, as most lists type them: read without asking how else. */
  private readonly plainFigures: boolean;
  /** Where "Hủy" strikes a row off: the note, receipt and money columns the list has. */
  private readonly cancelColumns: Column[];
  /** In a list kept in thousands, where each contribution's diagnostics ended: a doubt about its unit goes there. */
  private readonly amountMarks: number[] | null;
  /** A money column of the list is kept in thousands or millions. */
  private readonly keptInUnits: boolean;
  /** The money a subtotal row sums, and the unit each is kept in: cash, instalments and transfers. */
  private readonly summed: { column: Column; unit: MoneyUnit }[];
  /**
   * In a list with gold or foreign money beside what it came to in đồng, what a subtotal row sums
   * where its figure is typed under "Quy đổi thành tiền": the đồng every row came to, and
   * transfers; null where the list has no such column.
   */
  private readonly summedConverted: { column: Column; unit: MoneyUnit }[] | null;
  private readonly firstDataRow: number;
  private readonly messagePrefix: string;
  /** The units the money columns are kept in: đồng unless the list states another. */
  private readonly units: Record<MoneyField, StatedUnit | null>;
  private readonly readAmount: (v: CellValue) => CellReading<number>;
  private readonly readTransfer: (v: CellValue) => CellReading<number>;
  private readonly readInKindValue: (v: CellValue) => CellReading<number>;
  private readonly readConverted: (v: CellValue) => CellReading<number>;
  private readonly readLabourValue: (v: CellValue) => CellReading<number>;
  /** The money's second column, in the unit its own heading states ("Số tiền (nghìn đồng)"). */
  private readonly readAmountAgain: (v: CellValue) => CellReading<number>;
  /** The amount column holds cash only ("Tiền mặt"), as where transfers have a column of their own. */
  private readonly amountIsCash: boolean;
  /** Where a name, unit, date, channel, note or purpose is merged down over rows: the row holding it. */
  private readonly mergedDown: ReadonlyMap<number, number> | null;
  /** The columns whose merged cells give every row they cover their value (not money, goods or receipts). */
  private readonly filledByMerges: ReadonlySet<Column>;
  /** The columns a name is typed in: "Họ và đệm" | "Tên" where it is split, else the name's own. */
  private readonly nameColumns: Column[];
  private readonly splitName: boolean;
  /** What the sheet's title says of every table on it: its donors, how they paid, their hamlet. */
  readonly sheetTitle: SheetTitle;
  private readonly listUnit: string;
  /** The day a section row names ("Ngày 03/6/2024") on a list with no date column: the date of the rows under it. */
  private sectionDay: string | null = null;
  private readonly listKind: Kind | null;
  private readonly listChannel: Channel | null;
  /** A table of another layout under this one (days under money): read on its own, after this one. */
  nextTable: TableMatch | null = null;
  /** The money of the tables above this one on the sheet, and of those and this one once read. */
  moneyAbove = 0;
  moneyRead = 0;
  /**
   * Other lists stand beside this one on the sheet ("ẤP 1" in A–D, "ẤP 2" in F–I): a grand total
   * may add them up with this one, so it is checked once they are read (checkTotalsBeside).
   */
  besideTables = false;
  /** The list beside this one is read as a list of its own: nothing to warn of. */
  besideRead = false;
  /** The grand totals of a list with others beside it, and the money of this list's rows above each. */
  private readonly totalsBeside: { row: number; cells: readonly CellValue[]; own: number }[] = [];
  private readonly readDays = memo(orDecoded(daysReading));
  private readonly readMark = memo(markReading);
  private readonly readLand = memo(landReading);
  private readonly readDate: (v: CellValue) => CellReading<string>;
  private readonly readDateFormatted: (v: CellValue) => CellReading<string>;
  private readonly readMonthShown: (v: CellValue) => CellReading<string>;

  constructor(
    private readonly grid: Grid,
    private readonly match: TableMatch,
    options: ReadOptions,
    title: SheetTitle | null = null,
    /** The whole sheet, where `grid` is the band of its columns this list stands in: its title states the money's unit for every list. */
    private readonly sheet: Grid = grid,
  ) {
    amountOfCampaignYear(grid, match, options.campaignYear);
    // Set first: telling money parts from columns of words reads the data rows.
    this.firstDataRow = match.firstDataRow;
    for (const field of FIELDS) {
      const c = match.columns[field]?.column;
      this.column[field] = columnOf(grid, c === undefined ? -1 : c - grid.origin.col);
    }
    this.nameColumns = [this.column.surname, this.column.middleName, this.column.name].filter((c) => c.at >= 0);
    this.splitName = this.nameColumns.length > 1;
    const money = this.figureInParts(this.column.amount, headsMoney);
    if (money.parts.length > 0) this.column.amount = money.parts[0];
    this.amountParts = money.parts.slice(1);
    this.rowTotal = money.total;
    this.dayMarks = (match.dayMarks ?? []).map((c) => columnOf(grid, c - grid.origin.col));
    this.dayMarksNamed = namedColumns(this.dayMarks);
    const days = this.figureInParts(this.column.days, headsDays);
    if (days.parts.length > 0) this.column.days = days.parts[0];
    this.daysParts = days.parts.slice(1);
    this.daysTotal = days.total;
    this.partUnits = this.crossTab("amount", this.amountParts, headsMoney) ?? this.crossTab("days", this.daysParts, headsDays);
    this.materials = this.materialsUnder(this.column.inKind);
    const inParts = [...this.amountParts, ...this.daysParts, ...this.materials.slice(1).map((m) => m.column), ...[money.total, days.total].filter((c) => c !== null)];
    this.valueColumns = [...VALUE_FIELDS.map((f) => this.column[f]), ...inParts].map((c) => c.at).filter((c) => c >= 0);
    this.plainFigures =
      this.amountParts.length === 0 && this.daysParts.length === 0 && this.dayMarks.length === 0 && this.column.amountInWords.at < 0 && this.column.converted.at < 0 && this.column.landSides.at < 0;
    this.cancelColumns = [this.column.note, this.column.receipt, this.column.amount, this.column.transfer].filter((c) => c.at >= 0);
    this.messagePrefix = `Trang "${grid.sheet}", ô `;
    const unitOf = (field: string) => statedMoneyUnit(sheet, match, field);
    this.units = { amount: unitOf("amount"), transfer: unitOf("transfer"), inKindValue: unitOf("inKindValue"), converted: unitOf("converted"), labourValue: unitOf("labourValue") };
    const amountUnit = this.units.amount?.unit ?? 1;
    this.amountMarks = amountUnit > 1 ? [] : null;
    this.keptInUnits = Object.values(this.units).some((u) => u !== null && u.unit > 1);
    this.summed = [
      ...[this.column.amount, ...this.amountParts].map((column) => ({ column, unit: amountUnit })),
      { column: this.column.transfer, unit: this.units.transfer?.unit ?? 1 },
    ].filter((s) => s.column.at >= 0);
    this.summedConverted =
      this.column.converted.at < 0 ? null : [{ column: this.column.converted, unit: this.units.converted?.unit ?? 1 }, ...this.summed.filter((s) => s.column === this.column.transfer)];
    const rate = this.column.amount.at >= 0 ? statedFlatRate(sheet, match) : null;
    this.readAmount = memo(orTickAtRate(orDecoded(moneyReading(FIGURE_WORDING.amount[1], this.units.amount?.unit ?? 1)), rate, rate && `${this.column.amount.letter}${rate.row}`));
    this.readTransfer = memo(orDecoded(moneyReading(FIGURE_WORDING.transfer[1], this.units.transfer?.unit ?? 1)));
    this.readInKindValue = memo(orDecoded(moneyReading(FIGURE_WORDING.inKindValue[1], this.units.inKindValue?.unit ?? 1)));
    this.readConverted = memo(orDecoded(moneyReading(FIGURE_WORDING.converted[1], this.units.converted?.unit ?? 1)));
    this.readLabourValue = memo(orDecoded(moneyReading(FIGURE_WORDING.labourValue[1], this.units.labourValue?.unit ?? 1)));
    this.readAmountAgain = memo(orDecoded(moneyReading(FIGURE_WORDING.amount[1], statedMoneyUnit(sheet, match, "amountAgain")?.unit ?? 1)));
    this.amountIsCash = this.column.amount.at >= 0 && (this.column.transfer.at >= 0 || normalizeHeader(match.columns.amount?.header ?? "").includes("tien mat"));
    this.sheetTitle = title ?? sheetTitleOf(grid, match);
    // A table under the first may say more by its own header ("Họ tên chủ hộ").
    this.listKind = this.sheetTitle.kind ?? listKindOf([], match);
    this.listChannel = this.sheetTitle.channel;
    this.listUnit = match.columns.unit ? "" : this.sheetTitle.unit;
    this.readDate = memo(orDecoded(dateReading(options, false)));
    this.readDateFormatted = memo(dateReading(options, true));
    this.readMonthShown = memo(monthShownReading(this.readDateFormatted));
    this.mergedDown = rowsMergedDown(grid);
    const c = this.column;
    this.filledByMerges = new Set([...this.nameColumns, c.unit, c.date, c.channel, c.note, c.purpose, c.household]);
  }

  /**
   * The row whose cell a merged area shows in this row's empty cell of a column, or -1. Money,
   * goods and receipts are not filled: one amount merged over three names is given once.
   */
  private mergedFrom(row: number, column: Column): number {
    if (this.mergedDown === null || column.at < 0 || !this.filledByMerges.has(column)) return -1;
    const from = this.mergedDown.get(mergedKey(row, column.at + this.grid.origin.col)) ?? -1;
    return from >= this.firstDataRow ? from : -1;
  }

  /** What a merged area shows in an empty cell; its words, found once in the row the area starts in, are not reported again. */
  private mergedText(row: number, column: Column): string {
    const from = this.mergedFrom(row, column);
    return from === -1 ? "" : this.text(from, this.cells(from), column, false);
  }

  /** An empty cell, with nothing merged down into it. */
  private isBlankIn(row: number, cells: readonly CellValue[], column: Column): boolean {
    return isBlankCell(ListReader.cell(cells, column.at)) && this.mergedFrom(row, column) === -1;
  }

  private cells(row: number): readonly CellValue[] {
    return this.grid.values[row - this.grid.origin.row] ?? [];
  }

  private static cell(cells: readonly CellValue[], at: number): CellValue {
    return at < 0 ? null : (cells[at] ?? null);
  }

  private readonly dateFormats = new Map<string, DateShown>();

  /** What a cell's number format shows of a date (formats repeat: each is read once). */
  private dateShown(row: number, column: Column): DateShown {
    const format = column.at < 0 ? undefined : this.grid.formats?.[row - this.grid.origin.row]?.[column.at];
    if (format === undefined) return "none";
    if (format === column.lastFormat) return column.lastDateShown;
    let known = this.dateFormats.get(format);
    if (known === undefined) {
      known = isMonthOnlyDateFormat(format) ? "month" : isDateNumberFormat(format) ? "day" : "none";
      this.dateFormats.set(format, known);
    }
    column.lastFormat = format;
    column.lastDateShown = known;
    return known;
  }

  private isDateFormatted(row: number, column: Column): boolean {
    return this.dateShown(row, column) !== "none";
  }

  /**
   * A diagnostic worded for this cell alone. Its message is joined into one flat string: it
   * outlives the pass, and a tree of concatenated pieces would cost the garbage collector more.
   */
  private report(row: number, at: Column, code: DiagnosticCode, detail: string, fix?: Diagnostic["fix"]): void {
    const cell = this.cellAt(row, at);
    this.push(row, at, cell, code, [this.messagePrefix, cell, ": ", detail].join(""), fix);
  }

  /** A finding many cells share: its tail is one string, which every message refers to. */
  private add(row: number, at: Column, code: DiagnosticCode, tail: string, fix: Diagnostic["fix"]): void {
    const cell = this.cellAt(row, at);
    this.push(row, at, cell, code, this.messagePrefix + cell + tail, fix);
  }

  /** The last reported row and its number as text: a row's diagnostics (name, amount, date) share it. */
  private reportedRow = -1;
  private reportedRowText = "";

  private cellAt(row: number, at: Column): string {
    if (this.reportedRow !== row) {
      this.reportedRow = row;
      this.reportedRowText = String(row);
    }
    return at.letter + this.reportedRowText;
  }

  /**
   * Every diagnostic has the same fields in the same order (fix undefined where there is none):
   * 100.000-row lists make hundreds of thousands, and one shape keeps them cheap.
   */
  private push(row: number, at: Column, cell: string, code: DiagnosticCode, message: string, fix: Diagnostic["fix"]): void {
    const severity = DIAGNOSTIC_CODES[code];
    if (severity === "error") this.errors++;
    this.diagnostics.push({ sheet: this.grid.sheet, cell, row, column: at.letter, severity, code, message, fix });
  }

  /** A warning worded for its cell, to be put among the diagnostics later (see reportRepeats). */
  private warning(row: number, at: Column, code: DiagnosticCode, detail: string): Diagnostic {
    const cell = at.letter + String(row);
    return { sheet: this.grid.sheet, cell, row, column: at.letter, severity: DIAGNOSTIC_CODES[code], code, message: [this.messagePrefix, cell, ": ", detail].join(""), fix: undefined };
  }

  /** Reports what reading a cell found, and gives its value. */
  private take<T>(row: number, column: Column, reading: CellReading<T>): T | null {
    for (const f of reading.findings) this.add(row, column, f.code, f.tail, f.fix);
    return reading.value;
  }

  private convertTextColumns(lastRow: number): void {
    const columns = TEXT_FIELDS.map((f) => this.column[f]).filter((c) => c.at >= 0);
    const asTyped = columns.map((c) => AS_TYPED_FIELDS.some((f) => this.column[f] === c));
    const from = this.firstDataRow - this.grid.origin.row;
    const count = Math.max(0, lastRow - this.firstDataRow + 1);
    const fonts = this.grid.fonts;
    const cells = columns.map(() => new Array<string | null>(count));
    const texts = columns.map(() => 0);
    const dittoAllowed = columns.map((c) => DITTO_FIELDS.some((f) => this.column[f] === c));
    // Row by row, every column at once: each row of the grid is visited once. A text the same as
    // the cell above (a hamlet's rows, "Tiền mặt") is kept as that cell's: later passes over the
    // column then tell the repeat by reference, without reading the text again.
    for (let i = 0; i < count; i++) {
      const values = this.grid.values[from + i];
      for (let k = 0; k < columns.length; k++) {
        const v = values?.[columns[k].at];
        if (typeof v === "string") {
          const above = i > 0 ? cells[k][i - 1] : null;
          cells[k][i] = above === v ? above : v;
          texts[k]++;
          if (dittoAllowed[k] && isDittoMark(v)) (columns[k].dittos ??= new Set()).add(this.firstDataRow + i);
        } else {
          cells[k][i] = null;
        }
      }
    }
    columns.forEach((column, k) => {
      // A column nobody wrote text in (notes, purposes) has nothing to convert or tidy.
      if (texts[k] === 0) return;
      // Fonts tell a legacy encoding; they are read only for cells a legacy reading fits.
      const fontOf = fonts ? (i: number) => fonts[from + i]?.[column.at] : undefined;
      const nameColumn = this.nameColumns.includes(column);
      const changes = asTyped[k] ? null : columnConversions(cells[k], { fontOf, nameColumn });
      column.readings = textReadings(cells[k], changes, nameColumn);
    });
  }

  /** A text cell as Unicode, tidied, with a "fixed" diagnostic where it changed. */
  private text(row: number, cells: readonly CellValue[], column: Column, report = true): string {
    if (column.dittos !== null && column.dittos.has(row)) return this.dittoText(row, cells, column, report);
    const reading = column.readings === null ? AS_TYPED : column.readings[row - this.firstDataRow];
    if (reading === undefined || reading === AS_TYPED) {
      const raw = ListReader.cell(cells, column.at);
      if (typeof raw === "string" && reading === AS_TYPED) return raw;
      if (isBlankCell(raw)) return this.mergedDown === null ? "" : this.mergedText(row, column);
      // Not a text cell: a number or a date typed in a text column reads as its digits.
      return tidy(cellText(raw));
    }
    const f = reading.finding;
    if (report && f !== null) this.add(row, column, f.code, f.tail, f.fix);
    return reading.text;
  }

  /**
   * The columns a row's figure is typed in parts across, under one heading of its own kind:
   * money in instalments ("Đợt 1 | Đợt 2 | Đợt 3", "Tháng 3 | Tháng 6") or by work ("Đường thôn
   * 3 | Nhà văn hóa"), labour days by member of a household ("Chủ hộ | Vợ (chồng) | Lao động
   * khác"), named as nothing else. They lie right of the figure's column, or left of a row total
   * ("Tổng cộng") read as the figure; such a total, typed by hand or summed by a formula that
   * skips a part typed as text ("500k"), is checked against them rather than trusted.
   */
  private figureInParts(first: Column, heads: (typed: string) => boolean): { parts: Column[]; total: Column | null } {
    const none = { parts: [], total: null };
    if (first.at < 0) return none;
    const origin = this.grid.origin.col;
    const named = new Set([...Object.values(this.match.columns).map((c) => c.column), ...(this.match.otherFunds ?? [])].map((c) => c - origin));
    const column = (at: number): Column => columnOf(this.grid, at);
    if (isRowTotal(this.ownHeader(first.at))) {
      const anchor = first.at - 1;
      const parts: Column[] = [];
      for (let at = anchor; at >= 0 && !named.has(at) && this.partOf(at, anchor, heads); at--) parts.unshift(column(at));
      return parts.length < 2 ? none : { parts, total: first };
    }
    const parts: Column[] = [];
    for (let at = first.at + 1; !named.has(at) && this.partOf(at, first.at, heads); at++) parts.push(column(at));
    const after = first.at + parts.length + 1;
    const total = parts.length > 0 && !named.has(after) && isRowTotal(this.ownHeader(after)) ? column(after) : null;
    return { parts: parts.length > 0 ? [first, ...parts] : [], total };
  }

  /** The cross-tab by unit a figure is typed across, where its parts (right of its first column) each stand for a unit. */
  private crossTab(field: "amount" | "days", parts: readonly Column[], heads: (typed: string) => boolean): CrossTab | null {
    if (parts.length === 0) return null;
    const columns = [this.column[field], ...parts];
    const units = this.unitsOfParts(columns, heads);
    return units === null ? null : { field, columns, units };
  }

  /**
   * The units a cross-tab's columns stand for: each column's own heading where each names a unit
   * ("Thôn Đông | Thôn Tây"), or where the heading over them (of the kind `heads` tells) says its
   * parts are by unit ("… theo thôn" over "Đông | Tây", read "Thôn Đông"). Null for instalments,
   * works or a household's members.
   */
  private unitsOfParts(columns: readonly Column[], heads: (typed: string) => boolean): string[] | null {
    const own = columns.map((c) => tidy(this.ownHeader(c.at).replace(/\s+/g, " ")));
    if (own.every(headsUnit)) return own;
    const group = this.headingOver(columns[0].at, heads);
    const over = group === -1 ? "" : cellText(this.cells(this.match.headerRows[this.ownHeaderIndex(columns[0].at) - 1])[group] ?? null);
    const by = UNITS_BY.exec(foldText(over).replace(/[^a-z0-9]+/g, " "));
    if (by === null) return null;
    const word = UNIT_WORDS[by[1]] ?? "";
    return own.map((h) => (word === "" || headsUnit(h) ? h : `${word} ${h}`));
  }

  /**
   * The unit of the cross-tab column holding a row's money or days. A row with a figure in two (an
   * enterprise giving to two hamlets) stays one contribution, of their sum, under the hamlet given
   * most (the first where equal), and the officer is told, to split the row where each hamlet is
   * counted apart.
   */
  private unitOfParts(row: number, cells: readonly CellValue[], { field, columns, units }: CrossTab): string {
    const read = field === "amount" ? this.readAmount : this.readDays;
    const values = columns.map((c) => {
      const raw = ListReader.cell(cells, c.at);
      return isBlankCell(raw) ? 0 : (read(raw).value ?? 0);
    });
    let best = -1;
    values.forEach((value, i) => {
      if (value > 0 && (best === -1 || value > values[best])) best = i;
    });
    const holding = values.filter((value) => value > 0).length;
    if (holding > 1) {
      const shown = (value: number) => (field === "amount" ? `${formatMoney(value)} đ` : `${formatLabourDays(value)} ngày công`);
      const given = columns.flatMap((c, i) => (values[i] > 0 ? [`${units[i]} ${shown(values[i])} (ô ${c.letter}${row})`] : []));
      const first = columns.find((c) => !isBlankCell(ListReader.cell(cells, c.at))) ?? columns[best];
      const what = field === "amount" ? "số tiền" : "số ngày công";
      this.report(row, first, "amount-in-several-units", `${what} ghi ở ${holding} cột: ${given.join(", ")}; ghi nhận một khoản là tổng, tính vào ${units[best]} (cột ghi nhiều nhất, cột đầu nếu bằng nhau); nếu mỗi nơi cần tính riêng, hãy tách thành ${holding} dòng.`);
    }
    return best === -1 ? "" : units[best];
  }

  /**
   * The materials given in a column each under one heading of goods ("Ủng hộ bằng vật liệu" over
   * "Cát (m3) | Đá (m3) | Xi măng (tấn)"): each column's own heading names the material and, in
   * brackets, the unit its quantities are counted in. Empty where the goods column holds words.
   */
  private materialsUnder(first: Column): Material[] {
    if (first.at < 0) return [];
    const found = this.figureInParts(first, headsGoods).parts;
    const columns = found.length > 0 ? found : this.headingOver(first.at, headsGoods) !== -1 ? [first] : [];
    // "Hiện vật" over "Tên | Giá trị" holds goods named in words ("20 m³ cát"), not quantities.
    const counts = columns.map((column) => this.quantitiesIn(column.at));
    if (counts.some((n) => n < 0) || !counts.some((n) => n > 0)) return [];
    return columns.map((column) => {
      const own = tidy(this.ownHeader(column.at));
      const named = MATERIAL_AND_UNIT.exec(own);
      return { column, name: named ? named[1] : own, unit: named ? named[2].trim() : "" };
    });
  }

  /** How many of a column's first data cells are bare quantities ("3", "0,5"); -1 where words outnumber them. */
  private quantitiesIn(at: number): number {
    const { figures, words } = this.sampleColumn(at, (v) => BARE_QUANTITY.test(v.trim()));
    return words > figures ? -1 : figures;
  }

  /** A column typed as a part of the figure the column `first` starts: headed as an instalment of its kind, or under its heading. */
  private partOf(at: number, first: number, heads: (typed: string) => boolean): boolean {
    const own = this.ownHeader(at);
    if (own === "") return false;
    const word = instalmentWord(this.ownHeader(first));
    if (word !== null && instalmentWord(own) === word) return true;
    const group = this.headingOver(first, heads);
    return group !== -1 && this.headingOver(at, heads) === group && this.holdsFigures(at);
  }

  /**
   * Where a heading of the kind `heads` tells stands over a column in the header row above the
   * column's own: the column it starts in (merged across, its text is in its first column only), or -1.
   */
  private headingOver(at: number, heads: (typed: string) => boolean): number {
    const rows = this.match.headerRows;
    const own = this.ownHeaderIndex(at);
    if (own < 1) return -1;
    const above = this.cells(rows[own - 1]);
    let start = at;
    while (start >= 0 && !hasLetters(above[start] ?? null)) start--;
    // A heading over columns to its right only where those have headings of their own under it.
    if (start < 0 || (start !== at && this.ownHeaderIndex(start) !== own)) return -1;
    return heads(cellText(above[start] ?? null)) ? start : -1;
  }

  /** Whether a column's first data cells hold money rather than words. */
  private holdsFigures(at: number): boolean {
    const { figures, words } = this.sampleColumn(at, (v) => /\d/.test(v));
    return figures >= words;
  }

  /**
   * The first data cells of a column (60 of them), counted as figures (numbers, and texts that
   * `isFigure` takes for one) and as words; a blank, a dash or "Không" is neither.
   */
  private sampleColumn(at: number, isFigure: (text: string) => boolean): { figures: number; words: number } {
    let figures = 0;
    let words = 0;
    const from = this.firstDataRow - this.grid.origin.row;
    for (let r = from; r < Math.min(this.grid.values.length, from + 60); r++) {
      const v = this.grid.values[r]?.[at] ?? null;
      if (typeof v === "number" || (typeof v === "string" && isFigure(v))) figures++;
      else if (typeof v === "string" && v.trim() !== "" && !saysNothingGiven(v)) words++;
    }
    return { figures, words };
  }

  /** A column's own heading: the lowest header row's words over it (a group heading is above). */
  private ownHeader(at: number): string {
    const i = this.ownHeaderIndex(at);
    return i < 0 ? "" : cellText(this.cells(this.match.headerRows[i])[at] ?? null);
  }

  /** Which header row holds a column's own heading (its index among them), or -1. */
  private ownHeaderIndex(at: number): number {
    for (let i = this.match.headerRows.length - 1; i >= 0; i--) if (hasLetters(this.cells(this.match.headerRows[i])[at] ?? null)) return i;
    return -1;
  }

  /** The row a ditto mark repeats: the nearest above whose cell is not one; -1 where there is none. */
  private dittoSource(row: number, column: Column): number {
    for (let r = row - 1; r >= this.firstDataRow; r--) {
      if (!isDittoMark(ListReader.cell(this.cells(r), column.at))) return r;
    }
    return -1;
  }

  /** A ditto mark in a text column reads as the text above it; with none there, as typed. */
  private dittoText(row: number, cells: readonly CellValue[], column: Column, report: boolean): string {
    const typed = tidy(cellText(ListReader.cell(cells, column.at)));
    const from = this.dittoSource(row, column);
    const text = from === -1 ? "" : this.text(from, this.cells(from), column, false);
    if (text === "") return typed;
    if (report) this.reportDitto(row, column, typed, from, text);
    return text;
  }

  /** Applied to the sheet, the fix copies the value above, with its number format (a date's). */
  private reportDitto(row: number, column: Column, typed: string, from: number, value: string | number): void {
    const shown = typeof value === "number" ? "" : ` → "${value}",`;
    const format = typeof value === "number" ? this.grid.formats?.[from - this.grid.origin.row]?.[column.at] : undefined;
    const fix = format === undefined || format === "General" ? { value } : { value, numberFormat: format };
    this.report(row, column, "ditto", `"${typed}" (như trên)${shown} như ô ${column.letter}${from}.`, fix);
  }

  /**
   * The row whose value cell a ditto mark's row reads: the one it repeats (the mark is reported
   * where it stands). A mark with nothing above is read as typed, and its reading says it cannot
   * be read.
   */
  private dittoRow(row: number, raw: CellValue, column: Column): number {
    const from = this.dittoSource(row, column);
    const above = from === -1 ? null : ListReader.cell(this.cells(from), column.at);
    if (above === null || typeof above === "boolean" || isBlankCell(above)) return row;
    this.reportDitto(row, column, tidy(cellText(raw)), from, above);
    return from;
  }

  private hasValues(cells: readonly CellValue[]): boolean {
    for (const at of this.valueColumns) {
      const v = cells[at] ?? null;
      if (!isBlankCell(v) && !saysNothingGiven(v)) return true;
    }
    return this.saysAmountInWordsOnly(cells);
  }

  /** The figure left blank and the amount written out in words beside it: the row gave that amount. */
  private saysAmountInWordsOnly(cells: readonly CellValue[]): boolean {
    const words = ListReader.cell(cells, this.column.amountInWords.at);
    return typeof words === "string" && words.trim() !== "" && isBlankCell(ListReader.cell(cells, this.column.amount.at));
  }

  /** The amount of a row whose figure is blank, read from its words; reported on the figure's cell, which the fix fills. */
  private amountFromWords(row: number, cells: readonly CellValue[]): number | null {
    const words = this.text(row, cells, this.column.amountInWords, false);
    const said = readAmountWords(words);
    if (said === null) {
      this.report(row, this.column.amountInWords, "unreadable-amount", `ô ${this.column.amount.letter}${row} để trống và số tiền bằng chữ "${words}" không đọc được thành số tiền.`);
      return null;
    }
    this.report(row, this.column.amount, "money-notation", `trống, số tiền lấy theo chữ ở ô ${this.column.amountInWords.letter}${row} "${words}" là ${formatMoney(said)} đ.`, { value: said });
    return said;
  }

  /**
   * A day worked marked on the row's bảng chấm công ("x", "½"): what a row of it has and a
   * footer has not. With `orUnreadable`, a mark that cannot be read counts too: the row is read,
   * and the mark reported.
   */
  private hasDayWorked(cells: readonly CellValue[], orUnreadable: boolean): boolean {
    for (const column of this.dayMarks) {
      const v = ListReader.cell(cells, column.at);
      if (isBlankCell(v)) continue;
      const days = this.readMark(v).value;
      if (days === null ? orUnreadable : days > 0) return true;
    }
    return false;
  }

  /**
   * The days marked on a row of a bảng chấm công, added up; null where a mark cannot be read
   * (reported as an error where the marks are the row's days: `report`).
   */
  private markedDays(row: number, cells: readonly CellValue[], report: boolean): number | null {
    let days: number | null = 0;
    for (const column of this.dayMarks) {
      const v = ListReader.cell(cells, column.at);
      if (isBlankCell(v)) continue;
      const reading = this.readMark(v);
      const marked = report ? this.take(row, column, reading) : reading.value;
      days = days === null || marked === null ? null : days + marked;
    }
    return days;
  }

  /**
   * A row's labour days. On a bảng chấm công they are its typed "Tổng số công", as the office
   * settled them, and the marks only check it; where there is no such column, or its cell is
   * left blank, they are the marks counted.
   */
  private daysOf(row: number, cells: readonly CellValue[]): number | null {
    if (this.dayMarks.length === 0) return this.daysParts.length > 0 ? this.daysInPartsOf(row, cells) : this.figure(row, cells, "days", this.readDays);
    const total = this.column.days;
    if (total.at < 0) return this.markedDays(row, cells, true);
    if (isBlankCell(ListReader.cell(cells, total.at))) {
      const marked = this.markedDays(row, cells, true);
      if (marked) this.report(row, total, "days-marks-mismatch", `"${this.totalHeading()}" để trống; các ngày đánh dấu ở cột ${this.dayMarksNamed} cộng lại ${formatLabourDays(marked)} ngày công, đã lấy số ấy.`);
      return marked;
    }
    const typed = this.figure(row, cells, "days", this.readDays);
    const marked = typed === null ? null : this.markedDays(row, cells, false);
    if (marked !== null && marked !== typed) {
      this.report(row, total, "days-marks-mismatch", `"${this.totalHeading()}" ghi ${formatLabourDays(typed ?? 0)} ngày công nhưng các ngày đánh dấu ở cột ${this.dayMarksNamed} cộng lại ${formatLabourDays(marked)}; hãy xem lại bảng chấm công.`);
    }
    return typed;
  }

  /** The heading of the days' column beside the marks, as messages quote it. */
  private totalHeading(): string {
    return tidy(this.ownHeader(this.column.days.at)) || "Tổng số công";
  }

  /** Days counted from the marks, where no column gives them: said once, on the heading over the marks. */
  private reportDaysFromMarks(): void {
    if (this.dayMarks.length === 0 || this.column.days.at >= 0) return;
    const first = this.dayMarks[0];
    const row = this.match.headerRows.find((r) => /\p{L}/u.test(cellText(this.cells(r)[first.at] ?? null))) ?? this.match.headerRows[0];
    const heading = tidy(cellText(this.cells(row)[first.at] ?? null));
    this.report(
      row,
      first,
      "days-from-marks",
      `không có cột tổng số ngày công: số ngày công của mỗi người là số ngày đánh dấu ở cột ${this.dayMarksNamed}${heading ? ` ("${heading}")` : ""}; "x" hoặc "1" là một ngày, "½" hoặc "0,5" là nửa ngày, "v", "-" hoặc ô trống là nghỉ.`,
    );
  }

  /** Where a column ticks what was collected ("Đã thu": x, ✓), a row without the tick gave nothing yet. */
  private isCollected(cells: readonly CellValue[]): boolean {
    if (this.column.paidMark.at < 0) return true;
    const mark = ListReader.cell(cells, this.column.paidMark.at);
    return mark === 1 || (typeof mark === "string" && PAID_MARK.test(mark.trim()));
  }

  /** A row whose name cell is a label ("Số hộ đã nộp:"), as no one's name is. */
  private isLabelLine(cells: readonly CellValue[]): boolean {
    const name = ListReader.cell(cells, this.column.name.at);
    return typeof name === "string" && name.trimEnd().endsWith(":");
  }

  /** A value cell holding a number or digits: what a contribution row has and a footer has not. */
  private hasFigures(cells: readonly CellValue[]): boolean {
    for (const at of this.valueColumns) {
      const v = cells[at];
      if (typeof v === "number" || (typeof v === "string" && this.isFigureText(v))) return true;
    }
    return false;
  }

  /** Amounts typed as text repeat ("450 nghìn"): each is looked at once. */
  private readonly figureTexts = new Map<string, boolean>();

  /** The household the row being read is a member's line of ("Hộ ông Phạm Văn Long"), said in its note; "" where none. */
  private householdNamed = "";

  private isFigureText(text: string): boolean {
    let figure = this.figureTexts.get(text);
    if (figure === undefined) {
      figure = /\d/.test(text) && !isSignatureText(text);
      if (this.figureTexts.size < MEMO_LIMIT) this.figureTexts.set(text, figure);
    }
    return figure;
  }

  read(): ContributionList {
    const lastRow = this.grid.origin.row + this.grid.values.length - 1;
    for (let r = this.grid.origin.row; r < tableStart(this.match); r++) this.roles[r] = "title";
    for (const r of this.match.headerRows) this.roles[r] = "header";
    if (this.match.unsure) {
      const r = this.match.headerRows[0];
      this.report(r, this.column.name, "header-unsure", `không chắc dòng tiêu đề và các cột; hãy xác nhận cách ghép cột một lần.`);
    }
    if (this.valueColumns.length === 0 && this.dayMarks.length === 0) {
      // Reading on would give an empty list and say nothing: the money is in a column whose heading was not understood.
      const what = `không thấy cột nào là số tiền, ngày công, hiện vật hay hiến đất, nên không đọc được khoản ủng hộ nào; hãy chọn cột "Số tiền" bằng "Sửa cách ghép cột".`;
      this.report(this.headerRowOf(this.column.name), this.column.name, "no-value-column", what);
    }
    this.reportSecondList();
    this.reportOtherFunds();
    this.reportDaysFromMarks();
    for (const field of MONEY_FIELDS) this.reportMoneyUnit(FIGURE_WORDING[field][1], this.column[field], this.units[field]);
    this.convertTextColumns(lastRow);

    let section = "";
    let sectionKind: Kind | null = null;
    let sectionUnit = "";
    let afterTotal = false;
    let signed = false;
    // Money of the rows since the last section, subtotal or total, and of all rows so far.
    let runSum = 0;
    let runRows = 0;
    let allSum = 0;
    // "Cộng A" under "Cộng I" and "Cộng II" sums those subtotals, not the rows since the last one.
    let subtotalSums = 0;
    let dataSinceSubtotal = false;
    // A group row ("1 | Chi bộ thôn Đông | 700.000" over rows 1.1, 1.2…) and the money of its rows.
    let group: { row: number; cells: readonly CellValue[] } | null = null;
    let groupSum = 0;
    // A grand total typed before any row of the list, checked once all of them are read.
    let totalOnTop: { row: number; cells: readonly CellValue[] } | null = null;
    let listStarted = false;
    // A household's row over its members' lines: the last of them, and what they take from it.
    let householdEnd = -1;
    let householdUnit = "";
    let householdName = "";

    for (let r = this.firstDataRow; r <= lastRow; r++) {
      const cells = this.cells(r);
      if (isBlankRow(cells)) {
        this.roles[r] = "blank";
        continue;
      }
      // A printed list repeats its header after each page break, and may number its columns again under it.
      const underHeader = this.roles[r - 1] === "header";
      if (this.isRepeatedHeader(cells) || (underHeader && r > this.firstDataRow && isAnnotationRow(cells))) {
        if (this.startsAnotherTable(r, cells)) break;
        this.roles[r] = "header";
        continue;
      }
      if (underHeader && this.translatesHeader(r)) {
        this.roles[r] = "header";
        continue;
      }
      if (this.opensGroup(r, cells)) {
        listStarted = true;
        this.checkGroup(group, groupSum);
        this.roles[r] = "section";
        section = sectionTitle(this.text(r, cells, this.column.name, false));
        if (!this.namesTheDay(r, section)) {
          sectionKind = kindFromSection(section, this.listKind);
          sectionUnit = section;
        }
        group = { row: r, cells };
        groupSum = 0;
        runSum = 0;
        runRows = 0;
        continue;
      }
      if (r > householdEnd) {
        const household = this.householdOver(r, cells);
        if (household !== null) {
          listStarted = true;
          this.roles[r] = "section";
          ({ end: householdEnd, unit: householdUnit, name: householdName } = household);
          if (household.sum !== null) this.checkSum(r, cells, "household", household.sum);
          continue;
        }
      }
      const total = this.totalOf(r, cells) ?? this.unlabelledSum(r, cells, runRows, runSum, !dataSinceSubtotal && subtotalSums !== 0 ? allSum : null);
      if (total) {
        this.checkGroup(group, groupSum);
        group = null;
      }
      if (total === "running") {
        // "Trang trước chuyển sang", "Lũy kế": the sum of every row so far, carried over a page.
        this.roles[r] = "subtotal";
        this.checkSum(r, cells, total, allSum);
        continue;
      }
      if (total === "total" && !listStarted) {
        // A grand total typed first, right under the header: it sums the rows below it.
        this.roles[r] = total;
        totalOnTop = { row: r, cells };
        continue;
      }
      listStarted = true;
      if (total) {
        this.roles[r] = total;
        if (total === "total") {
          // Under the last of stacked tables, the grand total may add up all of them (A + B).
          if (this.besideTables) this.totalsBeside.push({ row: r, cells, own: allSum });
          else this.checkSum(r, cells, total, allSum, allSum + this.moneyAbove);
          subtotalSums = 0;
        } else {
          const ofSubtotals = !dataSinceSubtotal && subtotalSums !== 0;
          if (ofSubtotals) this.checkSum(r, cells, total, subtotalSums, runSum);
          else this.checkSum(r, cells, total, runSum);
          subtotalSums = ofSubtotals ? 0 : subtotalSums + runSum;
        }
        dataSinceSubtotal = false;
        if (total === "total") {
          // Rows typed under the grand total belong to no section.
          afterTotal = true;
          section = "";
          sectionKind = null;
          sectionUnit = "";
          this.sectionDay = null;
        }
        runSum = 0;
        runRows = 0;
        continue;
      }
      const values = (this.hasValues(cells) || this.hasDayWorked(cells, true)) && this.isCollected(cells);
      if (!values && !afterTotal) {
        const labels = this.labelTexts(cells);
        if (this.isSectionRow(r, cells, labels)) {
          this.checkGroup(group, groupSum);
          group = null;
          this.roles[r] = "section";
          section = this.sectionTitleOf(labels);
          if (!this.namesTheDay(r, section)) {
            sectionKind = kindFromSection(section, this.listKind);
            sectionUnit = section;
          }
          runSum = 0;
          runRows = 0;
          continue;
        }
      }
      // Under the total, "Số hộ đã nộp: | 8 hộ" sums the list up in words: a label, not a donor.
      if (afterTotal && this.isLabelLine(cells)) {
        this.roles[r] = "footer";
        continue;
      }
      // Signature blocks spread titles across the value columns ("Kế toán" under Ngày công):
      // without a figure in them, such rows are the footer, not contributions. A row numbered
      // in STT under the total is a late entry all the same, read so that its faults are told.
      // Once the signatures start ("Người lập biểu"), what follows without a figure is theirs:
      // "(Đã ký)", the signers' names under their titles.
      if (!this.hasFigures(cells) && !this.hasDayWorked(cells, false) && !(afterTotal && values && this.isNumberedEntry(cells))) {
        const signature = cells.some((c) => typeof c === "string" && isSignatureText(c));
        if (afterTotal || signed || signature) {
          signed ||= signature;
          this.roles[r] = "footer";
          continue;
        }
      }
      this.roles[r] = "data";
      const read = values ? cells : this.withAmountFromNameLine(r, cells);
      if (read === null) continue;
      dataSinceSubtotal = true;
      const member = r <= householdEnd;
      this.householdNamed = member ? householdName : "";
      const c = this.readRow(r, read, section, sectionKind, member && householdUnit !== "" ? householdUnit : sectionUnit);
      // The sheet's own sums count a row that cannot be used (a negative amount) all the same.
      const amount = c ? c.amount : (this.typedSum(cells) ?? 0);
      runSum += amount;
      runRows++;
      allSum += amount;
      groupSum += amount;
      if (c) {
        this.contributions.push(c);
        if (afterTotal) this.report(r, this.column.name, "late-entry", `dòng "${c.name}" ghi sau dòng Tổng cộng: tổng chưa gồm dòng này.`);
        this.checkRepeats(c, this.contributions.length - 1);
        this.amountMarks?.push(this.diagnostics.length);
      } else {
        this.checkReceipt({ row: r, name: this.text(r, cells, this.column.name, false), receipt: this.text(r, cells, this.column.receipt, false) }, -1);
      }
    }
    this.checkGroup(group, groupSum);
    const carried = this.datesKeptByDay(lastRow);
    this.reportRepeats();
    if (carried !== null) this.reportCarriedDates(carried);
    if (totalOnTop !== null) this.checkSum(totalOnTop.row, totalOnTop.cells, "total", allSum);
    this.moneyRead = this.moneyAbove + allSum;
    return { sheet: this.grid.sheet, headerRows: this.match.headerRows, roles: this.roles, contributions: this.contributions, diagnostics: this.diagnostics };
  }

  /**
   * The list read as a summary of results by unit, where it is one (isUnitSummary): no
   * contributions, its rows kept as the units' totals, and said once on the name column's heading.
   * What was said of its rows as donors (kind, days too many for one person, a repeat) is dropped;
   * what was said of its cells (an unreadable amount, a total that does not add up) stays.
   */
  unitSummaryOf(list: ContributionList): ContributionList | null {
    // A receipt or a date of payment on each row makes it a payment received, the agency's own
    // ("Đảng ủy xã | 6 người | 2.700 | 10/5/2024 | PT 01"), whatever it counts beside it.
    if (this.column.receipt.at >= 0 || this.column.date.at >= 0) return null;
    const headings = this.headings();
    const counts = countHeadings(headings);
    // Most lists have no count column: they are told apart here, before their names are looked at.
    if (counts.length === 0) return null;
    const nameHeading = cellText(this.cells(this.headerRowOf(this.column.name))[this.column.name.at] ?? null) || (this.match.columns.name?.header ?? "");
    const names = list.contributions.slice(0, SUMMARY_NAMES_SAMPLE).map((c) => c.name);
    if (!isUnitSummary({ nameHeading, headings, names })) return null;
    const row = this.headerRowOf(this.column.name);
    const shown = [nameHeading, ...counts].map((h) => `"${h.replace(/\s+/g, " ").trim()}"`).join(", ");
    const said = this.warning(
      row,
      this.column.name,
      "unit-summary",
      `đây là bảng tổng hợp theo ${unitsCalled(nameHeading)} (${shown}), không phải danh sách người ủng hộ: không đọc thành khoản đóng góp; nếu tệp có cả danh sách chi tiết, số của từng ${unitsCalled(nameHeading)} được đối chiếu với danh sách ấy.`,
    );
    const { amount, days } = this.column;
    const unitTotals = list.contributions.map((c) => ({
      sheet: c.sheet,
      row: c.row,
      unit: c.name,
      amount: c.amount,
      days: c.days,
      amountCell: amount.at < 0 ? null : `${amount.letter}${c.row}`,
      daysCell: days.at < 0 ? null : `${days.letter}${c.row}`,
    }));
    const diagnostics = list.diagnostics.filter((d) => !DONOR_CODES.has(d.code));
    return { ...list, contributions: [], diagnostics: [said, ...diagnostics], unitTotals };
  }

  /** The table's headings but the name column's, as typed, over every header row. */
  private headings(): string[] {
    const found: string[] = [];
    const end = this.match.besideFrom === undefined ? Infinity : this.match.besideFrom - this.grid.origin.col;
    for (const r of this.match.headerRows) {
      const cells = this.cells(r);
      for (let at = 0; at < cells.length && at < end; at++) {
        const v = cells[at];
        if (at !== this.column.name.at && typeof v === "string" && v.trim() !== "") found.push(v);
      }
    }
    return found;
  }

  /**
   * A cash book kept by day: the date typed on each day's first row only, the rows under it left
   * blank until the next date, subtotal ("Cộng ngày 12/6") or section. Where the list is clearly
   * kept so (each day typed once, in order; no blank date without a dated row above it in its
   * block; and the subtotals name days, or the blank dates are as many as the typed ones), each
   * blank date takes its day's. A list dated row by row with a few dates left out is not: those
   * rows' dates are unknown, not the row above's. Returns the contributions given a date.
   */
  private datesKeptByDay(lastRow: number): CarriedDate[] | null {
    const column = this.column.date;
    if (column.at < 0 || !this.contributions.some((c) => c.date === null)) return null;
    const carried: CarriedDate[] = [];
    let day: { row: number; iso: string } | null = null;
    let last = "";
    let typed = 0;
    let daySubtotals = false;
    let k = 0;
    for (let r = this.firstDataRow; r <= lastRow; r++) {
      const role = this.roles[r];
      if (role === "section" || role === "subtotal" || role === "total" || role === "header") {
        daySubtotals ||= role === "subtotal" && this.labelTexts(this.cells(r)).some((t) => SUBTOTAL_OF_A_DAY.test(foldText(t)));
        day = null;
        continue;
      }
      if (role !== "data") continue;
      while (k < this.contributions.length && this.contributions[k].row < r) k++;
      const c = this.contributions[k]?.row === r ? this.contributions[k] : null;
      const raw = ListReader.cell(this.cells(r), column.at);
      if (isDittoMark(raw)) continue;
      if (!isBlankCell(raw) || this.mergedFrom(r, column) !== -1) {
        const iso = isBlankCell(raw) ? (c?.date ?? null) : this.readDateOf(r, raw).value;
        // A day typed twice: the list is dated row by row, and a blank date is unknown.
        if (iso === null || iso <= last) return null;
        [last, day] = [iso, { row: r, iso }];
        typed++;
      } else if (c !== null) {
        if (day === null) return null;
        carried.push({ contribution: c, from: day.row, iso: day.iso });
      }
    }
    if (carried.length === 0 || !(daySubtotals || carried.length >= typed)) return null;
    for (const { contribution, iso } of carried) contribution.date = iso;
    return carried;
  }

  /** Each date carried down, told on its blank cell with the date as its fix, among the diagnostics of its row. */
  private reportCarriedDates(carried: CarriedDate[]): void {
    const read = this.diagnostics;
    this.diagnostics = [];
    for (const { contribution, from, iso } of carried) {
      this.report(contribution.row, this.column.date, "date-carried", `ngày để trống, lấy theo ngày ${dmy(iso)} ghi ở ô ${this.column.date.letter}${from} phía trên (sổ ghi ngày một lần cho mỗi ngày).`, {
        value: isoToSerial(iso),
        numberFormat: DATE_NUMBER_FORMAT,
      });
    }
    const fixes = this.diagnostics;
    const merged: Diagnostic[] = [];
    let f = 0;
    for (const d of read) {
      while (f < fixes.length && fixes[f].row < d.row) merged.push(fixes[f++]);
      merged.push(d);
    }
    while (f < fixes.length) merged.push(fixes[f++]);
    this.diagnostics = merged;
  }

  /** A whole number in STT beside a name: how a row of the list starts, wherever it is typed. */
  private isNumberedEntry(cells: readonly CellValue[]): boolean {
    const seq = ListReader.cell(cells, this.column.seq.at);
    const numbered = typeof seq === "number" ? Number.isInteger(seq) && seq > 0 : typeof seq === "string" && ROW_NUMBER.test(seq);
    return numbered && !isBlankCell(ListReader.cell(cells, this.column.name.at));
  }

  /**
   * "1" in STT over rows numbered "1.1", "1.2" (blank rows between them aside): the row names a
   * group and, where it has figures, sums it. It is not a contribution.
   */
  private opensGroup(row: number, cells: readonly CellValue[]): boolean {
    const seq = ListReader.cell(cells, this.column.seq.at);
    const number = typeof seq === "number" ? seq : typeof seq === "string" && GROUP_NUMBER.test(seq) ? parseInt(seq, 10) : NaN;
    if (!Number.isInteger(number)) return false;
    for (let r = row + 1; r <= row + 3; r++) {
      const next = this.grid.values[r - this.grid.origin.row];
      if (next === undefined) return false;
      const nextSeq = ListReader.cell(next, this.column.seq.at);
      if (typeof nextSeq === "string") return nextSeq.trim().startsWith(`${number}.`) && MEMBER_NUMBER.test(nextSeq);
      if (!isBlankRow(next)) return false;
    }
    return false;
  }

  /** Its contributions as the check across tables and lists sees them (repeatsAcrossLists). */
  listed(): ListedContributions {
    const receipt = this.column.receipt;
    return { sheet: this.grid.sheet, contributions: this.contributions, nameColumn: this.column.name.letter, receiptColumn: receipt.at >= 0 ? receipt.letter : null };
  }

  /**
   * A table beside this one whose header repeats some of this one's headings but which does not
   * read as a list of contributions (no name, or no money, days, goods or land under its
   * header): its rows are not read, and the user is told where it starts.
   */
  private reportSecondList(): void {
    const from = this.match.besideFrom;
    if (from === undefined || this.besideRead) return;
    const at = from - this.sheet.origin.col;
    const cellsOf = (r: number) => this.sheet.values[r - this.sheet.origin.row] ?? [];
    const rows = this.match.headerRows;
    const row = rows.find((r) => typeof cellsOf(r)[at] === "string") ?? rows[rows.length - 1];
    const heading = cellText(cellsOf(row)[at] ?? null).replace(/\s+/g, " ").trim();
    this.report(
      row,
      columnOf(this.sheet, at),
      "second-list",
      `cột "${heading}" mở đầu một bảng khác đặt bên phải, không đọc được như một danh sách ủng hộ (không thấy cột họ tên cùng cột số tiền, ngày công, hiện vật hay hiến đất), nên các dòng của bảng ấy chưa được đọc; nếu đó là danh sách ủng hộ, hãy sửa dòng tiêu đề của nó hoặc chuyển nó sang một trang riêng rồi kiểm tra lại.`,
    );
  }

  /**
   * The grand totals of a list with others beside it, once all are read: a total is right where
   * it sums this list's rows (with the tables above it), or those and the lists beside
   * (`besideMoney`), as "TỔNG CỘNG HAI ẤP" under two hamlets' lists sums both.
   */
  checkTotalsBeside(besideMoney: number): void {
    for (const { row, cells, own } of this.totalsBeside) {
      const withAbove = own + this.moneyAbove;
      if (this.moneyAbove !== 0 && this.typedSum(cells, this.summedBy(cells)) === withAbove) continue;
      this.checkSum(row, cells, "total", own, withAbove + besideMoney);
    }
  }

  /** Other funds collected beside the campaign's own: said once, on the first one's heading, since none of their money is counted. */
  private reportOtherFunds(): void {
    const others = this.match.otherFunds ?? [];
    if (others.length === 0) return;
    const origin = this.grid.origin.col;
    const named = others.map((c) => `${columnOf(this.grid, c - origin).letter} "${tidy(this.ownHeader(c - origin).replace(/\s+/g, " "))}"`);
    const first = columnOf(this.grid, others[0] - origin);
    const own = this.column.amount;
    this.report(this.headerRowOf(first), first, "other-funds", `chỉ tính cột ${own.letter} "${tidy(this.ownHeader(own.at).replace(/\s+/g, " "))}" là tiền của cuộc vận động; các cột ${named.join(", ")} là quỹ khác hoặc tổng các quỹ, không tính. Dòng không có tiền ở cột ${own.letter} không phải khoản ủng hộ.`);
  }

  /** A column kept in thousands: said once, on its header, since every number in it changes. */
  private reportMoneyUnit(label: string, column: Column, stated: StatedUnit | null): void {
    if (stated === null || stated.unit === 1 || column.at < 0) return;
    const ownHeader = this.match.headerRows.includes(stated.row) && stated.column === column.at + this.grid.origin.col;
    const row = ownHeader ? stated.row : this.headerRowOf(column);
    this.report(row, column, "money-unit", moneyUnitSentence(label, stated));
  }

  /** The header row that names a column: the lowest with words in it, not a number or a unit under it. */
  private headerRowOf(column: Column): number {
    const rows = this.match.headerRows;
    for (let i = rows.length - 1; i > 0; i--) {
      const text = this.cells(rows[i])[column.at];
      if (typeof text === "string" && /\p{L}{2}/u.test(text) && !text.trim().startsWith("(")) return rows[i];
    }
    return rows[0];
  }

  /** The header's name cell, folded: a row carrying it again in the name column repeats the header. */
  private readonly nameHeader = normalizeHeader(this.match.columns.name?.header ?? "");

  /**
   * A header under the list that is not this list's header again (a page break) but another's:
   * "Số ngày công | Quy ra tiền" under a table of money. Its rows are read with its own columns.
   */
  private startsAnotherTable(row: number, cells: readonly CellValue[]): boolean {
    const headings = (v: readonly CellValue[] | undefined) => (v ?? []).map((c) => (typeof c === "string" ? normalizeHeader(c) : "")).join("|").replace(/\|+$/, "");
    const here = headings(cells);
    if (this.match.headerRows.some((h) => headings(this.cells(h)) === here)) return false;
    const next = headerAt(this.grid, CONTRIBUTION_TABLE, row - this.grid.origin.row);
    if (next === null || !next.columns.name || namesColumnsAsThis(next, this.match)) return false;
    this.nextTable = next;
    return true;
  }

  /** The header again right under itself, in other words ("No. | Full name | Amount (VND)"): its name column is this list's. */
  private translatesHeader(row: number): boolean {
    if (typeof ListReader.cell(this.cells(row), this.column.name.at) !== "string") return false;
    const again = headerAt(this.grid, CONTRIBUTION_TABLE, row - this.grid.origin.row);
    return again !== null && again.columns.name?.column === this.column.name.at + this.grid.origin.col;
  }

  /**
   * The header again (after a page break), or another table's own header under the same name
   * column ("Tên cơ quan, đơn vị" over the collectives, then "Họ và tên" over the people).
   */
  private isRepeatedHeader(cells: readonly CellValue[]): boolean {
    const name = ListReader.cell(cells, this.column.name.at);
    // Most rows stop at the length: a name is seldom as long as a name column's heading.
    if (typeof name !== "string" || this.nameHeader === "" || name.length > NAME_HEADING_LENGTH) return false;
    // A header holds no number, and most rows have one (their STT) before their name is folded.
    if (cells.some(isNumber)) return false;
    const heading = normalizeHeader(name);
    return heading === this.nameHeader || NAME_HEADINGS.has(heading) || (startsAsNameHeading(heading) && this.headsAFigure(cells));
  }

  /**
   * The money, days or date cell of a row worded as its column's heading ("Số tiền", "Ngày
   * công", "Ngày nộp"): with a name cell worded as one, the header again in other words, as a
   * thôn's block repeats it ("TT | Họ tên chủ hộ | Số tiền" under "STT | Họ và tên | Số tiền (đồng)").
   */
  private headsAFigure(cells: readonly CellValue[]): boolean {
    const amount = ListReader.cell(cells, this.column.amount.at);
    if (typeof amount === "string" && headsMoney(amount)) return true;
    const days = ListReader.cell(cells, this.column.days.at);
    if (typeof days === "string" && headsDays(days)) return true;
    const date = ListReader.cell(cells, this.column.date.at);
    return typeof date === "string" && DATE_HEADINGS.has(normalizeHeader(date));
  }

  /** The columns left of the amounts, where offices write numbering and labels. */
  private labelEnd(cells: readonly CellValue[]): number {
    const nameAt = Math.max(0, this.column.name.at);
    return Math.min(nameAt + 2, cells.length);
  }

  /** "Cộng", "Tổng cộng" in a label column: the row sums the rows above it. A numbered row is a donor. */
  private totalOf(row: number, cells: readonly CellValue[]): TotalKind {
    const seq = ListReader.cell(cells, this.column.seq.at);
    if (typeof seq === "number" || (typeof seq === "string" && ROW_NUMBER.test(seq))) return null;
    const end = this.labelEnd(cells);
    for (let c = 0; c < end; c++) {
      const v = cells[c];
      if (typeof v === "string") {
        const total = totalKind(v) ?? (c === this.column.name.at ? this.convertedTotal(row) : null);
        if (total) return total;
      }
    }
    return null;
  }

  /** "Tæng céng" in a list typed in TCVN3 is "Tổng cộng" once converted. */
  private convertedTotal(row: number): TotalKind {
    const reading = this.nameReading(row);
    return reading !== null && reading.finding?.code === "legacy-text" ? totalKind(reading.text) : null;
  }

  private labelTexts(cells: readonly CellValue[]): string[] {
    const out: string[] = [];
    const end = this.labelEnd(cells);
    for (let c = 0; c < end; c++) {
      const v = cells[c];
      if (typeof v === "string" && v.trim()) out.push(v.trim());
    }
    return out;
  }

  private isSectionRow(row: number, cells: readonly CellValue[], labels: string[]): boolean {
    if (typeof ListReader.cell(cells, this.column.seq.at) === "number") return false;
    if (labels.length === 0) return false;
    if (isSectionNumber(labels[0]) && labels.length >= 2) return true;
    // "II. Trường Tiểu học": Roman numbering marks a section whatever the case; "1." or "a)"
    // may number a person, so only a title in capitals counts.
    for (const t of labels) {
      const numbered = splitNumberedTitle(t);
      if (numbered && (isSectionNumber(numbered.number) || isAllCaps(numbered.title))) return true;
    }
    // A hamlet's heading typed in the STT column, merged across or not: "THÔN ĐỒNG XUÂN", "Xóm Chùa".
    const first = ListReader.cell(cells, 0);
    const heading = this.column.name.at > 0 && typeof first === "string" && labels[0] === first.trim() ? labels[0] : "";
    if (heading.includes(" ") && (isAllCaps(heading) || HAMLET_HEADING.test(heading))) return true;
    // "Ngày 03/6/2024" over the rows collected that day, where no column holds the date.
    if (this.column.date.at < 0 && DAY_TITLE.test(labels[0]) && this.readDate(labels[0]).value !== null) return true;
    const name = this.text(row, cells, this.column.name, false);
    return name.split(" ").length >= 2 && isAllCaps(name);
  }

  private sectionTitleOf(labels: string[]): string {
    const raw = isSectionNumber(labels[0]) && labels.length >= 2 ? labels[1] : (labels.find((t) => !isSectionNumber(t)) ?? labels[0]);
    return sectionTitle(tidy(toUnicode(raw).text));
  }

  /** The money a row's summed columns hold, a negative amount included; null where one cannot be read. */
  private typedSum(cells: readonly CellValue[], summed: readonly { column: Column; unit: MoneyUnit }[] = this.summed): number | null {
    let sum = 0;
    for (const { column, unit } of summed) {
      const raw = ListReader.cell(cells, column.at);
      if (isBlankCell(raw)) continue;
      const p = parseMoneyIn(raw, unit);
      if (!p.ok) return null;
      sum += p.amount;
    }
    return sum;
  }

  /**
   * The columns a subtotal row adds up: "Quy đổi thành tiền" where it has a figure there, since
   * the money column's own sum skips the gold and foreign money typed in it ("1 chỉ vàng",
   * "100 USD") and only the đồng they came to is the list's money; else the money columns.
   */
  private summedBy(cells: readonly CellValue[]): readonly { column: Column; unit: MoneyUnit }[] {
    if (this.summedConverted === null) return this.summed;
    const figure = ListReader.cell(cells, this.column.converted.at);
    return typeof figure === "number" || (typeof figure === "string" && /\d/.test(figure)) ? this.summedConverted : this.summed;
  }

  /**
   * A household's row over its members' lines, each typed under it with a mark and no STT
   * ("- Phạm Văn Hưng | Con trai | 1.000.000"), where it sums them (sumsItsMembers): not a
   * contribution, its members are; they take its unit where they have none, and its name in
   * their note. `sum` is the members' money, null where one's cannot be read.
   */
  private householdOver(row: number, cells: readonly CellValue[]): { end: number; unit: string; name: string; sum: number | null } | null {
    const nameAt = this.column.name.at;
    const next = this.grid.values[row + 1 - this.grid.origin.row];
    // Most rows have no marked line under them: the next name's first character settles it.
    if (nameAt < 0 || this.splitName || next === undefined || !this.isMemberRow(next)) return null;
    const nameCell = ListReader.cell(cells, nameAt);
    if (typeof nameCell !== "string" || isMemberLine(nameCell.trimStart())) return null;
    const name = this.text(row, cells, this.column.name, false);
    const named = namesAHousehold(name);
    if (!named && this.column.seq.at >= 0 && !this.isNumberedEntry(cells)) return null;
    const figure = this.summed.every((s) => isBlankCell(ListReader.cell(cells, s.column.at))) ? null : this.typedSum(cells);
    if (figure === null && this.hasFigures(cells)) return null;
    const members: (number | null)[] = [];
    let end = row;
    while (this.isMemberRow(this.cells(end + 1))) members.push(this.typedSum(this.cells(++end)));
    if (!sumsItsMembers(figure, members, named)) return null;
    const sum = members.includes(null) ? null : members.reduce<number>((a, m) => a + (m ?? 0), 0);
    return { end, unit: this.text(row, cells, this.column.unit, false), name, sum };
  }

  /** A member's line: a marked name ("- Phạm Văn Hưng") and no STT. */
  private isMemberRow(cells: readonly CellValue[]): boolean {
    const name = ListReader.cell(cells, this.column.name.at);
    return typeof name === "string" && isMemberLine(name) && isBlankCell(ListReader.cell(cells, this.column.seq.at));
  }

  /**
   * A figure with neither name nor number under rows it adds up (isUnlabelledSubtotal): the
   * group's subtotal; or, right under subtotals, one that adds up the whole list (`all`, null
   * elsewhere) is its grand total. Any other such row is a donor without a name.
   */
  private unlabelledSum(row: number, cells: readonly CellValue[], rowsSince: number, sumSince: number, all: number | null): TotalKind {
    if (!isBlankCell(ListReader.cell(cells, this.column.seq.at)) || !this.isBlankIn(row, cells, this.column.name)) return null;
    if (this.splitName && !this.nameColumns.every((c) => this.isBlankIn(row, cells, c))) return null;
    const figure = this.typedSum(cells);
    if (figure === null || figure === 0) return null;
    if (isUnlabelledSubtotal(figure, rowsSince, sumSince)) return "subtotal";
    return figure === all ? "total" : null;
  }

  /** A group row ("1" over "1.1", "1.2"), where one is open, against the money of its rows. */
  private checkGroup(group: { row: number; cells: readonly CellValue[] } | null, sum: number): void {
    if (group !== null) this.checkSum(group.row, group.cells, "group", sum);
  }

  /** A subtotal or total against what it sums, or else may sum (the first is the one a mismatch names). */
  private checkSum(row: number, cells: readonly CellValue[], kind: keyof typeof SUM_WORDING, expected: number, orElse = expected): void {
    const summed = this.summedBy(cells);
    const typed = summed.find((s) => !isBlankCell(ListReader.cell(cells, s.column.at)));
    if (typed === undefined) return;
    const sum = this.typedSum(cells, summed);
    if (sum === null || sum === expected || sum === orElse) return;
    // Of the two sums the figure may stand for, the nearer is the one it missed.
    const nearerElse = Math.abs(sum - orElse) < Math.abs(sum - expected);
    if (nearerElse) expected = orElse;
    const [what, rows] = SUM_WORDING[nearerElse && kind === "total" && this.besideTables ? "beside" : kind];
    this.report(
      row,
      typed.column,
      kind === "total" ? "total-mismatch" : "subtotal-mismatch",
      `${what} ghi ${formatMoney(sum)} đ nhưng các dòng ${rows} cộng lại ${formatMoney(expected)} đ (chênh ${formatMoney(sum - expected)} đ).`,
    );
  }

  /** A value cell read through its memo: 0 when blank, null (reported) when it cannot be read. */
  private figure(row: number, cells: readonly CellValue[], field: keyof typeof FIGURE_WORDING, read: (v: CellValue) => CellReading<number>): number | null {
    return this.figureIn(row, cells, this.column[field], field, read);
  }

  /** The cash of a row, however the list types it: one cell, parts, words only, or a figure converted from gold or foreign money. */
  private cashOfRow(row: number, cells: readonly CellValue[]): number | null {
    if (this.amountParts.length > 0) return this.cashOf(row, cells);
    if (this.column.amountInWords.at >= 0 && this.saysAmountInWordsOnly(cells)) return this.amountFromWords(row, cells);
    if (this.column.converted.at >= 0) return this.convertedCashOf(row, cells);
    return this.figure(row, cells, "amount", this.readAmount);
  }

  /** The cash of a row: its amount cell and the parts beside it, each cell read and reported, and checked against the row total. */
  private cashOf(row: number, cells: readonly CellValue[]): number | null {
    return this.sumOfParts(row, cells, "amount", this.readAmount, this.amountParts, this.rowTotal);
  }

  /** The days of a row typed per member of the household, added up and checked against "Cộng ngày công". */
  private daysInPartsOf(row: number, cells: readonly CellValue[]): number | null {
    return this.sumOfParts(row, cells, "days", this.readDays, this.daysParts, this.daysTotal);
  }

  private sumOfParts(row: number, cells: readonly CellValue[], field: "amount" | "days", read: (v: CellValue) => CellReading<number>, parts: Column[], total: Column | null): number | null {
    let sum = this.figure(row, cells, field, read);
    for (const part of parts) {
      const given = this.figureIn(row, cells, part, field, read);
      sum = sum === null || given === null ? null : sum + given;
    }
    // Halves of days added up as binary fractions: 0,1 + 0,2 is 0,3.
    if (sum !== null && field === "days") sum = Math.round(sum * 1000) / 1000;
    return sum === null || total === null ? sum : this.checkRowTotal(row, cells, field, [this.column[field], ...parts], total, sum);
  }

  /**
   * The row total against its parts: where they differ, the parts are the figure (a SUM skips a
   * part typed as text, "Cộng ngày công" typed by hand), and the officer is told. A total typed
   * with no part beside it is the figure, undivided.
   */
  private checkRowTotal(row: number, cells: readonly CellValue[], field: "amount" | "days", columns: Column[], total: Column, parts: number): number {
    const raw = ListReader.cell(cells, total.at);
    if (isBlankCell(raw) || saysNothingGiven(raw)) return parts;
    const typed = field === "amount" ? parseMoneyIn(raw, this.units.amount?.unit ?? 1) : daysAsTotal(parseLabourDays(raw));
    if (!typed.ok || typed.amount === parts) return parts;
    if (parts === 0 && typed.amount > 0) return typed.amount;
    const asText = columns.map((c) => ListReader.cell(cells, c.at)).find((v): v is string => typeof v === "string" && !isBlankCell(v) && !saysNothingGiven(v));
    const why = asText === undefined ? "" : ` (công thức SUM không cộng ô ghi bằng chữ như "${asText}")`;
    const heading = tidy(this.ownHeader(total.at).replace(/\s+/g, " "));
    const [shown, sum] = field === "amount" ? [`${formatMoney(typed.amount)} đ`, `${formatMoney(parts)} đ`] : [`${formatLabourDays(typed.amount)} ngày công`, `${formatLabourDays(parts)} ngày công`];
    const what = field === "amount" ? "số tiền" : "số ngày công";
    this.report(row, total, "row-total-mismatch", `cột "${heading}" ghi ${shown} nhưng các cột ${columns.map((c) => c.letter).join(", ")} cộng lại ${sum}${why}; ${what} ghi nhận là ${sum}, hãy xem lại.`);
    return parts;
  }

  private figureIn(row: number, cells: readonly CellValue[], column: Column, field: keyof typeof FIGURE_WORDING, read: (v: CellValue) => CellReading<number>): number | null {
    let raw = ListReader.cell(cells, column.at);
    let from = row;
    if (isDittoMark(raw)) {
      from = this.dittoRow(row, raw, column);
      raw = ListReader.cell(this.cells(from), column.at);
    }
    if (isBlankCell(raw) || saysNothingGiven(raw)) return 0;
    if (typeof raw === "number") {
      if (raw >= MISTYPED_DATES.from && raw <= MISTYPED_DATES.to && this.isDateFormatted(from, column)) {
        // Excel takes "1/2" (half a day) or "3/4" typed in a cell for a date, and keeps its serial.
        const [code, label] = FIGURE_WORDING[field];
        this.report(row, column, code, `${label} là ngày ${dmy(serialToIso(raw))}, không phải một con số: Excel đã đổi số vừa gõ (như "1/2") thành ngày. Hãy đặt ô về định dạng số rồi gõ lại (nửa ngày là 0,5).`);
        return null;
      }
      if (this.keptInUnits && field !== "days" && field !== "land" && this.shownInItsUnit(from, column, field)) return this.take(row, column, this.readShownAsDong(field)(raw));
    }
    const reading = read(raw);
    if (reading.value === null && field === "amount" && this.column.pledged.at >= 0 && typeof raw === "string" && saysPaidInFull(raw)) {
      const pledge = this.pledgeOf(from, column, raw);
      if (pledge !== null) return pledge;
    }
    if (reading.value === null && (field === "amount" || field === "transfer") && typeof raw === "string" && mayHoldMoneyAndMore(raw)) {
      const money = this.moneyWithMore(row, column, field, raw);
      if (money !== null) return money;
    }
    return this.take(row, column, reading);
  }

  /** Labour days typed in a money cell of the row being read ("500k + 2 ngày công"). */
  private daysInMoneyCell = 0;

  /**
   * Money typed with labour days ("500k + 2 ngày công") or per person ("200.000 x 3 khẩu"), in a
   * cell that did not read as an amount: read as the office meant it, and told. The days are kept
   * for the row; the cell is left as it is, since no one figure holds both.
   */
  private moneyWithMore(row: number, column: Column, field: "amount" | "transfer", typed: string): number | null {
    const unit = this.units[field]?.unit ?? 1;
    const label = FIGURE_WORDING[field][1];
    const both = readMoneyAndDays(typed, unit);
    if (both !== null) {
      this.daysInMoneyCell += both.days;
      const what = `${formatMoney(both.amount)} đ và ${formatLabourDays(both.days)} ngày công`;
      this.report(row, column, "money-notation", `${label}: "${tidy(typed)}" → ${what} (tiền và ngày công ghi chung một ô; nên ghi ngày công ở cột riêng).`);
      return both.amount;
    }
    const each = readAmountPerPerson(typed, unit);
    if (each === null) return null;
    const times = `${formatMoney(each.each)} đ × ${each.count}${each.per === "" ? "" : ` ${each.per}`}`;
    this.report(row, column, "money-notation", `${label}: "${tidy(typed)}" → ${formatMoney(each.amount)} (${times}).`, { value: each.amount / unit, numberFormat: MONEY_NUMBER_FORMAT });
    return each.amount;
  }

  /** "Đủ" in the money paid: the pledge on its row, read and reported as what the cell stands for; null where the row pledges nothing readable. */
  private pledgeOf(row: number, column: Column, typed: string): number | null {
    const pledged = this.column.pledged;
    const unit = this.units.amount?.unit ?? 1;
    const p = parseMoneyIn(ListReader.cell(this.cells(row), pledged.at), unit);
    if (!p.ok || p.amount <= 0) return null;
    this.report(row, column, "money-notation", `Số tiền: "${tidy(typed)}" → ${formatMoney(p.amount)}, nộp đủ số đăng ký ở ô ${pledged.letter}${row}.`, { value: p.amount / unit, numberFormat: MONEY_NUMBER_FORMAT });
    return p.amount;
  }

  /**
   * A number in a column kept in thousands whose cell's format shows it divided ("#,##0,"): the
   * cell holds đồng, and only its display is in the column's unit.
   */
  private shownInItsUnit(row: number, column: Column, field: MoneyField): boolean {
    const unit = this.units[field]?.unit ?? 1;
    return unit > 1 && formatScale(this.grid.formats?.[row - this.grid.origin.row]?.[column.at]) >= unit;
  }

  private readonly shownAsDong = new Map<string, (v: CellValue) => CellReading<number>>();

  private readShownAsDong(field: keyof typeof FIGURE_WORDING): (v: CellValue) => CellReading<number> {
    let read = this.shownAsDong.get(field);
    if (read === undefined) this.shownAsDong.set(field, (read = memo(moneyReading(FIGURE_WORDING[field][1], 1))));
    return read;
  }

  private readRow(row: number, cells: readonly CellValue[], section: string, sectionKind: Kind | null, sectionUnit: string): Contribution | null {
    const errorsBefore = this.errors;
    const columns = this.column;
    if (this.cancelColumns.length > 0 && this.isCancelled(row, cells)) return null;
    const nameCell = ListReader.cell(cells, columns.name.at);
    if (typeof nameCell === "string" && mayBeCorrection(nameCell) && this.isDecrease(row, cells, nameCell)) return null;
    this.daysInMoneyCell = 0;
    const typedCash = this.plainFigures ? this.figure(row, cells, "amount", this.readAmount) : this.cashOfRow(row, cells);
    const cash = this.column.amountAgain.at < 0 ? typedCash : this.againstAmountAgain(row, cells, typedCash);
    const transfer = this.figure(row, cells, "transfer", this.readTransfer);
    const typedDays = (this.plainFigures ? this.figure(row, cells, "days", this.readDays) : this.daysOf(row, cells)) ?? 0;
    // Days typed with the money count where the row gives none in a column of their own.
    const days = typedDays === 0 ? this.daysInMoneyCell : typedDays;
    const inLieu = cash === 0 && transfer === 0 && days === 0 && this.column.labourValue.at >= 0 && this.errors === errorsBefore ? this.moneyInLieuOfDays(row, cells) : 0;
    const amount = cash === null || transfer === null || inLieu === null ? null : cash + transfer + inLieu;
    const inKindValue = this.figure(row, cells, "inKindValue", this.readInKindValue);
    const landArea = (this.plainFigures ? this.figure(row, cells, "land", this.readLand) : this.landOf(row, cells)) ?? 0;
    const date = this.date(row, cells) ?? this.sectionDay;
    if (this.isBlankIn(row, cells, columns.name) && (!this.splitName || this.nameColumns.every((c) => this.isBlankIn(row, cells, c)))) {
      this.report(row, columns.name, "missing-name", `dòng có số tiền, ngày công hoặc hiện vật nhưng không có tên người ủng hộ.`);
      return null;
    }
    const lines = this.nameLinesOf(row, nameCell);
    const typedName = this.splitName ? this.nameColumns.map((c) => this.text(row, cells, c)).filter((t) => t !== "").join(" ") : lines !== null ? lines.name : this.text(row, cells, columns.name);
    if (this.errors > errorsBefore) return null;
    // A "Tổng số công" of 0 gives nothing, whatever the marks beside it say (they are reported).
    if (this.dayMarks.length > 0 && days === 0 && !this.hasValues(cells)) return null;
    const below = this.splitName ? "" : this.nameContinuedBelow(row, typedName);
    // "(Con ông Hồ Văn Tư, …)" alone on the row below: a remark on the donor, kept in the note.
    const remarkBelow = below !== "" && REMARK_ALONE.test(below) ? below.slice(1, -1).trim() : "";
    const continued = remarkBelow === "" ? below : "";

    // The unit typed on the row stands; where none is, the cross-tab's column holding its figure names it.
    const unitTyped = this.text(row, cells, columns.unit) || (this.partUnits === null ? "" : this.unitOfParts(row, cells, this.partUnits)) || sectionUnit || this.listUnit;
    // Most names have neither a bracket nor a spaced dash: only those are asked for a unit.
    const moved = continued === "" && MAY_NAME_A_UNIT.test(typedName) ? this.unitTypedAfterName(row, typedName, unitTyped) : null;
    const typedWhole = moved !== null ? moved.name : continued ? `${typedName} ${continued}` : typedName;
    const name = mayBeCorrection(typedWhole) ? this.correctedName(row, typedWhole, amount ?? 0) : typedWhole;
    const unit = moved !== null ? moved.unit : unitTyped;
    // The office's own word for the row ("CBCC" under "Đối tượng") stands before what the name suggests.
    const coded = columns.kind.at < 0 ? null : kindCoded(this.text(row, cells, columns.kind));
    const named = coded ?? this.nameKind(row, name);
    let kind = named ?? sectionKind ?? this.unitKind(unit) ?? this.listKind ?? kindFromTitle(name);
    // "Ông Nguyễn Văn Hải" on a list of enterprises gave as a person, not as a company.
    if (named === null && (kind === "enterprise" || kind === "organization") && namesAPerson(name)) kind = "individual";
    if (!kind) {
      this.report(row, columns.name, "kind-unknown", `không rõ "${name}" là cán bộ, hộ gia đình, doanh nghiệp hay tổ chức; tạm xếp vào cá nhân.`);
      kind = "individual";
    }
    const doubt = days === 0 ? null : doubtfulDays(days, kind);
    if (doubt !== null) this.report(row, columns.days, "days-implausible", doubt);
    const receipt = this.text(row, cells, columns.receipt);
    const asides = lines === null ? "" : this.setAside(row, lines, ListReader.cell(cells, columns.amount.at) === lines.amount);
    const typedNote = this.noteOf(row, cells);
    const note = asides === "" && remarkBelow === "" ? typedNote : [typedNote, asides, remarkBelow].filter((t) => t !== "").join("; ");
    const channel = !amount ? null : this.channelOf(row, cells, (cash ?? 0) + (inLieu ?? 0), transfer ?? 0, receipt, note);
    if (amount && note !== "" && saysNotReceived(note)) {
      this.report(row, columns.note, "note-not-paid", `ghi chú "${note}" nói số tiền ${formatMoney(amount)} đ chưa thu hoặc đã trả lại, mà dòng vẫn ghi số tiền ấy; hãy xem lại trước khi công khai và đối chiếu.`);
    }
    const inKind = this.goodsOf(row, cells);
    if (amount !== null && columns.amountInWords.at >= 0) this.checkAmountInWords(row, cells, amount);
    if (amount !== null && amount % 1000 !== 0) this.report(row, columns.amount, "not-multiple-of-1000", `số tiền ${formatMoney(amount)} đ không tròn nghìn; hãy kiểm tra có gõ nhầm không.`);
    return {
      sheet: this.grid.sheet,
      row,
      name,
      unit,
      kind,
      channel,
      amount: amount ?? 0,
      days,
      inKindDescription: inKind,
      inKindValue: inKindValue ?? 0,
      landArea,
      date,
      receipt,
      note: moved === null || moved.role === null ? note : note === "" ? moved.role : `${note}; ${moved.role}`,
      purpose: this.text(row, cells, columns.purpose),
      section,
    };
  }

  /**
   * A cash book's correction line ("Điều chỉnh tăng: Nông Thị Hoa nộp bổ sung (PT005 ghi thiếu)"):
   * an accountant counts an increase as more money from the donor it names, a correction of an
   * earlier row rather than a new donor, and told so (a decrease is `isDecrease`'s). The name to
   * count the row under.
   */
  private correctedName(row: number, name: string, amount: number): string {
    const line = correctionLine(name);
    if (line === null) return name;
    const donor = line.donor ?? name;
    this.report(row, this.column.name, "correction-row", `dòng điều chỉnh "${name}": tính là khoản nộp thêm ${formatMoney(amount)} đ của "${donor}", không phải người ủng hộ mới; hãy đối chiếu với dòng gốc${this.correctedRow(line, donor)} và khi công khai nên gộp vào dòng ấy.`);
    return donor;
  }

  /** A decrease ("Điều chỉnh giảm (nhập trùng PT008)"), whether its figure is typed negative or not: reported, never counted. */
  private isDecrease(row: number, cells: readonly CellValue[], typed: string): boolean {
    const name = tidy(typed);
    const line = correctionLine(name);
    if (line === null || line.increase !== false) return false;
    const figure = tidy(cellText(ListReader.cell(cells, this.column.amount.at)));
    this.report(row, this.column.amount, "negative-amount", `dòng điều chỉnh giảm "${name}"${figure === "" ? "" : ` (số tiền "${figure}")`}: khoản giảm không phải khoản ủng hộ, không được tính; hãy sửa dòng gốc${this.correctedRow(line, line.donor)} thay cho dòng điều chỉnh.`);
    return true;
  }

  /** " (phiếu PT005 ở dòng 11)": the earlier row a correction names by its receipt, else by its donor; "" where none is found. */
  private correctedRow(line: Correction, donor: string | null): string {
    const byReceipt = line.receipt === null ? undefined : this.contributions.find((c) => c.receipt.toUpperCase() === line.receipt);
    if (byReceipt !== undefined) return ` (phiếu ${line.receipt} ở dòng ${byReceipt.row})`;
    const byName = donor === null ? undefined : [...this.contributions].reverse().find((c) => c.name === donor);
    return byName === undefined ? "" : ` (dòng ${byName.row})`;
  }

  /**
   * A figure in "Quy ra tiền" on a row with no labour days: money paid in lieu of the days
   * ("Nộp tiền thay ngày công"), the row's amount; told, since the column otherwise prices days.
   */
  private moneyInLieuOfDays(row: number, cells: readonly CellValue[]): number | null {
    const value = this.column.labourValue;
    const money = this.figure(row, cells, "labourValue", this.readLabourValue);
    if (money === null || money === 0) return money;
    const heading = tidy(this.ownHeader(value.at).replace(/\s+/g, " "));
    this.report(row, value, "money-in-lieu", `dòng không có ngày công mà cột "${heading}" ghi ${formatMoney(money)} đ: ghi nhận là tiền nộp thay ngày công.`);
    return money;
  }

  /**
   * The money checked against its second column ("Số tiền (nghìn đồng)" beside "Thành tiền
   * (đồng)" = D*1000): where they differ, the money column stands and the officer is told; where
   * it is blank and the other is not (the formula not copied down), the other is the money.
   * Never both: they are the same money.
   */
  private againstAmountAgain(row: number, cells: readonly CellValue[], cash: number | null): number | null {
    const { amount, amountAgain } = this.column;
    const raw = ListReader.cell(cells, amountAgain.at);
    if (cash === null || isBlankCell(raw) || saysNothingGiven(raw)) return cash;
    const again = this.readAmountAgain(raw).value;
    if (again === null || again === cash) return cash;
    const heading = tidy(this.ownHeader(amountAgain.at).replace(/\s+/g, " "));
    if (cash === 0 && isBlankCell(ListReader.cell(cells, amount.at))) {
      this.report(row, amount, "converted-amount", `trống, số tiền lấy theo ô ${amountAgain.letter}${row} ("${heading}") là ${formatMoney(again)} đ.`);
      return again;
    }
    const own = tidy(this.ownHeader(amount.at).replace(/\s+/g, " "));
    this.report(
      row,
      amountAgain,
      "amount-columns-differ",
      `cột "${heading}" ghi ${formatMoney(again)} đ nhưng ô ${amount.letter}${row} ("${own}") ghi ${formatMoney(cash)} đ; hai cột là cùng một số tiền, ghi nhận ${formatMoney(cash)} đ theo cột ${amount.letter}, hãy xem lại.`,
    );
    return cash;
  }

  /**
   * The money as given, beside what it came to in đồng ("Số tiền / hiện vật" | "Quy đổi thành
   * tiền"): đồng is read as typed; foreign money and gold ("100 USD", "1 chỉ vàng 24K") count at
   * the figure converted, told with both cells and no fix, since the sheet keeps what was given.
   * Not yet converted, they cannot be counted, and the row says where to type the figure.
   */
  private convertedCashOf(row: number, cells: readonly CellValue[]): number | null {
    const { amount, converted } = this.column;
    const raw = ListReader.cell(cells, amount.at);
    const given = typeof raw === "string" && this.readAmount(raw).value === null && namesMoneyNotDong(raw);
    if (!given && !isBlankCell(raw)) return this.figure(row, cells, "amount", this.readAmount);
    const dong = this.figure(row, cells, "converted", this.readConverted);
    if (dong === null || (!given && dong === 0)) return dong;
    const heading = tidy(this.ownHeader(converted.at).replace(/\s+/g, " "));
    if (!given) {
      this.report(row, amount, "converted-amount", `trống, số tiền lấy theo ô ${converted.letter}${row} ("${heading}") là ${formatMoney(dong)} đ.`);
      return dong;
    }
    const typed = tidy(raw);
    const what = notDongWord(typed);
    if (dong === 0) {
      this.report(row, amount, "unreadable-amount", `Số tiền "${typed}" là ${what}, chưa quy ra đồng: hãy ghi số tiền quy đổi (đồng) vào ô ${converted.letter}${row} ("${heading}").`);
      return null;
    }
    this.report(row, amount, "converted-amount", `"${typed}" là ${what}, không phải tiền đồng: số tiền lấy theo ô ${converted.letter}${row} ("${heading}") là ${formatMoney(dong)} đ.`);
    return dong;
  }

  /**
   * "Hủy" in the note, receipt or amount ("Hủy - nhập trùng", "300.000 (đã hủy)"): the office
   * struck the row off, and it gives nothing; a warning says so, in case the money was kept.
   */
  private isCancelled(row: number, cells: readonly CellValue[]): boolean {
    for (const column of this.cancelColumns) {
      const text = cells[column.at];
      if (typeof text !== "string" || !saysCancelled(text)) continue;
      this.report(row, column, "cancelled-row", `dòng ghi "${tidy(text)}": đã hủy, không tính là khoản ủng hộ. Nếu vẫn thu số tiền này, hãy bỏ chữ "hủy".`);
      return true;
    }
    return false;
  }

  /** The area given; where its cell is blank, the strip's sides beside it ("40 x 1,5"). */
  private landOf(row: number, cells: readonly CellValue[]): number | null {
    const sides = this.column.landSides;
    if (sides.at < 0 || !isBlankCell(ListReader.cell(cells, this.column.land.at))) return this.figure(row, cells, "land", this.readLand);
    return this.figureIn(row, cells, sides, "land", this.readLand);
  }

  /**
   * A hamlet or workplace typed after the name ("Nguyễn Văn An (thôn 2)", "Hoàng Văn Tú - GV
   * Trường TH"): the row's unit where it has none, and left out of the name where it repeats the
   * row's own. Where the row's unit is another, the name stays as typed: which is right, only a
   * person can tell. Reported as fixed with no fix: the sheet keeps its name cell.
   */
  private unitTypedAfterName(row: number, typed: string, unit: string): { name: string; unit: string; role: string | null } | null {
    const split = unitAfterName(typed);
    if (split === null || (unit !== "" && !caselessEqual(unit, split.unit))) return null;
    const role = split.role === null ? "" : `, chức vụ "${split.role}" ghi vào ghi chú`;
    const what = unit === "" ? `đơn vị "${split.unit}" ghi sau tên được tách ra` : `đơn vị "${split.unit}" ghi lại sau tên (dòng đã có đơn vị này) được bỏ khỏi tên`;
    this.report(row, this.column.name, "unit-in-name", `"${typed}": ${what}; tên là "${split.name}"${role}.`);
    return { name: split.name, unit: unit || split.unit, role: split.role };
  }

  /** The goods given, with their quantity and unit where those have columns of their own ("Xi măng PCB40 | 100 | bao"). */
  private goodsOf(row: number, cells: readonly CellValue[]): string {
    if (this.materials.length > 0) return this.materialsOf(row, cells);
    const goods = this.text(row, cells, this.column.inKind);
    if (this.column.inKindQuantity.at < 0 && this.column.inKindUnit.at < 0) return goods;
    const quantity = this.figureText(row, cells, this.column.inKindQuantity);
    if (goods === "" && quantity === "") return "";
    const unit = this.text(row, cells, this.column.inKindUnit);
    // "Xi măng (tấn)" beside 5 is 5 tấn of cement.
    const named = unit === "" && quantity !== "" ? UNIT_IN_BRACKETS.exec(goods) : null;
    return named ? `${named[1]} ${quantity} ${named[2]}` : [goods, quantity, unit].filter((t) => t !== "").join(" ");
  }

  /**
   * The materials a row gave, one column each: "Cát 3 m3, Đá 2 m3", worded as goods with their
   * quantity beside are ("Xi măng 5 tấn"). A quantity typed with words of its own ("3 xe") keeps
   * them instead of the heading's unit.
   */
  private materialsOf(row: number, cells: readonly CellValue[]): string {
    const given: string[] = [];
    for (const { column, name, unit } of this.materials) {
      const v = ListReader.cell(cells, column.at);
      if (isBlankCell(v) || saysNothingGiven(v)) continue;
      const quantity = this.figureText(row, cells, column);
      given.push(unit !== "" && BARE_QUANTITY.test(quantity) ? `${name} ${quantity} ${unit}` : `${name} ${quantity}`);
    }
    return given.join(", ");
  }

  /**
   * The note, with the household a member's row belongs to, and the land parcel and map sheet,
   * where those have columns of their own: nothing typed is left out. The household is said
   * there, not in the name (the member's) nor the unit (the hamlet).
   */
  private noteOf(row: number, cells: readonly CellValue[]): string {
    const typed = this.text(row, cells, this.column.note);
    const household = this.column.household.at < 0 ? this.householdNamed : this.text(row, cells, this.column.household);
    const noted = household === "" ? typed : typed === "" ? household : `${household}; ${typed}`;
    const note = this.column.payer.at < 0 ? noted : this.withPayer(row, cells, noted);
    if (this.column.landParcel.at < 0 && this.column.landMapSheet.at < 0) return note;
    const parcel = this.figureText(row, cells, this.column.landParcel);
    const sheet = this.figureText(row, cells, this.column.landMapSheet);
    return [note, parcel && `thửa đất số ${parcel}`, sheet && `tờ bản đồ số ${sheet}`].filter((t) => t !== "").join("; ");
  }

  /** Who paid for the donor ("Người nộp thay: Lê Văn Hưng (con trai)"), named by the column's heading, before the note. */
  private withPayer(row: number, cells: readonly CellValue[], note: string): string {
    const payer = this.text(row, cells, this.column.payer);
    if (payer === "") return note;
    const said = `${this.payerHeading}: ${payer}`;
    return note === "" ? said : `${said}; ${note}`;
  }

  private readonly payerHeading = tidy((this.match.columns.payer?.header ?? "").replace(/\s+/g, " "));

  /** A count typed as a number reads as Vietnamese writes it ("1,5", "1.000"); text as text. */
  private figureText(row: number, cells: readonly CellValue[], column: Column): string {
    const raw = ListReader.cell(cells, column.at);
    if (typeof raw !== "number") return this.text(row, cells, column);
    return Number.isInteger(raw) ? groupThousands(String(raw)) : String(raw).replace(".", ",");
  }

  /**
   * The lines of a name cell typed with line breaks (splitNameLines); null for a name of one line.
   * Only a cell that did not read as typed (its reading tidied it) can have them.
   */
  private nameLinesOf(row: number, raw: CellValue | undefined): NameLines | null {
    if (this.splitName || typeof raw !== "string") return null;
    const reading = this.nameReading(row);
    if (reading === null || !((reading.finding?.code === "spacing" && LINE_BREAK.test(raw)) || mayBeChatMessage(raw))) return null;
    return splitNameLines(raw);
  }

  /** The note of what a name cell's later lines said, told on the name cell in place of its spacing fix. */
  private setAside(row: number, lines: NameLines, amountTaken: boolean): string {
    const kept = amountTaken ? lines.asides.filter((_, i) => i !== lines.amountAside) : lines.asides;
    const told = kept.map((a) => `"${a.text}"${ASIDE_WORDING[a.is]}`).join(", ");
    const taken = amountTaken ? `; "${lines.asides[lines.amountAside].text}" là số tiền của dòng` : "";
    const detail = told === "" ? "" : `; ${told} chuyển sang ghi chú`;
    this.report(row, this.column.name, "name-lines", `ô tên có nhiều dòng (xuống dòng trong ô): tên đọc là "${lines.name}"${taken}${detail}.`);
    return kept.map((a) => a.text).join("; ");
  }

  /**
   * A row with a name and no figure whose name cell holds the amount on a line of its own ("Lê
   * Văn Cường\n500k", the amount cell blank): its cells with that figure in the amount cell, told
   * as a warning; null where the name cell has no such line (a name with nothing given).
   */
  private withAmountFromNameLine(row: number, cells: readonly CellValue[]): readonly CellValue[] | null {
    const at = this.column.amount.at;
    const raw = ListReader.cell(cells, this.column.name.at);
    if (at < 0 || this.splitName || typeof raw !== "string" || !LINE_BREAK.test(raw) || !isBlankCell(ListReader.cell(cells, at)) || !this.isCollected(cells)) return null;
    const lines = splitNameLines(raw);
    if (lines === null || lines.amount === "") return null;
    const read = cells.slice();
    read[at] = lines.amount;
    const cell = `${this.column.name.letter}${row}`;
    this.report(row, this.column.amount, "amount-in-name", `ô số tiền để trống; số tiền "${lines.amount}" ghi ở một dòng riêng trong ô tên ${cell} được lấy làm số tiền của dòng. Hãy ghi số tiền vào cột số tiền.`);
    return read;
  }

  /**
   * A section row naming a day ("Ngày 03/6/2024", "Thứ Hai, ngày 10/6/2024") over the rows
   * collected that day, on a list with no date column: those rows take its date, told once on the
   * section row (a date outside the campaign is warned there too). The day changes only the date:
   * the unit and kind of an enclosing hamlet's section stay. False where the title names no day.
   */
  private namesTheDay(row: number, title: string): boolean {
    if (this.column.date.at >= 0 || !DAY_TITLE.test(title)) return false;
    const read = this.readDate(title);
    if (read.value === null) return false;
    this.sectionDay = read.value;
    this.report(row, this.column.name, "date-carried", `dòng mục "${title}": các dòng bên dưới lấy ngày nộp ${dmy(read.value)} (danh sách không có cột ngày).`);
    for (const f of read.findings) if (f.code === "date-outside-period") this.add(row, this.column.name, f.code, f.tail, undefined);
    return true;
  }

  /** A row's date; one merged down from a row above is read there, and reported there. */
  private date(row: number, cells: readonly CellValue[]): string | null {
    const raw = ListReader.cell(cells, this.column.date.at);
    if (isBlankCell(raw)) {
      const from = this.mergedFrom(row, this.column.date);
      if (from === -1) return null;
      const above = ListReader.cell(this.cells(from), this.column.date.at);
      return isBlankCell(above) ? null : this.readDateOf(from, above).value;
    }
    if (isDittoMark(raw)) {
      const from = this.dittoRow(row, raw, this.column.date);
      return this.take(row, this.column.date, this.readDateOf(from, ListReader.cell(this.cells(from), this.column.date.at)));
    }
    return this.take(row, this.column.date, this.readDateOf(row, raw));
  }

  private readDateOf(row: number, raw: CellValue): CellReading<string> {
    if (typeof raw !== "number") return this.readDate(raw);
    const shown = this.dateShown(row, this.column.date);
    return shown === "none" ? this.readDate(raw) : shown === "day" ? this.readDateFormatted(raw) : this.readMonthShown(raw);
  }

  /**
   * A long name wrapped onto the row below ("Công ty TNHH Xây dựng và" over "Thương mại Hoàng
   * Long"): that row holds text in the name column and nothing else, and reads as a continuation
   * (it starts in lower case or with a bracket, or the name above ends on a joining word). A name
   * alone on a row of its own, in capitals, is someone who gave nothing, not a continuation.
   * Reported as fixed on the continued row, with no fix: the sheet keeps its two rows. A remark
   * wholly in brackets is returned unreported, for the caller to keep in the note.
   */
  private nameContinuedBelow(row: number, name: string): string {
    const below = row + 1;
    const cells = this.grid.values[below - this.grid.origin.row];
    if (cells === undefined) return "";
    const at = this.column.name.at;
    // Most rows below are numbered donors: their STT settles it before the row is looked through.
    if (!isBlankCell(ListReader.cell(cells, this.column.seq.at)) || typeof cells[at] !== "string") return "";
    for (let c = 0; c < cells.length; c++) if (c !== at && !isBlankCell(cells[c] ?? null)) return "";
    const text = this.text(below, cells, this.column.name, false);
    if (text === "" || !(CONTINUATION_START.test(text) || JOINING_END.test(name))) return "";
    // A remark in brackets is no part of the name; nothing is lost, so like an address row below it is not reported.
    if (REMARK_ALONE.test(text)) return text;
    this.report(below, this.column.name, "name-continued", `tên ở dòng ${row} viết tiếp xuống dòng này: đọc là "${name} ${text}".`);
    return text;
  }

  /** "Bằng chữ" beside the figure: words that say another amount are a slip in one or the other. */
  private checkAmountInWords(row: number, cells: readonly CellValue[], amount: number): void {
    const words = this.text(row, cells, this.column.amountInWords, false);
    const said = words === "" ? null : readAmountWords(words);
    if (said === null || said === amount) return;
    this.report(row, this.column.amountInWords, "words-mismatch", `số tiền bằng chữ "${words}" là ${formatMoney(said)} đ, khác số tiền bằng số ${formatMoney(amount)} đ; hãy xem lại một trong hai.`);
  }

  /** People of a hamlet are its households; people of a school or the UBND are staff. Units repeat: each is read once. */
  private readonly unitKinds = new Map<string, Kind | null>();

  private unitKind(unit: string): Kind | null {
    let kind = this.unitKinds.get(unit);
    if (kind === undefined) {
      const named = unit === "" ? null : kindFromSection(unit, this.listKind);
      kind = named === "household" || named === "staff" ? named : null;
      if (this.unitKinds.size < MEMO_LIMIT) this.unitKinds.set(unit, kind);
    }
    return kind;
  }

  /** Where cash and transfers have columns of their own, the column tells; else Hình thức, a receipt (cash), or the title. */
  private channelOf(row: number, cells: readonly CellValue[], cash: number, transfer: number, receipt: string, note: string): Channel | null {
    if (transfer > 0 && cash > 0) {
      const both = `dòng có cả tiền mặt (${formatMoney(cash)} đ) và chuyển khoản (${formatMoney(transfer)} đ); được ghi là một khoản ${formatMoney(cash + transfer)} đ.`;
      this.report(row, this.column.transfer, "two-channels", both);
    }
    if (transfer > cash) return "transfer";
    const ticked = this.channelTicked(row, cells);
    if (ticked !== undefined) return ticked;
    if (this.amountIsCash) return "cash";
    const typed = ListReader.cell(cells, this.column.amount.at);
    // Said in the Hình thức column; else beside the amount ("CK 500.000") or in the note
    // ("Chuyển khoản Agribank"); else a receipt means cash, or the list's title says.
    return (
      channelFromText(this.text(row, cells, this.column.channel)) ??
      (typeof typed === "string" ? channelBesideAmount(typed) : null) ??
      (note === "" ? null : channelFromText(note)) ??
      (receipt ? "cash" : this.listChannel)
    );
  }

  /**
   * The channel a tick under "Tiền mặt" or "Chuyển khoản" marks; undefined where the row ticks
   * neither (the channel is then told as on any list). Both ticked: which money went which way is
   * not said, so neither is taken, with a warning.
   */
  private channelTicked(row: number, cells: readonly CellValue[]): Channel | null | undefined {
    const { cashMark, transferMark } = this.column;
    if (cashMark.at < 0 && transferMark.at < 0) return undefined;
    const cash = cashMark.at >= 0 && !isBlankCell(ListReader.cell(cells, cashMark.at));
    const transfer = transferMark.at >= 0 && !isBlankCell(ListReader.cell(cells, transferMark.at));
    if (cash && transfer) {
      this.report(row, transferMark, "two-channels", `dòng đánh dấu cả Tiền mặt (ô ${cashMark.letter}${row}) và Chuyển khoản (ô ${transferMark.letter}${row}); không rõ nộp theo hình thức nào nên để trống hình thức: hãy chỉ đánh dấu một ô.`);
      return null;
    }
    return cash ? "cash" : transfer ? "transfer" : undefined;
  }

  /** The name cell's reading, where it has one of its own (a converted or tidied name). */
  private nameReading(row: number): TextReading | null {
    const reading = this.column.name.readings?.[row - this.firstDataRow];
    return reading === undefined || reading === AS_TYPED || reading === BLANK_TEXT_READING ? null : reading;
  }

  /** A name on many rows names the same kind of contributor: its reading remembers it. */
  private nameKind(row: number, name: string): Kind | null {
    const reading = this.splitName ? null : this.nameReading(row);
    if (reading === null) return kindFromName(name);
    if (reading.kind === undefined) reading.kind = kindFromName(name);
    return reading.kind;
  }

  private nameHash(c: Contribution): number {
    const reading = this.splitName ? null : this.nameReading(c.row);
    // A name continued on the next row is not its first row's text.
    if (reading === null || reading.text !== c.name) return caselessHash(0, c.name);
    if (reading.hash === undefined) reading.hash = caselessHash(0, c.name);
    return reading.hash;
  }

  /**
   * The same row typed twice, and one receipt for two donors: each contribution is gathered as it
   * is read, and checked against those before it once the list is read (see RepeatGroups). Names
   * and units are already NFC and tidy, so the same row typed twice matches without folding.
   */
  private readonly sameRows = new RepeatGroups(this.grid.values.length);
  private readonly sameReceipts = new RepeatGroups(this.grid.values.length);
  /** The receipts of rows that cannot be used: a receipt use is one of these (-1 - place) or a contribution (its place). */
  private readonly unusableUses: ReceiptUse[] = [];

  private checkRepeats(c: Contribution, place: number): void {
    this.sameRows.add(rowHash(c, this.nameHash(c)), place, this.diagnostics.length);
    this.checkReceipt(c, place);
  }

  /** One receipt for two donors. A row that cannot be used (place -1) still used its receipt. */
  private checkReceipt(use: ReceiptUse, place: number): void {
    if (use.receipt === "" || use.name === "") return;
    const item = place >= 0 ? place : -1 - (this.unusableUses.push(use) - 1);
    this.sameReceipts.add(caselessHash(0, use.receipt, RECEIPT_COMPARISON), item, this.diagnostics.length);
  }

  private receiptUse(item: number): ReceiptUse {
    return item >= 0 ? this.contributions[item] : this.unusableUses[-1 - item];
  }

  /**
   * The warnings of rows typed twice and of receipts used for two donors, each put among the
   * diagnostics where its row's check stood: the list reads in the order of its rows, as if each
   * row had been checked as it was read.
   */
  /** In a list kept in thousands, amounts a hundred times its usual one: typed in đồng, most likely. */
  private unitDoubts(): LateWarning[] {
    const marks = this.amountMarks;
    const outOfScale = marks === null ? null : amountsOutOfScale(this.contributions.map((c) => c.amount));
    if (marks === null || outOfScale === null) return [];
    const unit = moneyUnitName(this.units.amount?.unit ?? 1);
    return outOfScale.rows.map((i) => {
      const c = this.contributions[i];
      const typed = cellText(ListReader.cell(this.cells(c.row), this.column.amount.at));
      const doubt = `số tiền "${typed}" trong cột tính bằng ${unit} thành ${formatMoney(c.amount)} đ, gấp hơn trăm lần mức thường của danh sách (${formatMoney(outOfScale.usual)} đ): có phải số này đã ghi bằng đồng? Nếu vậy hãy sửa lại theo đơn vị của cột.`;
      return { at: marks[i], row: c.row, warning: this.warning(c.row, this.column.amount, "amount-unit-doubt", doubt) };
    });
  }

  private reportRepeats(): void {
    const late = this.unitDoubts();
    for (const { item, first, mark } of this.sameRows.repeats((a, b) => sameRow(this.contributions[a], this.contributions[b]))) {
      const [c, earlier] = [this.contributions[item], this.contributions[first]];
      late.push({ at: mark, row: c.row, warning: this.warning(c.row, this.column.name, "duplicate-row", `dòng trùng hoàn toàn với dòng ${earlier.row} ("${earlier.name}"): có thể gõ hai lần.`) });
    }
    for (const { item, first, mark } of this.sameReceipts.repeats((a, b) => caselessEqual(this.receiptUse(a).receipt, this.receiptUse(b).receipt, RECEIPT_COMPARISON))) {
      const [use, other] = [this.receiptUse(item), this.receiptUse(first)];
      if (sameDonor(other.name, use.name)) continue;
      late.push({ at: mark, row: use.row, warning: this.warning(use.row, this.column.receipt, "receipt-reused", `số phiếu thu "${use.receipt}" đã dùng cho "${other.name}" ở dòng ${other.row}.`) });
    }
    if (late.length === 0) return;
    // A row's duplicate comes before its receipt, as the checks ran (the sort is stable).
    late.sort((a, b) => a.at - b.at || a.row - b.row);
    const read = this.diagnostics;
    const merged = new Array<Diagnostic>(read.length + late.length);
    let from = 0;
    late.forEach(({ at, warning }, k) => {
      for (; from < at; from++) merged[from + k] = read[from];
      merged[at + k] = warning;
    });
    for (; from < read.length; from++) merged[from + late.length] = read[from];
    this.diagnostics = merged;
  }
}

/** A blank date given the date of its day, typed on the row `from` above it. */
interface CarriedDate {
  contribution: Contribution;
  from: number;
  iso: string;
}

/** "Cộng ngày 12/6", folded: a subtotal of one day's rows. */
const SUBTOTAL_OF_A_DAY = /^cong ngay \d/;

/** A warning worded after the rows are read, and where among the diagnostics its row's stood. */
interface LateWarning {
  at: number;
  row: number;
  warning: Diagnostic;
}


/** "DANH SÁCH CÁC HỘ GIA ĐÌNH ỦNG HỘ…": who the list is of, between "danh sách" and what they gave. */
const LIST_TITLE = /^danh sach\b\s*(.*)$/;
const WHAT_THEY_GAVE = /\b(?:ung ho|dong gop|tham gia|quyen gop|nop)\b.*$/;
/** The campaign's name, folded: its "thôn" names no hamlet. */
const CAMPAIGN_NAME = /\bnong thon moi\b/g;

/** The text above the header, folded, a cell a line. */
function titleLines(grid: Grid, match: TableMatch): string[] {
  const lines: string[] = [];
  for (let row = grid.origin.row; row < tableStart(match); row++) {
    for (const cell of grid.values[row - grid.origin.row] ?? []) if (typeof cell === "string" && cell.trim()) lines.push(foldText(cell));
  }
  return lines;
}

interface SheetTitle {
  kind: Kind | null;
  channel: Channel | null;
  /** The hamlet the title names, "" where none. */
  unit: string;
}

function sheetTitleOf(grid: Grid, match: TableMatch): SheetTitle {
  const lines = titleLines(grid, match);
  const kind = listKindOf(lines, match);
  // A school's staff are the school's, whatever hamlet its name holds ("Trường TH Bản Cái").
  const unit = (kind === "staff" ? workplaceOf(grid, match) : "") || listUnitOf(grid, match);
  return { kind, channel: lines.map(channelNamedIn).find((c) => c !== null) ?? null, unit };
}

/** The school or health station a staff list's title block names (see workplaceNamedIn), "" where none. */
function workplaceOf(grid: Grid, match: TableMatch): string {
  for (let row = grid.origin.row; row < match.headerRows[0]; row++) {
    for (const cell of grid.values[row - grid.origin.row] ?? []) {
      if (typeof cell !== "string") continue;
      for (const line of cell.split("\n")) {
        const workplace = workplaceNamedIn(line);
        if (workplace !== null) return workplace;
      }
    }
  }
  return "";
}

function listKindOf(lines: readonly string[], match: TableMatch): Kind | null {
  const nameHeader = match.columns.name?.header ?? "";
  if (normalizeHeader(nameHeader).includes("chu ho")) return "household";
  for (let i = 0; i < lines.length; i++) {
    const title = LIST_TITLE.exec(lines[i]);
    if (!title) continue;
    // "DANH SÁCH" alone on its line: who follows on the next.
    const who = (title[1] || (lines[i + 1] ?? "")).replace(WHAT_THEY_GAVE, "");
    // "DANH SÁCH ỦNG HỘ XÂY DỰNG NÔNG THÔN MỚI - THÔN 4": who gave is said after what they gave.
    return onlyKindNamed(who === "" ? lines[i].replace(CAMPAIGN_NAME, "") : who);
  }
  return null;
}

/**
 * "Xóm Chùa", "THÔN ĐÔNG", "Buôn Ko Siêr", "Khu 4", "Thôn: Đồng Tâm" in a sheet's name or title;
 * typed without marks too ("THON 4"); not the "nông thôn" of the campaign's name, a "khu vực",
 * nor "liên thôn" or "các thôn", which name several.
 */
const HAMLET = /(?<!(?:nông|nong|liên|các|những|mọi|lien|cac|nhung|moi)\s)(?<!\p{L})((?:thôn|xóm|thon|xom|bản|ấp|buôn|làng|khu dân cư|khu phố|tổ dân phố|khu(?!\s+(?:vực|vuc)))(?:\s*:\s*|\s+)[^\s,;.()"“”–-][^,;.()"“”–-]*)/iu;
/** A tick saying the money was collected; "Chưa", "Miễn", "✗", "0" or nothing say it was not. */
const PAID_MARK = /^(?:[xv]|có|co|rồi|roi|đủ|du|đã\s*(?:thu|nộp|đóng)|da\s*(?:thu|nop|dong))(?:\s|$)|[✓✔☑]/iu;
/** Goods named with their unit in brackets, "Xi măng (tấn)": the name, then the unit. */
const UNIT_IN_BRACKETS = /^(.*\S)\s*\(([^()\d]{1,12})\)$/u;

/** A material's heading with its unit in brackets ("Cát (m3)", "Gạch (viên)"); not a column's number ("(5)"). */
const MATERIAL_AND_UNIT = /^(.*\S)\s*\((?!\d+\))([^()]{1,12})\)$/u;

/** A quantity with no words of its own ("3", "0,5", "5.000"): the heading's unit counts it. */
const BARE_QUANTITY = /^[\d.,\s]+$/;

/** A material given in a column of its own: "Cát" counted in "m3". */
interface Material {
  column: Column;
  name: string;
  unit: string;
}

/** A row heading a hamlet's households: its word, then its name. */
const HAMLET_HEADING = /^(?:thôn|xóm|bản|ấp|buôn|làng|khu dân cư|khu phố|tổ dân phố|tổ|khu|khối)\s+\S/iu;
/** Where the title goes on past the hamlet's name: its date and place, or what its people did. */
const AFTER_HAMLET = /\s+(?:năm|tháng|đợt|xã|phường|huyện|tỉnh|ủng hộ|đóng góp|góp|tham gia|quyên góp|hiến|nộp|làm|xây dựng|vận động|về|cho|nam|thang|dot|xa|phuong|huyen|tinh|ung ho|dong gop)(?:\s.*)?$/iu;

function listUnitOf(grid: Grid, match: TableMatch): string {
  const texts = [grid.sheet];
  for (let row = grid.origin.row; row < tableStart(match); row++) {
    const cells = (grid.values[row - grid.origin.row] ?? []).filter((cell): cell is string => typeof cell === "string");
    // A label cell and its value beside it ("Thôn:" | "Đồng Tâm") read as one line.
    texts.push(...cells, cells.join(" "));
  }
  for (const text of texts) {
    const hamlet = HAMLET.exec(text.normalize("NFC"));
    if (hamlet) return tidy(hamlet[1].replace(AFTER_HAMLET, "").replace(/\s*:\s*/, " "));
  }
  return "";
}

/**
 * The serials of 2000–2099: what Excel makes of "1/2" or "3/4" typed this century. Only numbers
 * among them have their cell's format looked at, which spares most value cells the lookup.
 */
const MISTYPED_DATES = { from: isoToSerial("2000-01-01"), to: isoToSerial("2099-12-31") };

/** The error a value cell that cannot be read gives, and how messages name its value. */
/** A bracket or a dash: where a name may go on with its hamlet or workplace ("Nguyễn Văn An (thôn 2)", "… - GV Trường TH"). */
const MAY_NAME_A_UNIT = /[(\-–]/;

/** What heads a name column, exactly: a row whose name cell says one of these is a table's header. */
const NAME_HEADINGS: ReadonlySet<string> = new Set(CONTRIBUTION_TABLE.columns.find((c) => c.field === "name")?.phrases ?? []);
const NAME_HEADING_LENGTH = 60;
const NAME_HEADING_STARTS: readonly string[] = [...NAME_HEADINGS].map((phrase) => `${phrase} `);
/** What heads a date column, exactly ("Ngày nộp"): a date typed as words ("ngày 5/6") is not one. */
const DATE_HEADINGS: ReadonlySet<string> = new Set(CONTRIBUTION_TABLE.columns.find((c) => c.field === "date")?.phrases ?? []);

/** A name cell worded as a name column's heading, with more after it ("Họ tên chủ hộ", "Tên đơn vị ủng hộ"). */
function startsAsNameHeading(heading: string): boolean {
  return NAME_HEADING_STARTS.some((start) => heading.startsWith(start));
}

/**
 * A header under the list that puts each of its fields where the list has that field: the
 * list's own header again, in other words, not another table's.
 */
function namesColumnsAsThis(next: TableMatch, list: TableMatch): boolean {
  return Object.entries(next.columns).every(([field, c]) => list.columns[field]?.column === c.column);
}

const FIGURE_WORDING = {
  amount: ["unreadable-amount", "Số tiền"],
  transfer: ["unreadable-amount", "Chuyển khoản"],
  inKindValue: ["unreadable-amount", "Giá trị hiện vật"],
  converted: ["unreadable-amount", "Số tiền quy đổi"],
  labourValue: ["unreadable-amount", "Số tiền quy ra"],
  days: ["unreadable-days", "số ngày công"],
  land: ["unreadable-land", "diện tích hiến đất"],
} as const satisfies Record<string, readonly [DiagnosticCode, string]>;

/** The columns that hold money, each in the unit its heading or the title states. */
const MONEY_FIELDS = ["amount", "transfer", "inKindValue", "converted", "labourValue"] as const;
type MoneyField = (typeof MONEY_FIELDS)[number];

/** How a name's second line starts ("chi nhánh Cẩm Giàng", "(Giám đốc Cty Hải Phát)"), and how a first line that goes on ends. */
const CONTINUATION_START = /^[\p{Ll}(]/u;
const LINE_BREAK = /[\n\r]/;
const ASIDE_WORDING: Record<AsideKind, string> = {
  personal: " (số điện thoại hoặc số giấy tờ: không để trong tên công khai)",
  address: " (địa chỉ)",
  unit: " (nơi ở hoặc nơi công tác)",
  amount: " (số tiền)",
  payment: " (cách nộp)",
  remark: "",
};
/** A section title that names a day: "Ngày …", "Thứ Hai, ngày …", "Chủ nhật, …". */
const DAY_TITLE = /^(?:ngày|thứ|chủ nhật)(?!\p{L})/iu;
/** A row's whole text in one pair of brackets: a remark ("(Con ông Hồ Văn Tư)"), not the rest of a name. */
const REMARK_ALONE = /^\([^()]*\)$/u;
const JOINING_END = /(?:\s(?:và|của|tại|thuộc|chi nhánh)|[-&,])$/iu;

/** How a mismatch names the row that sums and the rows it should sum. */
const SUM_WORDING = {
  total: ["Tổng cộng", "của danh sách"],
  subtotal: ["dòng Cộng", "của mục"],
  group: ["dòng của nhóm", "trong nhóm"],
  running: ["dòng lũy kế", "phía trên"],
  household: ["dòng của hộ", "thành viên của hộ"],
  beside: ["Tổng cộng", "của các danh sách đặt cạnh nhau trên trang"],
} as const;

/** "1", "1.": the STT of a group row; "1.2": that of a row in the group. */
const GROUP_NUMBER = /^\s*\d+\.?\s*$/;
const MEMBER_NUMBER = /^\s*\d+\.\d+\.?\s*$/;

/** "1", "12.", "3)": the STT of a donor's row. */
const ROW_NUMBER = /^\s*\d+[.)]?\s*$/;

/** Where a receipt number was written, and for whom. */
type ReceiptUse = Pick<Contribution, "row" | "name" | "receipt">;


/** An item equal to an earlier one (`first`), at its place among the items, with its mark. */
interface Repeat {
  place: number;
  item: number;
  first: number;
  mark: number;
}

/** Items are spread over 2^16 buckets by the top bits of their 30-bit hash (see caselessHash). */
const BUCKET_SHIFT = 14;
const BUCKETS = 1 << 16;

/**
 * Finds, once every item is in, the first earlier item equal to each later one. Items arrive
 * as numbers the caller gives meaning to, with their hash; a counting pass spreads them over
 * buckets by the hash's top bits, in the order they came, and only items sharing a bucket and a
 * hash are compared. Why not a hash table probed as each item arrives: for a 100.000-row list
 * the table outgrows the processor's caches and every probe waits on memory (the two checks took
 * about a seventh of the pass); here each array is read or written in order, or fits the caches.
 * Nothing here holds the items themselves, which the garbage collector would trace again.
 */
class RepeatGroups {
  private count = 0;
  private readonly hashes: Int32Array;
  private readonly items: Int32Array;
  /** For each item, a number the caller keeps with it: where its warning goes. */
  private readonly marks: Int32Array;

  constructor(capacity: number) {
    this.hashes = new Int32Array(capacity);
    this.items = new Int32Array(capacity);
    this.marks = new Int32Array(capacity);
  }

  add(hash: number, item: number, mark: number): void {
    if (this.count === this.hashes.length) throw new Error("RepeatGroups: more items than the list has rows");
    this.hashes[this.count] = hash;
    this.items[this.count] = item;
    this.marks[this.count++] = mark;
  }

  /** Each item equal to an earlier one, with the first of those and its own mark, in the order the items came. */
  repeats(equal: (a: number, b: number) => boolean): Repeat[] {
    const starts = bucketStarts(this.hashes, this.count);
    const order = bucketOrder(this.hashes, this.count, starts);
    const found: Repeat[] = [];
    const firsts = new Int32Array(largestBucket(starts));
    for (let b = 0; b < BUCKETS; b++) {
      if (starts[b + 1] - starts[b] > 1) this.repeatsIn(order, starts[b], starts[b + 1], firsts, equal, found);
    }
    return found.sort((a, b) => a.place - b.place);
  }

  /** The repeats among one bucket's places, order[from … to): the first place of each kind is kept in `firsts`, and a later one of its kind repeats it. */
  private repeatsIn(order: Int32Array, from: number, to: number, firsts: Int32Array, equal: (a: number, b: number) => boolean, found: Repeat[]): void {
    const { hashes, items } = this;
    let kinds = 0;
    for (let k = from; k < to; k++) {
      const place = order[k];
      let first = -1;
      for (let f = 0; f < kinds && first === -1; f++) {
        if (hashes[firsts[f]] === hashes[place] && equal(items[firsts[f]], items[place])) first = firsts[f];
      }
      if (first === -1) firsts[kinds++] = place;
      else found.push({ place, item: items[place], first: items[first], mark: this.marks[place] });
    }
  }
}

// Each loop of the bucketing is a function of its own: the engine compiles a long-running loop
// with the function around it, and code after the loop that has not run yet would be compiled
// blind and thrown away when reached.

/** starts[b] … starts[b + 1]: where bucket b's places lie in bucketOrder. */
function bucketStarts(hashes: Int32Array, count: number): Int32Array {
  return runningSums(bucketSizes(hashes, count));
}

/** sizes[b + 1]: how many places bucket b holds. */
function bucketSizes(hashes: Int32Array, count: number): Int32Array {
  const sizes = new Int32Array(BUCKETS + 1);
  for (let i = 0; i < count; i++) sizes[(hashes[i] >>> BUCKET_SHIFT) + 1]++;
  return sizes;
}

function runningSums(sizes: Int32Array): Int32Array {
  for (let b = 1; b < sizes.length; b++) sizes[b] += sizes[b - 1];
  return sizes;
}

/** The places 0 … count - 1 by bucket, ascending within each. */
function bucketOrder(hashes: Int32Array, count: number, starts: Int32Array): Int32Array {
  const next = starts.slice(0, BUCKETS);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[next[hashes[i] >>> BUCKET_SHIFT]++] = i;
  return order;
}

function largestBucket(starts: Int32Array): number {
  let largest = 0;
  for (let b = 0; b < BUCKETS; b++) largest = Math.max(largest, starts[b + 1] - starts[b]);
  return largest;
}

/**
 * How each cell of a text column reads, given what converting it to Unicode changed. Texts repeat
 * (a hamlet's rows together, a name on several rows): a cell like the one above reads as it
 * does, and each distinct conversion is tidied and worded once.
 */
function textReadings(cells: readonly (string | null)[], changes: ColumnConversions | null, names: boolean): (TextReading | undefined)[] | null {
  if ((changes === null || changes.conversions.length === 0) && readsAsTyped(cells, names)) return null;
  const readings = new Array<TextReading | undefined>(cells.length).fill(undefined);
  const converted = new Array<TextReading | undefined>(changes?.conversions.length ?? 0);
  for (let i = 0; i < cells.length; i++) {
    const raw = cells[i];
    if (raw === null) continue;
    const k = changes === null ? -1 : changes.at[i];
    if (i > 0 && raw === cells[i - 1] && (changes === null || k === changes.at[i - 1])) {
      readings[i] = readings[i - 1];
    } else if (isBlankCell(raw)) {
      readings[i] = BLANK_TEXT_READING;
    } else if (k !== -1) {
      const conv = (changes as ColumnConversions).conversions[k];
      readings[i] = converted[k] ??= convertedReading(raw, conv.text ?? raw, conv.encoding, names);
    } else {
      readings[i] = hasUntidySpaces(raw) || (names && mayHaveNameMarks(raw)) ? convertedReading(raw, raw, null, names) : AS_TYPED;
    }
  }
  return readings;
}

/** No text of the column needs tidying (receipt numbers, channels, most hamlets, names without marks): each reads as typed. */
function readsAsTyped(cells: readonly (string | null)[], names: boolean): boolean {
  for (let i = 0; i < cells.length; i++) {
    const raw = cells[i];
    if (raw === null || (i > 0 && raw === cells[i - 1])) continue;
    if (isBlankCell(raw) || hasUntidySpaces(raw) || (names && mayHaveNameMarks(raw))) return false;
  }
  return true;
}

/**
 * A text converted from a legacy encoding and tidied, a name without the bullets or emoji around
 * it: the finding says which encoding, or what was left out.
 */
function convertedReading(raw: string, unicode: string, encoding: ConvertedCell["encoding"], name: boolean): TextReading {
  const tidied = tidy(unicode);
  const bare = name && mayHaveNameMarks(tidied) ? nameWithoutMarks(tidied) : null;
  const text = bare ?? tidied;
  const label = encoding ? ENCODING_LABEL[encoding] : undefined;
  const found = label
    ? finding("legacy-text", `chuyển mã ${label}: "${raw}" → "${text}".`, { value: text })
    : bare !== null
      ? finding("spacing", `bỏ ký hiệu đầu dòng, biểu tượng quanh tên: "${raw}" → "${text}".`, { value: text })
      : text !== raw
        ? finding("spacing", `bỏ khoảng trắng thừa: "${raw}" → "${text}".`, { value: text })
        : null;
  return { text, finding: found, kind: undefined, hash: undefined };
}

/** How many names of a table tell whether they are units'. */
const SUMMARY_NAMES_SAMPLE = 50;

/** What is said of a row as a donor, which a unit's row of a summary is not. */
const DONOR_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(["kind-unknown", "days-implausible", "duplicate-row", "receipt-reused", "correction-row", "unit-in-name"]);

export function readContributionList(grid: Grid, match: TableMatch, options: ReadOptions = {}): ContributionList {
  if (match.besideFrom !== undefined) return readListsSideBySide(grid, match, options);
  const { list, readers } = readStacked(grid, match, options, null, grid);
  return withRepeatsAcrossTables(list, readers);
}

/** A sheet of several tables (stacked, or side by side): a row typed in two of them, a receipt used in two. */
function withRepeatsAcrossTables(list: ContributionList, readers: readonly ListReader[]): ContributionList {
  if (readers.length < 2 || list.unitTotals !== undefined) return list;
  const repeats = repeatsAcrossLists(readers.map((r) => r.listed()));
  return repeats.length === 0 ? list : { ...list, diagnostics: [...list.diagnostics, ...repeats] };
}

/**
 * Tables one under another (money, then days, then goods): each read with its own columns, under
 * the one title; the rows of each are its own. Returns the list and the readers, whose grand
 * totals may still be checked against lists beside them.
 */
function readStacked(
  grid: Grid,
  match: TableMatch,
  options: ReadOptions,
  title: SheetTitle | null,
  sheet: Grid,
  beside: { tables: boolean; read: boolean } = { tables: false, read: false },
): { list: ContributionList; readers: ListReader[] } {
  const first = new ListReader(grid, match, options, title, sheet);
  first.besideTables = beside.tables;
  first.besideRead = beside.read;
  let list = first.read();
  const readers = [first];
  for (let reader = first; reader.nextTable !== null; ) {
    const above = reader.moneyRead;
    reader = new ListReader(grid, reader.nextTable, options, first.sheetTitle, sheet);
    reader.moneyAbove = above;
    reader.besideTables = beside.tables;
    reader.besideRead = beside.read;
    const more = reader.read();
    readers.push(reader);
    list = {
      ...list,
      roles: { ...more.roles, ...list.roles },
      contributions: [...list.contributions, ...more.contributions],
      diagnostics: [...list.diagnostics, ...more.diagnostics],
    };
  }
  return { list: first.unitSummaryOf(list) ?? list, readers };
}

/** Money, days, goods or land: a list of contributions has one of them beside its names. */
const VALUE_HEADINGS: readonly string[] = ["amount", "transfer", "days", "inKind", "inKindValue", "land", "converted", "labourValue"];

/** A header found in a band of the sheet that reads as a list of contributions: names, and what they gave. */
function readsAsList(match: TableMatch | null): match is TableMatch {
  return match !== null && match.columns.name !== undefined && (VALUE_HEADINGS.some((f) => match.columns[f] !== undefined) || (match.dayMarks?.length ?? 0) > 0);
}

/**
 * Lists side by side on one sheet, to save paper ("ẤP KINH 1" in A–D, "ẤP KINH 2" in F–I): each
 * is read in its own columns as a list of its own (its header, its hamlet, its Cộng), in order
 * from the left; a grand total under one of them may add them all up. A table beside that does
 * not read as a list is left unread, and the list next to it says so (second-list).
 *
 * The rows are the sheet's, so a row may hold a donor of each list; its role in `roles` is the
 * one that says most of it (see strongerRole): a row with a donor on either side is "data".
 * Where a list stands right of the first, `nameColumnOf` gives each of its contributions the
 * column its name is typed in, for the source cell of the Chuẩn hóa sheet.
 */
function readListsSideBySide(grid: Grid, match: TableMatch, options: ReadOptions): ContributionList {
  const titleEnd = tableStart(match);
  const bands: { grid: Grid; match: TableMatch }[] = [];
  let band = { grid: columnBand(grid, grid.origin.col, match.besideFrom ?? Infinity, titleEnd), match };
  for (;;) {
    bands.push(band);
    const from = band.match.besideFrom;
    if (from === undefined) break;
    const rest = columnBand(grid, from, Infinity, titleEnd);
    const next = detectHeaderRows(rest, CONTRIBUTION_TABLE);
    if (!readsAsList(next)) break;
    band = { grid: next.besideFrom === undefined ? rest : columnBand(grid, from, next.besideFrom, titleEnd), match: next };
  }
  const whole = sheetTitleOf(grid, match);
  const read = bands.map((b, i) => {
    const title = { ...whole, unit: whole.kind === "staff" && whole.unit !== "" ? whole.unit : bandUnitOf(b.grid, b.match) };
    return readStacked(b.grid, b.match, options, title, grid, { tables: bands.length > 1, read: i < bands.length - 1 });
  });
  const money = read.map(({ readers }) => readers[readers.length - 1].moneyRead);
  const all = money.reduce((s, m) => s + m, 0);
  read.forEach(({ readers }, i) => {
    readers.forEach((reader) => reader.checkTotalsBeside(all - money[i]));
  });
  const roles: Record<number, RowRole> = {};
  for (const { list } of read) {
    for (const [row, role] of Object.entries(list.roles)) roles[Number(row)] = strongerRole(roles[Number(row)], role);
  }
  const nameColumnOf = new Map<Contribution, string>();
  read.forEach(({ list }, i) => {
    const name = bands[i].match.columns.name;
    if (i > 0 && name !== undefined) for (const c of list.contributions) nameColumnOf.set(c, sheetColumnLettersOf(bands[i].grid, name.column - bands[i].grid.origin.col));
  });
  const list: ContributionList = {
    sheet: grid.sheet,
    headerRows: match.headerRows,
    roles,
    contributions: read.flatMap(({ list }) => list.contributions),
    // Read from each reader: a grand total checked against the lists beside is told last.
    diagnostics: read.flatMap(({ readers }) => readers.flatMap((r) => r.diagnostics)),
    ...(nameColumnOf.size > 0 ? { nameColumnOf } : {}),
    dataRows: read.reduce((n, { list }) => n + Object.values(list.roles).filter((r) => r === "data").length, 0),
  };
  return withRepeatsAcrossTables(list, read.flatMap(({ readers }) => readers));
}

/** The hamlet a list beside others is of: the one named over it, in its own columns, else the sheet's name's. */
function bandUnitOf(band: Grid, match: TableMatch): string {
  return listUnitOf({ ...band, sheet: "" }, match) || listUnitOf(band, match);
}

/**
 * Which of two lists' roles a sheet row keeps: the one that says most of what the row holds. A
 * donor on either side makes it a data row (rows read counts it once); else a total, a subtotal,
 * a section, a header, a footer, a title, a blank, in that order.
 */
const ROLE_WEIGHT: Record<RowRole, number> = { data: 7, total: 6, subtotal: 5, section: 4, header: 3, footer: 2, title: 1, blank: 0 };

function strongerRole(a: RowRole | undefined, b: RowRole): RowRole {
  return a === undefined || ROLE_WEIGHT[b] > ROLE_WEIGHT[a] ? b : a;
}
