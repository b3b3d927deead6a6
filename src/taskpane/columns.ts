/**
 * Column letters and header-row numbers as the pane shows and reads them. (The domain has its own
 * address helpers; a shell imports only types from it, so the few lines it needs live here.)
 */

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** "AA" → 27; 0 for anything that is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/i.test(letters)) return 0;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
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
