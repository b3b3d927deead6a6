/**
 * Reading an amount of money (integer đồng) from a cell typed by hand.
 *
 * The rules, in the order they apply:
 * 1. A number cell is taken as it is when it is a whole number of đồng. Float noise from a
 *    formula (450000.0000001) is rounded away with a note; any real fraction (1.5, 450000.5) is
 *    refused, because a fraction of a đồng does not exist and "1.5" is more likely 1,5 triệu.
 * 2. Text is read after NFKC (full-width digits, odd spaces), lower case, single spaces.
 *    Around the number these are dropped: "đ", "₫", "đồng", "dong", "VNĐ", "VND", "chẵn",
 *    the "no decimals" dash ",-" / ".-" ("500.000,-"), and a lone "," "." or "=" closing the
 *    figure ("500.000,đ", "300.000="). A minus sign ("-", "−", "–") or
 *    parentheses ("(300.000)") make it negative.
 * 3. A bare number (digits, ".", ",", spaces):
 *    - "450.000", "450,000", "1.234.567", "1 500 000": thousands separators, every group after
 *      the first exactly three digits; "1.5.6" or "45.00.000" are refused;
 *    - with both "." and ",", the last one is the decimal mark ("1.500.000,00",
 *      "1,500,000.00"); its digits must be zeros, else the amount has a fraction of a đồng;
 *    - one separator followed by one or two digits ("1,5", "1.5", "12,50") is refused as
 *      ambiguous: in đồng it would be a fraction, so the writer meant some unit we cannot
 *      see (1,5 triệu? 12.500?). Decimal zeros are the exception ("450000,00", "500,00");
 *    - a number that starts with 0 ("0912345678") is refused: it is a phone or ID number.
 * 4. A number with units, largest first: "450k", "300 nghìn"/"ngàn"/"n", "1,5 triệu",
 *    "1.5 triệu", "1tr", "2 tỷ"/"tỉ", "2 tỷ 300 triệu 500 nghìn", "1 triệu rưỡi" (+ half the
 *    unit). Before a unit, "," is the Vietnamese decimal mark ("1,250 tỷ" = 1.250.000.000) and
 *    "." is one too unless it is followed by exactly three digits, where it separates thousands
 *    as in Vietnamese writing ("1.500 triệu" = 1.500.000.000); the note shows the reading.
 *    Digits right after a unit are the decimals of that unit, as the short notation is spoken:
 *    "1tr5" = 1,5 triệu, "1tr25" = 1,25 triệu, "2tr500" = 2,5 triệu, "1 triệu 500" = 1,5 triệu.
 *    Later parts hold whole numbers below the unit before them ("1 triệu 500 nghìn").
 *    "trăm" is said for the tenths of the unit before it, "2 triệu 3 trăm" = 2.300.000 (and
 *    "1 nghìn 3 trăm" = 1.300), and alone for hundreds of thousands, "3 trăm" = 300.000,
 *    "3 trăm rưỡi" = 350.000: no one gives 300 đ. The count of hundreds is one digit.
 * 5. Refused with a code and a Vietnamese reason: blank cells ("blank"; test with `isBlank`
 *    first where a blank is allowed), words ("không", "đã nộp", "x": "not-amount"), and the
 *    cases above ("ambiguous", "fraction", "malformed", "too-large" past 2^53 − 1).
 * Every text that does not already read as `formatMoney` of its amount gets a note
 * "450k → 450.000", so a person can review what was normalized.
 */
import type { CellValue } from "../sheet/types";
import { INVISIBLE } from "../text/scan";
import { formatMoney } from "./format";
import { readAmountWords } from "./words";

export type MoneyErrorCode = "blank" | "not-amount" | "ambiguous" | "fraction" | "malformed" | "too-large";

export type MoneyParse =
  | { ok: true; amount: number; /** what changed, e.g. "450k → 450.000" */ note?: string }
  | { ok: false; code: MoneyErrorCode; reason: string };

type Failure = Extract<MoneyParse, { ok: false }>;

/** Words of an amount that name their unit: thousands, millions, billions, or đồng itself. */
const WORDS_WITH_UNIT = /(?:^|\s)(?:nghìn|ngàn|triệu|tỷ|tỉ|đồng)(?:\s|$)/u;

