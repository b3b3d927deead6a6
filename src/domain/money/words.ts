/**
 * Amounts in Vietnamese words, as the "Bằng chữ" line of a money table writes them
 * (common accounting usage, DOMAIN.md):
 * - units after "mươi": 1 → "mốt", 4 → "tư", 5 → "lăm" (21, 24, 25); after "mười" only 5 changes
 *   ("mười lăm", but "mười một", "mười bốn"); alone or after "linh" they stay ("một trăm linh
 *   một", "một trăm linh bốn", "một trăm linh năm");
 * - the number is read in groups of three digits; the first group is read as it is ("năm nghìn"),
 *   every later non-zero group in full ("không trăm linh năm"), and an all-zero group is left
 *   out with its unit: 1.005.000 → "một triệu không trăm linh năm nghìn", 1.000.005 → "một triệu
 *   không trăm linh năm", 1.000.000 → "một triệu";
 * - above "tỷ" the count of tỷ is itself read as a number: 10^12 "một nghìn tỷ", 10^15 "một
 *   triệu tỷ", 10^18 "một tỷ tỷ", 1.005 × 10^9 "một nghìn không trăm linh năm tỷ";
 * - negative amounts start with "Âm"; zero is "Không đồng"; the first letter is a capital;
 * - "đồng chẵn" is written only for a non-zero multiple of 1.000 đồng ("Năm trăm nghìn đồng
 *   chẵn"); any other amount gets "đồng", since "chẵn" asserts there is no odd part.
 * Integer arithmetic only (BigInt), so it is exact for any integer.
 */

export interface AmountInWordsOptions {
  /** Word for a zero tens digit: "một trăm linh năm" (default) or "một trăm lẻ năm". */
  zeroTens?: "linh" | "lẻ";
  thousand?: "nghìn" | "ngàn";
  /** A unit 4 after "mươi": "hai mươi tư" (default) or "hai mươi bốn". */
  four?: "tư" | "bốn";
  billion?: "tỷ" | "tỉ";
  /** "đồng" (default); "đồng chẵn" (only round amounts take "chẵn"); "" for none. */
  suffix?: "đồng" | "đồng chẵn" | "";
}

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

type Resolved = Required<AmountInWordsOptions>;

const DEFAULTS: Resolved = { zeroTens: "linh", thousand: "nghìn", four: "tư", billion: "tỷ", suffix: "đồng" };

/** One group of three digits (0 < n < 1000); `full` reads the hundreds even when zero. */
function readGroup(n: number, full: boolean, o: Resolved): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(DIGITS[h], "trăm");
  const hasHundreds = words.length > 0;
  if (t === 0) {
    if (u > 0) {
      if (hasHundreds) words.push(o.zeroTens);
      words.push(DIGITS[u]);
    }
  } else if (t === 1) {
    words.push("mười");
    if (u > 0) words.push(u === 5 ? "lăm" : DIGITS[u]);
  } else {
    words.push(DIGITS[t], "mươi");
    if (u === 1) words.push("mốt");
    else if (u === 4) words.push(o.four);
    else if (u === 5) words.push("lăm");
    else if (u > 0) words.push(DIGITS[u]);
  }
  return words;
}

const BILLION = 1_000_000_000n;

