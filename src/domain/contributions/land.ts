import { groupThousands } from "../money/format";
import type { CellValue } from "../sheet/types";

export type LandParse = { ok: true; area: number; note?: string } | { ok: false; reason: string };

/** Digits grouped in threes ("1.200", "12.500,5"), or plain with up to two decimals ("120", "12,5"). */
const LAND = /^\s*(\d{1,3}(?:([.,])\d{3})+(?:(?!\2)[.,]\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?)\s*(?:m2|m²|m\^2|m|mét vuông|met vuong)?\s*$/iu;

/** "0,2 ha", "0.2ha", "1,5 héc-ta": hectares, matched on the text in NFC and lower case. */
const HECTARES = /^\s*(\d{1,4}(?:[.,]\d{1,4})?)\s*(?:ha|h[eé]c[- ]?ta|hectare)\.?\s*$/u;
const M2_PER_HECTARE = 10_000;

/**
 * The old units: their size is the region's (Bắc Bộ or Trung Bộ), which a list does not say, so
 * they cannot be converted; the reason gives both sizes so the clerk can type m².
 */
const OLD_UNIT = /^\s*\d[\d.,]*\s*(sào|sao|thước|thuoc|mẫu|mau)(?:\s|$)/u;
const OLD_UNIT_SIZES: Readonly<Record<string, string>> = {
  sào: "một sào là 360 m² ở Bắc Bộ, 500 m² ở Trung Bộ",
  thước: "một thước (1/15 sào) là 24 m² ở Bắc Bộ, 33,3 m² ở Trung Bộ",
  mẫu: "một mẫu (10 sào) là 3.600 m² ở Bắc Bộ, 5.000 m² ở Trung Bộ",
};
const MARKED_UNIT: Readonly<Record<string, string>> = { sao: "sào", thuoc: "thước", mau: "mẫu" };

/** Donated land in m²: 50, "50 m2", "120m²", "12,5 m²", "1.200 m²", "0,2 ha". */
export function parseLandArea(value: CellValue): LandParse {
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= 0 ? { ok: true, area: value } : { ok: false, reason: `diện tích "${value}" không hợp lệ` };
  }
  if (typeof value !== "string") return { ok: false, reason: `"${String(value)}" không phải diện tích` };
  const m = LAND.exec(value);
  if (!m) return otherUnits(value);
  const group = m[2];
  const digits = group ? m[1].split(group).join("") : m[1];
  const area = Number(digits.replace(",", "."));
  return { ok: true, area, note: `"${value.trim()}" → ${String(area).replace(".", ",")} m²` };
}

/** "≈ 50m2", "~ 50 m²", "khoảng 50 m2": the area as estimated, said so in the note. */
const ABOUT = /^\s*(?:≈|~|khoảng|khoang|gần|gan|ước|uoc|ước tính|uoc tinh)\s*(?=\d)/u;

/** "40 x 1,5", "40m x 1,5m", "40 × 1,5 m2": the strip's length by its width. */
const DIMENSIONS = /^\s*(\d{1,4}(?:[.,]\d{1,2})?)\s*m?\s*[x×*]\s*(\d{1,4}(?:[.,]\d{1,2})?)\s*(?:m2|m²|m)?\s*$/u;

const decimal = (digits: string): number => Number(digits.replace(",", "."));
const shown = (area: number): string => String(area).replace(".", ",");

/** Areas typed in hectares, as length by width or as an estimate convert; sào, thước and mẫu are named in the reason they do not. */
function otherUnits(value: string): LandParse {
  const typed = value.normalize("NFC").toLowerCase();
  const about = ABOUT.exec(typed);
  if (about) {
    const estimate = parseLandArea(typed.slice(about[0].length));
    return estimate.ok ? { ok: true, area: estimate.area, note: `"${value.trim()}" → ${shown(estimate.area)} m² (diện tích ước tính)` } : estimate;
  }
  const sides = DIMENSIONS.exec(typed);
  if (sides) {
    // Two decimals by two decimals: four at most, rounded off the binary fraction's noise.
    const area = Math.round(decimal(sides[1]) * decimal(sides[2]) * 10_000) / 10_000;
    return { ok: true, area, note: `"${value.trim()}" → ${sides[1]} × ${sides[2]} = ${shown(area)} m²` };
  }
  const ha = HECTARES.exec(typed);
  if (ha) {
    // Up to four decimals of a hectare are whole m²; rounding drops the binary fraction's noise.
    const area = Math.round(Number(ha[1].replace(",", ".")) * M2_PER_HECTARE);
    return { ok: true, area, note: `"${value.trim()}" → ${groupThousands(String(area))} m² (1 ha = ${groupThousands(String(M2_PER_HECTARE))} m²)` };
  }
  const old = OLD_UNIT.exec(typed);
  if (old) {
    const unit = MARKED_UNIT[old[1]] ?? old[1];
    return { ok: false, reason: `“${value.trim()}” chưa quy được ra m²: ${OLD_UNIT_SIZES[unit]}; hãy ghi diện tích bằng m²` };
  }
  return { ok: false, reason: `"${value}" không đọc được thành diện tích (m²)` };
}
