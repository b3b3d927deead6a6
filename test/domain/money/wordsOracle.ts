/**
 * Reads Vietnamese amount words back into a number, written independently of words.ts so the
 * two can check each other. It accepts only the accounting forms (mốt, tư, lăm after "mươi";
 * lăm after "mười"; linh/lẻ for a zero tens digit) and throws on anything else.
 */

const DIGIT: Record<string, number> = {
  không: 0,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
};

function digit(word: string | undefined): number {
  if (word === undefined || !(word in DIGIT)) throw new Error(`not a digit word: ${word}`);
  return DIGIT[word];
}

/** One group of up to three digits. */
function readGroup(words: string[]): number {
  let i = 0;
  let value = 0;
  if (words[i + 1] === "trăm") {
    value += digit(words[i]) * 100;
    i += 2;
  }
  const w = words[i];
  if (w === "linh" || w === "lẻ") {
    if (i === 0) throw new Error("linh without hundreds");
    const u = digit(words[i + 1]);
    if (u === 0) throw new Error("linh không");
    value += u;
    i += 2;
  } else if (w === "mười") {
    value += 10;
    i++;
    if (i < words.length) {
      const u = words[i] === "lăm" ? 5 : digit(words[i]);
      if (u === 0 || words[i] === "năm") throw new Error(`mười ${words[i]}`);
      value += u;
      i++;
    }
  } else if (words[i + 1] === "mươi") {
    const t = digit(w);
    if (t < 2) throw new Error(`${w} mươi`);
    value += t * 10;
    i += 2;
    if (i < words.length) {
      const u = words[i];
      const special: Record<string, number> = { mốt: 1, tư: 4, lăm: 5 };
      if (u === "một" || u === "năm" || u === "không") throw new Error(`mươi ${u}`);
      value += u in special ? special[u] : digit(u);
      i++;
    }
  } else if (w !== undefined) {
    if (i > 0) throw new Error(`a unit after trăm needs linh: ${words.join(" ")}`);
    value += digit(w);
    i++;
  }
  if (i !== words.length || words.length === 0) throw new Error(`cannot read group: ${words.join(" ")}`);
  return value;
}

function readBelowBillion(words: string[]): bigint {
  let rest = words;
  let total = 0n;
  for (const [unit, scale] of [
    [["triệu"], 1_000_000n],
    [["nghìn", "ngàn"], 1_000n],
  ] as const) {
    const at = rest.findIndex((w) => (unit as readonly string[]).includes(w));
    if (at >= 0) {
      total += BigInt(readGroup(rest.slice(0, at))) * scale;
      rest = rest.slice(at + 1);
    }
  }
  if (rest.length > 0) total += BigInt(readGroup(rest));
  return total;
}

function readWords(words: string[]): bigint {
  let at = -1;
  words.forEach((w, i) => {
    if (w === "tỷ" || w === "tỉ") at = i;
  });
  if (at < 0) return readBelowBillion(words);
  const high = readWords(words.slice(0, at));
  const low = at + 1 < words.length ? readBelowBillion(words.slice(at + 1)) : 0n;
  if (low >= 1_000_000_000n) throw new Error("low part too large");
  return high * 1_000_000_000n + low;
}

/** "Một triệu không trăm linh năm nghìn đồng" → 1005000n. */
export function wordsToAmount(text: string): bigint {
  let words = text.toLowerCase().split(" ");
  if (words[words.length - 1] === "chẵn") words = words.slice(0, -1);
  if (words[words.length - 1] === "đồng") words = words.slice(0, -1);
  let sign = 1n;
  if (words[0] === "âm") {
    sign = -1n;
    words = words.slice(1);
  }
  if (words.length === 1 && words[0] === "không") return 0n;
  return sign * readWords(words);
}
