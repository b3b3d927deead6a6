import type { CellValue } from "../sheet/types";

export type LandParse = { ok: true; area: number; note?: string } | { ok: false; reason: string };

/** Digits grouped in threes ("1.200", "12.500,5"), or plain with up to two decimals ("120", "12,5"). */
const LAND = /^\s*(\d{1,3}(?:([.,])\d{3})+(?:(?!\2)[.,]\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?)\s*(?:m2|m²|m\^2|m|mét vuông|met vuong)?\s*$/iu;

/** Donated land in m²: 50, "50 m2", "120m²", "12,5 m²", "1.200 m²". */
export function parseLandArea(value: CellValue): LandParse {
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= 0 ? { ok: true, area: value } : { ok: false, reason: `diện tích "${value}" không hợp lệ` };
  }
  if (typeof value !== "string") return { ok: false, reason: `"${String(value)}" không phải diện tích` };
  const m = LAND.exec(value);
  if (!m) return { ok: false, reason: `"${value}" không đọc được thành diện tích (m²)` };
  const group = m[2];
  const digits = group ? m[1].split(group).join("") : m[1];
  const area = Number(digits.replace(",", "."));
  return { ok: true, area, note: `"${value.trim()}" → ${String(area).replace(".", ",")} m²` };
}
