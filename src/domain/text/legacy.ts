/**
 * Text typed with the legacy Vietnamese encodings TCVN3 (ABC, .VnTime fonts) and VNI-Windows
 * (VNI-Times fonts), as Excel shows it once the font is gone: each byte as its Windows-1252
 * character ("NguyÔn V¨n §øc", "Nguyeãn Vaên Ñöùc").
 *
 * Which encoding a cell is in is decided by scoring, not by spotting characters: every character
 * of a legacy view is also a legal Latin-1 letter, and Unicode Vietnamese uses many of them
 * (à á â ã è é ê ì í ò ó ô õ ù ú ý). So each reading (as it is, as TCVN3, as VNI) is scored by how
 * many of its words are well-formed Vietnamese syllables, and a legacy reading has to beat the
 * text as it is. A legacy font on the cell settles a tie; so does the column the cell sits in,
 * unless the text as it is is made of commoner words than the legacy reading ("Xã" stays "Xã" in
 * a TCVN3 column, where it would read "Xó").
 */
import { isCommonSyllable } from "./commonSyllables";
import { CP1252_C1, TCVN3_ENTRIES, VNI_ENTRIES } from "./legacyTables";
import { fitsCp1252, isAscii, isCp1252Char, isWordChar } from "./scan";
import { isVietnameseSyllable } from "./syllable";

export type LegacyEncoding = "tcvn3" | "vni";
export type TextEncoding = "unicode" | "nfd" | "tcvn3" | "vni" | "ascii";

/**
 * Decoding works on UTF-16 code units: every view character and every decoded letter is a single
 * code unit, and the detector decodes every word of every cell three ways.
 */
const TCVN3_DECODE = new Map<number, number>();
const TCVN3_ENCODE = new Map<string, string>();
/** The TCVN3 capitals Ă Â Ê Ô Ơ Ư Đ (bytes A1-A7): they count as upper case in a word. */
const TCVN3_UPPER_VIEWS = new Set<number>();
/** The untoned lower-case letters ă â ê ô ơ ư đ (A8-AE): TCVN3 has capitals for these. */
const TCVN3_PLAIN_LOWER_VIEWS = new Set<number>();
/** Base and mark as one number (see pairKey). */
const VNI_PAIRS = new Map<number, number>();
const VNI_SINGLES = new Map<number, number>();
const VNI_ENCODE = new Map<string, string>();
/** Letters VNI keeps as their Latin-1 selves (ì í Ì Í): not in its table, yet legal in VNI text. */
const VNI_IDENTITY = new Set([..."ìíÌÍ"].map((c) => c.charCodeAt(0)));
/** A byte 0x80-0x9F that reached us as a raw C1 code point: the fonts draw the cp1252 symbol. */
const C1_SYMBOLS = new Map(CP1252_C1.map(([c1, symbol]) => [c1.charCodeAt(0), symbol.charCodeAt(0)]));

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

for (const { views, unicode } of TCVN3_ENTRIES) {
  const letter = unicode.charCodeAt(0);
  for (const view of views) TCVN3_DECODE.set(view.charCodeAt(0), letter);
  TCVN3_ENCODE.set(unicode, views[0]);
  if (TONE_MARKS.test(unicode.normalize("NFD"))) continue;
  const caseViews = unicode === unicode.toUpperCase() ? TCVN3_UPPER_VIEWS : TCVN3_PLAIN_LOWER_VIEWS;
  for (const view of views) caseViews.add(view.charCodeAt(0));
}
for (const { views, unicode } of VNI_ENTRIES) {
  const letter = unicode.charCodeAt(0);
  for (const view of views) {
    if (view.length === 2) VNI_PAIRS.set(pairKey(view.charCodeAt(0), view.charCodeAt(1)), letter);
    else VNI_SINGLES.set(view.charCodeAt(0), letter);
  }
  VNI_ENCODE.set(unicode, views[0]);
}

function pairKey(base: number, mark: number): number {
  return base * 0x10000 + mark;
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** String.fromCharCode takes its codes as arguments, and engines cap how many a call may pass. */
const CODES_PER_CALL = 8192;

function fromCodes(codes: readonly number[]): string {
  if (codes.length <= CODES_PER_CALL) return String.fromCharCode(...codes);
  let out = "";
  for (let i = 0; i < codes.length; i += CODES_PER_CALL) out += String.fromCharCode(...codes.slice(i, i + CODES_PER_CALL));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Codecs

/**
 * TCVN3 view → Unicode. Toned letters come out lower case, as UniKey decodes them, because
 * TCVN3 has no toned capitals; `capitals` is for the capital fonts (.VnTimeH), which draw every
 * byte as a capital.
 */
export function decodeTcvn3(s: string, options: { capitals?: boolean } = {}): string {
  let out = s;
  if (hasNonAscii(s)) {
    const codes = new Array<number>(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      codes[i] = TCVN3_DECODE.get(c) ?? C1_SYMBOLS.get(c) ?? c;
    }
    out = fromCodes(codes);
  }
  return options.capitals ? out.toUpperCase() : out;
}

/** VNI view → Unicode: a base letter and its mark byte first, then single bytes. */
export function decodeVni(s: string): string {
  if (!hasNonAscii(s)) return s;
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = i + 1 < s.length ? VNI_PAIRS.get(pairKey(c, s.charCodeAt(i + 1))) : undefined;
    if (pair !== undefined) {
      codes.push(pair);
      i++;
    } else codes.push(VNI_SINGLES.get(c) ?? C1_SYMBOLS.get(c) ?? c);
  }
  return fromCodes(codes);
}

/**
 * Unicode → what Excel shows for the TCVN3 bytes. Toned capitals have no TCVN3 byte and become
 * their lower-case byte, as a TCVN3 keyboard wrote them. For building test fixtures.
 */
export function encodeTcvn3(unicode: string): string {
  let out = "";
  for (const ch of unicode.normalize("NFC")) out += TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase()) ?? ch;
  return out;
}