/**
 * A note in brackets after the figure ("200.000 (tiền mặt)", "3 công (đào mương)"): words only,
 * so that "(200.000)", an amount in brackets, keeps its meaning. Exported for the labour days.
 */
export const TRAILING_NOTE = /\s*\([^()\d]*\p{L}[^()\d]*\)\s*$/u;

/** Empty, whitespace only, or no value at all. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // A visible ASCII character first, as in nearly every filled cell: not blank, no regex needed.
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return value.replace(INVISIBLE, "").trim() === "";
}

function fail(code: MoneyErrorCode, reason: string): Failure {
  return { ok: false, code, reason };
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function tooLarge(shown: string): Failure {
  return fail("too-large", `“${shown}” lớn hơn số tiền lớn nhất xử lý được (too large)`);
}

export function parseMoney(value: CellValue | undefined): MoneyParse {
  if (typeof value === "string") {
    const figure = readPlainFigure(value);
    if (figure !== null) return amountRead(value, figure);
  }
  if (isBlank(value)) return fail("blank", "Ô trống (empty)");
  if (typeof value === "boolean") {
    return fail("not-amount", `Giá trị đúng/sai (${value ? "TRUE" : "FALSE"}) không phải số tiền (not an amount)`);
  }
  if (typeof value === "number") return parseMoneyNumber(value);
  return readMoneyText(value as string);
}

/** The largest number of digits whose every prefix is exactly a double: 10^15 < 2^53. */
const SAFE_DIGITS = 15;

/**
 * What may follow a plain figure on the fast path: the currency as offices type it. The general
 * reader peels these (and many more) off the same way.
 */
const PLAIN_SUFFIXES: ReadonlySet<string> = new Set(["", "đ", "Đ", " đ", " Đ", "VNĐ", " VNĐ", "VND", " VND", " đồng"]);

/**
 * Why a fast path: most money typed as text is a plain figure ("1.500.000", "1,500,000",
 * "450000", "1.500.000đ"), and the general reader below spends its time on Unicode
 * normalization, peeling decorations and a dozen regular expressions that such a figure does
 * not need. This reads one in a single scan: ASCII digits starting with 1–9, either ungrouped or
 * grouped in threes by one kind of separator ("." or ","), at most 15 digits so that plain
 * doubles stay exact, then nothing or a currency from PLAIN_SUFFIXES. Anything else returns
 * null and goes to the general reader, which reads these figures the same way (rule 3 at the
 * top; a property test checks that the two agree).
 */
function readPlainFigure(text: string): number | null {
  const first = text.charCodeAt(0);
  if (!(first >= 0x31 && first <= 0x39)) return null;
  let value = 0;
  let digits = 0;
  let separator = 0;
  let group = 0;
  let i = 0;
  for (; i < text.length && digits <= SAFE_DIGITS; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      digits++;
      group++;
    } else if (c === 0x2e || c === 0x2c) {
      // The first group has 1–3 digits, every later one exactly 3, all behind the same separator.
      if (separator === 0 ? group > 3 : c !== separator || group !== 3) return null;
      separator = c;
      group = 0;
    } else {
      break;
    }
  }
  if (digits > SAFE_DIGITS || (separator !== 0 && group !== 3)) return null;
  return PLAIN_SUFFIXES.has(i === text.length ? "" : text.slice(i)) ? value : null;
}

/** A success, with a note unless the text already reads as the formatted amount. */
function amountRead(shown: string, amount: number): MoneyParse {
  const formatted = formatMoney(amount);
  return formatted === shown ? { ok: true, amount } : { ok: true, amount, note: `${shown} → ${formatted}` };
}

