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
