/**
 * Reading a bank description: strip the bank's wrappers (MBVCB.…, "CT nhanh 247 den:", NAPAS,
 * IBFT, FT… references, "; thoi gian GD:…", account numbers), fold it, split it into words, and
 * say what kind of line it is (a credit from someone, interest, a fee, a debit).
 */
import { foldText } from "../text";
import type { LineClass, StatementLine } from "./types";

const ASCII = /^[\x20-\x7e]*$/;
const SPACES = /\s+/g;

/** foldText, with a short way for the plain ASCII that bank descriptions are (the same result). */
export function foldDescription(s: string): string {
  if (!ASCII.test(s)) return foldText(s);
  // Printable ASCII has no whitespace but the space: only double spaces need collapsing, and
  // replacing every single space by itself is most of the cost on a 20.000-line statement.
  const lower = s.toLowerCase();
  return (lower.includes("  ") ? lower.replace(SPACES, " ") : lower).trim();
}

/** Wrappers and noise, applied in order on folded (lower case, no diacritics) text. */
const WRAPPERS: [RegExp, string][] = [
  // "; thoi gian GD:09092024 23:55:31" and whatever follows.
  [/;?\s*thoi gian gd\s*:.*$/, " "],
  // MBVCB.6987707712.858421.NAME … — the app's prefix and its two numbers.
  [/\bmbvcb\.\d+\.\d+\./g, " "],
  [/\bmbvcb\b/g, " "],
  // ".CT tu 0491000000 NAME toi 8502215000001 RECEIVER": keep the sender, drop the receiver.
  [/\btoi\s+\d{6,}.*$/, " "],
  [/\bct tu\s+\d{6,}/g, " "],
  [/\bct nhanh 247 den\s*:/g, " "],
  [/\bchuyen tien den tu napas noi dung\s*:/g, " "],
  [/\bnapas\b/g, " "],
  [/\bibft\b/g, " "],
  // FT24253260439000 and similar core-banking references.
  [/\bft\d{6,}\b/g, " "],
  [/\b(?:ref|ma gd|so gd|trace)\s*:?\s*\w*\d\w*/g, " "],
  // Account numbers and other long digit runs.
  [/\b\d{8,}\b/g, " "],
];

function stripWrappers(folded: string): string {
  let s = folded;
  for (const [re, by] of WRAPPERS) s = s.replace(re, by);
  return s;
}

/** The description without the bank's wrappers, folded: lower case ASCII words and digits. */
export function cleanDescription(description: string): string {
  return stripWrappers(foldDescription(description))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const WORD = /[a-z0-9]+/g;

/** The words of a cleaned description. */
export function descriptionWords(description: string): string[] {
  return foldedDescriptionWords(foldDescription(description));
}

/** descriptionWords of a description already folded by foldDescription. */
export function foldedDescriptionWords(folded: string): string[] {
  return stripWrappers(folded).match(WORD) ?? [];
}

const INTEREST = /\b(lai tien gui|tra lai|lai nhap goc|interest|lai (?:khong )?ky han|lai thang|lai quy|lai tk|lai tai khoan)\b/;
const FEE = /\b(phi|fee|charge|charges|vat phi|thu phi)\b/;

/** What a line is, before any donor is looked for. */
export function classifyLine(line: Pick<StatementLine, "description" | "credit" | "debit">): LineClass {
  return classifyFolded(foldDescription(line.description), line.credit, line.debit);
}

/** classifyLine of a description already folded by foldDescription. */
export function classifyFolded(folded: string, credit: number, debit: number): LineClass {
  if (debit > 0 && credit === 0) return FEE.test(folded) ? "fee" : "debit";
  if (INTEREST.test(folded)) return "interest";
  if (credit === 0 && FEE.test(folded)) return "fee";
  return "credit";
}

/** Words that say a relative paid for the donor: "CHO ME LA BA …", "HO BO …", "THAY CHO …". */
const RELATIVE = /\b(?:cho|ho|thay cho|thay)\s+(?:me|bo|cha|ong|ba|anh|chi|em|co|chu|bac|di|cau|vo|chong|con|gia dinh)\b(?:\s+(?:la|ten|toi))?(?:\s+(?:ong|ba|anh|chi|cu))?/;

/** Where a relative names the donor: the words after "cho me la ba", or null. */
export function relativeMention(words: readonly string[]): { start: number } | null {
  const text = words.join(" ");
  const m = RELATIVE.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index + m[0].length);
  return { start: before.split(" ").length };
}

