/**
 * Labour-day equivalents and quotas (định mức), per person and per unit, with participation
 * (plans 004 and 001, shared/DOMAIN.md "Campaign rules"):
 * - a staff member's quota is the labour days of the highest income tier the monthly income
 *   reaches ("từ 5 triệu trở lên" includes 5.000.000), worth days × the labour-day rate;
 * - what a person gave counts as money + days × rate (in-kind goods are shown beside, never mixed
 *   in); in days: money ÷ rate + days;
 * - a unit's expected total is the sum of its members' quotas; its participation rate is the
 *   members who gave anything over its headcount; under the threshold it is flagged;
 * - each enterprise gives at least the minimum (money, labour and goods together);
 * - hamlets: households taking part, days, money, goods and land;
 * - activities: the share of each assigned unit's staff present, and how many activities a year.
 * Money is integer đồng throughout; day figures are rounded to two decimals only where shown.
 */
import type { Contribution } from "../contributions/types";
import { labourDaysToMoney, roundLabourDays } from "../money";
import { foldText, parseName } from "../text";
import { matchAll, sameUnit, unitKey, type Decisions, type MatchOption } from "./match";
import type { AttendanceLine, Household, QuotaIssue, RosterPerson } from "./read";

export interface IncomeTier {
  minIncome: number;
  days: number;
}

export interface QuotaRules {
  labourDayRate: number;
  /** Any order: the highest tier an income reaches applies. */
  incomeTiers: IncomeTier[];
  enterpriseMinimum: number;
  /** 0–1. */
  participationThreshold: number;
  activitiesPerYear: number;
}

export const DEFAULT_QUOTA_RULES: QuotaRules = {
  labourDayRate: 150_000,
  incomeTiers: [
    { minIncome: 5_000_000, days: 3 },
    { minIncome: 0, days: 2 },
  ],
  enterpriseMinimum: 2_000_000,
  participationThreshold: 0.75,
  activitiesPerYear: 4,
};

/** Labour days a year for a monthly income: the highest tier it reaches; null under every tier. */
export function quotaDaysFor(income: number, tiers: readonly IncomeTier[]): number | null {
  let best: IncomeTier | null = null;
  for (const t of tiers) if (income >= t.minIncome && (!best || t.minIncome > best.minIncome)) best = t;
  return best ? best.days : null;
}

export type PersonStatus = "met" | "over" | "short" | "none" | "no-income";

/** A roster person with what the campaign asked of them and what they gave. */
export interface PersonQuota extends RosterPerson {
  quotaDays: number | null;
  quotaAmount: number | null;
  daysWorked: number;
  amountGiven: number;
  /** amountGiven + daysWorked × rate. */
  contributedAmount: number;
  /** Shown beside, not counted in contributedAmount. */
  inKindValue: number;
  /** amountGiven ÷ rate + daysWorked, two decimals. */
  daysEquivalent: number;
  /** contributedAmount − quotaAmount: negative short, positive over; null without a quota. */
  balanceAmount: number | null;
  /** daysEquivalent − quotaDays, two decimals. */
  balanceDays: number | null;
  status: PersonStatus;
  /** "<sheet>!<row>" of each contribution counted for this person. */
  contributions: string[];
}

export type UnitGroup = "staff" | "enterprises" | "hamlet" | "organizations" | "individuals" | "unlisted" | "pending";

export interface UnitQuota {
  unit: string;
  group: UnitGroup;
  /** People (or households, enterprises) the unit counts; null where no list gives it. */
  headcount: number | null;
  /** Those who gave anything (money, days, goods or land). */
  participants: number;
  expectedDays: number | null;
  expectedAmount: number | null;
  amount: number;
  days: number;
  /** amount + days × rate. */
  contributedAmount: number;
  inKindValue: number;
  landArea: number;
  /** participants ÷ headcount, 0–1; null without a headcount. */
  participationRate: number | null;
  /** What those under their quota (or minimum) still owe, summed; null without quotas. */
  shortfall: number | null;
  underThreshold: boolean;
  flags: string[];
}

export interface EnterpriseQuota {
  name: string;
  amount: number;
  days: number;
  inKindValue: number;
  /** Money, labour and goods together, held against the minimum. */
  total: number;
  underMinimum: boolean;
  contributions: string[];
}

export interface HamletTotal {
  hamlet: string;
  /** Households on the hamlet's list; null where the commune keeps no list for it. */
  listedHouseholds: number | null;
  householdsTakingPart: number;
  /** Listed households that gave anything ÷ listed households. */
  participationRate: number | null;
  days: number;
  amount: number;
  contributedAmount: number;
  inKindValue: number;
  landArea: number;
}

