/**
 * Who is who between a list of people (a staff roster, a household list) and the contribution
 * lists. Names are compared after legacy conversion (done when reading) with compareNames
 * (src/domain/text): within the same unit first, then anywhere. Exactly one "same" name is a
 * match; namesakes, or only near names ("candidate"), are a question for a person — never a
 * guess. A decision a person took is kept in the workbook and wins on the next run.
 */
import { canonicalTonePlacement, compareNames, foldText, parseName } from "../text";

export interface Listed {
  id: string;
  name: string;
  unit: string;
}

export interface Claimant {
  /** "<sheet>!<row>" of the contribution. */
  id: string;
  name: string;
  unit: string;
}

export interface MatchOption {
  id: string;
  name: string;
  unit: string;
  score: number;
  reason: string;
}

export type MatchOutcome =
  | { kind: "matched"; claimant: Claimant; listed: string; sameUnit: boolean; reason: string; decided: boolean }
  | { kind: "ambiguous"; claimant: Claimant; options: MatchOption[]; reason: string }
  | { kind: "unlisted"; claimant: Claimant; decided: boolean };

/** What a person decided for a claimant: a listed id, or NOT_LISTED. */
export const NOT_LISTED = "-";
export type Decisions = Record<string, string>;

/** Folded unit names compare equal, or one contains the other ("Trường THCS" / "Trường THCS Điềm Mặc"). */
export function sameUnit(a: string, b: string): boolean {
  return sameUnitKey(unitKey(a), unitKey(b));
}

function sameUnitKey(fa: string, fb: string): boolean {
  if (!fa || !fb) return false;
  return fa === fb || (` ${fa} `.includes(` ${fb} `) && fb.length >= 4) || (` ${fb} `.includes(` ${fa} `) && fa.length >= 4);
}

export function unitKey(unit: string): string {
  return foldText(unit).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
}

const REGIONAL: Record<string, string> = { huynh: "hoang", vo: "vu" };

/** The bucket a name can only match within: folded family and given name (i/y, regional spellings as one). */
function nameKey(parsed: readonly string[]): string {
  const words = parsed.map((w) => foldText(w.replace(/\.$/, "")));
  if (words.length === 0) return "";
  const given = words[words.length - 1].replace(/y$/, "i");
  const family = words.length > 1 ? words[0] : "";
  return `${REGIONAL[family] ?? family}|${given}`;
}

/**
 * The key under which compareNames calls two names "same": lower-case words without the form of
 * address, tone marks in their canonical place. Equal keys are "same", different keys never are.
 */
export function sameNameKey(name: string): string {
  return sameKeyOf(parseName(name).words);
}

function sameKeyOf(words: readonly string[]): string {
  return words.map((w) => canonicalTonePlacement(w.toLowerCase())).join(" ");
}

/** How many people of one unit are still compared one by one when no bucket holds the name (initials). */
const SCAN_LIMIT = 400;

export class PeopleIndex {
  private readonly byKey = new Map<string, Listed[]>();
  private readonly bySame = new Map<string, Listed[]>();
  private readonly byUnit = new Map<string, Listed[]>();
  readonly byId = new Map<string, Listed>();
  /** Names and units repeat: their keys are worked out once per index. */
  private readonly nameKeys = new Map<string, { same: string; lower: string; bucket: string; initials: boolean }>();
  private readonly unitKeys = new Map<string, string>();

  keysOf(name: string): { same: string; lower: string; bucket: string; initials: boolean } {
    let k = this.nameKeys.get(name);
    if (!k) {
      const words = parseName(name).words;
      k = { same: sameKeyOf(words), lower: words.map((w) => w.toLowerCase()).join(" "), bucket: nameKey(words), initials: words.some((w) => w.endsWith(".")) };
      this.nameKeys.set(name, k);
    }
    return k;
  }

  unitOf(unit: string): string {
    let k = this.unitKeys.get(unit);
    if (k === undefined) {
      k = unitKey(unit);
      this.unitKeys.set(unit, k);
    }
    return k;
  }

  sameUnit(a: string, b: string): boolean {
    return sameUnitKey(this.unitOf(a), this.unitOf(b));
  }

