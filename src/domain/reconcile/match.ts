/**
 * The matcher: which recorded contributions each statement line pays for, with a score and a
 * Vietnamese reason for every proposal.
 *
 * Candidates come from indexes (amount, folded family|given name, unit, receipt number), never
 * from all pairs; subset sums (a unit's batch) are bounded. A line is "matched" only when one
 * candidate remains and every signal agrees with an exact amount: the amount, the date window and
 * the donor's full name in the description. Everything else is "suggested" for a person, or
 * "unmatched". Interest, fees and debits are classified and never given a donor.
 */
import type { Contribution } from "../contributions/types";
import { daysFromCivil, formatDateVN } from "../dates";
import { formatMoney } from "../money";
import { foldText, nameTokensForSearch } from "../text";
import {
  classifyFolded,
  containsWords,
  foldDescription,
  foldedDescriptionWords,
  indexOfWords,
  namedDates,
  parseReceipt,
  receiptRanges,
  relativeMention,
  saysCashDeposit,
  unitKeys,
  type ReceiptNo,
} from "./describe";
import type { ContributionResult, LineClass, LineResult, MatchStatus, ReviewDecision, StatementLine } from "./types";

export interface ReconcileOptions {
  /** Money may reach the account from the recorded date to this many days after (Cấu hình). */
  windowDays?: number;
  /** Decisions a person took; applied on top of the engine's proposals, line by line. */
  decisions?: readonly ReviewDecision[];
  /** Most rows a subset sum looks through (a unit's batch). */
  maxSubsetItems?: number;
}

export interface ReconcileSummary {
  lines: number;
  credits: number;
  matched: number;
  suggested: number;
  unmatched: number;
  interest: number;
  fees: number;
  debits: number;
  /** Lines a person decided (accepted, rejected, linked). */
  decided: number;
  amounts: {
    /** Credits matched (by the engine or a person). */
    matched: number;
    suggested: number;
    /** Credits from someone nobody recorded (or not found). */
    unmatched: number;
    interest: number;
    fees: number;
    debits: number;
    credits: number;
  };
  /** Money recorded in the lists (cash and transfers). */
  book: number;
  /** Money the bank received from donors (credits that are not interest). */
  bank: number;
  /** book − bank. */
  difference: number;
  /** Recorded transfers no line pays for yet: count and amount. */
  waiting: { count: number; amount: number };
  /** Recorded cash no deposit covers yet. */
  cashNotDeposited: { count: number; amount: number };
}

export interface ReconcileResult {
  lines: LineResult[];
  contributions: ContributionResult[];
  summary: ReconcileSummary;
}

export const DEFAULT_WINDOW_DAYS = 7;

export function contributionKeyOf(c: Pick<Contribution, "sheet" | "row">): string {
  return `${c.sheet}!${c.row}`;
}

// ---------------------------------------------------------------------------------------------
// Indexes

interface Entry {
  i: number;
  c: Contribution;
  key: string;
  /** Index of the first entry with the same key: rows listed twice share one status. */
  keyGroup: number;
  day: number | null;
  /** The folded name's words and the unit's keys; left empty for cash, which no transfer pays for. */
  tokens: readonly string[];
  unitWords: readonly (readonly string[])[];
  receipt: ReceiptNo | null;
}

/** Shared by every cash entry (a district has tens of thousands). */
const NO_WORDS: readonly never[] = [];

/** A campaign's 70.000 rows and lines fall on a few hundred days: each date is counted once. */
const DAYS = new Map<string, number>();

function dayOf(iso: string | null): number | null {
  if (!iso) return null;
  let day = DAYS.get(iso);
  if (day === undefined) {
    day = daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
    if (DAYS.size < 100_000) DAYS.set(iso, day);
  }
  return day;
}

/** Entries sorted by day, the undated apart: a window is two binary searches. */
class DayBucket {
  dated: Entry[] = [];
  undated: Entry[] = [];
  /** The dated entries' days, in the same order: searched without reaching into each entry. */
  days: number[] = [];
  add(e: Entry) {
    (e.day === null ? this.undated : this.dated).push(e);
  }
  sort() {
    this.dated.sort((a, b) => (a.day as number) - (b.day as number));
    this.days = this.dated.map((e) => e.day as number);
  }
  /** Visits the entries from `to` back to `from`, then the undated; stops when visit returns false. */
  eachBack(from: number, to: number, visit: (e: Entry) => boolean): number {
    const hi = upperBound(this.days, to);
    let visited = 0;
    for (let k = hi - 1; k >= 0 && this.days[k] >= from; k--) {
      visited++;
      if (!visit(this.dated[k])) return visited;
    }
    for (const e of this.undated) {
      visited++;
      if (!visit(e)) return visited;
    }
    return visited;
  }
  count(from: number, to: number): number {
    return upperBound(this.days, to) - lowerBound(this.days, from) + this.undated.length;
  }
}

