/**
 * Reading the sheets the quota step needs besides the contribution lists: staff rosters (name,
 * unit, monthly income), household lists per hamlet, and the attendance sheet of the campaign's
 * activities (plan 001). Each is found by its headers (src/domain/sheet/tableSpecs.ts) or by a
 * mapping a person confirmed; names are converted from TCVN3 / VNI / NFD to Unicode by column;
 * every value that cannot be read is a Vietnamese sentence naming the sheet and the cell.
 */
import { parseDate } from "../dates";
import { isBlank, parseLabourDays } from "../money";
import { moneyUnitSentence, parseMoneyIn, statedMoneyUnit } from "../money/unit";
import { cellAddress } from "../sheet/address";
import type { TableMatch } from "../sheet/headers";
import type { CellValue, Grid } from "../sheet/types";
import { convertColumn, foldText } from "../text";

export interface QuotaIssue {
  sheet: string;
  /** A1 address of the cell at fault. */
  cell: string;
  row: number;
  severity: "error" | "warning";
  code: "unreadable-income" | "money-unit" | "missing-income" | "missing-unit" | "unreadable-date" | "unreadable-present" | "unknown-unit" | "present-over-headcount";
  message: string;
}

/** One person of a staff roster. */
export interface RosterPerson {
  /** "<sheet>!<row>": how a person is named in stored decisions. */
  id: string;
  sheet: string;
  row: number;
  /** NFC Unicode, converted from a legacy encoding where it was typed in one. */
  name: string;
  unit: string;
  position: string;
  /** Monthly income in đồng; null where the cell is blank or unreadable (an issue says which). */
  income: number | null;
}

export interface Household {
  id: string;
  sheet: string;
  row: number;
  /** The head of household's name, NFC Unicode. */
  name: string;
  hamlet: string;
  members: number | null;
}

/** One line of the attendance sheet: a unit's people present at one activity. */
export interface AttendanceLine {
  sheet: string;
  row: number;
  /** ISO date. */
  date: string;
  place: string;
  activity: string;
  unit: string;
  present: number;
  /** The unit's headcount as the attendance sheet gives it, where it does. */
  headcount: number | null;
}

export interface Read<T> {
  items: T[];
  issues: QuotaIssue[];
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).normalize("NFC").replace(/\s+/g, " ").trim();
}

function cellOf(grid: Grid, match: TableMatch, field: string, i: number): CellValue {
  const col = match.columns[field]?.column;
  if (col === undefined) return null;
  return grid.values[i]?.[col - grid.origin.col] ?? null;
}

function addressOf(grid: Grid, match: TableMatch, field: string, i: number): string {
  return cellAddress(grid.origin.row + i, match.columns[field]?.column ?? grid.origin.col);
}

/** A row that is a section title ("I. UBND XÃ", "Trường Mầm non"): text in the name column only, nothing else. */
const ROMAN_OR_LETTER = /^(?:[IVXLC]+|[A-Z]|\d+)[.)]\s*/;
const TOTAL_ROW = /^(tong cong|cong|tong so|tong)\b/;

function rowsOf(grid: Grid, match: TableMatch): number[] {
  const first = match.firstDataRow - grid.origin.row;
  const out: number[] = [];
  for (let i = Math.max(first, 0); i < grid.values.length; i++) out.push(i);
  return out;
}

/** Names of a column converted to Unicode as one column (the encoding is decided per column). */
function names(grid: Grid, match: TableMatch, field: string, rows: number[]): Map<number, string> {
  const cells = rows.map((i) => {
    const v = cellOf(grid, match, field, i);
    return typeof v === "string" && v.trim() ? v : null;
  });
  const converted = convertColumn(cells, { nameColumn: true });
  const out = new Map<number, string>();
  rows.forEach((i, k) => {
    const t = converted[k].text;
    if (t) out.set(i, t.normalize("NFC").replace(/\s+/g, " ").trim());
  });
  return out;
}