/** Unicode → what Excel shows for the VNI-Windows bytes. For building test fixtures. */
export function encodeVni(unicode: string): string {
  let out = "";
  for (const ch of unicode.normalize("NFC")) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}

/** Could a TCVN3 keyboard have produced these letters? Latin-1 letters outside its table say no. */
export function isTcvn3Shaped(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f && isWordChar(code) && !TCVN3_DECODE.has(code)) return false;
  }
  return true;
}

/** Could a VNI keyboard have produced these letters? A mark byte must follow a base it fits. */
export function isVniShaped(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (i + 1 < text.length && VNI_PAIRS.has(pairKey(code, text.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    if (code > 0x7f && isWordChar(code) && !VNI_SINGLES.has(code) && !VNI_IDENTITY.has(code)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Fonts

export interface LegacyFont {
  readonly encoding: LegacyEncoding;
  /** A capital font (.VnTimeH, .VnArialH): every letter is drawn upper case. */
  readonly capitals: boolean;
}

const TCVN3_FONT = /^\.vn/i;
const VNI_FONT = /^vni[-\s]/i;

/** ".Vn…" fonts are TCVN3 (those ending in H draw capitals); "VNI-…" fonts are VNI-Windows. */
export function legacyFont(font: string | null | undefined): LegacyFont | null {
  if (!font) return null;
  const name = font.trim();
  if (TCVN3_FONT.test(name)) return { encoding: "tcvn3", capitals: name.endsWith("H") };
  if (VNI_FONT.test(name)) return { encoding: "vni", capitals: false };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Scoring

/** How one legacy reading of a text scores. */
interface Reading {
  /** Words that are Vietnamese syllables in this reading. */
  readonly valid: number;
  /** Words that are common syllables of contribution sheets. */
  readonly common: number;
  /** Of those, the ones this reading changed: the positive evidence for the encoding. */
  readonly changedValid: number;
}

/** How a text scores as it is and in each legacy reading. Exported for tests. */
export interface Analysis {
  readonly nfc: string;
  /** `nfc` is plain ASCII. */
  readonly ascii: boolean;
  /**
   * The text as it is. Left at 0 for a text that cannot be a legacy view when the caller does not
   * report scores (see columnAnalysis): with both readings null, no decision reads them.
   */
  readonly wordCount: number;
  readonly validAsIs: number;
  readonly commonAsIs: number;
  /** null where the text cannot be this encoding, or reads the same in it. */
  readonly tcvn3: Reading | null;
  readonly vni: Reading | null;
}

/** What one word adds to one legacy reading's score. */
interface LegacyWord {
  /** Its letters could come from this encoding's keyboard. */
  readonly shaped: boolean;
  /** Decoding changes it. */
  readonly changed: boolean;
  /** 1 if it is a Vietnamese syllable in this reading (as it is, when decoding leaves it alone). */
  readonly valid: number;
  /** 1 if it is also a common one. */
  readonly common: number;
  /** 1 if it is valid and changed: the positive evidence for the encoding. */
  readonly changedValid: number;
  /** The decoded word, as a converted cell shows it. */
  readonly text: string;
}

/**
 * What one word says about each reading. Every fact is a property of the word alone: decoding
 * maps a word to a word, and the shape checks look only at letters (a VNI mark byte always
 * follows its base letter inside the same word), so a text's scores are the sums of its words'.
 */
export interface WordFacts {
  /** 1 if the word as it is is a Vietnamese syllable. */
  readonly valid: number;
  /** 1 if it is also a common one. */
  readonly common: number;
  readonly tcvn3: LegacyWord;
  readonly vni: LegacyWord;
}

function legacyWord(word: string, decoded: string, shaped: boolean, asIs: { valid: number; common: number }, text: string): LegacyWord {
  if (decoded === word) return { shaped, changed: false, valid: asIs.valid, common: asIs.common, changedValid: 0, text };
  const valid = isVietnameseSyllable(decoded) ? 1 : 0;
  const common = valid === 1 && isCommonSyllable(decoded) ? 1 : 0;
  return { shaped, changed: true, valid, common, changedValid: valid, text };
}

/** The facts of one word, worked out from scratch: two decodings and up to three syllable checks. */
export function wordFacts(word: string): WordFacts {
  const valid = isVietnameseSyllable(word) ? 1 : 0;
  const asIs = { valid, common: valid === 1 && isCommonSyllable(word) ? 1 : 0 };
  const tcvn3 = decodeTcvn3(word);
  const vni = decodeVni(word);
  // In TCVN3 a word typed in capitals keeps its toned letters lower case; see isCapitalWord.
  const tcvn3Text = isCapitalWord(word, 0, word.length) ? tcvn3.toUpperCase() : tcvn3;
  return {
    ...asIs,
    tcvn3: legacyWord(word, tcvn3, isTcvn3Shaped(word), asIs, tcvn3Text),
    vni: legacyWord(word, vni, isVniShaped(word), asIs, vni),
  };
}

/**
 * Why a word cache: a 100.000-row name column holds 100.000 distinct names but only a few hundred
 * distinct syllables, so the per-word work (decoding twice, checking up to three syllables) is
 * done once per word instead of once per cell. Words are looked up by their characters inside
 * the text, so a lookup cuts nothing out of it (an open-addressing table of their hashes).
 * Bounded: a column of random text cannot make it grow without limit; when full it starts over,
 * which only costs recomputation.
 */
const WORD_FACTS_LIMIT = 100_000;

class WordCache {
  private slots = new Int32Array(1024).fill(-1);
  private words: string[] = [];
  private hashes: number[] = [];
  private facts: WordFacts[] = [];

  get size(): number {
    return this.words.length;
  }

  /** The facts of the word `text[start, end)`. */
  factsOf(text: string, start: number, end: number): WordFacts {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const k = this.slots[at];
      if (k === -1) return this.add(h, text.slice(start, end));
      if (this.hashes[k] === h && sameChars(this.words[k], text, start, end)) return this.facts[k];
    }
  }

  private add(h: number, word: string): WordFacts {
    if (this.words.length >= WORD_FACTS_LIMIT) this.clear();
    const facts = wordFacts(word);
    this.words.push(word);
    this.hashes.push(h);
    this.facts.push(facts);
    if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(this.words.length - 1);
    return facts;
  }

  private place(k: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[k] & mask;
    while (this.slots[at] !== -1) at = (at + 1) & mask;
    this.slots[at] = k;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    for (let k = 0; k < this.words.length; k++) this.place(k);
  }

  private clear(): void {
    this.words = [];
    this.hashes = [];
    this.facts = [];
    this.rehash(1024);
  }
}

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

const wordCache = new WordCache();

/** How many words the cache holds. For tests. */
export function wordFactsCacheSize(): number {
  return wordCache.size;
}

/** Where analyzeText gets the facts of the word `text[start, end)`. */
export type WordSource = (text: string, start: number, end: number) => WordFacts;

function cachedWordFacts(text: string, start: number, end: number): WordFacts {
  return wordCache.factsOf(text, start, end);
}

/** Sums one legacy reading over the words of a text. */
interface ReadingTally {
  valid: number;
  common: number;
  changedValid: number;
  changed: boolean;
  shaped: boolean;
}

function tally(): ReadingTally {
  return { valid: 0, common: 0, changedValid: 0, changed: false, shaped: true };
}

function addWord(tally: ReadingTally, word: LegacyWord): void {
  tally.valid += word.valid;
  tally.common += word.common;
  tally.changedValid += word.changedValid;
  tally.changed ||= word.changed;
  tally.shaped &&= word.shaped;
}

function readingOf(tally: ReadingTally, possible: boolean): Reading | null {
  if (!possible || !tally.shaped || !tally.changed) return null;
  return { valid: tally.valid, common: tally.common, changedValid: tally.changedValid };
}

/**
 * Scores an NFC text word by word, in one pass over its characters. `facts` is the word cache;
 * tests pass a source that works every word out afresh, to check that the cache changes nothing.
 */
export function analyzeText(nfc: string, facts: WordSource = cachedWordFacts): Analysis {
  const tcvn3 = tally();
  const vni = tally();
  let wordCount = 0;
  let validAsIs = 0;
  let commonAsIs = 0;
  let ascii = true;
  let cp1252 = true;
  let start = -1;
  for (let i = 0; i <= nfc.length; i++) {
    const c = i < nfc.length ? nfc.charCodeAt(i) : -1;
    if (c > 0x7f) {
      ascii = false;
      if (cp1252 && !isCp1252Char(c)) cp1252 = false;
    }
    if (c !== -1 && isWordChar(c)) {
      if (start === -1) start = i;
      continue;
    }
    if (start === -1) continue;
    const word = facts(nfc, start, i);
    start = -1;
    wordCount++;
    validAsIs += word.valid;
    commonAsIs += word.common;
    addWord(tcvn3, word.tcvn3);
    addWord(vni, word.vni);
  }
  const legacyPossible = !ascii && cp1252;
  return { nfc, ascii, wordCount, validAsIs, commonAsIs, tcvn3: readingOf(tcvn3, legacyPossible), vni: readingOf(vni, legacyPossible) };
}

/** Vietnamese words in a reading; -1 where the text cannot be that encoding. */
function validIn(analysis: Analysis, encoding: LegacyEncoding | null): number {
  if (encoding === null) return analysis.validAsIs;
  return analysis[encoding]?.valid ?? -1;
}

/** Orders readings by Vietnamese words, then by common words among them. */
function rank(analysis: Analysis, encoding: LegacyEncoding): number {
  const reading = analysis[encoding];
  return reading === null ? -1 : reading.valid * (analysis.wordCount + 1) + reading.common;
}

/** A legacy reading with as many Vietnamese words as the chosen one, one of them its own. */
function tiesWith(analysis: Analysis, chosen: LegacyEncoding | null, encoding: LegacyEncoding): boolean {
  const reading = analysis[encoding];
  return reading !== null && reading.changedValid > 0 && reading.valid >= validIn(analysis, chosen);
}

/** A legacy reading that may replace the text as it is: as valid, and made of no rarer words. */
function holdsUp(analysis: Analysis, encoding: LegacyEncoding): boolean {
  const reading = analysis[encoding];
  if (reading === null || !tiesWith(analysis, null, encoding)) return false;
  return reading.valid > analysis.validAsIs || reading.common >= analysis.commonAsIs;
}

/** A legacy reading that makes more words Vietnamese than the text as it is. */
function beatsAsIs(analysis: Analysis, encoding: LegacyEncoding): boolean {
  return validIn(analysis, encoding) > analysis.validAsIs;
}

// ---------------------------------------------------------------------------------------------
// Detection

export type DetectionSignal = "font" | "hint" | "text" | "column" | "none";

export interface EncodingDetection {
  readonly encoding: TextEncoding;
  /** Share of words (0..1) that are Vietnamese syllables in the chosen reading; 0 without words. */
  readonly score: number;
  /** The same share for each reading; null where the text cannot be, or reads the same in, it. */
  readonly scores: { readonly asIs: number; readonly tcvn3: number | null; readonly vni: number | null };
  /** What decided: the cell's font, a caller's hint, the text's own words, or nothing to decide. */
  readonly signal: DetectionSignal;
  /** Decoded with a capital font (.VnTimeH): every letter upper case. */
  readonly capitals: boolean;
  /** Legacy readings that were as good as the chosen one: a column can settle these. */
  readonly ambiguous: readonly LegacyEncoding[];
}

export interface DetectOptions {
  readonly font?: string | null;
  /** An encoding the caller believes in (a column's verdict); it settles ties like a font. */
  readonly encodingHint?: TextEncoding | null;
}

const LEGACY: readonly LegacyEncoding[] = ["tcvn3", "vni"];

interface Choice {
  readonly legacy: LegacyEncoding | null;
  readonly signal: DetectionSignal;
  readonly capitals: boolean;
}

/** The common choices, shared: a column's 100.000 cells need not hold 100.000 copies. */
const BY_TEXT: Readonly<Record<LegacyEncoding | "unicode", Choice>> = {
  tcvn3: { legacy: "tcvn3", signal: "text", capitals: false },
  vni: { legacy: "vni", signal: "text", capitals: false },
  unicode: { legacy: null, signal: "text", capitals: false },
};
const NOTHING_TO_DECIDE: Choice = { legacy: null, signal: "none", capitals: false };

/**
 * Between two legacy readings that beat the text as it is: more Vietnamese words, then more
 * common ones, then TCVN3, the national standard and so the likelier of the two.
 */
function bestByText(analysis: Analysis): LegacyEncoding | null {
  const tcvn3 = beatsAsIs(analysis, "tcvn3");
  const vni = beatsAsIs(analysis, "vni");
  if (tcvn3 && vni) return rank(analysis, "vni") > rank(analysis, "tcvn3") ? "vni" : "tcvn3";
  return tcvn3 ? "tcvn3" : vni ? "vni" : null;
}

/** A font or a hint settles ties; it never overrules a reading with more Vietnamese words. */
function chooseReading(analysis: Analysis, options: DetectOptions): Choice {
  return chooseFor(analysis, legacyFont(options.font), options.encodingHint);
}

function chooseFor(analysis: Analysis, font: LegacyFont | null, hint: TextEncoding | null | undefined): Choice {
  const byText = bestByText(analysis);
  // The font is the cell's own word on its encoding: it settles any tie, common words or not.
  if (font && tiesWith(analysis, byText, font.encoding)) return { legacy: font.encoding, signal: "font", capitals: font.capitals };
  if ((hint === "tcvn3" || hint === "vni") && holdsUp(analysis, hint) && tiesWith(analysis, byText, hint)) {
    return { legacy: hint, signal: "hint", capitals: false };
  }
  if (byText) return BY_TEXT[byText];
  return analysis.ascii ? NOTHING_TO_DECIDE : BY_TEXT.unicode;
}

/** A legacy reading other than the chosen one that could replace it if the column asked for it. */
function isAmbiguity(analysis: Analysis, chosen: LegacyEncoding | null, encoding: LegacyEncoding): boolean {
  return encoding !== chosen && tiesWith(analysis, chosen, encoding) && (chosen !== null || holdsUp(analysis, encoding));
}

/** Other legacy readings that could replace the chosen one if the column asked for them. */
function ambiguities(analysis: Analysis, chosen: LegacyEncoding | null): LegacyEncoding[] {
  return LEGACY.filter((e) => isAmbiguity(analysis, chosen, e));
}

/** Whether the cell's font or own words settle its encoding, so that it may speak for its column. */
function isDecisive(analysis: Analysis, choice: Choice): boolean {
  if (choice.signal === "font") return true;
  if (analysis.ascii) return false;
  return !rivals(analysis, choice.legacy, "tcvn3") && !rivals(analysis, choice.legacy, "vni");
}

function rivals(analysis: Analysis, chosen: LegacyEncoding | null, encoding: LegacyEncoding): boolean {
  return encoding !== chosen && tiesWith(analysis, chosen, encoding);
}

function share(count: number, words: number): number {
  return words === 0 ? 0 : count / words;
}

function encodingOf(text: string, analysis: Analysis, choice: Choice): TextEncoding {
  if (choice.legacy !== null) return choice.legacy;
  const composedText = analysis.nfc === text;
  if (composedText ? analysis.ascii : isAscii(text)) return "ascii";
  return composedText ? "unicode" : "nfd";
}

function detection(text: string, analysis: Analysis, choice: Choice): EncodingDetection {
  const words = analysis.wordCount;
  return {
    encoding: encodingOf(text, analysis, choice),
    score: share(validIn(analysis, choice.legacy), words),
    scores: {
      asIs: share(analysis.validAsIs, words),
      tcvn3: analysis.tcvn3 && share(analysis.tcvn3.valid, words),
      vni: analysis.vni && share(analysis.vni.valid, words),
    },
    signal: choice.signal,
    capitals: choice.capitals,
    ambiguous: ambiguities(analysis, choice.legacy),
  };
}

/**
 * Which encoding a cell's text is in. NFD input is judged after composing it. Text with any
 * character outside Windows-1252 cannot be a legacy view and stays Unicode whatever the font.
 */
export function detectEncoding(text: string, options: DetectOptions = {}): EncodingDetection {
  const analysis = analyzeCell(text);
  return detection(text, analysis, chooseReading(analysis, options));
}

// ---------------------------------------------------------------------------------------------
// Conversion

export interface ConvertedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly changed: boolean;
  /** What decided the encoding (see EncodingDetection.signal). */
  readonly signal: DetectionSignal;
}

/**
 * In TCVN3 a word typed in capitals still has its toned letters in lower case ("NGUYễN"): a word
 * with at least two capitals and no other lower-case letter was meant to be all capitals.
 * Exported for tests.
 */
export function isCapitalWord(view: string, start: number, end: number): boolean {
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = view.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || TCVN3_PLAIN_LOWER_VIEWS.has(c)) return false;
    if ((c >= 0x41 && c <= 0x5a) || TCVN3_UPPER_VIEWS.has(c)) upper++;
  }
  return upper >= 2;
}

/**
 * A legacy text decoded word by word from the word cache; what lies between words is decoded
 * character by character. The same as decoding the whole text (both codecs map within words:
 * a VNI mark byte follows its base letter in the same word), without decoding every word again
 * in every cell. Exported for tests.
 */
export function renderWords(view: string, legacy: LegacyEncoding): string {
  let out = "";
  let start = -1;
  for (let i = 0; i <= view.length; i++) {
    const c = i < view.length ? view.charCodeAt(i) : -1;
    if (c !== -1 && isWordChar(c)) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1) {
      out += cachedWordFacts(view, start, i)[legacy].text;
      start = -1;
    }
    if (c !== -1) out += String.fromCharCode(decodeBetweenWords(c, legacy));
  }
  return out;
}

/** A character between words, as the codec decodes it (raw C1 bytes become their symbols). */
function decodeBetweenWords(c: number, legacy: LegacyEncoding): number {
  const letter = legacy === "tcvn3" ? TCVN3_DECODE.get(c) : VNI_SINGLES.get(c);
  return letter ?? C1_SYMBOLS.get(c) ?? c;
}

function render(analysis: Analysis, choice: Choice): string {
  const { nfc } = analysis;
  if (choice.legacy === null) return nfc;
  if (choice.legacy === "tcvn3" && choice.capitals) return decodeTcvn3(nfc, { capitals: true });
  return renderWords(nfc, choice.legacy);
}

/**
 * Below U+0300 every character is already NFC, and legacy views live there; so are the
 * precomposed letters of Latin Extended Additional (U+1E00–1EFF: ệ, ố, ữ), which hold no
 * combining mark and combine with nothing before them. Scanning for anything else first spares
 * the costly normalize() on every cell of a Unicode Vietnamese column.
 */
export function composed(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return text.normalize("NFC");
  }
  return text;
}