function lowerBound(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The folded names of two words or more, word by word: a description's words walk it from each
 * word on, without building a key for every span.
 */
class NameNode {
  /** Entries whose whole name ends at this word. */
  bucket: DayBucket | null = null;
  next: Map<string, NameNode> | null = null;
  /** On a name's first word: names of three words or more by their given name (family and given name, the middle left out). */
  pairs: Map<string, DayBucket> | null = null;

  child(word: string): NameNode {
    this.next ??= new Map();
    let n = this.next.get(word);
    if (!n) this.next.set(word, (n = new NameNode()));
    return n;
  }
}

/** Longest span of words between a name's first and last word that the name index looks at. */
const NAME_SPAN = 8;
/** Amount-only candidates weighed in full for one line; the others are counted. */
const AMOUNT_ONLY_WEIGHED = 5;

interface Indexes {
  entries: Entry[];
  byAmount: Map<number, DayBucket>;
  /** By the folded name's first word ("nguyen" → "van" → "hai"). */
  names: Map<string, NameNode>;
  /** Unit keys by their first word; each with the unit's transfer entries. */
  units: Map<string, { words: string[]; unit: string; entries: Entry[] }[]>;
  cash: Entry[];
  /** Cash entries by receipt ("pt12"), built when a deposit first names a range. */
  byReceipt: Map<string, Entry[]> | null;
  /** Per entry: the line that last considered it (a line's "seen" set without a Set per line). */
  seenBy: Int32Array;
}

function buildIndexes(contributions: readonly Contribution[]): Indexes {
  const entries: Entry[] = [];
  const byAmount = new Map<number, DayBucket>();
  const names = new Map<string, NameNode>();
  const unitMap = new Map<string, Entry[]>();
  const cash: Entry[] = [];
  const tokenCache = new Map<string, string[]>();
  const unitCache = new Map<string, string[][]>();
  const foldCache = new Map<string, string>();
  const foldWord = (w: string): string => {
    let f = foldCache.get(w);
    if (f === undefined) foldCache.set(w, (f = foldText(w)));
    return f;
  };
  const rowsBySheet = new Map<string, Map<number, number>>();
  const buckets: DayBucket[] = [];
  const newBucket = () => {
    const b = new DayBucket();
    buckets.push(b);
    return b;
  };
  const bucketOf = <K>(map: Map<K, DayBucket>, key: K): DayBucket => {
    let b = map.get(key);
    if (!b) map.set(key, (b = newBucket()));
    return b;
  };
  for (const c of contributions) {
    if (!(c.amount > 0)) continue;
    let rows = rowsBySheet.get(c.sheet);
    if (!rows) rowsBySheet.set(c.sheet, (rows = new Map()));
    const i = entries.length;
    let keyGroup = rows.get(c.row);
    if (keyGroup === undefined) rows.set(c.row, (keyGroup = i));
    const e: Entry = { i, c, key: contributionKeyOf(c), keyGroup, day: dayOf(c.date), tokens: NO_WORDS, unitWords: NO_WORDS, receipt: c.receipt ? parseReceipt(c.receipt) : null };
    entries.push(e);
    if (c.channel === "cash") {
      cash.push(e);
      continue;
    }
    let tokens = tokenCache.get(c.name);
    if (!tokens) tokenCache.set(c.name, (tokens = searchTokens(c.name, foldWord)));
    let unitWords = unitCache.get(c.unit);
    if (!unitWords) unitCache.set(c.unit, (unitWords = unitKeys(c.unit)));
    e.tokens = tokens;
    e.unitWords = unitWords;
    bucketOf(byAmount, c.amount).add(e);
    if (tokens.length > 1) {
      let first = names.get(tokens[0]);
      if (!first) names.set(tokens[0], (first = new NameNode()));
      let node = first;
      for (let k = 1; k < tokens.length; k++) node = node.child(tokens[k]);
      (node.bucket ??= newBucket()).add(e);
      if (tokens.length >= 3) bucketOf((first.pairs ??= new Map()), tokens[tokens.length - 1]).add(e);
    }
    if (c.unit) {
      const list = unitMap.get(c.unit);
      if (list) list.push(e);
      else unitMap.set(c.unit, [e]);
    }
  }
  for (const b of buckets) b.sort();
  const units = new Map<string, { words: string[]; unit: string; entries: Entry[] }[]>();
  for (const [unit, list] of unitMap) {
    for (const words of unitKeys(unit)) {
      const arr = units.get(words[0]) ?? [];
      arr.push({ words, unit, entries: list });
      units.set(words[0], arr);
    }
  }
  cash.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || receiptOrder(a) - receiptOrder(b) || a.c.row - b.c.row);
  return { entries, byAmount, names, units, cash, byReceipt: null, seenBy: new Int32Array(entries.length).fill(-1) };
}

function receiptIndex(ix: Indexes): Map<string, Entry[]> {
  if (ix.byReceipt) return ix.byReceipt;
  const byReceipt = new Map<string, Entry[]>();
  for (const e of ix.entries) {
    if (!e.receipt || e.c.channel !== "cash") continue;
    const k = `${e.receipt.prefix}${e.receipt.n}`;
    const list = byReceipt.get(k);
    if (list) list.push(e);
    else byReceipt.set(k, [e]);
  }
  return (ix.byReceipt = byReceipt);
}

/** Folded first words that may be a form of address (Hộ, ông, bà…) or a family name that looks like one (Hồ, Cù, Chu). */
const ACCENTED_PREFIX = new Set(["hộ", "ông", "bà", "chị", "cô", "chú", "thầy", "cụ", "bác", "gđ"]);
const MAYBE_PREFIX = new Set(["ho", "ong", "ba", "anh", "chi", "em", "co", "chu", "thay", "cu", "bac", "gia", "gd"]);

