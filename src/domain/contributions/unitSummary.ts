/**
 * A summary of results by unit ("TỔNG HỢP KẾT QUẢ ỦNG HỘ THEO THÔN": "Tên thôn | Tổng số hộ | Số
 * hộ tham gia | Số tiền | Ngày công | Tỷ lệ (%)"): one row per thôn, tổ dân phố or cơ quan, each
 * the sum of its people's contributions. Its rows are no donors: read as such beside the detail
 * lists they sum, the commune's fund would be counted twice. Where the detail lists are in the
 * workbook too, each unit's figures are checked against the sum of its people's.
 */
import { formatLabourDays, formatMoney } from "../money";
import { normalizeHeader } from "../sheet/headers";
import { foldText, toUnicode } from "../text";
import { HAMLET_WORDS, namesAUnit } from "./classify";
import { cellDiagnostic, type Contribution, type Diagnostic } from "./types";

/**
 * A heading counting a unit's households or people, or the share of them who took part: what a
 * list of donors never has, since each of its rows is one donor. "Số khẩu" beside a householder
 * ("Họ tên chủ hộ | Số khẩu") is a household's own headcount: it counts only with units named.
 */
const COUNT_HEADING =
  /^(?:tong )?so (?:ho|nguoi|khau|nhan khau|lao dong|cbccvc|cbcc|can bo|dang vien|hoi vien|doan vien|hoc sinh|thanh vien)(?: .*)?$|^(?:ty|ti) le(?: .*)?$/;

/** A heading naming units, not people: "Tên thôn", "Thôn/xóm", "Đơn vị", "Tên cơ quan, đơn vị", "Tổ dân phố". */
const UNIT_HEADING =
  /^(?:ten )?(?:thon|xom|ap|ban|buon|lang|soc|to|khu|khoi|khu pho|to dan pho|khu dan cu|don vi|co quan|chi bo|chi hoi)(?: (?:thon|xom|ap|ban|buon|lang|to|khu pho|to dan pho|khu dan cu|don vi|co quan))*$/;

/** What the table's name column and its other columns are headed, and the names its rows give. */
export interface SummaryTable {
  nameHeading: string;
  /** The other headings of the table, as typed (group headings too). */
  headings: readonly string[];
  /** The names in its rows, as read (a sample of the first suffices). */
  names: readonly string[];
}

/** The count headings among a table's headings, as typed; empty for a list of donors. */
export function countHeadings(headings: readonly string[]): string[] {
  return headings.filter((h) => COUNT_HEADING.test(normalizeHeader(h)));
}

/**
 * A table summing units up: a column counting households or people (the deciding sign: a list
 * of agencies giving money, or of collectives, "Tập thể thôn Đông", has none), under a heading
 * naming units, or beside names that mostly are units ("Thôn Đồng Phú", "Trường THCS").
 */
export function isUnitSummary(table: SummaryTable): boolean {
  if (countHeadings(table.headings).length === 0) return false;
  if (UNIT_HEADING.test(normalizeHeader(table.nameHeading))) return true;
  const named = table.names.filter((n) => n.trim() !== "");
  return named.length > 0 && named.filter(namesAUnit).length * 2 > named.length;
}

/** What a summary's units are called, for its message: "thôn" under "Tên thôn", "đơn vị" where the heading says nothing. */
export function unitsCalled(nameHeading: string): string {
  const typed = nameHeading.replace(/\s+/g, " ").trim();
  if (!UNIT_HEADING.test(normalizeHeader(typed))) return "đơn vị";
  return typed.replace(/^tên\s+/iu, "").toLowerCase();
}

/** One row of a summary: the unit, its figures, and the cells they sit in (null where it has no such column). */
export interface UnitTotal {
  sheet: string;
  row: number;
  unit: string;
  amount: number;
  days: number;
  amountCell: string | null;
  daysCell: string | null;
}

/** A detail list as the cross-check needs it: its contributions, and whether it keeps labour days at all. */
export interface DetailList {
  contributions: readonly Pick<Contribution, "unit" | "amount" | "days">[];
  keepsDays: boolean;
}

/** The words a unit's name opens with, which one list types and another leaves out ("Thôn Đồng Phú" / "Đồng Phú"). */
const UNIT_WORD_FIRST = new RegExp(`^(?:${[...HAMLET_WORDS.map(foldText), "khu", "khoi", "to"].join("|")})\\s+(?=\\S)`);

/**
 * The key two lists' names of one unit share: legacy text converted, folded (case, marks), without
 * its opening unit word, numbers without their leading zeros ("Thôn 01" is "thôn 1").
 */
export function unitKey(unit: string): string {
  const folded = foldText(toUnicode(unit).text)
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return folded.replace(UNIT_WORD_FIRST, "").replace(/\b0+(?=\d)/g, "");
}

/**
 * Each unit of a summary against the sum of its people's contributions in the detail lists: money
 * always, days where the summary and every detail list holding the unit keep them. A unit no
 * detail list holds is not checked (its list may be kept elsewhere).
 */
export function crossCheckUnitTotals(totals: readonly UnitTotal[], details: readonly DetailList[]): Diagnostic[] {
  const sums = new Map<string, { amount: number; days: number; daysKept: boolean }>();
  for (const list of details) {
    for (const c of list.contributions) {
      if (c.unit === "") continue;
      const key = unitKey(c.unit);
      if (key === "") continue;
      const sum = sums.get(key) ?? { amount: 0, days: 0, daysKept: true };
      sum.amount += c.amount;
      sum.days += c.days;
      sum.daysKept &&= list.keepsDays;
      sums.set(key, sum);
    }
  }
  const found: Diagnostic[] = [];
  for (const t of totals) {
    const sum = sums.get(unitKey(t.unit));
    if (sum === undefined) continue;
    if (t.amountCell !== null && t.amount !== sum.amount) {
      found.push(mismatch(t, t.amountCell, `số tiền của ${t.unit} trên bảng tổng hợp là ${formatMoney(t.amount)} đ, danh sách chi tiết cộng ${formatMoney(sum.amount)} đ (lệch ${formatMoney(Math.abs(t.amount - sum.amount))} đ); hãy đối chiếu lại.`));
    }
    if (t.daysCell !== null && sum.daysKept && Math.abs(t.days - sum.days) > 0.005) {
      found.push(mismatch(t, t.daysCell, `ngày công của ${t.unit} trên bảng tổng hợp là ${formatLabourDays(t.days)} ngày, danh sách chi tiết cộng ${formatLabourDays(sum.days)} ngày; hãy đối chiếu lại.`));
    }
  }
  return found;
}

function mismatch(t: UnitTotal, cell: string, detail: string): Diagnostic {
  return cellDiagnostic(t.sheet, cell.replace(/\d+$/, ""), t.row, "summary-mismatch", detail);
}