function analyzeCell(text: string): Analysis {
  return analyzeText(composed(text));
}

/**
 * A cell the column functions leave as it is: composed already, and plain ASCII or holding a
 * character outside Windows-1252, so it cannot be a legacy view. Shared, since most cells of a
 * Unicode column are such: their `nfc` is the cell itself, which the column functions know.
 */
const ASCII_AS_IS: Analysis = Object.freeze({ nfc: "", ascii: true, wordCount: 0, validAsIs: 0, commonAsIs: 0, tcvn3: null, vni: null });
const UNICODE_AS_IS: Analysis = Object.freeze({ ...ASCII_AS_IS, ascii: false });

function isAsIs(analysis: Analysis): boolean {
  return analysis === ASCII_AS_IS || analysis === UNICODE_AS_IS;
}

/**
 * A cell's analysis for the column functions, which decide and convert but report no scores.
 * Why the shortcut: a plain ASCII text, or one with a character outside Windows-1252 (ễ, ă, ơ,
 * đ: most cells of a Unicode column), cannot be a legacy view, so both its readings are null and
 * it stays as it is whatever its words; only detectEncoding's scores would need its words, and
 * it does not come here. A property test checks that columns convert as with the full analysis.
 */
export function columnAnalysis(text: string): Analysis {
  const nfc = composed(text);
  const ascii = isAscii(nfc);
  if (!ascii && fitsCp1252(nfc)) return analyzeText(nfc);
  if (nfc === text) return ascii ? ASCII_AS_IS : UNICODE_AS_IS;
  return { nfc, ascii, wordCount: 0, validAsIs: 0, commonAsIs: 0, tcvn3: null, vni: null };
}

