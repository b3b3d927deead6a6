/** Reading one cell of a grid as the rules need it. */
import { isWhiteSpace } from "../text";
import type { CellValue } from "./types";

/** An empty cell, or one holding only spaces. */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  // Most text cells start with a letter: only those that do not are trimmed to find out.
  return v.length === 0 || (isWhiteSpace(v.charCodeAt(0)) && v.trim() === "");
}

/** A cell as text: a number or a flag as JavaScript writes it, an empty cell as "". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v : String(v);
}