/**
 * The folded words of a donor's name, form of address left out: nameTokensForSearch of
 * src/domain/text, called only where the first word could be a form of address (it tells Hộ from
 * Hồ by the diacritics); other names are folded and split, which gives the same words faster.
 * `fold`: foldText, through a cache (a district's names share a few hundred words).
 */
function searchTokens(name: string, fold: (word: string) => string): string[] {
  const raw = name.normalize("NFC").toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== "");
  let k = 0;
  while (k < raw.length - 1) {
    if (ACCENTED_PREFIX.has(raw[k])) k++;
    else if (raw[k] === "gia" && raw[k + 1] === "đình" && k + 2 < raw.length) k += 2;
    else break;
  }
  const words = raw.slice(k).map((w) => fold(w));
  if (words.length === 0) return [];
  // An unaccented "ong", "ba"… may still be a form of address: the general rule decides.
  return MAYBE_PREFIX.has(words[0]) && words[0] === raw[k] ? nameTokensForSearch(name) : words;
}

function receiptOrder(e: Entry): number {
  return e.receipt?.n ?? Infinity;
}

// ---------------------------------------------------------------------------------------------
// Signals for one line and one contribution

interface Signals {
  e: Entry;
  amountExact: boolean;
  difference: number;
  /** In the window from the recorded date to windowDays after; null when either date is missing. */
  dateIn: boolean | null;
  daysAfter: number | null;
  /** 1: full name; 0.8: family and given name, middle left out; 0.5: given name after "cho me la ba". */
  name: number;
  unitNamed: boolean;
  receiptNamed: boolean;
  relative: boolean;
  score: number;
}

interface LineView {
  /** The line's index in the statement. */
  k: number;
  line: StatementLine;
  cls: LineClass;
  /** The description folded once (foldDescription), for every reading of it. */
  folded: string;
  words: string[];
  day: number | null;
  relativeAt: number | null;
}

function nameLevel(words: readonly string[], tokens: readonly string[], relativeAt: number | null): number {
  if (tokens.length === 0) return 0;
  if (containsWords(words, tokens)) return tokens.length === 1 ? 0.5 : 1;
  if (tokens.length >= 3 && containsPair(words, tokens[0], tokens[tokens.length - 1])) return 0.8;
  if (relativeAt !== null) {
    // "… CHO ME LA BA HOA": the given name (or middle + given) right after the relative's words.
    const given = tokens[tokens.length - 1];
    if (words[relativeAt] === given || (tokens.length >= 2 && words[relativeAt] === tokens[tokens.length - 2] && words[relativeAt + 1] === given)) return 0.5;
  }
  return 0;
}

/** containsWords(words, [first, second]), without building the pair. */
function containsPair(words: readonly string[], first: string, second: string): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === first && words[i + 1] === second) return true;
  return false;
}

function unitNamed(words: readonly string[], unitWords: readonly (readonly string[])[]): boolean {
  for (const k of unitWords) if (containsWords(words, k)) return true;
  return false;
}

function receiptNamed(words: readonly string[], r: ReceiptNo | null): boolean {
  if (!r) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.startsWith(r.prefix)) {
      const rest = w.slice(r.prefix.length);
      const num = rest === "" ? words[k + 1] : rest;
      if (num !== undefined && /^\d+$/.test(num) && Number(num) === r.n) return true;
    }
  }
  return false;
}

/** `name`: nameLevel of the line and the entry. */
function signalsOf(v: LineView, e: Entry, windowDays: number, name: number): Signals {
  const difference = v.line.credit - e.c.amount;
  const daysAfter = v.day !== null && e.day !== null ? v.day - e.day : null;
  const dateIn = daysAfter === null ? null : daysAfter >= 0 && daysAfter <= windowDays;
  const s: Signals = {
    e,
    amountExact: difference === 0,
    difference,
    dateIn,
    daysAfter,
    name,
    unitNamed: unitNamed(v.words, e.unitWords),
    receiptNamed: receiptNamed(v.words, e.receipt),
    relative: v.relativeAt !== null,
    score: 0,
  };
  s.score = scoreOf(s);
  return s;
}