function parseMoneyNumber(n: number): MoneyParse {
  if (!Number.isFinite(n)) return fail("malformed", `${n} không phải số tiền (not a finite number)`);
  if (Number.isInteger(n)) {
    if (!Number.isSafeInteger(n)) return tooLarge(String(n));
    return { ok: true, amount: n === 0 ? 0 : n };
  }
  const r = Math.round(n);
  // A few ulps of float noise, never a real fraction typed by a person.
  if (Math.abs(n - r) <= Math.max(1e-6, Math.abs(n) * 8 * Number.EPSILON)) {
    if (!Number.isSafeInteger(r)) return tooLarge(String(n));
    const amount = r === 0 ? 0 : r;
    return { ok: true, amount, note: `${n} → ${formatMoney(amount)} (làm tròn sai số máy tính)` };
  }
  const shown = String(n).replace(".", ",");
  const hint = Math.abs(n) < 1000 ? `; nếu là triệu đồng, hãy ghi “${shown} triệu”` : "";
  return fail("fraction", `${shown} có phần lẻ dưới 1 đồng; số tiền phải là số đồng nguyên${hint} (fraction of a đồng)`);
}

// Hoisted: a regular expression literal makes a new object each time it is evaluated.
const SPACES = /\s+/g;
const LEADING_MINUS = /^[-−–]/u;
const ONLY_MINUS = /^[-−–]$/u;
const DIGIT = /\d/;
const DIGITS = /^\d+$/;
const SIGN_OR_PARENTHESIS = /[-−–+()]/u;
const BARE_NUMBER = /^[\d., ]+$/;
const FIRST_GROUP = /^\d{1,3}$/;
const GROUP = /^\d{3}$/;
const SEPARATED_DIGITS = /^\d(?:[., ]?\d)*$/;
const ZEROS = /^0*$/;
const ROUND_WORD = /\s*(?:chẵn|chan)$/u;
const CURRENCY_SUFFIX = /\s*(?:vnđ|vnd|vn₫|đồng|dong|đ|₫|d)\.?$/u;
const CURRENCY_PREFIX = /^(?:vnđ|vnd|₫|đ)\s*/u;
/**
 * How it was paid, as typed beside the figure ("ck 500.000", "tm: 300.000", "200.000 - tiền
 * mặt"): no part of the amount, and the row's channel, which the list reader takes from there.
 */
