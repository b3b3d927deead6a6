/**
 * Folding for matching: bank descriptions, headers typed without diacritics and names typed in
 * capitals must meet the same key. Decomposing makes NFC and NFD input fold alike; lower-casing
 * before decomposing keeps it idempotent (some capitals lower-case to a letter plus a mark, İ → i̇).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Đ is a letter of its own (no decomposition); Ð (eth) is what some converters put in its place. */
const D_STROKES = /[đĐðÐ]/g;
const SPACES = /\s+/g;

export function foldText(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "").replace(D_STROKES, "d").replace(SPACES, " ").trim();
}

const FOLDED_CHARS = new Map<string, string>();

/**
 * One character folded, remembered: quick checks on a text's first letters ("is this Cộng or
 * Tổng?") run on every row and must not fold whole names to find out.
 */
export function foldChar(ch: string): string {
  let folded = FOLDED_CHARS.get(ch);
  if (folded === undefined) {
    folded = foldText(ch);
    if (FOLDED_CHARS.size < 4096) FOLDED_CHARS.set(ch, folded);
  }
  return folded;
}
