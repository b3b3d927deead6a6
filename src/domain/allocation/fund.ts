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

/** Each work's code and name as word sequences, found by their first word. */
export interface EarmarkIndex {
  byFirst: Map<string, { words: string[]; work: Work }[]>;
}

export function earmarkIndex(works: readonly Work[]): EarmarkIndex {
  const byFirst = new Map<string, { words: string[]; work: Work }[]>();
  const add = (words: string[], work: Work) => {
    if (words.length === 0) return;
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, work });
    byFirst.set(words[0], list);
  };
  for (const w of works) {
    if (w.code) add(tokens(w.code), w);
    add(tokens(w.name), w);
  }
  return { byFirst };
}

/**
 * The work a purpose names: by its code as a word of the text ("CT01", "ủng hộ CT01"), or by its
 * exact name inside the text. Null when it names none, or names two different works.
 */
export function earmarkOf(purpose: string, works: readonly Work[] | EarmarkIndex): Work | null {
  const index = "byFirst" in works ? works : earmarkIndex(works);
  const words = tokens(purpose);
  const named = new Map<string, Work>();
  for (let i = 0; i < words.length; i++) {
    for (const entry of index.byFirst.get(words[i]) ?? []) {
      if (i + entry.words.length <= words.length && entry.words.every((t, j) => words[i + j] === t)) named.set(workKey(entry.work), entry.work);
    }
  }
  return named.size === 1 ? [...named.values()][0] : null;
}

const STOP = new Set(["xay", "dung", "cong", "trinh", "ung", "ho", "cho", "va", "xom", "thon", "ban", "duong", "nha", "sua", "chua", "ntm", "nong", "moi", "de"]);

/** Works by each distinctive word of their name and place, for suggestions. */
export type SuggestIndex = Map<string, Work[]>;

export function suggestIndex(works: readonly Work[]): SuggestIndex {
  const index: SuggestIndex = new Map();
  for (const w of works) {
    for (const t of new Set([...tokens(w.name), ...tokens(w.place)])) {
      if (STOP.has(t) || t.length < 2) continue;
      index.set(t, [...(index.get(t) ?? []), w]);
    }
  }
  return index;
}

/** A work a free note seems to mean (two distinctive words of its name or its place), for a person to confirm. */
export function suggestedWork(note: string, works: readonly Work[] | SuggestIndex): Work | null {
  const index = works instanceof Map ? works : suggestIndex(works);
  const score = new Map<Work, number>();
  for (const t of new Set(tokens(note))) for (const w of index.get(t) ?? []) score.set(w, (score.get(w) ?? 0) + 1);
  let best: Work | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [w, n] of score) {
    if (n > bestScore) {
      best = w;
      bestScore = n;
      tie = false;
    } else if (n === bestScore) tie = true;
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
  const index = earmarkIndex(works);
  const hints = suggestIndex(works);
  let general = 0;
  for (const c of contributions) {
    const key = `${c.sheet}!${c.row}`;
    if (c.amount <= 0 || !counts(key)) continue;
    const work = c.purpose ? earmarkOf(c.purpose, index) : null;
    const earmark = work ? workKey(work) : null;
    entries.push({ key, name: c.name, amount: c.amount, earmark });
    if (earmark) earmarked[earmark] = (earmarked[earmark] ?? 0) + c.amount;
    else {
      general += c.amount;
      const text = [c.purpose, c.note].filter(Boolean).join("; ");
      const guess = text ? suggestedWork(text, hints) : null;
      if (guess) suggestions.push({ key, name: c.name, amount: c.amount, text, workKey: workKey(guess), workName: guess.name });
    }
  }
  const total = entries.reduce((s, e) => s + e.amount, 0);
  return { entries, total, earmarked, general, suggestions };
}
