/** Column letters and header-row numbers as the pane shows and reads them. */
import { columnLetters, columnNumber } from "../app/mapping";

/** 1 → "A", 27 → "AA". */
export const columnLetter = columnLetters;

/** "AA" → 27; 0 for anything that is not column letters. */
export function columnIndex(letters: string): number {
  return /^[A-Z]{1,3}$/i.test(letters) ? columnNumber(letters) : 0;
}

/** "7", "7-8", "7–8", "7, 8" → [7] or [7, 8]; null unless one row or two adjacent rows. */
export function parseHeaderRows(text: string): number[] | null {
  const m = /^\s*(\d{1,7})\s*(?:[-–—,;:]\s*(\d{1,7}))?\s*$/.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  if (first < 1) return null;
  if (m[2] === undefined) return [first];
  const second = Number(m[2]);
  if (second === first) return [first];
  return second === first + 1 ? [first, second] : null;
}

export function headerRowsText(rows: number[]): string {
  return rows.join("–");
}