export const PAYMENT_WORDS: readonly string[] = ["ck", "tm", "chuyển khoản", "tiền mặt"];
const CHANNEL_PREFIX = new RegExp(`^(?:${PAYMENT_WORDS.join("|")})\\s*[:\\-–]?\\s*(?=[\\d(+−-])`, "u");
const CHANNEL_SUFFIX = new RegExp(`\\s*[-–,]?\\s*(?:${PAYMENT_WORDS.join("|")})$`, "u");
// The apostrophe that makes Excel keep a figure as text, when it reaches the cell itself.
const TEXT_APOSTROPHE = /^['‘’]/u;
const NO_DECIMALS_DASH = /\s*[.,]\s*-+$/;
/**
 * What is left after a figure once its currency is peeled ("500.000,đ" → "500.000,") or what an
 * accountant writes to close it ("300.000=", as on a paper tally): no digit follows, so it is no
 * decimal mark and no formula, and it is dropped. A separator only after a full thousands group:
 * "450." may be "450.000" cut short and stays unread. A leading "=" ("=500000*2", a formula typed
 * as text) is left alone and stays unread.
 */
const TRAILING_MARK = /([.,]\d{3})\s*[.,]$|(\d)\s*=+$/;
// "1 tr.", "500k.": the dot of an abbreviation or of a sentence, never a decimal mark.
const ABBREVIATION_DOT = /(\p{L})\.$/u;

function normalize(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").toLowerCase().replace(SPACES, " ").trim();
}

function stripDecorations(text: string): string {
  let s = text;
  // A few passes peel "500.000 đồng chẵn,-"; a bound keeps "ddd…" in a huge cell linear.
  for (let pass = 0; pass < 4; pass++) {
    const previous = s;
    s = s.replace(ROUND_WORD, "").replace(CURRENCY_SUFFIX, "").replace(CURRENCY_PREFIX, "").replace(CHANNEL_SUFFIX, "").replace(CHANNEL_PREFIX, "").replace(TEXT_APOSTROPHE, "");
    s = s.replace(NO_DECIMALS_DASH, "").replace(ABBREVIATION_DOT, "$1").replace(TRAILING_MARK, "$1$2").trim();
    if (s === previous) break;
  }
  return s;
}

/**
 * The general reader of an amount typed as text (rules 2–5 at the top). Exported for the tests
 * that check the fast path against it.
 */
export function readMoneyText(raw: string): MoneyParse {
  const read = readMoneyTextAsIs(raw);
  return read.ok ? read : (readBesideNote(raw) ?? read);
}

/**
 * A note glued after the figure: "350.000đ/hộ" (who the amount is from), "1.200.000 (3 tháng)"
 * (a bracket with digits of its own, which TRAILING_NOTE leaves alone lest "(200.000)" lose its
 * sign). Both are set aside here, asked only of a text that did not read.
 */
const NOTE_IN_BRACKETS = /^(.*\d.*?)\s*(\([^()]*\p{L}[^()]*\))\s*\.?$/u;
/**
 * Per household, the row's own donor: the amount is the household's. Per person or per month
 * ("500k/người", "100.000/tháng") the total needs a count the cell does not give, so those stay unread.
 */
const NOTE_AFTER_SLASH = /^(.*\d.*?)\s*(\/\s*(?:hộ|hộ gia đình|gia đình|ho|ho gia dinh|gia dinh))\.?$/iu;
/** A figure with a thousands group, four digits or more, or a money unit: an amount, not a count of months or persons. */
const NAMES_AN_AMOUNT = /\d{1,3}(?:[.,]\d{3})+|\d{4}|\d\s*(?:đ|₫|k|tr|triệu|trieu|nghìn|nghin|ngàn|ngan|tỷ|vnd|vnđ)(?!\p{L})/iu;

const NAMES_ANOTHER_GIFT = /\d\s*(?:ngày|ngay|công|cong|m2|m²|m\b)|(?<!\p{L})(?:đất|dat)(?!\p{L})/iu;

/**
 * The amount beside a note that says something about it, the note shown as set aside; null where
 * the text has no such note or the rest is no amount either. A note naming another amount
 * ("500.000đ (đã nộp 300.000đ)") is refused: which of the two was given, only the office knows.
 */
function readBesideNote(raw: string): MoneyParse | null {
  const shown = raw.replace(INVISIBLE, "").replace(SPACES, " ").trim();
  const m = NOTE_IN_BRACKETS.exec(shown) ?? NOTE_AFTER_SLASH.exec(shown);
  if (m === null) return null;
  const [, figure, note] = m;
  // "(2 ngày công)", "(50 m2 đất)": a gift of its own, which setting aside would lose.
  if (NAMES_ANOTHER_GIFT.test(note)) return null;
  if (NAMES_AN_AMOUNT.test(note)) {
    return fail("ambiguous", `“${shown}”: ghi chú “${note}” có một số tiền khác, không rõ số nào là số tiền đã nộp; hãy ghi một số tiền và để ghi chú ở cột Ghi chú (ambiguous)`);
  }
  const read = readMoneyTextAsIs(figure);
  if (!read.ok) return null;
  return { ok: true, amount: read.amount, note: `${shown} → ${formatMoney(read.amount)} (để riêng ghi chú “${note}”, không tính vào số tiền)` };
}

function readMoneyTextAsIs(raw: string): MoneyParse {
  const shown = raw.replace(INVISIBLE, "").replace(SPACES, " ").trim();
  let s = stripDecorations(normalize(raw).replace(TRAILING_NOTE, ""));
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = stripDecorations(s.slice(1, -1));
  } else if (LEADING_MINUS.test(s)) {
    negative = true;
    s = stripDecorations(s.slice(1));
  } else if (s.startsWith("+")) {
    s = stripDecorations(s.slice(1));
  }
  if (s === "" || !DIGIT.test(s)) {
    // "hai trăm nghìn", "Năm trăm nghìn đồng chẵn": the amount written out in words. Without a
    // unit ("bốn mươi", "một trăm") the words leave thousands or millions unsaid: not read.
    const inWords = WORDS_WITH_UNIT.test(normalize(raw)) || s === "không" ? readAmountWords(shown) : null;
    if (inWords !== null) return amountRead(shown, inWords);
    const zeroHint = ONLY_MINUS.test(shown) ? " (nếu là 0, hãy ghi 0)" : "";
    return fail("not-amount", `“${shown}” không phải là số tiền${zeroHint} (not an amount)`);
  }
  if (s.indexOf("+") > 0) return negative ? misplacedSign(shown) : readSum(s, shown);
  if (SIGN_OR_PARENTHESIS.test(s)) return misplacedSign(shown);
  const read = BARE_NUMBER.test(s) ? readPlain(s, shown) : readWithUnits(s, shown);
  if (!read.ok) return read;
  if (read.value > MAX) return tooLarge(shown);
  const magnitude = Number(read.value);
  const amount = negative && magnitude !== 0 ? -magnitude : magnitude;
  if ("hundredThousands" in read && read.hundredThousands) {
    return { ok: true, amount, note: `${shown} → ${formatMoney(amount)} (${HUNDRED_THOUSANDS_READING})` };
  }
  return amountRead(shown, amount);
}