export interface ActivityUnit {
  unit: string;
  present: number;
  headcount: number | null;
  /** present ÷ headcount, 0–1 (may pass 1 where helpers came from outside); null without a headcount. */
  share: number | null;
  underThreshold: boolean;
}

export interface Activity {
  date: string;
  place: string;
  activity: string;
  units: ActivityUnit[];
  rows: number[];
}

export interface ActivityYear {
  year: number;
  activities: number;
  required: number;
  underMinimum: boolean;
}

export interface AmbiguousMatch {
  /** The contribution's "<sheet>!<row>": the key of the decision. */
  id: string;
  sheet: string;
  row: number;
  name: string;
  unit: string;
  list: "staff" | "households";
  reason: string;
  options: MatchOption[];
}

export interface UnlistedContributor {
  id: string;
  sheet: string;
  row: number;
  name: string;
  unit: string;
  amount: number;
  days: number;
  decided: boolean;
}

export interface QuotaResult {
  rules: QuotaRules;
  people: PersonQuota[];
  units: UnitQuota[];
  enterprises: EnterpriseQuota[];
  hamlets: HamletTotal[];
  activities: Activity[];
  activityYears: ActivityYear[];
  ambiguous: AmbiguousMatch[];
  /** Staff contributors found in no roster. */
  unlisted: UnlistedContributor[];
  issues: QuotaIssue[];
  totals: { expectedDays: number; expectedAmount: number; contributedAmount: number; amount: number; days: number; inKindValue: number; landArea: number; shortfall: number };
}

export interface QuotaInput {
  rules: QuotaRules;
  roster: RosterPerson[];
  households: Household[];
  attendance: AttendanceLine[];
  contributions: Contribution[];
  decisions?: Decisions;
  issues?: QuotaIssue[];
}

const contributionId = (c: Contribution) => `${c.sheet}!${c.row}`;
const gaveAnything = (c: { amount: number; days: number; inKindValue: number; landArea: number }) => c.amount > 0 || c.days > 0 || c.inKindValue > 0 || c.landArea > 0;

interface Sums {
  amount: number;
  days: number;
  contributed: number;
  inKind: number;
  land: number;
}