/** A receipt number as written (PT001, PT 12, pt-0012) reduced to its letters and its number. */
export interface ReceiptNo {
  prefix: string;
  n: number;
}

export function parseReceipt(receipt: string): ReceiptNo | null {
  const m = /^([a-z]{1,4})[\s.\-/]*0*(\d{1,6})$/.exec(foldDescription(receipt));
  return m ? { prefix: m[1], n: Number(m[2]) } : null;
}

/** Receipt ranges a description names: "PHIEU THU PT001-PT025", "PT001 DEN PT025". */
export function receiptRanges(description: string): { prefix: string; from: number; to: number }[] {
  const text = foldDescription(description);
  const out: { prefix: string; from: number; to: number }[] = [];
  const re = /\b([a-z]{1,4})[\s.]*0*(\d{1,6})\s*(?:-|–|den|toi|→|>)\s*(?:([a-z]{1,4})[\s.]*)?0*(\d{1,6})\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[3] && m[3] !== m[1]) continue;
    const from = Number(m[2]);
    const to = Number(m[4]);
    if (to >= from && to - from < 10_000) out.push({ prefix: m[1], from, to });
  }
  return out;
}

/** Words that say a cash deposit. */
const CASH_DEPOSIT = /\b(nop tien mat|nop tm|tien mat|nop tien|np tien mat|cash deposit)\b/;

/** Whether a description, already folded by foldDescription, says a cash deposit. */
export function saysCashDeposit(folded: string): boolean {
  return CASH_DEPOSIT.test(folded);
}

/**
 * Dates a description names (deposits "THU NGAY 12/05 VA 13/05", "TU 10/05 DEN 15/05/2024"):
 * ISO days, the year taken from the line's date where the text leaves it out.
 */
export function namedDates(description: string, lineDate: string | null): { days: string[]; ranges: [string, string][] } {
  const text = foldDescription(description);
  const year = lineDate ? Number(lineDate.slice(0, 4)) : null;
  const iso = (d: string, m: string, y: string | undefined): string | null => {
    const yy = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : year;
    const dd = Number(d);
    const mm = Number(m);
    if (!yy || mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
    return `${yy}-${String(mm).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
  };
  const days: string[] = [];
  const ranges: [string, string][] = [];
  const rangeRe = /\b(?:tu\s+)?(?:ngay\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\s*(?:-|den|toi)\s*(?:ngay\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/g;
  let rest = text;
  for (let m = rangeRe.exec(text); m; m = rangeRe.exec(text)) {
    const a = iso(m[1], m[2], m[3] ?? m[6]);
    const b = iso(m[4], m[5], m[6]);
    if (a && b && a <= b) ranges.push([a, b]);
    rest = rest.replace(m[0], " ");
  }
  const dayRe = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/g;
  for (let m = dayRe.exec(rest); m; m = dayRe.exec(rest)) {
    const a = iso(m[1], m[2], m[3]);
    if (a) days.push(a);
  }
  return { days, ranges };
}

/** Generic words in front of a unit or hamlet's name, left out when looking for it. */
const UNIT_GENERIC = new Set(["xom", "thon", "ap", "to", "khu", "ban", "lang", "doi", "khoi"]);

/**
 * The folded words to look for when a description names a unit or a hamlet: "Xóm Na Lang" →
 * "na lang" (and "xom na lang"), "Trường Tiểu học" → "truong tieu hoc".
 */
export function unitKeys(unit: string): string[][] {
  const words = foldText(unit)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "");
  if (words.length === 0) return [];
  const keys = [words];
  if (words.length >= 3 && UNIT_GENERIC.has(words[0])) keys.push(words.slice(1));
  return keys;
}

/** Whether `needle` occurs as consecutive words of `words`. */
export function containsWords(words: readonly string[], needle: readonly string[], from = 0): boolean {
  return indexOfWords(words, needle, from) >= 0;
}

export function indexOfWords(words: readonly string[], needle: readonly string[], from = 0): number {
  if (needle.length === 0) return -1;
  outer: for (let i = from; i + needle.length <= words.length; i++) {
    for (let j = 0; j < needle.length; j++) if (words[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