/** A cell holds a few payments at most; past that, "+" is not a sum someone typed. */
const MAX_SUMMED_PARTS = 12;

/**
 * The parts of a sum typed in a cell ("100.000 + 50.000", "2 ngày + 1 buổi"), trimmed; null
 * where a "+" stands with nothing on one side or there are too many parts to be a sum. Shared by
 * the money and the labour-days readers, which read each part as their own.
 */
export function summedParts(text: string): string[] | null {
  const parts = text.split("+").map((part) => part.trim());
  return parts.length > MAX_SUMMED_PARTS || parts.some((part) => part === "") ? null : parts;
}

/**
 * "100.000 + 50.000": a donor who paid twice, summed in the cell as the office did on paper.
 * Each part is read as an amount of its own ("1tr + 500k"); the note shows the sum, so the
 * officer sees the parts were added.
 */
function readSum(s: string, shown: string): MoneyParse {
  const parts = summedParts(s);
  if (parts === null) return fail("malformed", `“${shown}”: dấu cộng không đúng chỗ (misplaced sign)`);
  let sum = 0;
  for (const part of parts) {
    const read = readMoneyText(part);
    if (!read.ok) return fail(read.code, `“${shown}”: phần “${part}” không đọc được: ${read.reason}`);
    if (read.amount < 0) return misplacedSign(shown);
    sum += read.amount;
  }
  if (!Number.isSafeInteger(sum)) return tooLarge(shown);
  return { ok: true, amount: sum, note: `${shown} → ${formatMoney(sum)} (cộng các lần nộp)` };
}

function misplacedSign(shown: string): Failure {
  return fail("malformed", `“${shown}”: dấu âm hoặc dấu ngoặc không đúng chỗ (misplaced sign)`);
}

type Read<T> = { ok: true; value: T } | Failure;

/** A decimal number as its digit strings: int is never empty. */
interface Decimal {
  int: string;
  frac: string;
}

function isGrouped(parts: string[]): boolean {
  return parts.length >= 2 && FIRST_GROUP.test(parts[0]) && parts.slice(1).every((p) => GROUP.test(p));
}

function badGroups(shown: string): Failure {
  return fail(
    "malformed",
    `“${shown}”: nhóm chữ số không đúng, giữa hai dấu phân cách nghìn phải có đúng 3 chữ số (bad digit grouping)`,
  );
}

function decimal(int: string, frac: string, shown: string): Read<Decimal> {
  if (int.length > 1 && int.startsWith("0")) {
    return fail("malformed", `“${shown}” bắt đầu bằng số 0: có phải số điện thoại hay mã số? (leading zero)`);
  }
  return { ok: true, value: { int, frac } };
}

/**
 * The digits and separators of one number. `beforeUnit` switches to the Vietnamese reading
 * of "," as the decimal mark (rule 4 at the top).
 */
