/**
 * A name cell of several lines (Alt+Enter), as Zalo messages are pasted into a list: "Nguyễn Văn
 * An\n0912 345 678", "Lê Văn Cường\n500k", "Hoàng Văn Em\nủng hộ 1tr\nthôn 2". The first line is
 * the name. A later line that says something else — a phone or ID number, an address or a
 * hamlet, a workplace, an amount, how it was paid, a remark in brackets — is no part of the name:
 * it is set aside for the note, and so are all lines after it (a name does not resume under its
 * note). A line that says none of these continues the name, as a long name wrapped to fit the
 * column does ("Công ty TNHH Xây dựng và\nThương mại Hoàng Long").
 */
import { parseMoney } from "../money";
import { hasPersonalNumber } from "../reports/privacy";
import { composed } from "../text";
import { isOnlyAUnit, mayHaveNameMarks, nameWithoutMarks } from "./classify";

/** What a line set aside says. */
export type AsideKind = "personal" | "address" | "unit" | "amount" | "payment" | "remark";

export interface NameLines {
  /** The name's own lines, joined by single spaces. */
  name: string;
  /** The lines set aside, each tidied, in the cell's order. */
  asides: { text: string; is: AsideKind }[];
  /** The first line that is an amount and nothing else ("500k", "ủng hộ 1tr"): its figure as typed; "" where none. */
  amount: string;
  /** Where that line is in `asides`; -1 where none. */
  amountAside: number;
}

/** "SĐT:", "ĐT", "Tel", "Zalo", "CCCD", "STK": a personal number follows. */
const PERSONAL_LABEL = /^(?:sđt|sdt|đt|dt|dđ|đtdđ|tel|điện thoại|dien thoai|zalo|cccd|cmnd|stk|số tài khoản|so tai khoan)(?!\p{L})/iu;
/** "Địa chỉ:", "Đ/c", "Số nhà", "Quê": only a label, since "xã Tân Thành" may end a body's name wrapped onto two lines. */
const ADDRESS_LABEL = /^(?:địa chỉ|dia chi|đ\/c|đ\.c|đc|dc|số nhà|quê)(?!\p{L})/iu;
/** Words of giving before the figure: "ủng hộ 1tr", "nộp 500k", "đóng góp: 300.000". */
const GAVE = /^(?:ủng hộ|uh|đã nộp|nộp|đóng góp|đóng|góp)\s*:?\s*/iu;
const PAYMENT = /^(?:đã\s+)?(?:ck|tm|chuyển khoản|chuyen khoan|tiền mặt|tien mat)(?!\p{L})/iu;
const REMARK = /^\(.*\)$/u;
const DIGIT = /\d/;

function asideKind(line: string): AsideKind | null {
  if (PERSONAL_LABEL.test(line) || hasPersonalNumber(line)) return "personal";
  if (ADDRESS_LABEL.test(line)) return "address";
  if (REMARK.test(line)) return "remark";
  if (PAYMENT.test(line)) return "payment";
  if (DIGIT.test(line) && parseMoney(line.replace(GAVE, "")).ok) return "amount";
  if (isOnlyAUnit(line)) return "unit";
  return null;
}

/** "[20:15] Nguyễn Thị Hồng: ck 200k nha": a chat message pasted whole, its time, its sender and what they wrote. */
const CHAT_MESSAGE = /^\[\d{1,2}:\d{2}(?::\d{2})?\]\s*([^:\n]+?)\s*:\s*(\S[^\n]*)/u;

/** Whether a name cell opens with a chat message's time ("[20:15] …"): the cheap test before splitNameLines. */
export function mayBeChatMessage(raw: string): boolean {
  return raw.charCodeAt(0) === 0x5b && CHAT_MESSAGE.test(raw);
}

/**
 * The name and what its later lines set aside; null where the cell has one line, or no line is
 * set aside. A chat message pasted whole reads as its sender's name over what they wrote, which
 * is always set aside.
 */
export function splitNameLines(raw: string): NameLines | null {
  const lines = composed(raw)
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
  const chat = lines.length > 0 ? CHAT_MESSAGE.exec(lines[0]) : null;
  if (chat !== null) lines.splice(0, 1, chat[1], chat[2]);
  if (lines.length < 2) return null;
  const kept = [lines[0]];
  const asides: NameLines["asides"] = [];
  let amount = "";
  let amountAside = -1;
  for (let i = 1; i < lines.length; i++) {
    const is = asideKind(lines[i]);
    if (is === null && asides.length === 0 && chat === null) {
      kept.push(lines[i]);
      continue;
    }
    asides.push({ text: lines[i], is: is ?? "remark" });
    if (is === "amount" && amount === "") {
      amount = lines[i].replace(GAVE, "");
      amountAside = asides.length - 1;
    }
  }
  if (asides.length === 0) return null;
  const joined = kept.join(" ");
  const name = mayHaveNameMarks(joined) ? (nameWithoutMarks(joined) ?? joined) : joined;
  return { name, asides, amount, amountAside };
}
