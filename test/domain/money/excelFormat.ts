/**
 * A small model of how Excel renders a number with a format code, enough to check the money
 * and labour-day formats without Excel: sections (positive;negative;zero, or up to two
 * [conditions] and an "else" section), digit placeholders 0 # ?, escaped (\x) and quoted
 * literals, "," grouping with the reader's separator, "." as the reader's decimal mark.
 * A literal is printed even where no digit stands to its left, as in Excel ("#\.##0" shows 5
 * as ".5"); the leftmost integer placeholder takes every remaining digit.
 * It throws on anything it does not model, so a format change cannot pass by accident.
 */

export interface Locale {
  group: string;
  decimal: string;
}

export const VI_VN: Locale = { group: ".", decimal: "," };
export const EN_US: Locale = { group: ",", decimal: "." };

type Token = { kind: "digit"; ch: "0" | "#" | "?" } | { kind: "literal"; text: string } | { kind: "point" } | { kind: "comma" };

interface Condition {
  op: string;
  value: number;
}

interface Section {
  condition: Condition | null;
  tokens: Token[];
}

function splitSections(code: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (!quoted && ch === "\\") {
      current += ch + code[i + 1];
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      sections.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  sections.push(current);
  if (sections.length > 4) throw new Error("more than four sections");
  return sections;
}

function parseSection(text: string): Section {
  let rest = text;
  let condition: Condition | null = null;
  const cond = /^\[(<=|>=|<>|<|>|=)(-?\d+(?:\.\d+)?)\]/.exec(rest);
  if (cond !== null) {
    condition = { op: cond[1], value: Number(cond[2]) };
    rest = rest.slice(cond[0].length);
  }
  if (rest.includes("[")) throw new Error(`unmodelled bracket in ${text}`);
  const tokens: Token[] = [];
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === "\\") {
      tokens.push({ kind: "literal", text: rest[i + 1] });
      i++;
    } else if (ch === '"') {
      const end = rest.indexOf('"', i + 1);
      if (end < 0) throw new Error("unterminated quote");
      tokens.push({ kind: "literal", text: rest.slice(i + 1, end) });
      i = end;
    } else if (ch === "0" || ch === "#" || ch === "?") {
      tokens.push({ kind: "digit", ch });
    } else if (ch === ".") {
      tokens.push({ kind: "point" });
    } else if (ch === ",") {
      tokens.push({ kind: "comma" });
    } else if (" -()".includes(ch)) {
      tokens.push({ kind: "literal", text: ch });
    } else {
      throw new Error(`unmodelled character ${ch} in ${text}`);
    }
  }
  return { condition, tokens };
}

function holds(c: Condition, v: number): boolean {
  switch (c.op) {
    case "<":
      return v < c.value;
    case "<=":
      return v <= c.value;
    case ">":
      return v > c.value;
    case ">=":
      return v >= c.value;
    case "=":
      return v === c.value;
    default:
      return v !== c.value;
  }
}

/** The section used for v, and whether Excel prints a minus sign itself. */
function choose(sections: Section[], v: number): { section: Section; minus: boolean } {
  const conditional = sections.slice(0, 2).some((s) => s.condition !== null);
  if (conditional) {
    if (sections[0].condition !== null && holds(sections[0].condition, v)) return { section: sections[0], minus: v < 0 };
    if (sections.length > 1 && sections[1].condition !== null && holds(sections[1].condition, v)) {
      return { section: sections[1], minus: v < 0 };
    }
    const rest = sections.slice(2).length > 0 ? sections[2] : sections[sections.length - 1];
    return { section: rest, minus: v < 0 };
  }
  if (sections.length === 1) return { section: sections[0], minus: v < 0 };
  if (v < 0) return { section: sections[1], minus: false };
  if (v === 0 && sections.length >= 3) return { section: sections[2], minus: false };
  return { section: sections[0], minus: false };
}

function fillInteger(tokens: Token[], digits: string, grouping: boolean, locale: Locale): string {
  const placeholders = tokens.filter((t) => t.kind === "digit").length;
  if (grouping) {
    if (tokens.some((t) => t.kind === "literal")) throw new Error("grouping with literals is not modelled");
    const minimum = tokens.filter((t) => t.kind === "digit" && t.ch === "0").length;
    const padded = digits.padStart(minimum, "0");
    let out = "";
    for (let end = padded.length; end > 0; end -= 3) {
      const part = padded.slice(Math.max(0, end - 3), end);
      out = out === "" ? part : `${part}${locale.group}${out}`;
    }
    return out;
  }
  let remaining = digits;
  let seen = 0;
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind === "literal") {
      out.unshift(t.text);
    } else if (t.kind === "digit") {
      seen++;
      const take = seen === placeholders ? remaining : remaining.slice(-1);
      remaining = seen === placeholders ? "" : remaining.slice(0, -1);
      out.unshift(take !== "" ? take : t.ch === "0" ? "0" : t.ch === "?" ? " " : "");
    } else {
      throw new Error("unexpected token in the integer part");
    }
  }
  return out.join("");
}

/** How Excel would show the number `value` with `code` for a reader in `locale`. */
export function renderNumberFormat(code: string, value: number | bigint, locale: Locale): string {
  const sections = splitSections(code).map(parseSection);
  const v = Number(value);
  const { section, minus } = choose(sections, v);
  const pointAt = section.tokens.findIndex((t) => t.kind === "point");
  const intTokens = (pointAt < 0 ? section.tokens : section.tokens.slice(0, pointAt)).filter((t) => t.kind !== "comma");
  const grouping = (pointAt < 0 ? section.tokens : section.tokens.slice(0, pointAt)).some((t) => t.kind === "comma");
  const fracTokens = pointAt < 0 ? [] : section.tokens.slice(pointAt + 1);
  if (fracTokens.some((t) => t.kind !== "digit")) throw new Error("only digit placeholders after the point are modelled");
  const decimals = fracTokens.length;

  let intDigits: string;
  let fracDigits = "";
  if (typeof value === "bigint" && decimals === 0) {
    intDigits = (value < 0n ? -value : value).toString();
  } else {
    const fixed = Math.abs(v).toFixed(decimals);
    [intDigits, fracDigits = ""] = fixed.split(".");
  }
  if (intDigits === "0" && !intTokens.some((t) => t.kind === "digit" && t.ch === "0")) intDigits = "";
  const integer = fillInteger(intTokens, intDigits, grouping, locale);

  let fraction = "";
  if (pointAt >= 0) {
    const chars = fracDigits.split("");
    // Trailing "#" places drop their zeros; "0" places keep them.
    for (let i = chars.length - 1; i >= 0; i--) {
      const t = fracTokens[i];
      if (t.kind === "digit" && t.ch === "#" && chars[i] === "0") chars.pop();
      else break;
    }
    fraction = locale.decimal + chars.join("");
  }
  const isZero = intDigits.replace(/0/g, "") === "" && fracDigits.replace(/0/g, "") === "";
  return `${minus && !isZero ? "-" : ""}${integer}${fraction}`;
}

/** The number of conditions a format uses: Excel accepts at most two. */
export function conditionCount(code: string): number {
  return splitSections(code).filter((s) => /^\[(<=|>=|<>|<|>|=)/.test(s)).length;
}
