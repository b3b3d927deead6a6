/** Text tools: amounts in words and legacy text to Unicode, for the CLI and the task pane. */
import { amountInWords, DEFAULT_LABOUR_DAY_RATE, moneyToLabourDays, parseMoney, type AmountInWordsOptions } from "../domain/money";
import type { CellValue } from "../domain/sheet/types";
import { foldText, toUnicode } from "../domain/text";

export type WordsResult = { ok: true; input: string; amount: number; words: string } | { ok: false; input: string; reason: string };

export function amountToWords(input: string): WordsResult {
  const parsed = parseMoney(input);
  if (!parsed.ok) return { ok: false, input, reason: parsed.reason };
  return { ok: true, input, amount: parsed.amount, words: amountInWords(parsed.amount) };
}

export function textToUnicode(input: string): string {
  return toUnicode(input).text;
}

/**
 * A reading style typed in a cell, as CHUNGSUC.DOCSO takes it: words separated by commas or
 * spaces — "lẻ" (lẻ for linh), "ngàn", "bốn" (bốn for tư), "tỉ", "chẵn" (đồng chẵn), "không
 * đồng" (no suffix). Diacritics optional. Unknown words are refused, not ignored.
 */
export function wordsStyle(style: string | null | undefined): { ok: true; options: AmountInWordsOptions } | { ok: false; reason: string } {
  const options: AmountInWordsOptions = {};
  const text = foldText(style ?? "");
  if (!text) return { ok: true, options };
  const words = text.split(/[\s,;]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "le") options.zeroTens = "lẻ";
    else if (w === "linh") options.zeroTens = "linh";
    else if (w === "ngan") options.thousand = "ngàn";
    else if (w === "nghin") options.thousand = "nghìn";
    else if (w === "bon") options.four = "bốn";
    else if (w === "tu") options.four = "tư";
    else if (w === "ti") options.billion = "tỉ";
    else if (w === "ty") options.billion = "tỷ";
    else if (w === "chan") options.suffix = "đồng chẵn";
    else if (w === "khong" && words[i + 1] === "dong") {
      options.suffix = "";
      i++;
    } else return { ok: false, reason: `Kiểu đọc không rõ: "${w}". Dùng: lẻ, ngàn, bốn, tỉ, chẵn, không đồng.` };
  }
  return { ok: true, options };
}

export function amountCellToWords(value: CellValue, style?: string | null): { ok: true; words: string } | { ok: false; reason: string } {
  const parsed = parseMoney(value);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const s = wordsStyle(style);
  if (!s.ok) return s;
  return { ok: true, words: amountInWords(parsed.amount, s.options) };
}

export function foldForMatching(text: string): string {
  return foldText(text);
}

export function amountOf(value: CellValue): { ok: true; amount: number } | { ok: false; reason: string } {
  const parsed = parseMoney(value);
  return parsed.ok ? { ok: true, amount: parsed.amount } : { ok: false, reason: parsed.reason };
}

/** Labour days an amount stands for, at the campaign's rate (150.000 đ by default). */
export function labourDaysFor(value: CellValue, rate: number = DEFAULT_LABOUR_DAY_RATE): { ok: true; days: number } | { ok: false; reason: string } {
  const parsed = parseMoney(value);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  if (!Number.isSafeInteger(rate) || rate <= 0) return { ok: false, reason: `Đơn giá ngày công phải là số đồng nguyên dương: ${rate}` };
  return { ok: true, days: moneyToLabourDays(parsed.amount, rate) };
}

/** Vietnamese money formatting for shells (1.500.000). */
export { formatMoney } from "../domain/money";
