/**
 * The shape of a Vietnamese syllable (tiếng): onset + rhyme (medial, nucleus, coda) + one tone.
 * The legacy-encoding detector asks "does this word read as Vietnamese?" millions of times, so the
 * check is a table walk over precomputed maps, not a regular expression.
 */

/** The six tones: ngang, huyền, sắc, hỏi, ngã, nặng. */
export const Tone = { Level: 0, Grave: 1, Acute: 2, Hook: 3, Tilde: 4, Dot: 5 } as const;
export type Tone = (typeof Tone)[keyof typeof Tone];

const TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"] as const;
const VOWELS = "aăâeêioôơuưy";
const CONSONANTS = "bcdđghklmnpqrstvx";
/** Vowels that carry their own diacritic: with one of them in the rhyme the tone sits on it. */
const MARKED_VOWELS = "ăâêôơư";

interface Letter {
  readonly base: string;
  readonly tone: Tone;
}

const LETTERS: ReadonlyMap<string, Letter> = buildLetters();

function buildLetters(): Map<string, Letter> {
  const map = new Map<string, Letter>();
  for (const base of VOWELS) {
    TONE_MARKS.forEach((mark, index) => {
      const tone = index as Tone;
      const lower = (base + mark).normalize("NFC");
      map.set(lower, { base, tone });
      map.set(lower.toUpperCase(), { base, tone });
    });
  }
  for (const base of CONSONANTS) {
    map.set(base, { base, tone: Tone.Level });
    map.set(base.toUpperCase(), { base, tone: Tone.Level });
  }
  return map;
}

/**
 * Rhymes without a medial, written as after an onset (so "iê" rhymes here need an onset). The
 * loanword rhymes oong/ooc (xoong, boong) are left out: VNI "boâng" (bông) would read as the
 * TCVN3 "boõng", and a word that rare is not worth that confusion.
 */
const PLAIN_RHYMES = words(`
  a ac ach ai am an ang anh ao ap at au ay
  ăc ăm ăn ăng ăp ăt
  âc âm ân âng âp ât âu ây
  e ec em en eng eo ep et
  ê êch êm ên ênh êp êt êu
  i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu
  o oc oi om on ong op ot
  ô ôc ôi ôm ôn ông ôp ôt
  ơ ơi ơm ơn ơp ơt
  u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
  ư ưa ưc ưi ưm ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
`);

/** Rhymes that open with the rounding medial o/u (hoa, khuya, quyết). */
const MEDIAL_RHYMES = words(`
  oa oac oach oai oam oan oang oanh oao oap oat oay
  oăc oăm oăn oăng oăt
  oe oem oen oeo oet
  uân uâng uât uây
  uê uêch uênh
  uy uya uych uyên uyêt uynh uyp uyt uyu
  uơ
`);

/** Without an onset, the long i of iê is written y (yên, yêu); "ia" keeps its i (ỉa). */
const ONSETLESS_RHYMES = words("yêm yên yêt yêu y");

/** After "qu" the u is the medial: qua, quyết, quốc; "qui" is the i-spelling of "quy". */
const QU_RHYMES = new Set([...[...MEDIAL_RHYMES].map((r) => r.slice(1)), "ôc", "i"]);

const ONSETS = words("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph r s t th tr v x");
/** k, gh, ngh spell the onset before a front vowel; c, g, ng before the others. */
const FRONT_ONLY_ONSETS = words("k gh ngh");
const BACK_ONLY_ONSETS = words("c ng");
/**
 * No rounding medial after the lips (b m p ph v: only loanwords like "buýt" do that), after c/k
 * (the medial is spelled qu), after gh/ngh (front vowels only) or after gi.
 */
const NO_MEDIAL_ONSETS = words("b m p ph v c k gh ngh gi");
/** Open "y" after these is the y-spelling of long i: Hy, Kỳ, Lý, Mỹ, Sỹ, Tý, Vy, Thy, Ny. */
const Y_ONSETS = words("h k l m n s t v th");
const STOP_CODAS = words("c ch p t");

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

interface Spelled {
  /** Lower case, tone removed. */
  readonly bare: string;
  readonly tone: Tone;
  /** Index of the toned letter in `bare`, -1 for the level tone. */
  readonly toneAt: number;
}

/** Splits a word into its toneless letters and its single tone; null if it has foreign letters. */
function spell(word: string): Spelled | null {
  let bare = "";
  let tone: Tone = Tone.Level;
  let toneAt = -1;
  for (let i = 0; i < word.length; i++) {
    const letter = LETTERS.get(word[i]);
    if (letter === undefined) return null;
    if (letter.tone !== Tone.Level) {
      if (toneAt !== -1) return null;
      tone = letter.tone;
      toneAt = i;
    }
    bare += letter.base;
  }
  return { bare, tone, toneAt };
}

interface Parse {
  readonly onset: string;
  readonly rhyme: string;
}

/** Where the onset ends; the u of "qu" and the i of "gi" belong to the onset. */
function split(bare: string): Parse | null {
  let i = 0;
  while (i < bare.length && CONSONANTS.includes(bare[i])) i++;
  const lead = bare.slice(0, i);
  const rest = bare.slice(i);
  if (lead === "q") return rest.startsWith("u") ? { onset: "qu", rhyme: rest.slice(1) } : null;
  if (lead === "g" && rest.startsWith("i")) {
    // "gia" is gi + a; "gìn", "giếng" are gi + in, iêng sharing the i.
    const after = rest.slice(1);
    const sharesI = after === "" || after[0] === "ê" || !VOWELS.includes(after[0]);
    return { onset: "gi", rhyme: sharesI ? rest : after };
  }
  return { onset: lead, rhyme: rest };
}

