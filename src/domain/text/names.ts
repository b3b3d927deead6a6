/**
 * Vietnamese person names as contribution lists and bank statements write them: with a form of
 * address in front ("Bà", "Hộ ông"), the family name first and the given name last, the middle
 * "Văn"/"Thị" often left out, initials ("N.V. An"), regional spellings (Hoàng/Huỳnh, Vũ/Võ),
 * i/y spellings (Lí/Lý), two tone placements (Thúy/Thuý), or no diacritics at all.
 */
import { foldText } from "./fold";
import { canonicalTonePlacement } from "./syllable";

export interface PersonName {
  /** The form of address that was stripped, as written ("Hộ ông"); null if none. */
  readonly prefix: string | null;
  /** Họ: the first word, when there are at least two. */
  readonly family: string | null;
  /** Tên đệm: the words between family and given name. */
  readonly middle: readonly string[];
  /** Tên: the last word. */
  readonly given: string | null;
  /** Every word of the name (prefix excluded), NFC, as written. */
  readonly words: readonly string[];
}

/** Words, with a trailing dot kept so that "Ng." and "N.V." read as initials. */
const NAME_WORD = /[\p{L}\p{M}\p{N}]+\.?/gu;

/** Forms of address, matched with their diacritics so that the family names Hồ, Cù, Chu survive. */
const PREFIXES = sequences("hộ gia đình|gia đình|gđ|hộ|ông|bà|anh|chị|em|cô|chú|thầy|cụ|bác");
/** Without diacritics "ho", "cu", "chu" are family names too, so only unmistakable forms count. */
const PLAIN_PREFIXES = sequences("ho gia dinh|ho ong|ho ba|cu ong|cu ba|gia dinh|gd|ong|ba|anh|chi|em|co|thay");

function sequences(list: string): string[][] {
  return list.split("|").map((p) => p.split(" "));
}

const TRAILING_DOT = /\.$/;
const ENDS_WITH_VOWEL = /[aeiouy]$/;

function bare(word: string): string {
  return word.replace(TRAILING_DOT, "").toLowerCase();
}

function prefixLength(words: readonly string[]): number {
  for (const prefix of PREFIXES) if (startsWith(words, prefix, bare)) return prefix.length;
  for (const prefix of PLAIN_PREFIXES) if (startsWith(words, prefix, (w) => (isUnaccented(w) ? bare(w) : ""))) return prefix.length;
  return 0;
}

function startsWith(words: readonly string[], prefix: readonly string[], key: (w: string) => string): boolean {
  return prefix.length < words.length && prefix.every((p, i) => key(words[i]) === p);
}

function isUnaccented(word: string): boolean {
  return foldText(word) === word.toLowerCase();
}

/** Splits a name into form of address, family, middle and given names. */
export function parseName(raw: string): PersonName {
  let words: string[] = raw.normalize("NFC").match(NAME_WORD) ?? [];
  const prefix: string[] = [];
  for (let n = prefixLength(words); n > 0; n = prefixLength(words)) {
    prefix.push(...words.slice(0, n));
    words = words.slice(n);
  }
  return {
    prefix: prefix.length > 0 ? prefix.join(" ") : null,
    family: words.length >= 2 ? words[0] : null,
    middle: words.slice(1, -1),
    given: words.at(-1) ?? null,
    words,
  };
}

/** Folded name words, for finding a name in an upper-case bank description without diacritics. */
export function nameTokensForSearch(name: string): string[] {
  return parseName(name)
    .words.map((w) => foldText(bare(w)))
    .filter((w) => w !== "");
}

// ---------------------------------------------------------------------------------------------
// Comparing two names

export type NameVerdict = "same" | "candidate" | "different";

export interface NameComparison {
  readonly verdict: NameVerdict;
  /** 0..1: how likely the two are the same person's name. */
  readonly score: number;
  /** Why, in Vietnamese, for the person who reviews the match. */
  readonly reason: string;
}

interface WordMatch {
  readonly level: number;
  readonly note: string | null;
}

const NO_MATCH: WordMatch = { level: 0, note: null };
const EXACT: WordMatch = { level: 1, note: null };

/** Regional or historical spellings of the same family name. */
const REGIONAL_PAIRS: ReadonlySet<string> = new Set(["hoàng|huỳnh", "vũ|võ"]);
/** The long i written i or y as a whole rhyme: Thi/Thy, Vi/Vy, Lí/Lý, Kì/Kỳ, Quí/Quý. */
const I_TO_Y: Readonly<Record<string, string>> = { i: "y", ì: "ỳ", í: "ý", ỉ: "ỷ", ĩ: "ỹ", ị: "ỵ" };
const FILLER_MIDDLES: ReadonlySet<string> = new Set(["van", "thi"]);
const CANDIDATE_THRESHOLD = 0.5;

function isInitial(word: string): boolean {
  return word.endsWith(".");
}

function ySpelling(word: string): string {
  const last = word[word.length - 1];
  const y = I_TO_Y[last];
  if (y === undefined) return word;
  const stem = word.slice(0, -1);
  const wholeRhyme = stem.endsWith("qu") || (stem !== "" && !ENDS_WITH_VOWEL.test(foldText(stem)));
  return wholeRhyme ? stem + y : word;
}

