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
