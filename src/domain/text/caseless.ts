/**
 * Texts compared ignoring case (and, for receipt numbers, white space) without building a
 * lower-case copy of each: list-wide checks compare 100.000 rows, and a key string per row is
 * most of their cost. Equality and hash read the same characters the same way, so equal texts
 * always hash equal.
 */
import { isWhiteSpace } from "./scan";

/** Lower case of each code unit up to Latin Extended Additional, where Vietnamese letters are. */
const LOWER = new Uint16Array(0x1f00).map((_, code) => {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
});

function caseless(code: number): number {
  return code < LOWER.length ? LOWER[code] : code;
}

export interface CaselessOptions {
  /** White space does not count either ("PT 012" is "pt012"). */
  ignoreSpaces?: boolean;
}

const NO_OPTIONS: CaselessOptions = Object.freeze({});

export function caselessEqual(a: string, b: string, options: CaselessOptions = NO_OPTIONS): boolean {
  if (a === b) return true;
  const skip = options.ignoreSpaces === true;
  let i = 0;
  let j = 0;
  for (;;) {
    while (skip && i < a.length && isWhiteSpace(a.charCodeAt(i))) i++;
    while (skip && j < b.length && isWhiteSpace(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (caseless(a.charCodeAt(i)) !== caseless(b.charCodeAt(j))) return false;
    i++;
    j++;
  }
}

/**
 * Hashes are kept to 30 bits: the engine holds such an integer as a small integer, while a full
 * 32-bit one would be boxed in a heap number at every return (hundreds of thousands per list).
 */
const HASH_BITS = 0x3fffffff;

/** FNV-1a over the text's characters as caselessEqual compares them, continuing from `seed`. */
export function caselessHash(seed: number, text: string, options: CaselessOptions = NO_OPTIONS): number {
  const skip = options.ignoreSpaces === true;
  let h = seed ^ 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (skip && isWhiteSpace(c)) continue;
    h = Math.imul(h ^ caseless(c), 0x01000193);
  }
  return h & HASH_BITS;
}

/** Continues a hash with a number: amounts in đồng (beyond 32 bits) and day counts with halves. */
export function numberHash(seed: number, n: number): number {
  const whole = Math.floor(n);
  const h = Math.imul(seed ^ (whole | 0), 0x01000193) ^ Math.floor(whole / 4294967296);
  return Math.imul(h ^ Math.round((n - whole) * 1000), 0x01000193) & HASH_BITS;
}
