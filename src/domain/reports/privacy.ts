/**
 * What a public list may not show (Nghị định 13/2023 on personal data, shared/DOMAIN.md): phone
 * numbers, ID numbers (CMND 9 digits, CCCD 12 digits) and bank account numbers of people; and
 * the name of a donor who asked to stay anonymous.
 */
import { foldText } from "../text";

/** How a list shows a donor who asked not to be named. */
export const ANONYMOUS_NAME = "Nhà hảo tâm (giấu tên)";

/**
 * Words by which a list says a donor asked to stay anonymous, folded (no diacritics, lower
 * case): "giấu tên", "dấu tên" (a common misspelling), "ẩn danh", "không nêu tên", "không ghi
 * tên", "không công khai tên", "vô danh".
 */
const ANONYMOUS_WORDS = ["giau ten", "dau ten", "an danh", "khong neu ten", "khong ghi ten", "khong cong khai ten", "vo danh", "xin khong neu ten"];

/** True when the name or the note says the donor asked to stay anonymous. */
export function asksAnonymity(name: string, note: string): boolean {
  // Every word above has "danh" or a "t?n" (tên, ten) in it: most names and notes have neither.
  if (!/danh|t.n/i.test(name.normalize("NFC")) && !/danh|t.n/i.test(note.normalize("NFC"))) return false;
  const text = ` ${foldText(`${name} ${note}`).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ")} `;
  return ANONYMOUS_WORDS.some((w) => text.includes(` ${w} `));
}

/** Labels that announce a personal number: "SĐT:", "ĐT", "Tel", "CCCD số", "CMND", "STK", "số tài khoản". */
const LABEL = String.raw`(?:s[ốo]\s*đi[ệe]n\s*tho[ạa]i|đi[ệe]n\s*tho[ạa]i|s[đd]t|đt|dt|tel|phone|mobile|d[đd]|cccd|cmnd|cmt|căn\s*cước(?:\s*công\s*dân)?|can\s*cuoc|số\s*định\s*danh|so\s*dinh\s*danh|stk|s[ốo]\s*tk|s[ốo]\s*t[àa]i\s*kho[ảa]n|t[àa]i\s*kho[ảa]n|tk)`;
/** A run of digits with the separators people type inside numbers (space, dot, dash), or "+84". */
const DIGIT_RUN = /(?:\+\s?\d)?\d(?:[\d.\- ]*\d)?/g;
/** Money as lists write it: 1–3 digits then groups of three ("10.000.000", "2,500,000"), never starting with 0. */
const MONEY_GROUPS = /^[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*$/;

function digitsIn(s: string): number {
  return s.replace(/\D/g, "").length;
}

/**
 * A run that is a person's number: 8 digits or more (phones have 10, with +84 11; CMND 9; CCCD
 * 12; bank accounts 8 to 19), unless it is written as money in groups of three; after a label
 * ("SĐT", "CCCD", "STK"), any run of 6 digits or more.
 */
function isPersonalRun(run: string, labelled: boolean): boolean {
  const trimmed = run.trim();
  const digits = digitsIn(trimmed);
  if (labelled && digits >= 6) return true;
  if (digits < 8) return false;
  if (!trimmed.startsWith("+") && !/\s/.test(trimmed) && MONEY_GROUPS.test(trimmed)) return false;
  return true;
}

const LABELLED = new RegExp(String.raw`(^|[^\p{L}])(${LABEL})\s*(?:số|so)?\s*[:.\-–]?\s*((?:\+\s?\d)?\d(?:[\d.\- ]*\d)?)`, "giu");

/**
 * The text without phone numbers, ID numbers and bank account numbers (nor the label in front of
 * them), punctuation left dangling tidied away. Money amounts written in groups of three stay.
 */
export function stripPersonalNumbers(text: string): string {
  if (!/\d/.test(text) || (text.match(/\d/g)?.length ?? 0) < 6) return text.normalize("NFC").replace(/\s+/g, " ").trim();
  let out = text.normalize("NFC").replace(LABELLED, (whole, before: string, _label: string, run: string) => (isPersonalRun(run, true) ? `${before} ` : whole));
  out = out.replace(DIGIT_RUN, (run) => (isPersonalRun(run, false) ? " " : run));
  return tidy(out);
}

function tidy(s: string): string {
  return s
    .replace(/\(\s*[,;:.\-–]*\s*\)/g, " ")
    .replace(/\s+([,;:.)])/g, "$1")
    .replace(/([,;:\-–(])(\s*[,;:\-–])+/g, "$1")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:.\-–]+|[\s,;:\-–(]+$/g, "")
    .trim();
}

/** Any digit run a public list must not show, for tests and a last check over a written sheet. */
export function hasPersonalNumber(text: string): boolean {
  const runs = text.match(DIGIT_RUN) ?? [];
  return runs.some((r) => isPersonalRun(r, false));
}