function readDecimal(t: string, beforeUnit: boolean, shown: string): Read<Decimal> {
  if (DIGITS.test(t)) return decimal(t, "", shown);
  if (!SEPARATED_DIGITS.test(t)) {
    return fail("malformed", `“${shown}”: dấu phân cách không đúng chỗ (misplaced separator)`);
  }
  const kinds = [".", ",", " "].filter((c) => t.includes(c));
  if (kinds.length === 1) {
    const sep = kinds[0];
    const parts = t.split(sep);
    if (parts.length > 2 || sep === " ") return isGrouped(parts) ? decimal(parts.join(""), "", shown) : badGroups(shown);
    const [a, b] = parts;
    if (beforeUnit) {
      const thousands = sep === "." && b.length === 3 && a.length <= 3 && !a.startsWith("0");
      return thousands ? decimal(a + b, "", shown) : decimal(a, b, shown);
    }
    if (b.length === 3) return a.length <= 3 ? decimal(a + b, "", shown) : badGroups(shown);
    if (b === "00" || (b === "0" && a.length >= 4)) return decimal(a, b, shown);
    if (b.length <= 2) {
      return fail(
        "ambiguous",
        `“${shown}” không rõ là bao nhiêu đồng: dấu “${sep}” ở đây là dấu thập phân nhưng không có đơn vị; ` +
          `hãy ghi đủ số đồng (ví dụ ${formatMoney(1_500_000)}) hoặc ghi kèm đơn vị (ví dụ “${a},${b} triệu”) (ambiguous)`,
      );
    }
    return badGroups(shown);
  }
  if (kinds.length === 3) {
    return fail("malformed", `“${shown}”: dùng lẫn dấu chấm, dấu phẩy và dấu cách (mixed separators)`);
  }
  // Two kinds: the last "." or "," is the decimal mark and the other kind groups thousands.
  const at = Math.max(t.lastIndexOf("."), t.lastIndexOf(","));
  const mark = t[at];
  const int = t.slice(0, at);
  const frac = t.slice(at + 1);
  const groupSep = kinds.find((c) => c !== mark);
  if (int.includes(mark) || groupSep === undefined || frac.length === 3) {
    return fail("malformed", `“${shown}”: dùng lẫn dấu chấm và dấu phẩy, không rõ đâu là phân cách nghìn (mixed separators)`);
  }
  const parts = int.split(groupSep);
  if (!isGrouped(parts)) return badGroups(shown);
  return decimal(parts.join(""), frac, shown);
}

function readPlain(s: string, shown: string): Read<bigint> {
  const d = readDecimal(s, false, shown);
  if (!d.ok) return d;
  if (!ZEROS.test(d.value.frac)) {
    return fail("fraction", `“${shown}” có phần lẻ dưới 1 đồng; số tiền phải là số đồng nguyên (fraction of a đồng)`);
  }
  return { ok: true, value: BigInt(d.value.int) };
}

const UNIT_VALUES: Record<string, bigint> = {
  // "5 trăm ngàn": hundreds of thousands, said as one unit.
  "trăm nghìn": 100_000n,
  "trăm ngàn": 100_000n,
  "tram nghin": 100_000n,
  "tram ngan": 100_000n,
  nghìn: 1_000n,
  nghin: 1_000n,
  ngàn: 1_000n,
  ngan: 1_000n,
  ng: 1_000n,
  k: 1_000n,
  n: 1_000n,
  triệu: 1_000_000n,
  trieu: 1_000_000n,
  tr: 1_000_000n,
  tỷ: 1_000_000_000n,
  tỉ: 1_000_000_000n,
  ty: 1_000_000_000n,
  ti: 1_000_000_000n,
};

// Longest names first; a unit must end its word, so "ngày" is not "ng" + "ày".
const UNIT_PART = /^(\d+(?:[.,]\d+)*) ?(trăm nghìn|trăm ngàn|tram nghin|tram ngan|trăm|tram|nghìn|nghin|ngàn|ngan|triệu|trieu|tỷ|tỉ|ng|tr|ty|ti|k|n)(?!\p{L}) ?/u;
const HUNDREDS = new Set(["trăm", "tram"]);
/** The units after which a bare "trăm" counts their tenths, as it is said: "2 triệu 3 trăm" = 2,3 triệu. */
const UNITS_OVER_HUNDREDS: ReadonlySet<bigint> = new Set([1_000n, 1_000_000n, 1_000_000_000n]);
/**
 * "3 trăm" with no unit before it: speech leaves out "nghìn", as in "ba trăm" for 300.000 đ. A
 * contribution of 300 đ does not exist (the smallest note is 1.000 đ), so this is the only
 * reading an amount can have.
 */
