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
import { fitsCp1252, isAscii, isWordChar, wordsOf } from "./scan";
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
function isTcvn3Shaped(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f && isWordChar(code) && !TCVN3_DECODE.has(code)) return false;
  }
  return true;
}

/** Could a VNI keyboard have produced these letters? A mark byte must follow a base it fits. */
function isVniShaped(text: string): boolean {
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

/** ".Vn…" fonts are TCVN3 (those ending in H draw capitals); "VNI-…" fonts are VNI-Windows. */
export function legacyFont(font: string | null | undefined): LegacyFont | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return { encoding: "tcvn3", capitals: name.endsWith("H") };
  if (/^vni[-\s]/i.test(name)) return { encoding: "vni", capitals: false };
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
  readonly wordCount: number;
  readonly validAsIs: number;
  readonly commonAsIs: number;
  /** null where the text cannot be this encoding, or reads the same in it. */
  readonly tcvn3: Reading | null;
  readonly vni: Reading | null;
}

/**
 * What one word says about each reading, as bit flags. Every fact is a property of the word
 * alone: decoding maps a word to a word, and the shape checks look only at letters (a VNI mark
 * byte always follows its base letter inside the same word), so a text's scores are the sums of
 * its words' facts.
 */
const VALID = 1;
const COMMON = 2;

interface LegacyFlags {
  /** Its letters could come from this encoding's keyboard. */
  readonly shaped: number;
  /** Decoding changes the word. */
  readonly changed: number;
  /** The decoded word is a Vietnamese syllable. */
  readonly valid: number;
  /** ... and a common one. */
  readonly common: number;
}

const TCVN3_FLAGS: LegacyFlags = { shaped: 4, changed: 8, valid: 16, common: 32 };
const VNI_FLAGS: LegacyFlags = { shaped: 64, changed: 128, valid: 256, common: 512 };

function legacyFacts(word: string, decoded: string, shaped: boolean, flags: LegacyFlags): number {
  const facts = shaped ? flags.shaped : 0;
  if (decoded === word) return facts;
  if (!isVietnameseSyllable(decoded)) return facts | flags.changed;
  return facts | flags.changed | flags.valid | (isCommonSyllable(decoded) ? flags.common : 0);
}

/** The facts of one word, worked out from scratch: two decodings and up to three syllable checks. */
export function wordFacts(word: string): number {
  const valid = isVietnameseSyllable(word);
  const asIs = valid ? VALID | (isCommonSyllable(word) ? COMMON : 0) : 0;
  return (
    asIs |
    legacyFacts(word, decodeTcvn3(word), isTcvn3Shaped(word), TCVN3_FLAGS) |
    legacyFacts(word, decodeVni(word), isVniShaped(word), VNI_FLAGS)
  );
}

/**
 * Why a word cache: a 100.000-row name column holds 100.000 distinct names but only a few hundred
 * distinct syllables, so the per-word work (decoding twice, checking up to three syllables) is
 * done once per word instead of once per cell. Bounded: a column of random text cannot make it
 * grow without limit; when full it starts over, which only costs recomputation.
 */
const WORD_FACTS_LIMIT = 100_000;
const wordFactsMemo = new Map<string, number>();

function cachedWordFacts(word: string): number {
  let facts = wordFactsMemo.get(word);
  if (facts === undefined) {
    facts = wordFacts(word);
    if (wordFactsMemo.size >= WORD_FACTS_LIMIT) wordFactsMemo.clear();
    wordFactsMemo.set(word, facts);
  }
  return facts;
}

/** Sums one legacy reading over the words of a text. */
class ReadingTally {
  valid = 0;
  common = 0;
  changedValid = 0;
  changed = false;
  shaped = true;

  constructor(private readonly flags: LegacyFlags) {}