  constructor(readonly people: readonly Listed[]) {
    for (const p of people) {
      this.byId.set(p.id, p);
      const same = this.keysOf(p.name).same;
      const sameList = this.bySame.get(same);
      if (sameList) sameList.push(p);
      else this.bySame.set(same, [p]);
      const k = this.keysOf(p.name).bucket;
      const list = this.byKey.get(k);
      if (list) list.push(p);
      else this.byKey.set(k, [p]);
      const u = this.unitOf(p.unit);
      const inUnit = this.byUnit.get(u);
      if (inUnit) inUnit.push(p);
      else this.byUnit.set(u, [p]);
    }
  }

  /** People whose name compareNames calls "same" as this one. */
  sameAs(name: string): Listed[] {
    return this.bySame.get(this.keysOf(name).same) ?? [];
  }

  /** People who could carry this name: its bucket, plus the claimant's unit where the name has initials. */
  candidates(claimant: Claimant): Listed[] {
    const keys = this.keysOf(claimant.name);
    const bucket = this.byKey.get(keys.bucket) ?? [];
    if (!keys.initials) return bucket;
    const unit = this.byUnit.get(this.unitOf(claimant.unit)) ?? [];
    return unit.length <= SCAN_LIMIT ? [...new Set([...bucket, ...unit])] : bucket;
  }
}

function option(p: Listed, score: number, reason: string): MatchOption {
  return { id: p.id, name: p.name, unit: p.unit, score, reason };
}

/** One claimant against the index. */
export function matchOne(index: PeopleIndex, claimant: Claimant, decisions: Decisions = {}): MatchOutcome {
  const decided = decisions[claimant.id];
  if (decided === NOT_LISTED) return { kind: "unlisted", claimant, decided: true };
  if (decided !== undefined && index.byId.has(decided)) {
    const p = index.byId.get(decided)!;
    return { kind: "matched", claimant, listed: p.id, sameUnit: index.sameUnit(p.unit, claimant.unit), reason: "Đã xác nhận", decided: true };
  }
  // Exactly the people compareNames would call "same", found by key; everyone else in the name's
  // bucket is compared one by one only when those settle nothing.
  const sameAll = index.sameAs(claimant.name).map((p) => ({ p, local: index.sameUnit(p.unit, claimant.unit) }));
  let compared: { p: Listed; c: ReturnType<typeof compareNames>; local: boolean }[] | null = null;
  for (const local of [true, false]) {
    // What compareNames says of two names with the same key, without comparing them again.
    const lower = index.keysOf(claimant.name).lower;
    const same = sameAll
      .filter((x) => x.local === local)
      .map((x) => ({ ...x, c: { verdict: "same" as const, score: 1, reason: index.keysOf(x.p.name).lower === lower ? "Trùng họ tên" : "Trùng họ tên (khác chỗ đặt dấu thanh)" } }));
    if (same.length === 1) {
      return { kind: "matched", claimant, listed: same[0].p.id, sameUnit: local, reason: local ? same[0].c.reason : `${same[0].c.reason}, khác đơn vị`, decided: false };
    }
    if (same.length > 1) {
      return { kind: "ambiguous", claimant, options: same.map((x) => option(x.p, x.c.score, x.c.reason)), reason: `${same.length} người cùng họ tên${local ? " trong đơn vị" : ""}` };
    }
    compared ??= index.candidates(claimant).map((p) => ({ p, c: compareNames(claimant.name, p.name), local: index.sameUnit(p.unit, claimant.unit) }));
    const pool = compared.filter((x) => x.local === local);
    const near = pool.filter((x) => x.c.verdict === "candidate").sort((a, b) => b.c.score - a.c.score);
    if (near.length > 0) {
      return { kind: "ambiguous", claimant, options: near.map((x) => option(x.p, x.c.score, x.c.reason)), reason: `Tên gần giống${local ? " trong đơn vị" : " ở đơn vị khác"}` };
    }
  }
  return { kind: "unlisted", claimant, decided: false };
}

export function matchAll(people: readonly Listed[], claimants: readonly Claimant[], decisions: Decisions = {}): MatchOutcome[] {
  const index = new PeopleIndex(people);
  return claimants.map((c) => matchOne(index, c, decisions));
}
