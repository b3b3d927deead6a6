/**
 * The fund the allocation spends: money received, with earmarked money kept for its work.
 * A contribution is earmarked when its Mục đích names a work by its code or its exact name; a
 * note that names no work is not an earmark, though it may be suggested for a person to decide.
 */
import type { Contribution } from "../contributions/types";
import { foldText } from "../text";
import { workKey, type Work } from "./works";

/** Which money counts: everything recorded (cash and transfers), or only what was confirmed received. */
export type FundSource = "recorded" | "confirmed";

export interface FundEntry {
  /** "<sheet>!<row>" of the contribution list. */
  key: string;
  name: string;
  amount: number;
  /** Key of the work it is earmarked for (workKey), or null for the general fund. */
  earmark: string | null;
}

export interface EarmarkSuggestion {
  key: string;
  name: string;
  amount: number;
  text: string;
  workKey: string;
  workName: string;
}

export interface Fund {
  entries: FundEntry[];
  total: number;
  /** Earmarked money by work key (before the cap at the work's request). */
  earmarked: Record<string, number>;
  general: number;
  suggestions: EarmarkSuggestion[];
}

const tokens = (s: string) => foldText(s).split(/[^a-z0-9]+/).filter(Boolean);

function containsPhrase(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((t, j) => haystack[i + j] === t)) return true;
  }
  return false;
}

/**
 * The work a purpose names: by its code as a word of the text ("CT01", "ủng hộ CT01"), or by its
 * exact name inside the text. Null when it names none, or names two different works.
 */
export function earmarkOf(purpose: string, works: readonly Work[]): Work | null {
  const words = tokens(purpose);
  if (words.length === 0) return null;
  const named = works.filter((w) => (w.code && containsPhrase(words, tokens(w.code))) || containsPhrase(words, tokens(w.name)));
  const distinct = new Set(named.map(workKey));
  return distinct.size === 1 ? named[0] : null;
}

const STOP = new Set(["xay", "dung", "cong", "trinh", "ung", "ho", "cho", "va", "xom", "thon", "ban", "duong", "nha", "sua", "chua", "ntm", "nong", "moi", "de"]);

/** A work a free note seems to mean (two distinctive words of its name or its place), for a person to confirm. */
export function suggestedWork(note: string, works: readonly Work[]): Work | null {
  const words = new Set(tokens(note));
  if (words.size === 0) return null;
  let best: Work | null = null;
  let bestScore = 0;
  let tie = false;
  for (const w of works) {
    const own = new Set([...tokens(w.name), ...tokens(w.place)].filter((t) => !STOP.has(t) && t.length > 1));
    const score = [...own].filter((t) => words.has(t)).length;
    if (score > bestScore) {
      best = w;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return bestScore >= 2 && !tie ? best : null;
}

/**
 * The fund from the contributions that count (`counts` says which keys do): money only, each
 * entry earmarked where its Mục đích names a work.
 */
export function buildFund(contributions: readonly Contribution[], counts: (key: string) => boolean, works: readonly Work[]): Fund {
  const entries: FundEntry[] = [];
  const suggestions: EarmarkSuggestion[] = [];
  const earmarked: Record<string, number> = {};
  let general = 0;
  for (const c of contributions) {
    const key = `${c.sheet}!${c.row}`;
    if (c.amount <= 0 || !counts(key)) continue;
    const work = c.purpose ? earmarkOf(c.purpose, works) : null;
    const earmark = work ? workKey(work) : null;
    entries.push({ key, name: c.name, amount: c.amount, earmark });
    if (earmark) earmarked[earmark] = (earmarked[earmark] ?? 0) + c.amount;
    else {
      general += c.amount;
      const text = [c.purpose, c.note].filter(Boolean).join("; ");
      const guess = text ? suggestedWork(text, works) : null;
      if (guess) suggestions.push({ key, name: c.name, amount: c.amount, text, workKey: workKey(guess), workName: guess.name });
    }
  }
  const total = entries.reduce((s, e) => s + e.amount, 0);
  return { entries, total, earmarked, general, suggestions };
}