/** `unaccented`: one of the names is written without any diacritics, as banks write them. */
function matchWords(a: string, b: string, unaccented: boolean): WordMatch {
  if (a === b) return EXACT;
  if (isInitial(a) || isInitial(b)) return matchInitial(a, b);
  if (REGIONAL_PAIRS.has(`${a}|${b}`) || REGIONAL_PAIRS.has(`${b}|${a}`)) return { level: 0.9, note: `${cap(a)}/${cap(b)} (cách viết theo vùng miền)` };
  if (ySpelling(a) === ySpelling(b)) return { level: 0.9, note: `${cap(a)}/${cap(b)} (viết i hay y)` };
  if (foldText(a) !== foldText(b)) return NO_MATCH;
  if (unaccented) return { level: 0.9, note: "một bên viết không dấu" };
  return { level: 0.6, note: `${cap(a)}/${cap(b)} giống nhau khi bỏ dấu nhưng khác dấu` };
}

function matchInitial(a: string, b: string): WordMatch {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = foldText(bare(short));
  if (isInitial(long) && isInitial(short)) return stem === foldText(bare(long)) ? EXACT : NO_MATCH;
  return foldText(long).startsWith(stem) ? { level: 0.8, note: `"${cap(short)}" là chữ viết tắt` } : NO_MATCH;
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** How two names (or their middles) compare: word matches, structural penalty, notes. */
interface Outcome {
  readonly matches: readonly WordMatch[];
  readonly penalty: number;
  readonly notes: readonly string[];
}

function differ(note: string, score: number): Outcome {
  return { matches: [{ level: score, note }], penalty: 1, notes: [] };
}

function scoreOf(outcome: Outcome): number {
  return outcome.matches.reduce((min, m) => Math.min(min, m.level), 1) * outcome.penalty;
}

function notesOf(outcome: Outcome): string[] {
  const wordNotes = outcome.matches.map((m) => m.note).filter((n): n is string => n !== null);
  return [...new Set([...wordNotes, ...outcome.notes])];
}

function allMatch(a: readonly string[], b: readonly string[], unaccented: boolean): WordMatch[] | null {
  if (a.length !== b.length) return null;
  const matches = a.map((w, i) => matchWords(w, b[i], unaccented));
  return matches.every((m) => m.level > 0) ? matches : null;
}

/** Middle names, where one list may leave out Văn/Thị or the whole middle. */
function compareMiddles(a: readonly string[], b: readonly string[], unaccented: boolean): Outcome {
  const direct = allMatch(a, b, unaccented);
  if (direct) return { matches: direct, penalty: 1, notes: [] };
  const isFiller = (w: string) => FILLER_MIDDLES.has(foldText(w));
  const fillersA = a.filter(isFiller).map(foldText).join();
  const fillersB = b.filter(isFiller).map(foldText).join();
  if (fillersA !== "" && fillersB !== "" && fillersA !== fillersB) return differ("khác tên đệm (Văn/Thị)", 0.2);
  const restA = a.filter((w) => !isFiller(w));
  const restB = b.filter((w) => !isFiller(w));
  const rest = allMatch(restA, restB, unaccented);
  if (rest) return { matches: rest, penalty: 0.9, notes: ["thiếu tên đệm Văn/Thị"] };
  if (restA.length === 0 || restB.length === 0) return { matches: [], penalty: 0.7, notes: ["một bên thiếu tên đệm"] };
  return differ("khác tên đệm", 0.3);
}

function compareWords(a: readonly string[], b: readonly string[]): Outcome {
  const unaccented = a.every(isUnaccented) || b.every(isUnaccented);
  const given = matchWords(a[a.length - 1], b[b.length - 1], unaccented);
  if (given.level === 0) return differ("khác tên", 0.1);
  if (a.length === 1 || b.length === 1) return { matches: [given], penalty: 0.6, notes: ["chỉ khớp tên, thiếu họ"] };
  const family = matchWords(a[0], b[0], unaccented);
  if (family.level === 0) return differ("khác họ", 0.2);
  const middle = compareMiddles(a.slice(1, -1), b.slice(1, -1), unaccented);
  return { matches: [family, given, ...middle.matches], penalty: middle.penalty, notes: middle.notes };
}

function lowerWords(name: PersonName): string[] {
  return name.words.map((w) => w.toLowerCase());
}

/**
 * Whether two names are the same person's. "same" only for names equal after NFC, case, spaces,
 * form of address and tone placement; names that differ in their diacritics (Hương/Hường) are at
 * most a "candidate", whatever their folded forms say.
 */
export function compareNames(a: string, b: string): NameComparison {
  const lowerA = lowerWords(parseName(a));
  const lowerB = lowerWords(parseName(b));
  if (lowerA.length === 0 || lowerB.length === 0) return { verdict: "different", score: 0, reason: "Thiếu tên" };
  if (lowerA.join(" ") === lowerB.join(" ")) return { verdict: "same", score: 1, reason: "Trùng họ tên" };
  const wordsA = lowerA.map(canonicalTonePlacement);
  const wordsB = lowerB.map(canonicalTonePlacement);
  if (wordsA.join(" ") === wordsB.join(" ")) return { verdict: "same", score: 1, reason: "Trùng họ tên (khác chỗ đặt dấu thanh)" };
  const outcome = compareWords(wordsA, wordsB);
  const score = Math.round(scoreOf(outcome) * 100) / 100;
  const verdict = score >= CANDIDATE_THRESHOLD ? "candidate" : "different";
  const notes = notesOf(outcome);
  return { verdict, score, reason: cap(notes.length > 0 ? notes.join("; ") : "gần giống") };
}
