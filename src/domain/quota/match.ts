/**
 * Who is who between a list of people (a staff roster, a household list) and the contribution
 * lists. Names are compared after legacy conversion (done when reading) with compareNames
 * (src/domain/text): within the same unit first, then anywhere. Exactly one "same" name is a
 * match; namesakes, or only near names ("candidate"), are a question for a person — never a
 * guess. A decision a person took is kept in the workbook and wins on the next run.
 */
import { compareNames, foldText, parseName } from "../text";

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
  const fa = unitKey(a);
  const fb = unitKey(b);
  if (!fa || !fb) return false;
  return fa === fb || (` ${fa} `.includes(` ${fb} `) && fb.length >= 4) || (` ${fb} `.includes(` ${fa} `) && fa.length >= 4);
}

export function unitKey(unit: string): string {
  return foldText(unit).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
}

const REGIONAL: Record<string, string> = { huynh: "hoang", vo: "vu" };

/** The bucket a name can only match within: folded family and given name (i/y, regional spellings as one). */
function nameKey(name: string): string {
  const words = parseName(name).words.map((w) => foldText(w.replace(/\.$/, "")));
  if (words.length === 0) return "";
  const given = words[words.length - 1].replace(/y$/, "i");
  const family = words.length > 1 ? words[0] : "";
  return `${REGIONAL[family] ?? family}|${given}`;
}

/** How many people of one unit are still compared one by one when no bucket holds the name (initials). */
const SCAN_LIMIT = 400;

export class PeopleIndex {
  private readonly byKey = new Map<string, Listed[]>();
  private readonly byUnit = new Map<string, Listed[]>();
  readonly byId = new Map<string, Listed>();

  constructor(readonly people: readonly Listed[]) {
    for (const p of people) {
      this.byId.set(p.id, p);
      const k = nameKey(p.name);
      const list = this.byKey.get(k);
      if (list) list.push(p);
      else this.byKey.set(k, [p]);
      const u = unitKey(p.unit);
      const inUnit = this.byUnit.get(u);
      if (inUnit) inUnit.push(p);
      else this.byUnit.set(u, [p]);
    }
  }

  /** People who could carry this name: its bucket, plus the claimant's unit where the name has initials. */
  candidates(claimant: Claimant): Listed[] {
    const bucket = this.byKey.get(nameKey(claimant.name)) ?? [];
    const initials = parseName(claimant.name).words.some((w) => w.endsWith("."));
    if (!initials) return bucket;
    const unit = this.byUnit.get(unitKey(claimant.unit)) ?? [];
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
    return { kind: "matched", claimant, listed: p.id, sameUnit: sameUnit(p.unit, claimant.unit), reason: "Đã xác nhận", decided: true };
  }
  const compared = index.candidates(claimant).map((p) => ({ p, c: compareNames(claimant.name, p.name), local: sameUnit(p.unit, claimant.unit) }));
  for (const local of [true, false]) {
    const pool = compared.filter((x) => x.local === local);
    const same = pool.filter((x) => x.c.verdict === "same");
    if (same.length === 1) {
      return { kind: "matched", claimant, listed: same[0].p.id, sameUnit: local, reason: local ? same[0].c.reason : `${same[0].c.reason}, khác đơn vị`, decided: false };
    }
    if (same.length > 1) {
      return { kind: "ambiguous", claimant, options: same.map((x) => option(x.p, x.c.score, x.c.reason)), reason: `${same.length} người cùng họ tên${local ? " trong đơn vị" : ""}` };
    }
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