function converted(text: string, analysis: Analysis, choice: Choice, nameColumn = false): ConvertedText {
  const decoded = render(analysis, choice);
  const out = nameColumn && choice.legacy === "tcvn3" && !choice.capitals ? restoreLostCapitals(text, decoded) : decoded;
  return { text: out, encoding: encodingOf(text, analysis, choice), changed: out !== text, signal: choice.signal };
}

/** Converts one cell to NFC Unicode, from TCVN3, VNI or NFD where it is one of those. */
export function toUnicode(text: string, options: DetectOptions = {}): ConvertedText {
  const analysis = analyzeCell(text);
  return converted(text, analysis, chooseReading(analysis, options));
}

// ---------------------------------------------------------------------------------------------
// Columns

/**
 * TCVN3 has no toned capitals, so a name typed "Lª ThÞ ¸nh" decodes to "Lê Thị ánh": the capital
 * was lost only where a word starts with a letter TCVN3 cannot write in upper case. Those words
 * get their capital back; words whose case survived keep it ("Hộ bà Lê Ánh" keeps "bà"), unless
 * the whole name was typed in lower case. Exported for tests.
 */
export function restoreLostCapitals(view: string, decoded: string): string {
  if (spaces(view) !== spaces(decoded)) return decoded;
  // A name typed all in lower case is a name all the same: every word takes its capital. It was
  // not, if a word whose capital was not lost starts with a capital.
  let typedLower = true;
  for (let v = 0, d = 0; d <= decoded.length && typedLower; ) {
    const vEnd = tokenEnd(view, v);
    const dEnd = tokenEnd(decoded, d);
    if (d < dEnd && !lostCapital(view, v, vEnd, decoded, d)) {
      const first = decoded.charAt(d);
      typedLower = lowerCaseOf(first) === upperCaseOf(first) || first !== upperCaseOf(first);
    }
    v = vEnd + 1;
    d = dEnd + 1;
  }
  let out = "";
  for (let v = 0, d = 0; d <= decoded.length; ) {
    const vEnd = tokenEnd(view, v);
    const dEnd = tokenEnd(decoded, d);
    if (d > 0) out += " ";
    const capitalize = d < dEnd && (typedLower || lostCapital(view, v, vEnd, decoded, d));
    out += capitalize ? upperCaseOf(decoded.charAt(d)) + decoded.slice(d + 1, dEnd) : decoded.slice(d, dEnd);
    v = vEnd + 1;
    d = dEnd + 1;
  }
  return out;
}

function spaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(" "); i !== -1; i = s.indexOf(" ", i + 1)) n++;
  return n;
}

/** Where the space-separated token starting at `from` ends. */
function tokenEnd(s: string, from: number): number {
  const at = s.indexOf(" ", from);
  return at === -1 ? s.length : at;
}

/**
 * The decoded token at `d` starts with a lower-case letter where its view (at `v`, up to `vEnd`)
 * had another character, one that is not a TCVN3 lower-case letter: a capital TCVN3 could not write.
 */
function lostCapital(view: string, v: number, vEnd: number, decoded: string, d: number): boolean {
  // A letter typed as itself kept its case; but ý is also TCVN3's own byte for ý, which stands
  // for Ý too ("Như Ý"), so a TCVN3 view is never taken for a letter typed as itself.
  const c = v < vEnd ? view.charCodeAt(v) : -1;
  if (c === decoded.charCodeAt(d) && !TCVN3_DECODE.has(c)) return false;
  const first = decoded.charAt(d);
  return first !== upperCaseOf(first) && !TCVN3_PLAIN_LOWER_VIEWS.has(c);
}

/**
 * The case of single characters, remembered: a name column asks about the same few first
 * letters 100.000 times, and case mapping outside ASCII is a slow call. At most one entry per
 * UTF-16 code unit.
 */
