/** Text tools: amounts in words and legacy text to Unicode, for the CLI and the task pane. */
import { amountInWords, parseMoney } from "../domain/money";
import { toUnicode } from "../domain/text";

export type WordsResult = { ok: true; input: string; amount: number; words: string } | { ok: false; input: string; reason: string };

export function amountToWords(input: string): WordsResult {
  const parsed = parseMoney(input);
  if (!parsed.ok) return { ok: false, input, reason: parsed.reason };
  return { ok: true, input, amount: parsed.amount, words: amountInWords(parsed.amount) };
}

export function textToUnicode(input: string): string {
  return toUnicode(input).text;
}