function scoreOf(s: Signals): number {
  const score = (s.amountExact ? 0.35 : 0.05) + (s.dateIn === true ? 0.15 : s.dateIn === null ? 0.05 : 0) + 0.4 * s.name + (s.unitNamed ? 0.05 : 0) + (s.receiptNamed ? 0.05 : 0);
  return round2(Math.min(1, score));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Reasons, in Vietnamese

/** The contribution as a reason names it; singleReason puts the same pieces in its parts. */
function who(e: Entry): string {
  return `${e.c.name} (${e.c.sheet} dòng ${e.c.row})`;
}

function dateText(s: Signals): string {
  if (s.daysAfter === null) return "không so được ngày (thiếu ngày ghi sổ hoặc ngày giao dịch)";
  if (s.dateIn) return s.daysAfter === 0 ? "tiền về đúng ngày ghi sổ" : `tiền về sau ngày ghi sổ ${s.daysAfter} ngày`;
  return s.daysAfter < 0 ? `tiền về trước ngày ghi sổ ${-s.daysAfter} ngày (ngoài khoảng đối chiếu)` : `tiền về sau ngày ghi sổ ${s.daysAfter} ngày (ngoài khoảng đối chiếu)`;
}

function nameText(s: Signals): string {
  if (s.name === 1) return s.relative ? `diễn giải có tên người đóng góp, do người thân chuyển hộ` : "diễn giải có đủ họ tên người đóng góp";
  if (s.name === 0.8) return "diễn giải có họ và tên, thiếu tên đệm";
  if (s.name > 0) return s.relative ? "người thân chuyển hộ, diễn giải chỉ có tên gọi" : "diễn giải chỉ có một phần tên";
  return "diễn giải không có tên người đóng góp";
}

function singleReason(s: Signals, status: MatchStatus, others: number): string {
  const parts: string[] = [];
  parts.push(s.amountExact ? `Đúng số tiền ${formatMoney(s.e.c.amount)} đ` : `Số tiền lệch ${signed(s.difference)} đ so với sổ (${formatMoney(s.e.c.amount)} đ)`);
  parts.push("; ", dateText(s), "; ", nameText(s));
  if (s.unitNamed) parts.push(`; có tên đơn vị/thôn "${s.e.c.unit}"`);
  if (s.receiptNamed) parts.push(`; có số phiếu ${s.e.c.receipt}`);
  parts.push(": ", s.e.c.name, " (", s.e.c.sheet, " dòng ", String(s.e.c.row), ")");
  if (status === "suggested") {
    if (others > 0) parts.push(`; còn ${others} khoản khác cùng số tiền hoặc cùng tên: cần người xem chọn`);
    else if (!s.amountExact) parts.push("; số tiền khác sổ nên chỉ đề xuất, không tự khớp");
    else parts.push("; chưa đủ dấu hiệu để tự khớp");
  }
  parts.push(".");
  // Joined once: a district's 80.000 reasons outlive the run, and one flat string per reason
  // costs the garbage collector less than a tree of concatenated pieces.
  return parts.join("");
}

function signed(n: number): string {
  return n > 0 ? `+${formatMoney(n)}` : `−${formatMoney(-n)}`;
}

// ---------------------------------------------------------------------------------------------
// The matcher

interface Draft {
  status: MatchStatus;
  kind: LineResult["kind"];
  entries: Entry[];
  score: number;
  reason: string;
  alternatives: LineResult["alternatives"];
  /** Best single candidate (kept to compare with group proposals). */
  best: Signals | null;
}

const NO_DRAFT: Draft = { status: "unmatched", kind: null, entries: [], score: 0, reason: "", alternatives: [], best: null };

export function reconcileStatement(lines: readonly StatementLine[], contributions: readonly Contribution[], options: ReconcileOptions = {}): ReconcileResult {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const maxSubset = options.maxSubsetItems ?? 24;
  const ix = buildIndexes(contributions);
  const views: LineView[] = lines.map((line, k) => {
    const folded = foldDescription(line.description);
    const words = foldedDescriptionWords(folded);
    const rel = relativeMention(words);
    return { k, line, cls: line.class ?? classifyFolded(folded, line.credit, line.debit), folded, words, day: dayOf(line.date), relativeAt: rel ? rel.start : null };
  });

  // Pass 1: single transfers.
  const drafts: Draft[] = views.map((v) => (v.cls === "credit" && v.line.credit > 0 ? singleDraft(v, ix, windowDays) : NO_DRAFT));

  // Two lines claiming the same contribution as certain: neither is certain.
  const claimedBy = new Map<number, number[]>();
  drafts.forEach((d, k) => {
    if (d.status === "matched") for (const e of d.entries) claimedBy.set(e.i, [...(claimedBy.get(e.i) ?? []), k]);
  });
  for (const [, ks] of claimedBy) {
    if (ks.length < 2) continue;
    for (const k of ks) {
      const d = drafts[k];
      const others = ks.filter((o) => o !== k).map((o) => views[o].line.row);
      drafts[k] = { ...d, status: "suggested", score: round2(d.score * 0.8), reason: `${d.reason.replace(/\.$/, "")}; cùng khoản này còn được dòng sao kê ${others.join(", ")} trả: cần người xem chọn.` };
    }
  }
  const taken = new Set<number>();
  // A contribution named in some line is paid by that line, not by a batch.
  for (const d of drafts) if (d.status === "matched" || (d.best && d.best.name >= 0.8)) for (const e of d.entries) taken.add(e.i);

  // Pass 2: cash deposits, in date order so that each takes what was collected before it.
  const order = views.map((_, k) => k).sort((a, b) => (views[a].day ?? Infinity) - (views[b].day ?? Infinity) || views[a].line.row - views[b].line.row);
  const deposited = new Set<number>();
  for (const k of order) {
    const v = views[k];
    if (v.cls !== "credit" || drafts[k].status === "matched") continue;
    const deposit = depositDraft(v, ix, deposited);
    if (deposit && preferGroup(deposit, drafts[k])) {
      drafts[k] = deposit;
      if (deposit.entries.length > 0 && deposit.best === null) for (const e of deposit.entries) deposited.add(e.i);
    }
  }

  // Pass 3: a unit's batch.
  for (const k of order) {
    const v = views[k];
    if (v.cls !== "credit" || drafts[k].status === "matched" || drafts[k].kind === "cash-deposit") continue;
    // A description with a donor's full name is that donor's transfer, even where it also names
    // the donor's hamlet: it is not the hamlet's batch.
    if ((drafts[k].best?.name ?? 0) >= 0.8) continue;
    const batch = batchDraft(v, ix, taken, maxSubset);
    if (batch && preferGroup(batch, drafts[k])) {
      drafts[k] = batch;
      for (const e of batch.entries) taken.add(e.i);
    }
  }

  // Pass 4: installments: several credits naming the donor add up to the pledge.
  installments(views, drafts, ix);

  const results: LineResult[] = views.map((v, k) => toLineResult(v, drafts[k]));
  const paidBy = drafts.map((d) => d.entries);
  const decided = applyDecisions(results, paidBy, views, options.decisions ?? [], ix);
  const statuses = contributionResults(decided, paidBy, ix);
  return { lines: decided, contributions: statuses, summary: summarize(decided, views, statuses, ix) };
}

/** A group proposal (deposit, batch) replaces a single proposal that is weaker than a clear name match. */
function preferGroup(group: Draft, single: Draft): boolean {
  if (single.status === "matched") return false;
  const b = single.best;
  if (b && b.amountExact && b.name >= 0.8) return false;
  return group.entries.length > 0;
}

function singleDraft(v: LineView, ix: Indexes, windowDays: number): Draft {
  const credit = v.line.credit;
  const seenBy = ix.seenBy;
  const cands: Signals[] = [];
  const weigh = (e: Entry, name: number): boolean => {
    if (seenBy[e.i] === v.k) return true;
    seenBy[e.i] = v.k;
    // Kept only when the amount is exact or the name is there: never a stranger by date alone.
    if (e.c.amount === credit || name >= 0.8) cands.push(signalsOf(v, e, windowDays, name));
    return true;
  };
  const consider = (e: Entry): boolean => seenBy[e.i] === v.k || weigh(e, nameLevel(v.words, e.tokens, v.relativeAt));
  // Reached through its whole name as consecutive words: what nameLevel would find (1).
  const considerNamed = (e: Entry): boolean => weigh(e, 1);
  // Names first, over a range wider than the window: a late or early transfer that names its
  // donor is still proposed, with the gap said.
  const from = v.day === null ? -Infinity : v.day - 3 * windowDays;
  const to = v.day === null ? Infinity : v.day + windowDays;
  const w = v.words;
  for (let a = 0; a < w.length; a++) {
    const first = ix.names.get(w[a]);
    if (!first) continue;
    // The full name, as consecutive words…
    let node: NameNode | undefined = first;
    for (let b = a + 1; b < Math.min(w.length, a + NAME_SPAN) && node.next; b++) {
      node = node.next.get(w[b]);
      if (!node) break;
      node.bucket?.eachBack(from, to, considerNamed);
    }
    // …or family and given name side by side, the middle left out.
    if (a + 1 < w.length) first.pairs?.get(w[a + 1])?.eachBack(from, to, consider);
  }
  // Then the amount, inside the window only. Without a relative's words, a contribution the name
  // index did not give has no name in the description: the nearest few are weighed, the rest
  // only counted (they make an amount-only proposal uncertain, nothing more).
  let countedOnly = 0;
  const bucket = ix.byAmount.get(credit);
  if (bucket) {
    const lo = v.day === null ? -Infinity : v.day - windowDays;
    const hi = v.day === null ? Infinity : v.day;
    let weighed = 0;
    let namedSeen = 0;
    let namedInBucket = 0;
    for (const c of cands) if (c.amountExact && (c.e.day === null || (c.e.day >= lo && c.e.day <= hi))) namedInBucket++;
    const visited = bucket.eachBack(lo, hi, (e) => {
      if (seenBy[e.i] === v.k) {
        namedSeen++;
        return true;
      }
      consider(e);
      weighed++;
      return v.relativeAt !== null || weighed < AMOUNT_ONLY_WEIGHED;
    });
    countedOnly = bucket.count(lo, hi) - visited - (namedInBucket - namedSeen);
  }
  if (cands.length === 0) return NO_DRAFT;
  dropPairsInsideFullNames(cands, v.words);
  sortCandidates(cands);
  const best = cands[0];
  let rivalCount = best.name === 0 && best.amountExact ? countedOnly : 0;
  for (let k = 1; k < cands.length; k++) if (isRival(best, cands[k])) rivalCount++;
  const certain = best.amountExact && best.dateIn === true && best.name === 1 && rivalCount === 0;
  const status: MatchStatus = certain ? "matched" : "suggested";
  const score = certain ? best.score : round2(Math.min(best.score, 0.9) * (rivalCount > 0 ? 0.7 : 1));
  return {
    status,
    kind: "single",
    entries: [best.e],
    score,
    reason: singleReason(best, status, rivalCount),
    alternatives: cands.slice(1, 4).map((c) => ({ contributionKeys: [c.e.key], score: c.score, reason: singleReason(c, "suggested", 0) })),
    best,
  };
}

/**
 * "MA THU DUNG" names Ma Thu Dũng in full, and also holds "MA THU", the family and given name of
 * Ma Xuân Thu. That pair is a piece of the full name, not a sign of Ma Xuân Thu: it loses its name
 * credit, so an exact amount alone cannot put him before the donor the line names (who may be
 * paying in instalments).
 */
function dropPairsInsideFullNames(cands: Signals[], words: readonly string[]): void {
  const spans: [number, number][] = [];
  for (const c of cands) {
    if (c.name !== 1 || c.e.tokens.length < 2) continue;
    for (let at = indexOfWords(words, c.e.tokens); at >= 0; at = indexOfWords(words, c.e.tokens, at + 1)) spans.push([at, at + c.e.tokens.length]);
  }
  if (spans.length === 0) return;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.name !== 0.8) continue;
    const first = c.e.tokens[0];
    const given = c.e.tokens[c.e.tokens.length - 1];
    let outside = false;
    for (let i = 0; i + 1 < words.length && !outside; i++) {
      if (words[i] === first && words[i + 1] === given) outside = !spans.some(([from, to]) => from <= i && i + 2 <= to);
    }
    if (!outside) {
      const unnamed = { ...c, name: 0 };
      cands[k] = { ...unnamed, score: scoreOf(unnamed) };
    }
  }
}

