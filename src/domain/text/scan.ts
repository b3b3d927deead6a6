/**
 * Character classes for reading cells as words. Legacy bytes show up as symbols (µ, ¨, §, «) that
 * Unicode does not call letters, so a word here is a run of letters, combining marks or legacy
 * bytes. Classes are looked up in a table built once: the detector scans 100.000-cell columns.
 */
import { CP1252_C1, TCVN3_ENTRIES, VNI_ENTRIES } from "./legacyTables";

const TABLE_SIZE = 0x2000;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

const WORD_CHARS: Uint8Array = buildWordChars();

function buildWordChars(): Uint8Array {
  const table = new Uint8Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) table[c] = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0;
  for (const entry of [...TCVN3_ENTRIES, ...VNI_ENTRIES]) {
    for (const view of entry.views) for (let i = 0; i < view.length; i++) markWordChar(table, view.charCodeAt(i));
  }
  return table;
}

function markWordChar(table: Uint8Array, code: number): void {
  if (code < TABLE_SIZE) table[code] = 1;
}

export function isWordChar(code: number): boolean {
  if (code < TABLE_SIZE) return WORD_CHARS[code] === 1;
  return LETTER_OR_MARK.test(String.fromCharCode(code));
}

const CP1252_SYMBOLS: ReadonlySet<number> = new Set(CP1252_C1.map(([, symbol]) => symbol.charCodeAt(0)));

/** Whether Excel could show this character for a single legacy byte (cp1252 view or raw C1). */
export function isCp1252Char(code: number): boolean {
  return code < 0x100 || CP1252_SYMBOLS.has(code);
}

/** The words of a text, in order. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start === -1) start = i;
    else if (!inWord && start !== -1) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** Every character is plain ASCII. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Every character is one Excel could show for a legacy byte; otherwise the text is Unicode. */
export function fitsCp1252(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isCp1252Char(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Characters that show nothing and mean nothing in a cell: zero-width spaces and joiners, word
 * joiner, byte-order mark, soft hyphen. Text copied from chat apps and web pages carries them,
 * and a header or figure holding one must read as without it.
 */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** The characters /\s/ matches, without a regular expression: cell checks run on every row. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * What /\s\s|[^\S ]|^\s|\s$/ finds, and invisible characters, as a scan: white space at either
 * end, two in a row, or any white space but the plain space (a tab, a line break, a no-break or
 * thin space) anywhere. Every text cell of the list comes here.
 */
export function hasUntidySpaces(text: string): boolean {
  const last = text.length - 1;
  // A space first in the text is as untidy as one after another.
  let previousSpace = true;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    // Letters, digits and punctuation, Vietnamese letters included, are never white space.
    if (c > 0x20 && c < 0x2000 && c !== 0xa0 && c !== 0xad && c !== 0x1680) {
      previousSpace = false;
      continue;
    }
    if (isInvisible(c)) return true;
    const space = isWhiteSpace(c);
    if (space && (c !== 0x20 || previousSpace || i === last)) return true;
    previousSpace = space;
  }
  return false;
}