function sums(list: readonly Contribution[], rate: number): Sums {
  const s: Sums = { amount: 0, days: 0, contributed: 0, inKind: 0, land: 0 };
  for (const c of list) {
    s.amount += c.amount;
    s.days += c.days;
    s.contributed += c.amount + labourDaysToMoney(c.days, rate);
    s.inKind += c.inKindValue;
    s.land += c.landArea;
  }
  // Fractions of a day summed in binary: keep the figure a person would add up.
  s.days = roundLabourDays(s.days);
  s.land = Math.round(s.land * 100) / 100;
  return s;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function personQuota(p: RosterPerson, given: readonly Contribution[], rules: QuotaRules): PersonQuota {
  const s = sums(given, rules.labourDayRate);
  const quotaDays = p.income === null ? null : quotaDaysFor(p.income, rules.incomeTiers);
  const quotaAmount = quotaDays === null ? null : labourDaysToMoney(quotaDays, rules.labourDayRate);
  const daysEquivalent = roundLabourDays(s.amount / rules.labourDayRate + s.days);
  const balanceAmount = quotaAmount === null ? null : s.contributed - quotaAmount;
  const status: PersonStatus =
    quotaAmount === null ? "no-income" : s.contributed === 0 && s.inKind === 0 ? "none" : balanceAmount! < 0 ? "short" : balanceAmount! > 0 ? "over" : "met";
  return {
    id: p.id,
    sheet: p.sheet,
    row: p.row,
    name: p.name,
    unit: p.unit,
    position: p.position,
    income: p.income,
    quotaDays,
    quotaAmount,
    daysWorked: s.days,
    amountGiven: s.amount,
    contributedAmount: s.contributed,
    inKindValue: s.inKind,
    daysEquivalent,
    balanceAmount,
    balanceDays: quotaDays === null ? null : roundLabourDays(s.amount / rules.labourDayRate + s.days - quotaDays),
    status,
    contributions: given.map(contributionId),
  };
}

function unitFromSums(unit: string, group: UnitGroup, s: Sums, extra: Partial<UnitQuota>): UnitQuota {
  return {
    unit,
    group,
    headcount: null,
    participants: 0,
    expectedDays: null,
    expectedAmount: null,
    amount: s.amount,
    days: s.days,
    contributedAmount: s.contributed,
    inKindValue: s.inKind,
    landArea: s.land,
    participationRate: null,
    shortfall: null,
    underThreshold: false,
    flags: [],
    ...extra,
  };
}

/** Display name of a group of spellings of one unit: the first seen. */
function groupByUnit<T>(items: readonly T[], unitOf: (t: T) => string): { unit: string; items: T[] }[] {
  const out = new Map<string, { unit: string; items: T[] }>();
  const keyOf = memo(unitKey);
  for (const it of items) {
    const key = keyOf(unitOf(it));
    const g = out.get(key);
    if (g) g.items.push(it);
    else out.set(key, { unit: unitOf(it), items: [it] });
  }
  return [...out.values()];
}

/** A one-argument function whose answers are kept (units and names repeat on every row). */
function memo<R>(fn: (key: string) => R): (key: string) => R {
  const seen = new Map<string, R>();
  return (key) => {
    if (seen.has(key)) return seen.get(key)!;
    const r = fn(key);
    seen.set(key, r);
    return r;
  };
}

const householdKeys = new Map<string, string>();

/** Folded name without the form of address: one household however "Hộ ông …" was written. */
function householdKey(name: string): string {
  let key = householdKeys.get(name);
  if (key === undefined) {
    key = parseName(name).words.map((w) => foldText(w)).join(" ");
    if (householdKeys.size > 100_000) householdKeys.clear();
    householdKeys.set(name, key);
  }
  return key;
}

export function computeQuotas(input: QuotaInput): QuotaResult {
  const { rules, roster, households, attendance, contributions } = input;
  const decisions = input.decisions ?? {};
  const rate = rules.labourDayRate;
  const issues = [...(input.issues ?? [])];
  const ambiguous: AmbiguousMatch[] = [];
  const unlisted: UnlistedContributor[] = [];

  // --- staff ----------------------------------------------------------------------------------
  // Staff contributions, and those a list did not class (no section said "cán bộ"): a person of
  // the roster's unit under the roster's name is that staff member; anyone else stays as they were.
  const staffContributions = contributions.filter((c) => c.kind === "staff" || c.kind === "individual");
  const staffMatches = matchAll(roster, staffContributions.map((c) => ({ id: contributionId(c), name: c.name, unit: c.unit })), decisions);
  const givenBy = new Map<string, Contribution[]>();
  const unlistedContributions: Contribution[] = [];
  const pendingContributions: Contribution[] = [];
  const asStaff = new Set<Contribution>();
  staffMatches.forEach((m, i) => {
    const c = staffContributions[i];
    if (c.kind === "individual" && !(m.kind === "matched" && (m.sameUnit || m.decided))) return;
    asStaff.add(c);
    if (m.kind === "matched") push(givenBy, m.listed, c);
    else if (m.kind === "ambiguous") {
      pendingContributions.push(c);
      ambiguous.push({ id: m.claimant.id, sheet: c.sheet, row: c.row, name: c.name, unit: c.unit, list: "staff", reason: m.reason, options: m.options });
    } else {
      unlistedContributions.push(c);
      unlisted.push({ id: m.claimant.id, sheet: c.sheet, row: c.row, name: c.name, unit: c.unit, amount: c.amount, days: c.days, decided: m.decided });
    }
  });
  const people = roster.map((p) => personQuota(p, givenBy.get(p.id) ?? [], rules));

  const units: UnitQuota[] = [];
  for (const { unit, items } of groupByUnit(people, (p) => p.unit)) {
    const withQuota = items.filter((p) => p.quotaAmount !== null);
    const participants = items.filter((p) => p.contributedAmount > 0 || p.inKindValue > 0).length;
    const s: Sums = {
      amount: items.reduce((n, p) => n + p.amountGiven, 0),
      days: roundLabourDays(items.reduce((n, p) => n + p.daysWorked, 0)),
      contributed: items.reduce((n, p) => n + p.contributedAmount, 0),
      inKind: items.reduce((n, p) => n + p.inKindValue, 0),
      land: 0,
    };
    const participationRate = items.length ? participants / items.length : 0;
    const underThreshold = participationRate < rules.participationThreshold;
    const flags: string[] = [];
    if (underThreshold) flags.push(participants === 0 ? "Không ai tham gia" : "Dưới tỷ lệ tham gia tối thiểu");
    if (withQuota.length < items.length) flags.push(`${items.length - withQuota.length} người chưa có thu nhập`);
    units.push(
      unitFromSums(unit, "staff", s, {
        headcount: items.length,
        participants,
        expectedDays: roundLabourDays(withQuota.reduce((n, p) => n + p.quotaDays!, 0)),
        expectedAmount: withQuota.reduce((n, p) => n + p.quotaAmount!, 0),
        participationRate,
        shortfall: withQuota.reduce((n, p) => n + Math.max(0, -p.balanceAmount!), 0),
        underThreshold,
        flags,
      }),
    );
  }

  // --- enterprises ----------------------------------------------------------------------------
  const enterprises: EnterpriseQuota[] = [];
  const byEnterprise = new Map<string, Contribution[]>();
  for (const c of contributions.filter((x) => x.kind === "enterprise")) push(byEnterprise, foldText(c.name), c);
  for (const list of byEnterprise.values()) {
    const s = sums(list, rate);
    const total = s.contributed + s.inKind;
    enterprises.push({ name: list[0].name, amount: s.amount, days: s.days, inKindValue: s.inKind, total, underMinimum: total < rules.enterpriseMinimum, contributions: list.map(contributionId) });
  }
  if (enterprises.length) {
    const all = contributions.filter((x) => x.kind === "enterprise");
    const under = enterprises.filter((e) => e.underMinimum);
    units.push(
      unitFromSums("Doanh nghiệp, hợp tác xã", "enterprises", sums(all, rate), {
        headcount: enterprises.length,
        participants: enterprises.filter((e) => e.total > 0).length,
        expectedAmount: enterprises.length * rules.enterpriseMinimum,
        participationRate: enterprises.filter((e) => e.total > 0).length / enterprises.length,
        shortfall: under.reduce((n, e) => n + (rules.enterpriseMinimum - e.total), 0),
        flags: under.length ? [`${under.length} doanh nghiệp dưới mức tối thiểu`] : [],
      }),
    );
  }

  // --- hamlets ----------------------------------------------------------------------------------
  const householdContributions = contributions.filter((c) => c.kind === "household");
  // Only households of a hamlet that keeps a list are looked for on one.
  const listedHamlets = [...new Set(households.map((h) => h.hamlet))];
  const hasList = memo((unit: string) => listedHamlets.some((h) => sameUnit(h, unit)));
  const onLists = householdContributions.filter((c) => hasList(c.unit));
  const householdMatches = matchAll(households.map((h) => ({ id: h.id, name: h.name, unit: h.hamlet })), onLists.map((c) => ({ id: contributionId(c), name: c.name, unit: c.unit })), decisions);
  const matchedHousehold = new Map<string, string>();
  householdMatches.forEach((m, i) => {
    const c = onLists[i];
    if (m.kind === "matched") matchedHousehold.set(contributionId(c), m.listed);
    else if (m.kind === "ambiguous") {
      ambiguous.push({ id: m.claimant.id, sheet: c.sheet, row: c.row, name: c.name, unit: c.unit, list: "households", reason: m.reason, options: m.options });
    }
  });
  const hamlets: HamletTotal[] = [];
  const hamletKey = memo(unitKey);
  const hamletGroups = groupByUnit([...householdContributions.map((c) => ({ unit: c.unit, c })), ...households.map((h) => ({ unit: h.hamlet, c: null }))], (x) => x.unit);
  for (const { unit, items } of hamletGroups) {
    const list = items.map((x) => x.c).filter((c): c is Contribution => c !== null);
    const key = unitKey(unit);
    const listed = households.filter((h) => hamletKey(h.hamlet) === key);
    const s = sums(list, rate);
    const taking = new Set<string>();
    const takingListed = new Set<string>();
    for (const c of list) {
      if (!gaveAnything(c)) continue;
      const h = matchedHousehold.get(contributionId(c));
      taking.add(h ?? `?${householdKey(c.name)}`);
      if (h) takingListed.add(h);
    }
    const listedHouseholds = listed.length ? listed.length : null;
    const participationRate = listedHouseholds ? takingListed.size / listedHouseholds : null;
    hamlets.push({ hamlet: unit, listedHouseholds, householdsTakingPart: taking.size, participationRate, days: s.days, amount: s.amount, contributedAmount: s.contributed, inKindValue: s.inKind, landArea: s.land });
    units.push(
      unitFromSums(unit, "hamlet", s, {
        headcount: listedHouseholds,
        participants: taking.size,
        participationRate,
        underThreshold: participationRate !== null && participationRate < rules.participationThreshold,
        flags: participationRate !== null && participationRate < rules.participationThreshold ? ["Dưới tỷ lệ hộ tham gia"] : [],
      }),
    );
  }

  // --- everyone else, so that the units add up to every contribution ---------------------------
  const rest: [UnitGroup, string, Contribution[]][] = [
    ["organizations", "Cơ quan, tổ chức, đoàn thể", contributions.filter((c) => c.kind === "organization")],
    ["individuals", "Cá nhân, nhà hảo tâm", contributions.filter((c) => c.kind === "individual" && !asStaff.has(c))],
    ["unlisted", "Cán bộ không có trong danh sách", unlistedContributions],
    ["pending", "Cán bộ chờ xác nhận tên", pendingContributions],
  ];
  for (const [group, label, list] of rest) {
    if (!list.length) continue;
    const s = sums(list, rate);
    units.push(unitFromSums(label, group, s, { participants: new Set(list.filter(gaveAnything).map((c) => householdKey(c.name))).size, flags: group === "pending" ? ["Cần xác nhận người trong danh sách"] : [] }));
  }

  // --- activities ---------------------------------------------------------------------------------
  const { activities, activityYears } = activitiesOf(attendance, roster, rules, issues);

  const totals = {
    expectedDays: roundLabourDays(units.reduce((n, u) => n + (u.group === "staff" ? (u.expectedDays ?? 0) : 0), 0)),
    expectedAmount: units.reduce((n, u) => n + (u.expectedAmount ?? 0), 0),
    contributedAmount: units.reduce((n, u) => n + u.contributedAmount, 0),
    amount: units.reduce((n, u) => n + u.amount, 0),
    days: roundLabourDays(units.reduce((n, u) => n + u.days, 0)),
    inKindValue: units.reduce((n, u) => n + u.inKindValue, 0),
    landArea: Math.round(units.reduce((n, u) => n + u.landArea, 0) * 100) / 100,
    shortfall: units.reduce((n, u) => n + (u.shortfall ?? 0), 0),
  };
  return { rules, people, units, enterprises, hamlets, activities, activityYears, ambiguous, unlisted, issues, totals };
}

function activitiesOf(lines: readonly AttendanceLine[], roster: readonly RosterPerson[], rules: QuotaRules, issues: QuotaIssue[]): { activities: Activity[]; activityYears: ActivityYear[] } {
  const assigned = groupByUnit(lines, (l) => l.unit).map((g) => ({ unit: g.unit, lines: g.items }));
  const headcountOf = new Map<string, number | null>();
  const rosterUnits = new Map<string, number>();
  for (const p of roster) rosterUnits.set(p.unit, (rosterUnits.get(p.unit) ?? 0) + 1);
  for (const a of assigned) {
    let members = 0;
    for (const [unit, n] of rosterUnits) if (sameUnit(unit, a.unit)) members += n;
    const stated = a.lines.find((l) => l.headcount !== null)?.headcount ?? null;
    headcountOf.set(unitKey(a.unit), members || stated);
    if (!members && stated === null) {
      const l = a.lines[0];
      issues.push({ sheet: l.sheet, cell: `A${l.row}`, row: l.row, severity: "warning", code: "unknown-unit", message: `Trang "${l.sheet}", dòng ${l.row}: đơn vị "${a.unit}" không có trong danh sách cán bộ, chưa tính được tỷ lệ có mặt.` });
    }
  }
  const lineUnit = memo(unitKey);
  const byActivity = new Map<string, AttendanceLine[]>();
  for (const l of lines) push(byActivity, `${l.date}|${foldText(l.place)}|${foldText(l.activity)}`, l);
  const activities: Activity[] = [...byActivity.values()]
    .map((ls) => ({
      date: ls[0].date,
      place: ls[0].place,
      activity: ls[0].activity,
      rows: ls.map((l) => l.row),
      units: assigned.map(({ unit }) => {
        const present = ls.filter((l) => lineUnit(l.unit) === lineUnit(unit)).reduce((n, l) => n + l.present, 0);
        const headcount = headcountOf.get(unitKey(unit)) ?? null;
        const share = headcount ? present / headcount : null;
        return { unit, present, headcount, share, underThreshold: share !== null && share < rules.participationThreshold };
      }),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const years = new Map<number, number>();
  for (const a of activities) years.set(Number(a.date.slice(0, 4)), (years.get(Number(a.date.slice(0, 4))) ?? 0) + 1);
  const activityYears = [...years].sort((a, b) => a[0] - b[0]).map(([year, n]) => ({ year, activities: n, required: rules.activitiesPerYear, underMinimum: n < rules.activitiesPerYear }));
  return { activities, activityYears };
}