function rhymeFits(onset: string, rhyme: string): boolean {
  if (rhyme === "") return false;
  if (onset === "qu") return QU_RHYMES.has(rhyme);
  if (onset === "") {
    if (rhyme.startsWith("iê")) return false;
    return PLAIN_RHYMES.has(rhyme) || MEDIAL_RHYMES.has(rhyme) || ONSETLESS_RHYMES.has(rhyme);
  }
  if (!ONSETS.has(onset)) return false;
  if (rhyme === "y") return Y_ONSETS.has(onset);
  const medial = MEDIAL_RHYMES.has(rhyme);
  if (!medial && !PLAIN_RHYMES.has(rhyme)) return false;
  if (medial && NO_MEDIAL_ONSETS.has(onset)) return false;
  const front = rhyme[0] === "i" || rhyme[0] === "e" || rhyme[0] === "ê";
  if (FRONT_ONLY_ONSETS.has(onset)) return front;
  if (BACK_ONLY_ONSETS.has(onset)) return !front;
  if (onset === "g") return !front;
  if (onset === "gi") return !medial;
  return true;
}

function codaOf(rhyme: string): string {
  let i = rhyme.length;
  while (i > 0 && !VOWELS.includes(rhyme[i - 1])) i--;
  return rhyme.slice(i);
}

/**
 * Where the tone may sit, as indexes into the rhyme. Both the old (hòa, thúy) and the new (hoà,
 * thuý) placement are in use for open oa/oe/uy, so both are valid there.
 */
function toneSlots(rhyme: string): number[] {
  const coda = codaOf(rhyme);
  const vowels = rhyme.slice(0, rhyme.length - coda.length);
  for (let i = vowels.length - 1; i >= 0; i--) if (MARKED_VOWELS.includes(vowels[i])) return [i];
  if (coda !== "") return [vowels.length - 1];
  if (vowels.length === 3) return [1];
  if (vowels === "oa" || vowels === "oe" || vowels === "uy") return [0, 1];
  return [0];
}

function toneFits(parse: Parse, spelled: Spelled): boolean {
  const coda = codaOf(parse.rhyme);
  if (STOP_CODAS.has(coda) && spelled.tone !== Tone.Acute && spelled.tone !== Tone.Dot) return false;
  if (spelled.toneAt === -1) return true;
  const rhymeStart = spelled.bare.length - parse.rhyme.length;
  return toneSlots(parse.rhyme).includes(spelled.toneAt - rhymeStart);
}

const MAX_SYLLABLE_LENGTH = 8;
const COMBINING_MIN = 0x0300;
const COMBINING_MAX = 0x036f;

function hasCombiningMark(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= COMBINING_MIN && c <= COMBINING_MAX) return true;
  }
  return false;
}

interface Parsed {
  readonly spelled: Spelled;
  readonly parse: Parse;
}

function parseSyllable(nfc: string): Parsed | null {
  if (nfc.length === 0 || nfc.length > MAX_SYLLABLE_LENGTH) return null;
  const spelled = spell(nfc);
  if (spelled === null) return null;
  const parse = split(spelled.bare);
  if (parse === null || !rhymeFits(parse.onset, parse.rhyme) || !toneFits(parse, spelled)) return null;
  return { spelled, parse };
}

function checkSyllable(word: string): boolean {
  return parseSyllable(hasCombiningMark(word) ? word.normalize("NFC") : word) !== null;
}

/** Real columns repeat the same few thousand syllables; a bounded memo keeps the check cheap. */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 50_000;

/**
 * True when `word` (any case, NFC or NFD) is one well-formed Vietnamese syllable: a known onset,
 * a known rhyme that may follow it (k/gh/ngh before i e ê, c/g/ng elsewhere, no rounding medial
 * after lips), at most one tone, placed where Vietnamese writes it, and only sắc or nặng before
 * the stops p t c ch.
 */
export function isVietnameseSyllable(word: string): boolean {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const result = checkSyllable(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, result);
  return result;
}

/** The parts of a valid syllable; null when it is not one. */
export interface SyllableParts {
  readonly onset: string;
  readonly rhyme: string;
  readonly coda: string;
  readonly tone: Tone;
}

export function syllableParts(word: string): SyllableParts | null {
  const parsed = parseSyllable(word.normalize("NFC"));
  if (parsed === null) return null;
  const { parse, spelled } = parsed;
  return { onset: parse.onset, rhyme: parse.rhyme, coda: codaOf(parse.rhyme), tone: spelled.tone };
}

function withTone(letter: string, tone: Tone): string {
  const upper = letter !== letter.toLowerCase();
  const base = LETTERS.get(letter)?.base ?? letter.toLowerCase();
  const toned = (base + TONE_MARKS[tone]).normalize("NFC");
  return upper ? toned.toUpperCase() : toned;
}

/**
 * One spelling for the two tone placements of open oa/oe/uy: the old one (hòa, khỏe, thúy), which
 * most name lists use. Anything else is returned unchanged.
 */
export function canonicalTonePlacement(word: string): string {
  const nfc = word.normalize("NFC");
  const parsed = parseSyllable(nfc);
  if (parsed === null || parsed.spelled.toneAt === -1) return nfc;
  const { parse, spelled } = parsed;
  const slots = toneSlots(parse.rhyme);
  const rhymeStart = spelled.bare.length - parse.rhyme.length;
  const target = rhymeStart + slots[0];
  if (slots.length < 2 || spelled.toneAt === target) return nfc;
  const chars = [...nfc];
  chars[spelled.toneAt] = withTone(chars[spelled.toneAt], Tone.Level);
  chars[target] = withTone(chars[target], spelled.tone);
  return chars.join("");
}