const UPPER_CASE = new Map<string, string>();
const LOWER_CASE = new Map<string, string>();

function upperCaseOf(ch: string): string {
  let upper = UPPER_CASE.get(ch);
  if (upper === undefined) UPPER_CASE.set(ch, (upper = ch.toUpperCase()));
  return upper;
}

function lowerCaseOf(ch: string): string {
  let lower = LOWER_CASE.get(ch);
  if (lower === undefined) LOWER_CASE.set(ch, (lower = ch.toLowerCase()));
  return lower;
}

export interface ColumnOptions {
  /** The font of each cell, same order as the cells; null where unknown. */
  readonly fonts?: readonly (string | null | undefined)[];
  /**
   * The font of the cell at a place, for a caller whose fonts are not in an array of their own
   * (a grid's rows): asked only of cells whose text a legacy reading fits. Wins over `fonts`.
   */
  readonly fontOf?: (cell: number) => string | null | undefined;
  /** The column holds person names: TCVN3 names get their capitals back by title case. */
  readonly nameColumn?: boolean;
}

export interface ConvertedCell {
  readonly text: string | null;
  readonly encoding: TextEncoding | null;
  readonly changed: boolean;
  readonly signal: DetectionSignal;
}

export interface ColumnVerdict {
  /** The legacy encoding the column is consistently in, or null. */
  readonly encoding: LegacyEncoding | null;
  /** Cells whose own text or font decided, by what they decided. */
  readonly decided: { readonly tcvn3: number; readonly vni: number; readonly unicode: number };
}