/**
 * Whether another candidate is one the description could also mean. A full name found outranks a
 * partial one (the partial is then usually a piece of that full name: NONG MINH | LINH).
 */
function isRival(best: Signals, c: Signals): boolean {
  if (best.name === 1) return c.name === 1 && c.amountExact === best.amountExact;
  if (best.name === 0) return c.amountExact === best.amountExact;
  return c.name > 0 && (c.amountExact || c.name >= best.name);
}

/** Best first: score, then the smaller difference, then the earlier row. */
function sortCandidates(cands: Signals[]): void {
  // Most lines have a handful of candidates, where an insertion sort (stable, like Array.sort)
  // costs less than the general sort.
  if (cands.length > 16) {
    cands.sort(compareCandidates);
    return;
  }
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k];
    let j = k - 1;
    while (j >= 0 && compareCandidates(cands[j], c) > 0) {
      cands[j + 1] = cands[j];
      j--;
    }
    cands[j + 1] = c;
  }
}

function compareCandidates(x: Signals, y: Signals): number {
  return y.score - x.score || Math.abs(x.difference) - Math.abs(y.difference) || x.e.c.row - y.e.c.row;
}

function sum(entries: readonly Entry[]): number {
  let s = 0;
  for (const e of entries) s += e.c.amount;
  return s;
}