const HUNDRED_THOUSANDS = 100_000n;
const HALF = /^(?:rưỡi|rưởi|ruoi)(?!\p{L}) ?/u;

function fractionOfUnit(shown: string): Failure {
  return fail("fraction", `“${shown}” ra số tiền có phần lẻ dưới 1 đồng (fraction of a đồng)`);
}

function unreadable(shown: string): Failure {
  return fail("not-amount", `Không đọc được “${shown}” như một số tiền (not an amount)`);
}

/** A count of hundreds is one digit, said first or right after thousands, millions or billions. */
function readsAsHundreds(count: string, previousUnit: bigint | null): boolean {
  return count.length === 1 && count !== "0" && (previousUnit === null || UNITS_OVER_HUNDREDS.has(previousUnit));
}

/** What a note adds when "3 trăm" was read as hundreds of thousands. */
const HUNDRED_THOUSANDS_READING = "“trăm” không kèm đơn vị hiểu là trăm nghìn đồng";

/** The amount, and whether a bare "trăm" opened it (read as hundreds of thousands). */
type UnitsRead = { ok: true; value: bigint; hundredThousands: boolean } | Failure;

function readWithUnits(s: string, shown: string): UnitsRead {
  let hundredThousands = false;
  let rest = s;
  let total = 0n;
  let previousUnit: bigint | null = null;
  while (rest !== "") {
    const m = UNIT_PART.exec(rest);
    if (m === null) {
      // Digits right after a unit are its decimals: "1tr5" = 1,5 triệu.
      const tail = FIRST_GROUP.exec(rest);
      if (tail === null || previousUnit === null) return previousUnit === null ? unreadable(shown) : unreadableTail(shown);
      const scale = 10n ** BigInt(rest.length);
      const part = BigInt(rest) * previousUnit;
      if (part % scale !== 0n) return fractionOfUnit(shown);
      total += part / scale;
      rest = "";
      break;
    }
    const hundreds = HUNDREDS.has(m[2]);
    if (hundreds && !readsAsHundreds(m[1], previousUnit)) {
      return fail("malformed", `“${shown}”: “trăm” phải đứng sau một chữ số từ 1 đến 9 (ví dụ 3 trăm, 2 triệu 3 trăm) (bad part)`);
    }
    const unit: bigint = hundreds ? (previousUnit === null ? HUNDRED_THOUSANDS : previousUnit / 10n) : UNIT_VALUES[m[2]];
    if (hundreds && previousUnit === null) hundredThousands = true;
    if (previousUnit !== null && unit >= previousUnit) {
      return fail("malformed", `“${shown}”: các đơn vị phải giảm dần (tỷ, triệu, nghìn) (units out of order)`);
    }
    let part: bigint;
    let whole = true;
    if (previousUnit === null) {
      const d = readDecimal(m[1], true, shown);
      if (!d.ok) return d;
      const scale = 10n ** BigInt(d.value.frac.length);
      const scaled = BigInt(d.value.int + d.value.frac) * unit;
      if (scaled % scale !== 0n) return fractionOfUnit(shown);
      part = scaled / scale;
      whole = d.value.frac === "";
    } else {
      if (!DIGITS.test(m[1]) || BigInt(m[1]) * unit >= previousUnit) {
        return fail(
          "malformed",
          `“${shown}”: phần sau phải là số nguyên nhỏ hơn đơn vị đứng trước (ví dụ 1 triệu 500 nghìn) (bad part)`,
        );
      }
      part = BigInt(m[1]) * unit;
    }
    rest = rest.slice(m[0].length);
    // "1 triệu rưỡi": half of the unit just named, and nothing may follow it.
    const half = HALF.exec(rest);
    if (half !== null) {
      if (!whole) return unreadableTail(shown);
      part += unit / 2n;
      rest = rest.slice(half[0].length);
      if (rest !== "") return unreadableTail(shown);
    }
    total += part;
    previousUnit = unit;
  }
  return { ok: true, value: total, hundredThousands };
}

function unreadableTail(shown: string): Failure {
  return fail("malformed", `“${shown}”: phần cuối không đọc được (unreadable ending)`);
}