/** A column is one legacy encoding when at least this share of its decided cells say so. */
const COLUMN_MAJORITY = 0.75;

function verdictOf(decided: ColumnVerdict["decided"]): ColumnVerdict {
  const total = decided.tcvn3 + decided.vni + decided.unicode;
  const leader: LegacyEncoding = decided.vni > decided.tcvn3 ? "vni" : "tcvn3";
  const encoding = decided[leader] > 0 && decided[leader] >= COLUMN_MAJORITY * total ? leader : null;
  return { encoding, decided };
}

/** The column's choices, shared, so that a text settled the same way twice converts once. */
const BY_COLUMN: Readonly<Record<LegacyEncoding, Choice>> = {
  tcvn3: { legacy: "tcvn3", signal: "column", capitals: false },
  vni: { legacy: "vni", signal: "column", capitals: false },
};

function settleByColumn(analysis: Analysis, choice: Choice, column: LegacyEncoding | null): Choice {
  if (column === null || choice.legacy === column || choice.signal === "font") return choice;
  return isAmbiguity(analysis, choice.legacy, column) ? BY_COLUMN[column] : choice;
}

/**
 * Text columns (hamlets, payment channels, notes) repeat a few values, and names recur: each
 * distinct text is analysed once, and its choice and conversion are kept with it. A column of
 * distinct names would only fill the table, so after this many lookups a table that answered
 * fewer than one in ten stops being asked (a lookup that misses costs as much as it spares).
 */
const MEMO_TRIAL = 20_000;
const TEXT_TABLE_LIMIT = 65_536;

/** What a column knows of one distinct text. */
interface ColumnText {
  readonly analysis: Analysis;
  /** The font its choice was made for (undefined: none made yet), and that choice. */
  font: LegacyFont | null | undefined;
  choice: Choice;
  decisive: boolean;
  /** The settled choice its conversion was made for, and where that conversion is (-1: none). */
  settled: Choice | null;
  conversion: number;
}

/** Fonts repeat (a whole column in Times New Roman): each is looked at once, the last one first. */
function fontReader(): (font: string | null | undefined) => LegacyFont | null {
  const seen = new Map<string, LegacyFont | null>();
  let last: string | null = null;
  let lastRead: LegacyFont | null = null;
  return (font) => {
    // The same font object as the cell above's is settled by its address, without reading it.
    if (font === last) return lastRead;
    if (!font) return null;
    let known = seen.get(font);
    if (known === undefined) seen.set(font, (known = legacyFont(font)));
    last = font;
    return (lastRead = known);
  };
}

function analyzeColumn(cells: readonly (string | null)[], options: ColumnOptions, analyze: (text: string) => Analysis) {
  const table = new Map<string, ColumnText>();
  let lookups = 0;
  let hits = 0;
  const fontOf = fontReader();
  const fonts = options.fonts;
  const fontAt = options.fontOf ?? ((i: number) => fonts?.[i]);
  const texts = new Array<ColumnText | null>(cells.length);
  // A text's choice follows the font of the cell it was last seen in; each cell keeps its own.
  const choices = new Array<Choice | null>(cells.length);
  let tcvn3 = 0;
  let vni = 0;
  let unicode = 0;
  // Plain ASCII (receipt numbers, "TM") cannot be a legacy view whatever its font: such a cell
  // reads as it is and decides nothing, so it needs neither a lookup nor a place in the table.
  const plainAscii: ColumnText = { analysis: ASCII_AS_IS, font: null, choice: NOTHING_TO_DECIDE, decisive: false, settled: null, conversion: -1 };
  // Likewise composed Vietnamese with a letter Windows-1252 lacks (ă, ơ, đ, ễ): Unicode whatever
  // its font, and one scan tells so for less than a lookup costs. Such a cell decides "unicode".
  const plainUnicode: ColumnText = { analysis: UNICODE_AS_IS, font: null, choice: BY_TEXT.unicode, decisive: true, settled: null, conversion: -1 };
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null) {
      texts[i] = choices[i] = null;
      continue;
    }
    // Lists run in blocks (a hamlet's rows together): the cell above is the cheapest lookup.
    let text = i > 0 && cell === cells[i - 1] ? texts[i - 1] : null;
    if (text === null) {
      if (isAscii(cell)) text = plainAscii;
      else if (isPlainUnicode(cell)) text = plainUnicode;
    }
    if (text === plainAscii || text === plainUnicode) {
      texts[i] = text;
      choices[i] = text.choice;
      if (text === plainUnicode) unicode++;
      continue;
    }
    // A table that answers fewer than one lookup in ten is neither asked nor filled any more.
    const asking = lookups < MEMO_TRIAL || hits * 10 >= lookups;
    if (text === null && asking) {
      lookups++;
      text = table.get(cell) ?? null;
      if (text !== null) hits++;
    }
    if (text === null) {
      text = { analysis: analyze(cell), font: undefined, choice: NOTHING_TO_DECIDE, decisive: false, settled: null, conversion: -1 };
      if (asking && table.size < TEXT_TABLE_LIMIT) table.set(cell, text);
    }
    // A text no legacy reading fits is Unicode whatever its font: its font is not read.
    const font = text.analysis.tcvn3 === null && text.analysis.vni === null ? null : fontOf(fontAt(i));
    if (text.font !== font) {
      text.font = font;
      text.choice = chooseFor(text.analysis, font, null);
      text.decisive = isDecisive(text.analysis, text.choice);
    }
    texts[i] = text;
    choices[i] = text.choice;
    if (text.decisive) {
      const legacy = text.choice.legacy;
      if (legacy === "tcvn3") tcvn3++;
      else if (legacy === "vni") vni++;
      else unicode++;
    }
  }
  return { texts, choices, verdict: verdictOf({ tcvn3, vni, unicode }) };
}