/** 0 < n; `full` when a higher part has already been read. */
function readNumber(n: bigint, full: boolean, o: Resolved): string[] {
  if (n >= BILLION) {
    const high = n / BILLION;
    const low = n % BILLION;
    const words = [...readNumber(high, full, o), o.billion];
    return low > 0n ? [...words, ...readNumber(low, true, o)] : words;
  }
  const small = Number(n);
  const groups: Array<[number, string | null]> = [
    [Math.floor(small / 1_000_000), "triệu"],
    [Math.floor(small / 1_000) % 1_000, o.thousand],
    [small % 1_000, null],
  ];
  const words: string[] = [];
  let started = full;
  for (const [value, unit] of groups) {
    if (value === 0) continue;
    words.push(...readGroup(value, started, o));
    if (unit !== null) words.push(unit);
    started = true;
  }
  return words;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function toBigInt(amount: number | bigint): bigint {
  if (typeof amount === "number" && !Number.isSafeInteger(amount)) {
    throw new RangeError(`Số tiền phải là số nguyên đồng (an integer): ${amount}`);
  }
  return BigInt(amount);
}

/** "Một trăm hai mươi lăm triệu bốn trăm nghìn đồng". */
export function amountInWords(amount: number | bigint, options: AmountInWordsOptions = {}): string {
  const o: Resolved = {
    zeroTens: options.zeroTens ?? DEFAULTS.zeroTens,
    thousand: options.thousand ?? DEFAULTS.thousand,
    four: options.four ?? DEFAULTS.four,
    billion: options.billion ?? DEFAULTS.billion,
    suffix: options.suffix ?? DEFAULTS.suffix,
  };
  const n = toBigInt(amount);
  const magnitude = n < 0n ? -n : n;
  const words = magnitude === 0n ? ["không"] : readNumber(magnitude, false, o);
  if (n < 0n) words.unshift("âm");
  const round = magnitude !== 0n && magnitude % 1_000n === 0n;
  const suffix = o.suffix === "đồng chẵn" && !round ? "đồng" : o.suffix;
  if (suffix !== "") words.push(suffix);
  return capitalize(words.join(" "));
}

/** "Bằng chữ: Một trăm hai mươi lăm triệu bốn trăm nghìn đồng." as documents write it. */
export function moneyInWordsLine(amount: number | bigint, options: AmountInWordsOptions = {}): string {
  return `Bằng chữ: ${amountInWords(amount, options)}.`;
}

// Maps, not objects: a cell's word such as "constructor" must find nothing.
const WORD_DIGITS: ReadonlyMap<string, number> = new Map(
  Object.entries({ không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 }),
);
const BIG_UNITS: ReadonlyMap<string, number> = new Map(Object.entries({ nghìn: 1_000, ngàn: 1_000, triệu: 1_000_000 }));
/** What may close an amount in words and says nothing of it. */
const CLOSING_WORDS = new Set(["đồng", "chẵn", "vnđ", "vnd", "đ"]);

/** "nửa triệu", "nửa tỷ": half of one unit, said alone; null for anything more. */
function halfOf(words: readonly string[]): number | null {
  if (words.length !== 2) return null;
  const unit = words[1] === "tỷ" || words[1] === "tỉ" ? 1_000_000_000 : BIG_UNITS.get(words[1]);
  return unit === undefined ? null : unit / 2;
}

/**
 * An amount written in words, as "Bằng chữ" lines and some amount cells hold it: "hai trăm
 * nghìn", "Năm trăm nghìn đồng chẵn", "một triệu rưỡi", "mười lăm nghìn", "hai mươi mốt". Reads
 * every form amountInWords writes, and the spoken "chục" (tens) and "rưỡi" (and a half of the
 * unit before it), and "nửa triệu" (half a unit). Null where the text is not an amount in words;
 * digits are not read here.
 */
export function readAmountWords(text: string): number | null {
  const words = text.normalize("NFC").toLowerCase().replace(/[.,;:!()"“”-]/g, " ").split(/\s+/).filter((w) => w !== "");
  let sign = 1;
  if (words[0] === "âm") {
    sign = -1;
    words.shift();
  }
  while (words.length > 0 && CLOSING_WORDS.has(words[words.length - 1])) words.pop();
  if (words.length === 0) return null;
  if (words[0] === "nửa") {
    const half = halfOf(words);
    return half === null ? null : sign * half;
  }
  let total = 0;
  // The part below a thousand being read, and a digit not yet placed (hundreds, tens or units).
  let part = 0;
  let digit: number | null = null;
  let hundreds = false;
  // The last thousand or million read since the last tỷ: they come largest first.
  let lastUnit = Infinity;
  let afterUnit = 0;
  for (const word of words) {
    const d = WORD_DIGITS.get(word);
    const unit = BIG_UNITS.get(word);
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
    } else if (word === "mươi" || word === "chục") {
      if (digit === null || digit < 2) return null;
      part += digit * 10;
      digit = null;
    } else if (word === "mười") {
      if (digit !== null || part % 100 !== 0) return null;
      part += 10;
    } else if (word === "trăm") {
      if (hundreds || part !== 0) return null;
      part = (digit ?? 1) * 100;
      digit = null;
      hundreds = true;
    } else if (word === "linh" || word === "lẻ") {
      if (!hundreds || part % 100 !== 0 || digit !== null) return null;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return null;
      total += (part + (digit ?? 0) || 1) * unit;
      part = 0;
      digit = null;
      hundreds = false;
      lastUnit = afterUnit = unit;
      continue;
    } else if (word === "tỷ" || word === "tỉ") {
      total = (total + part + (digit ?? 0) || 1) * 1_000_000_000;
      part = 0;
      digit = null;
      hundreds = false;
      lastUnit = Infinity;
      afterUnit = 1_000_000_000;
      continue;
    } else if (word === "rưỡi") {
      if (afterUnit === 0 || part !== 0 || digit !== null) return null;
      total += afterUnit / 2;
    } else {
      return null;
    }
    afterUnit = 0;
  }
  const amount = total + part + (digit ?? 0);
  return Number.isSafeInteger(amount) ? sign * amount : null;
}