function depositDraft(v: LineView, ix: Indexes, deposited: Set<number>): Draft | null {
  const credit = v.line.credit;
  const says = saysCashDeposit(v.folded);
  if (!says && !/\d\s*(?:-|–|den|toi)/i.test(v.line.description)) return null;
  const ranges = receiptRanges(v.line.description);
  if (!says && ranges.length === 0) return null;
  const dates = namedDates(v.line.description, v.line.date);
  const available = ix.cash.filter((e) => !deposited.has(e.i));
  const group = (entries: Entry[], how: string): Draft => {
    const diff = credit - sum(entries);
    const span = receiptSpan(entries);
    const reason =
      diff === 0
        ? `Nộp tiền mặt: ${how}, ${entries.length} khoản tiền mặt${span} cộng lại đúng ${formatMoney(credit)} đ; cần người xem xác nhận.`
        : `Nộp tiền mặt: ${how}, ${entries.length} khoản tiền mặt${span} cộng lại ${formatMoney(sum(entries))} đ, lệch ${signed(diff)} đ so với số nộp.`;
    return { status: "suggested", kind: "cash-deposit", entries, score: diff === 0 ? 0.85 : 0.5, reason, alternatives: [], best: null };
  };
  if (ranges.length > 0) {
    const picked = new Set<Entry>();
    for (const r of ranges) for (let n = r.from; n <= r.to; n++) for (const e of receiptIndex(ix).get(`${r.prefix}${n}`) ?? []) picked.add(e);
    if (picked.size > 0) return group([...picked], `diễn giải nêu dải phiếu thu ${ranges.map((r) => `${r.prefix.toUpperCase()}${r.from}–${r.to}`).join(", ")}`);
  }
  if (dates.days.length > 0 || dates.ranges.length > 0) {
    const days = new Set(dates.days);
    const picked = available.filter((e) => e.c.date !== null && (days.has(e.c.date) || dates.ranges.some(([a, b]) => (e.c.date as string) >= a && (e.c.date as string) <= b)));
    const named = [...dates.days.map(formatDateVN), ...dates.ranges.map(([a, b]) => `${formatDateVN(a)}–${formatDateVN(b)}`)];
    if (picked.length > 0 && sum(picked) === credit) return group(picked, `diễn giải nêu ngày thu ${named.join(", ")}`);
  }
  // Nothing named: the cash collected since the last deposit, in date order, up to this day.
  let total = 0;
  const run: Entry[] = [];
  for (const e of available) {
    if (v.day !== null && e.day !== null && e.day > v.day) break;
    total += e.c.amount;
    run.push(e);
    if (total === credit) return group(run, "tiền mặt thu từ lần nộp trước đến ngày nộp");
    if (total > credit) break;
  }
  return null;
}

/** " (phiếu PT001–PT025)": the first and last receipt numbers of a deposit's entries, "" when none has one. */
function receiptSpan(entries: readonly Entry[]): string {
  let first = 0;
  while (first < entries.length && !entries[first].c.receipt) first++;
  if (first === entries.length) return "";
  let last = entries.length - 1;
  while (!entries[last].c.receipt) last--;
  return ` (phiếu ${entries[first].c.receipt}–${entries[last].c.receipt})`;
}

