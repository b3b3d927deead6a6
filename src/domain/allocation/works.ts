/**
 * The works list (Danh mục công trình): the works the economic office proposes to support from
 * the campaign fund (seeds 000, 004), read from a sheet found by its headers (WORKS_TABLE).
 */
import { z } from "zod";
import { isBlank } from "../money";
import { moneyUnitSentence, parseMoneyIn, statedMoneyUnit, type MoneyUnit } from "../money/unit";
import { cellAddress } from "../sheet/address";
import type { TableMatch } from "../sheet/headers";
import type { CellValue, Grid } from "../sheet/types";
import { foldText } from "../text";

export const WorkSchema = z.object({
  sheet: z.string(),
  /** The sheet's own 1-based row. */
  row: z.number().int().positive(),
  /** "CT01"; "" where the list gives none. */
  code: z.string(),
  name: z.string().min(1),
  place: z.string(),
  criterion: z.string(),
  /** Integer đồng, 0 where blank. */
  estimate: z.number().int().nonnegative(),
  stateBudget: z.number().int().nonnegative(),
  /** What the work asks from the campaign fund: no work gets more. */
  requested: z.number().int().nonnegative(),
  /** 1 first; a blank priority comes after every numbered one. */
  priority: z.number().int().positive().nullable(),
  /** Households served, metres of road…: the basis of the "weight" method; null where blank. */
  weight: z.number().nonnegative().nullable(),
});

export type Work = z.infer<typeof WorkSchema>;

export interface WorkIssue {
  sheet: string;
  cell: string;
  severity: "error" | "warning";
  message: string;
}

export interface WorksRead {
  works: Work[];
  issues: WorkIssue[];
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).normalize("NFC").replace(/\s+/g, " ").trim();
}

/** A total or subtotal row of the list, not a work. */
function isTotalRow(name: string, code: string): boolean {
  const f = foldText(name);
  return !code && (/^(tong cong|tong|cong)\b/.test(f) || f === "");
}

/**
 * Reads the works under the header `match` found: one work a row, blank rows and total rows
 * skipped. A money cell that cannot be read is an error naming its cell; the work is left out.
 */
const MONEY_FIELDS = [
  ["estimate", "tổng dự toán"],
  ["stateBudget", "ngân sách nhà nước"],
  ["requested", "số đề nghị từ quỹ vận động"],
] as const;

export function readWorksList(grid: Grid, match: TableMatch): WorksRead {
  const works: Work[] = [];
  const issues: WorkIssue[] = [];
  const col = (field: string) => match.columns[field]?.column;
  const at = (i: number, field: string): CellValue | undefined => {
    const c = col(field);
    return c === undefined ? undefined : grid.values[i]?.[c - grid.origin.col];
  };
  const where = (row: number, field: string) => `Trang "${grid.sheet}", ô ${cellAddress(row, col(field) ?? 1)}`;
  const units: Record<string, MoneyUnit> = {};
  for (const [field, label] of MONEY_FIELDS) {
    const stated = statedMoneyUnit(grid, match, field);
    units[field] = stated?.unit ?? 1;
    if (stated && stated.unit !== 1) {
      const row = match.headerRows[match.headerRows.length - 1];
      const message = `${where(row, field)}: ${moneyUnitSentence(label, stated)}`;
      issues.push({ sheet: grid.sheet, cell: cellAddress(row, col(field)!), severity: "warning", message });
    }
  }
  const start = match.firstDataRow - grid.origin.row;
  for (let i = Math.max(0, start); i < grid.values.length; i++) {
    const row = grid.origin.row + i;
    const name = text(at(i, "name"));
    const code = text(at(i, "code"));
    if (!name && !code) continue;
    if (isTotalRow(name, code)) continue;
    if (!name) {
      issues.push({ sheet: grid.sheet, cell: cellAddress(row, col("name") ?? 1), severity: "error", message: `${where(row, "name")}: công trình "${code}" không có tên.` });
      continue;
    }
    let bad = false;
    const money = (field: string, label: string): number => {
      const v = at(i, field);
      if (v === undefined || isBlank(v)) return 0;
      const r = parseMoneyIn(v, units[field]);
      if (r.ok && r.amount >= 0) return r.amount;
      bad = true;
      issues.push({ sheet: grid.sheet, cell: cellAddress(row, col(field)!), severity: "error", message: `${where(row, field)}: ${label} "${text(v)}" không đọc được thành số tiền.` });
      return 0;
    };
    const estimate = money("estimate", "tổng dự toán");
    const stateBudget = money("stateBudget", "ngân sách nhà nước");
    const requested = money("requested", "số đề nghị từ quỹ vận động");
    let priority: number | null = null;
    const p = at(i, "priority");
    if (p !== undefined && !isBlank(p)) {
      const n = typeof p === "number" ? p : Number(text(p).replace(/[^\d.,]/g, "").replace(",", "."));
      if (Number.isInteger(n) && n >= 1) priority = n;
      else issues.push({ sheet: grid.sheet, cell: cellAddress(row, col("priority")!), severity: "warning", message: `${where(row, "priority")}: thứ tự ưu tiên "${text(p)}" không phải số nguyên từ 1; công trình được xếp sau cùng.` });
    }
    let weight: number | null = null;
    const w = at(i, "weight");
    if (w !== undefined && !isBlank(w)) {
      const n = typeof w === "number" ? w : Number(text(w).replace(/\./g, "").replace(",", ".").replace(/[^\d.]/g, ""));
      if (Number.isFinite(n) && n >= 0 && text(w) !== "") weight = n;
      else issues.push({ sheet: grid.sheet, cell: cellAddress(row, col("weight")!), severity: "warning", message: `${where(row, "weight")}: trọng số "${text(w)}" không đọc được.` });
    }
    if (bad) continue;
    works.push({ sheet: grid.sheet, row, code, name, place: text(at(i, "place")), criterion: text(at(i, "criterion")), estimate, stateBudget, requested, priority, weight });
  }
  const seen = new Map<string, number>();
  for (const w of works) {
    if (!w.code) continue;
    const k = foldText(w.code);
    if (seen.has(k)) issues.push({ sheet: w.sheet, cell: cellAddress(w.row, col("code") ?? 1), severity: "warning", message: `Trang "${w.sheet}", ô ${cellAddress(w.row, col("code") ?? 1)}: mã "${w.code}" trùng với dòng ${seen.get(k)}.` });
    else seen.set(k, w.row);
  }
  return { works, issues };
}

/** A stable key for a work: its code, or its row where it has none. */
export function workKey(w: Pick<Work, "code" | "row">): string {
  return w.code ? `code:${foldText(w.code)}` : `row:${w.row}`;
}
