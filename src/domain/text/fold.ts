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

/** Folded single characters below U+2000 (Vietnamese letters are there), each folded on first use. */
const foldedChars: (string | undefined)[] = new Array<string | undefined>(0x2000);

/**
 * The character at `index` folded ("" past the end or for a lone mark): quick checks on a text's
 * first letters ("is this Cộng or Tổng?") run on every row and must not fold whole names.
 */
export function foldedCharAt(text: string, index: number): string {
  if (index >= text.length) return "";
  const code = text.charCodeAt(index);
  if (code >= 0x2000) return foldText(text.charAt(index));
  return (foldedChars[code] ??= foldText(text.charAt(index)));
}