/**
 * Composed already (see composed) and holding a character outside Windows-1252, so no legacy
 * view: what columnAnalysis calls UNICODE_AS_IS, found in one scan. Exported for tests.
 */
export function isPlainUnicode(text: string): boolean {
  let beyondCp1252 = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
    if (!beyondCp1252 && !isCp1252Char(c)) beyondCp1252 = true;
  }
  return beyondCp1252;
}

/** Which legacy encoding, if any, a column is consistently in. */
export function detectColumnEncoding(cells: readonly (string | null)[], options: ColumnOptions = {}): ColumnVerdict {
  return analyzeColumn(cells, options, columnAnalysis).verdict;
}

/**
 * Converts a column. Each cell is judged on its own text and font first; a cell that reads as
 * well in the column's legacy encoding as it does now (a short "Hé", which TCVN3 reads "Hộ") then
 * follows the column.
 */
export function convertColumn(cells: readonly (string | null)[], options: ColumnOptions = {}): ConvertedCell[] {
  return convertColumnWith(cells, options, columnAnalysis);
}

/** A column's changes, each distinct one once: the cells refer to them by their place. */
export interface ColumnConversions {
  /** Each distinct conversion that changes a text. */
  readonly conversions: readonly ConvertedCell[];
  /** For each cell, where its conversion is in `conversions`; -1 where it is empty or stays as it is. */
  readonly at: Int32Array;
}

/**
 * convertColumn for a reader that only needs what changes, and works once per distinct change (a
 * name on many rows, a hamlet in TCVN3): a 100.000-row column of Unicode names costs no object
 * per cell.
 */
export function columnConversions(cells: readonly (string | null)[], options: ColumnOptions = {}): ColumnConversions {
  const conversions: ConvertedCell[] = [];
  const at = new Int32Array(cells.length).fill(-1);
  settleColumn(cells, options, columnAnalysis, (i, text, settled) => {
    if (text.settled !== settled) {
      const cell = cells[i] as string;
      text.settled = settled;
      text.conversion = -1;
      if (!staysAsIs(cell, text.analysis, settled)) {
        const result = converted(cell, text.analysis, settled, options.nameColumn);
        if (result.changed) text.conversion = conversions.push(result) - 1;
      }
    }
    at[i] = text.conversion;
  });
  return { conversions, at };
}

/** An empty cell: one shared answer, since most cells of a note or receipt column are empty. */
const NO_TEXT: ConvertedCell = Object.freeze({ text: null, encoding: null, changed: false, signal: "none" });

/**
 * convertColumn with another analysis of the cells. For tests: with every word of every cell
 * scored afresh (no word cache, no shortcut) a column must convert the same.
 */
export function convertColumnWith(
  cells: readonly (string | null)[],
  options: ColumnOptions,
  analyze: (text: string) => Analysis,
): ConvertedCell[] {
  const out = new Array<ConvertedCell>(cells.length).fill(NO_TEXT);
  settleColumn(cells, options, analyze, (i, text, settled) => {
    const cell = cells[i] as string;
    out[i] = staysAsIs(cell, text.analysis, settled)
      ? { text: cell, encoding: text.analysis.ascii ? "ascii" : "unicode", changed: false, signal: settled.signal }
      : converted(cell, text.analysis, settled, options.nameColumn);
  });
  return out;
}

/** Already Unicode and read as it is: nothing to render. */
function staysAsIs(cell: string, analysis: Analysis, settled: Choice): boolean {
  return isAsIs(analysis) || (settled.legacy === null && analysis.nfc === cell);
}

/** Hands on each non-empty cell with its choice settled by the column's verdict. */
function settleColumn(
  cells: readonly (string | null)[],
  options: ColumnOptions,
  analyze: (text: string) => Analysis,
  take: (i: number, text: ColumnText, settled: Choice) => void,
): void {
  const { texts, choices, verdict } = analyzeColumn(cells, options, analyze);
  for (let i = 0; i < cells.length; i++) {
    const text = texts[i];
    const choice = choices[i];
    if (text === null || choice === null) continue;
    take(i, text, settleByColumn(text.analysis, choice, verdict.encoding));
  }
}