function batchDraft(v: LineView, ix: Indexes, taken: Set<number>, maxSubset: number): Draft | null {
  const credit = v.line.credit;
  let best: Draft | null = null;
  const seenUnits = new Set<string>();
  for (let a = 0; a < v.words.length; a++) {
    for (const u of ix.units.get(v.words[a]) ?? []) {
      if (seenUnits.has(u.unit) || indexOfWords(v.words, u.words, a) !== a) continue;
      seenUnits.add(u.unit);
      const pool = u.entries.filter((e) => !taken.has(e.i) && (v.day === null || e.day === null || e.day <= v.day));
      if (pool.length < 2) continue;
      const whole = sum(pool) === credit;
      const found = whole ? { entries: pool, unique: true } : subsetSum(pool, credit, maxSubset);
      if (!found || found.entries.length < 2) continue;
      const { unique, entries: rows } = found;
      const reason =
        `Chuyển khoản theo danh sách: diễn giải nêu đơn vị "${u.unit}"; ${rows.length} khoản chuyển khoản của đơn vị ` +
        `cộng lại đúng ${formatMoney(credit)} đ` +
        (whole ? " (cả danh sách)" : unique ? "" : "; có nhiều cách ghép cùng tổng, cần người xem chọn") +
        "; cần người xem xác nhận.";
      const d: Draft = { status: "suggested", kind: "batch", entries: rows, score: unique ? 0.85 : 0.5, reason, alternatives: [], best: null };
      if (!best || d.score > best.score) best = d;
    }
  }
  return best;
}

/** A bounded subset sum over at most `max` rows (the latest first dropped), in thousands of đồng. */
function subsetSum(pool: Entry[], target: number, max: number): { entries: Entry[]; unique: boolean } | null {
  const items = pool.slice(0, max);
  const STATES = 200_000;
  // sum → [ways (capped at 2), previous sum, item index]
  const reach = new Map<number, { ways: number; prev: number; item: number }>();
  reach.set(0, { ways: 1, prev: -1, item: -1 });
  for (let k = 0; k < items.length; k++) {
    const amt = items[k].c.amount;
    const snapshot = [...reach.entries()];
    for (const [s, st] of snapshot) {
      const n = s + amt;
      if (n > target) continue;
      const cur = reach.get(n);
      if (cur) cur.ways = Math.min(2, cur.ways + st.ways);
      else {
        if (reach.size >= STATES) return null;
        reach.set(n, { ways: st.ways, prev: s, item: k });
      }
    }
  }
  const end = reach.get(target);
  if (!end) return null;
  const entries: Entry[] = [];
  for (let s = target; s > 0; ) {
    const st = reach.get(s);
    if (!st || st.item < 0) return null;
    entries.push(items[st.item]);
    s = st.prev;
  }
  return { entries: entries.reverse(), unique: end.ways === 1 };
}

function installments(views: LineView[], drafts: Draft[], ix: Indexes): void {
  // Lines whose best candidate is a named donor whose pledge is larger than the credit.
  const byEntry = new Map<number, number[]>();
  drafts.forEach((d, k) => {
    const b = d.best;
    if (d.kind !== "single" || !b || b.amountExact || b.name < 0.8 || b.difference >= 0) return;
    byEntry.set(b.e.i, [...(byEntry.get(b.e.i) ?? []), k]);
  });
  for (const [i, ks] of byEntry) {
    if (ks.length < 2) continue;
    const e = ix.entries[i];
    const total = ks.reduce((s, k) => s + views[k].line.credit, 0);
    if (total !== e.c.amount) continue;
    ks.sort((a, b) => (views[a].day ?? 0) - (views[b].day ?? 0) || views[a].line.row - views[b].line.row);
    ks.forEach((k, n) => {
      const v = views[k];
      drafts[k] = {
        status: "suggested",
        kind: "installment",
        entries: [e],
        score: 0.8,
        reason:
          `Trả nhiều đợt: đợt ${n + 1}/${ks.length} (${formatMoney(v.line.credit)} đ) của ${who(e)}; ` +
          `${ks.length} dòng sao kê (${ks.map((x) => views[x].line.row).join(", ")}) cộng lại đúng số ghi sổ ${formatMoney(e.c.amount)} đ; ${nameText(drafts[k].best as Signals)}.`,
        alternatives: drafts[k].alternatives,
        best: drafts[k].best,
      };
    });
  }
}

function classReason(cls: LineClass): string {
  if (cls === "interest") return "Lãi tiền gửi: không phải khoản đóng góp.";
  if (cls === "fee") return "Phí ngân hàng: không phải khoản đóng góp.";
  return "Khoản chi (ghi nợ): không đối chiếu với người đóng góp.";
}

function toLineResult(v: LineView, d: Draft): LineResult {
  const keys = d.entries.map((e) => e.key);
  const difference = d.entries.length ? v.line.credit - sum(d.entries) : 0;
  let reason = d.reason;
  if (v.cls !== "credit") reason = classReason(v.cls);
  else if (d.entries.length === 0) reason = "Không tìm thấy khoản nào trong danh sách có cùng số tiền hoặc có tên trong diễn giải: tiền chưa ai ghi sổ.";
  return {
    row: v.line.row,
    status: v.cls === "credit" ? d.status : "unmatched",
    class: v.cls,
    contributionRows: d.entries.map((e) => e.c.row),
    contributionKeys: keys,
    score: v.cls === "credit" ? d.score : 0,
    reason,
    kind: v.cls === "credit" ? d.kind : null,
    difference,
    alternatives: d.alternatives,
  };
}