  add(facts: number): void {
    const flags = this.flags;
    if ((facts & flags.shaped) === 0) this.shaped = false;
    if ((facts & flags.changed) === 0) {
      // The word reads the same: it counts as it is.
      if ((facts & VALID) !== 0) this.valid++;
      if ((facts & COMMON) !== 0) this.common++;
      return;
    }
    this.changed = true;
    if ((facts & flags.valid) === 0) return;
    this.valid++;
    this.changedValid++;
    if ((facts & flags.common) !== 0) this.common++;
  }

  reading(possible: boolean): Reading | null {
    if (!possible || !this.shaped || !this.changed) return null;
    return { valid: this.valid, common: this.common, changedValid: this.changedValid };
  }
}

/**
 * Scores an NFC text word by word. `facts` is the word cache; tests pass `wordFacts` to check
 * that the cache changes nothing.
 */
export function analyzeText(nfc: string, facts: (word: string) => number = cachedWordFacts): Analysis {
  const tcvn3 = new ReadingTally(TCVN3_FLAGS);
  const vni = new ReadingTally(VNI_FLAGS);
  let wordCount = 0;
  let validAsIs = 0;
  let commonAsIs = 0;
  let start = -1;
  for (let i = 0; i <= nfc.length; i++) {
    const inWord = i < nfc.length && isWordChar(nfc.charCodeAt(i));
    if (inWord) {
      if (start === -1) start = i;
      continue;
    }
    if (start === -1) continue;
    const f = facts(nfc.slice(start, i));
    start = -1;
    wordCount++;
    if ((f & VALID) !== 0) validAsIs++;
    if ((f & COMMON) !== 0) commonAsIs++;
    tcvn3.add(f);
    vni.add(f);
  }
  const legacyPossible = !isAscii(nfc) && fitsCp1252(nfc);
  return { nfc, wordCount, validAsIs, commonAsIs, tcvn3: tcvn3.reading(legacyPossible), vni: vni.reading(legacyPossible) };
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
  const byText = bestByText(analysis);
  // The font is the cell's own word on its encoding: it settles any tie, common words or not.
  const font = legacyFont(options.font);
  if (font && tiesWith(analysis, byText, font.encoding)) return { legacy: font.encoding, signal: "font", capitals: font.capitals };
  const hint = options.encodingHint;
  if ((hint === "tcvn3" || hint === "vni") && holdsUp(analysis, hint) && tiesWith(analysis, byText, hint)) {
    return { legacy: hint, signal: "hint", capitals: false };
  }
  if (byText) return { legacy: byText, signal: "text", capitals: false };
  return { legacy: null, signal: isAscii(analysis.nfc) ? "none" : "text", capitals: false };
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
  const ties = (e: LegacyEncoding) => e !== choice.legacy && tiesWith(analysis, choice.legacy, e);
  return !ties("tcvn3") && !ties("vni") && !isAscii(analysis.nfc);
}

function share(count: number, words: number): number {
  return words === 0 ? 0 : count / words;
}

function encodingOf(text: string, analysis: Analysis, choice: Choice): TextEncoding {
  if (choice.legacy !== null) return choice.legacy;
  if (isAscii(text)) return "ascii";
  return analysis.nfc !== text ? "nfd" : "unicode";
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
 */
function restoreCapitalWords(view: string, decoded: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i <= view.length; i++) {
    if (i < view.length && isWordChar(view.charCodeAt(i))) continue;
    const word = decoded.slice(start, i);
    out += isCapitalWord(view, start, i) ? word.toUpperCase() : word;
    if (i < view.length) out += decoded[i];
    start = i + 1;
  }
  return out;
}

function isCapitalWord(view: string, start: number, end: number): boolean {
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = view.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || TCVN3_PLAIN_LOWER_VIEWS.has(c)) return false;
    if ((c >= 0x41 && c <= 0x5a) || TCVN3_UPPER_VIEWS.has(c)) upper++;
  }
  return upper >= 2;
}