function isTitleOrTotal(name: string): "total" | "section" | null {
  const folded = foldText(name);
  if (TOTAL_ROW.test(folded)) return "total";
  if (ROMAN_OR_LETTER.test(name) && name === name.toUpperCase()) return "section";
  return null;
}

/** A section title as a unit name: "I. CÁN BỘ TRƯỜNG THCS" → "CÁN BỘ TRƯỜNG THCS". */
function sectionUnit(raw: string): string {
  return raw.replace(ROMAN_OR_LETTER, "").trim();
}

/**
 * A staff roster. The unit is the row's own unit cell, or, where the roster has no unit column,
 * the section title above the row. Rows without a name, section rows and totals are skipped.
 */
export function readRoster(grid: Grid, match: TableMatch): Read<RosterPerson> {
  const items: RosterPerson[] = [];
  const issues: QuotaIssue[] = [];
  const rows = rowsOf(grid, match);
  const nameOf = names(grid, match, "name", rows);
  const unitOf = match.columns.unit ? names(grid, match, "unit", rows) : new Map<number, string>();
  const incomeUnit = statedMoneyUnit(grid, match, "income");
  if (incomeUnit && incomeUnit.unit !== 1) {
    const row = match.headerRows[match.headerRows.length - 1];
    const cell = cellAddress(row, match.columns.income.column);
    const message = `Trang "${grid.sheet}", ô ${cell}: ${moneyUnitSentence("thu nhập", incomeUnit)}`;
    issues.push({ sheet: grid.sheet, cell, row, severity: "warning", code: "money-unit", message });
  }
  let section = "";
  for (const i of rows) {
    const name = nameOf.get(i) ?? "";
    const incomeCell = cellOf(grid, match, "income", i);
    const seq = text(cellOf(grid, match, "seq", i));
    // A section row: a title in the STT or name column and nothing in the income column.
    if (isBlank(incomeCell)) {
      const title = name || (seq && !/^\d+$/.test(seq) ? seq : "");
      if (title && (isTitleOrTotal(title) === "section" || (seq && /^[IVXLC]+\.?$/.test(seq)))) {
        section = sectionUnit(name || seq);
        continue;
      }
      if (!name || isTitleOrTotal(name)) continue;
    } else if (!name || isTitleOrTotal(name) === "total") continue;
    const row = grid.origin.row + i;
    const unit = unitOf.get(i) || section;
    let income: number | null = null;
    if (isBlank(incomeCell)) {
      issues.push({ sheet: grid.sheet, cell: addressOf(grid, match, "income", i), row, severity: "warning", code: "missing-income", message: `Trang "${grid.sheet}", ô ${addressOf(grid, match, "income", i)}: ${name} chưa có thu nhập, chưa tính được định mức.` });
    } else {
      const r = parseMoneyIn(incomeCell, incomeUnit?.unit ?? 1);
      if (r.ok) income = r.amount;
      else issues.push({ sheet: grid.sheet, cell: addressOf(grid, match, "income", i), row, severity: "error", code: "unreadable-income", message: `Trang "${grid.sheet}", ô ${addressOf(grid, match, "income", i)}: thu nhập của ${name} — ${r.reason}.` });
    }
    if (!unit) issues.push({ sheet: grid.sheet, cell: cellAddress(row, match.columns.name.column), row, severity: "warning", code: "missing-unit", message: `Trang "${grid.sheet}", dòng ${row}: ${name} không có đơn vị.` });
    items.push({ id: `${grid.sheet}!${row}`, sheet: grid.sheet, row, name, unit, position: text(cellOf(grid, match, "position", i)), income });
  }
  return { items, issues };
}