// ---------------------------------------------------------------------------------------------
// Decisions, contributions, summary

/** `paidBy`: each line's entries, as its contributionKeys say; kept in step with the decisions. */
function applyDecisions(results: LineResult[], paidBy: Entry[][], views: LineView[], decisions: readonly ReviewDecision[], ix: Indexes): LineResult[] {
  if (decisions.length === 0) return results;
  const byKey = new Map(ix.entries.map((e) => [e.key, e]));
  const latest = new Map<string, ReviewDecision>();
  for (const d of decisions) latest.set(`${d.sheet}\u0000${d.row}`, d);
  return results.map((r, k) => {
    const d = latest.get(`${views[k].line.sheet}\u0000${r.row}`);
    if (!d) return r;
    const by = d.user ? ` (${d.user})` : "";
    if (d.action === "reject") {
      paidBy[k] = [];
      return { ...r, status: "unmatched", contributionRows: [], contributionKeys: [], difference: 0, decision: "reject", reason: `Người xem đã từ chối đề xuất${by}. Đề xuất cũ: ${r.reason}` };
    }
    const keys = d.action === "accept" && d.contributionKeys.length === 0 ? r.contributionKeys : d.contributionKeys;
    const entries = keys.map((key) => byKey.get(key)).filter((e): e is Entry => e !== undefined);
    if (entries.length === 0) {
      return { ...r, decision: d.action, reason: `Quyết định của người xem${by} trỏ tới khoản không còn trong danh sách (${keys.join(", ")}): cần xem lại. ${r.reason}` };
    }
    paidBy[k] = entries;
    const difference = views[k].line.credit - sum(entries);
    const reason =
      d.action === "accept"
        ? `Người xem đã chấp nhận${by}. ${r.reason}`
        : `Người xem đã gắn tay${by} với ${entries.map(who).join(", ")}${difference ? `; lệch ${signed(difference)} đ` : ""}.`;
    return {
      ...r,
      status: "matched",
      contributionRows: entries.map((e) => e.c.row),
      contributionKeys: entries.map((e) => e.key),
      difference,
      score: 1,
      decision: d.action,
      kind: d.action === "link" ? (entries.length > 1 ? "batch" : "single") : r.kind,
      reason,
    };
  });
}

function contributionResults(lines: LineResult[], paidBy: readonly Entry[][], ix: Indexes): ContributionResult[] {
  // By key group: a row listed twice is paid by the lines of either.
  const status: (MatchStatus | undefined)[] = new Array(ix.entries.length);
  const lineRows: (number[] | undefined)[] = new Array(ix.entries.length);
  lines.forEach((l, k) => {
    if (l.status === "unmatched") return;
    for (const e of paidBy[k]) {
      const g = e.keyGroup;
      const rows = lineRows[g];
      if (rows) rows.push(l.row);
      else lineRows[g] = [l.row];
      if (l.status === "matched") status[g] = "matched";
      else if (status[g] !== "matched") status[g] = "suggested";
    }
  });
  return ix.entries.map((e) => ({ key: e.key, sheet: e.c.sheet, row: e.c.row, status: status[e.keyGroup] ?? "unmatched", lineRows: lineRows[e.keyGroup] ?? [] }));
}

function summarize(lines: LineResult[], views: LineView[], statuses: readonly ContributionResult[], ix: Indexes): ReconcileSummary {
  const s: ReconcileSummary = {
    lines: lines.length,
    credits: 0,
    matched: 0,
    suggested: 0,
    unmatched: 0,
    interest: 0,
    fees: 0,
    debits: 0,
    decided: 0,
    amounts: { matched: 0, suggested: 0, unmatched: 0, interest: 0, fees: 0, debits: 0, credits: 0 },
    book: 0,
    bank: 0,
    difference: 0,
    waiting: { count: 0, amount: 0 },
    cashNotDeposited: { count: 0, amount: 0 },
  };
  lines.forEach((l, k) => {
    const line = views[k].line;
    if (l.decision) s.decided++;
    if (l.class === "interest") {
      s.interest++;
      s.amounts.interest += line.credit;
    } else if (l.class === "fee") {
      s.fees++;
      s.amounts.fees += line.debit;
    } else if (l.class === "debit") {
      s.debits++;
      s.amounts.debits += line.debit;
    } else {
      s.credits++;
      s.amounts.credits += line.credit;
      s[l.status]++;
      s.amounts[l.status] += line.credit;
    }
  });
  for (const e of ix.entries) {
    s.book += e.c.amount;
    if (statuses[e.i].status !== "unmatched") continue;
    if (e.c.channel === "cash") {
      s.cashNotDeposited.count++;
      s.cashNotDeposited.amount += e.c.amount;
    } else {
      s.waiting.count++;
      s.waiting.amount += e.c.amount;
    }
  }
  s.bank = s.amounts.credits;
  s.difference = s.book - s.bank;
  return s;
}