function render(analysis: Analysis, choice: Choice): string {
  const { nfc } = analysis;
  if (choice.legacy === "vni") return decodeVni(nfc);
  if (choice.legacy === "tcvn3") {
    return choice.capitals ? decodeTcvn3(nfc, { capitals: true }) : restoreCapitalWords(nfc, decodeTcvn3(nfc));
  }
  return nfc;
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
 * the whole name was typed in lower case.
 */
function restoreLostCapitals(view: string, decoded: string): string {
  const viewWords = view.split(" ");
  const words = decoded.split(" ");
  if (viewWords.length !== words.length) return decoded;
  const lost = (i: number) => {
    const d = words[i].charAt(0);
    return d !== "" && d !== viewWords[i].charAt(0) && d !== d.toUpperCase() && !TCVN3_PLAIN_LOWER_VIEWS.has(viewWords[i].charCodeAt(0));
  };
  const known = words.map((w, i) => (w && !lost(i) && w.charAt(0).toLowerCase() !== w.charAt(0).toUpperCase() ? w.charAt(0) : ""));
  // A name typed all in lower case is a name all the same: every word takes its capital.
  const typedLower = known.every((c) => c === "" || c !== c.toUpperCase());
  return words.map((w, i) => (typedLower || lost(i) ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(" ");
}

export interface ColumnOptions {
  /** The font of each cell, same order as the cells; null where unknown. */
  readonly fonts?: readonly (string | null | undefined)[];
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

function verdictOf(analyses: readonly (Analysis | null)[], choices: readonly (Choice | null)[]): ColumnVerdict {
  const decided = { tcvn3: 0, vni: 0, unicode: 0 };
  analyses.forEach((analysis, i) => {
    const choice = choices[i];
    if (analysis !== null && choice !== null && isDecisive(analysis, choice)) decided[choice.legacy ?? "unicode"]++;
  });
  const total = decided.tcvn3 + decided.vni + decided.unicode;
  const leader: LegacyEncoding = decided.vni > decided.tcvn3 ? "vni" : "tcvn3";
  const encoding = decided[leader] > 0 && decided[leader] >= COLUMN_MAJORITY * total ? leader : null;
  return { encoding, decided };
}

function settleByColumn(analysis: Analysis, choice: Choice, column: LegacyEncoding | null): Choice {
  if (column === null || choice.legacy === column || choice.signal === "font") return choice;
  return isAmbiguity(analysis, choice.legacy, column) ? { legacy: column, signal: "column", capitals: false } : choice;
}

function analyzeColumn(cells: readonly (string | null)[], options: ColumnOptions) {
  const memo = new Map<string, Analysis>();
  const analyses = cells.map((cell) => {
    if (cell === null) return null;
    let analysis = memo.get(cell);
    if (analysis === undefined) memo.set(cell, (analysis = analyzeCell(cell)));
    return analysis;
  });
  const choices = analyses.map((a, i) => (a === null ? null : chooseReading(a, { font: options.fonts?.[i] })));
  return { analyses, choices, verdict: verdictOf(analyses, choices) };
}

/** Which legacy encoding, if any, a column is consistently in. */
export function detectColumnEncoding(cells: readonly (string | null)[], options: ColumnOptions = {}): ColumnVerdict {
  return analyzeColumn(cells, options).verdict;
}

/**
 * Converts a column. Each cell is judged on its own text and font first; a cell that reads as
 * well in the column's legacy encoding as it does now (a short "Hé", which TCVN3 reads "Hộ") then
 * follows the column.
 */
export function convertColumn(cells: readonly (string | null)[], options: ColumnOptions = {}): ConvertedCell[] {
  const { analyses, choices, verdict } = analyzeColumn(cells, options);
  return cells.map((cell, i) => {
    const analysis = analyses[i];
    const choice = choices[i];
    if (cell === null || analysis === null || choice === null) return { text: null, encoding: null, changed: false, signal: "none" };
    return converted(cell, analysis, settleByColumn(analysis, choice, verdict.encoding), options.nameColumn);
  });
}