/** A hamlet's household list. */
export function readHouseholds(grid: Grid, match: TableMatch): Read<Household> {
  const items: Household[] = [];
  const issues: QuotaIssue[] = [];
  const rows = rowsOf(grid, match);
  const nameOf = names(grid, match, "name", rows);
  const hamletOf = names(grid, match, "hamlet", rows);
  let section = "";
  for (const i of rows) {
    const name = nameOf.get(i) ?? "";
    const hamlet = hamletOf.get(i) ?? "";
    const seq = text(cellOf(grid, match, "seq", i));
    if (!hamlet && name && (isTitleOrTotal(name) === "section" || /^[IVXLC]+\.?$/.test(seq))) {
      section = sectionUnit(name);
      continue;
    }
    if (!name || isTitleOrTotal(name)) continue;
    const row = grid.origin.row + i;
    const membersCell = cellOf(grid, match, "members", i);
    const members = typeof membersCell === "number" && Number.isInteger(membersCell) && membersCell >= 0 ? membersCell : /^\d+$/.test(text(membersCell)) ? Number(text(membersCell)) : null;
    items.push({ id: `${grid.sheet}!${row}`, sheet: grid.sheet, row, name, hamlet: hamlet || section, members });
  }
  return { items, issues };
}

function count(v: CellValue): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? v : null;
  const t = text(v).replace(/\s*(người|nguoi|đ\/c|đồng chí)$/i, "");
  return /^\d+$/.test(t) ? Number(t) : null;
}

/**
 * The attendance sheet: one row per unit and activity with the number of people present, or one
 * row per person present (a name column and no count: each row is one person). Rows that leave
 * the date, place or activity blank take them from the row above, as offices type them.
 */
export function readAttendance(grid: Grid, match: TableMatch, campaignYear?: number): Read<AttendanceLine> {
  const items: AttendanceLine[] = [];
  const issues: QuotaIssue[] = [];
  const rows = rowsOf(grid, match);
  const unitOf = names(grid, match, "unit", rows);
  const perPerson = !match.columns.present && Boolean(match.columns.name);
  let last = { date: "", place: "", activity: "" };
  for (const i of rows) {
    const unit = unitOf.get(i) ?? "";
    const row = grid.origin.row + i;
    if (!unit || isTitleOrTotal(unit)) continue;
    const dateCell = cellOf(grid, match, "date", i);
    let date = last.date;
    if (!isBlank(dateCell)) {
      const d = parseDate(dateCell, { campaignYear });
      if (d.ok) date = d.iso;
      else {
        issues.push({ sheet: grid.sheet, cell: addressOf(grid, match, "date", i), row, severity: "error", code: "unreadable-date", message: `Trang "${grid.sheet}", ô ${addressOf(grid, match, "date", i)}: ngày hoạt động — ${d.reason}.` });
        continue;
      }
    }
    if (!date) {
      issues.push({ sheet: grid.sheet, cell: addressOf(grid, match, "date", i), row, severity: "error", code: "unreadable-date", message: `Trang "${grid.sheet}", ô ${addressOf(grid, match, "date", i)}: thiếu ngày hoạt động.` });
      continue;
    }
    const place = text(cellOf(grid, match, "place", i)) || (isBlank(dateCell) ? last.place : "");
    const activity = text(cellOf(grid, match, "activity", i)) || (isBlank(dateCell) ? last.activity : "");
    last = { date, place, activity };
    let present: number | null;
    if (perPerson) present = text(cellOf(grid, match, "name", i)) ? 1 : 0;
    else {
      const cell = cellOf(grid, match, "present", i);
      present = isBlank(cell) ? 0 : count(cell);
      if (present === null) {
        const parsed = parseLabourDays(cell);
        present = parsed.ok && Number.isInteger(parsed.days) ? parsed.days : null;
      }
      if (present === null) {
        issues.push({ sheet: grid.sheet, cell: addressOf(grid, match, "present", i), row, severity: "error", code: "unreadable-present", message: `Trang "${grid.sheet}", ô ${addressOf(grid, match, "present", i)}: "${text(cell)}" không phải số người có mặt.` });
        continue;
      }
    }
    items.push({ sheet: grid.sheet, row, date, place, activity, unit, present, headcount: count(cellOf(grid, match, "headcount", i)) });
  }
  return { items, issues };
}
