/**
 * Step "Định mức": labour-day equivalents and quotas per person and per unit, participation,
 * enterprises, hamlets and activities, written to the Định mức sheet (re-created each run) with
 * its chart, and a Nhật ký row. Rosters, household lists and attendance sheets are found by their
 * headers or by a mapping a person confirmed; the rules come from Cấu hình; the matches a person
 * settled are kept in Cấu hình ("quota.match:<sheet>!<row>") and win on every later run.
 */
import type { ChartSpec } from "../domain/sheet/types";
import type { Contribution } from "../domain/contributions/types";
import { hashData } from "../domain/hash";
import {
  computeQuotas,
  NOT_LISTED,
  QUOTA_SHEET,
  quotaSheet,
  readAttendance,
  readHouseholds,
  readRoster,
  type AttendanceLine,
  type Decisions,
  type Household,
  type QuotaIssue,
  type QuotaResult,
  type QuotaRules,
  type RosterPerson,
} from "../domain/quota";
import type { CampaignSettings } from "../domain/settings/campaign";
import { detectTable, matchFromMapping, type TableMatch } from "../domain/sheet/headers";
import { ALL_TABLES, ATTENDANCE_TABLE, HOUSEHOLD_TABLE, STAFF_ROSTER_TABLE } from "../domain/sheet/tableSpecs";
import type { WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";
import { anyConfirmedMapping } from "./mapping";
import { loadCampaignSettings, writeSettingValues } from "./settings";
import { NoContributionListError, validateWorkbook } from "./validate";

export { QUOTA_SHEET, NOT_LISTED };
export type { QuotaResult };

/** Key prefix of a settled match in Cấu hình: "quota.match:<contribution sheet>!<row>". */
export const MATCH_KEY_PREFIX = "quota.match:";

export interface QuotaReport extends QuotaResult {
  /** Which sheets were read as what. */
  sources: { rosters: string[]; households: string[]; attendance: string[]; contributions: string[] };
}

export function rulesOf(settings: CampaignSettings): QuotaRules {
  return {
    labourDayRate: settings.labourDayRate,
    incomeTiers: settings.incomeTiers,
    enterpriseMinimum: settings.enterpriseMinimum,
    participationThreshold: settings.participationThreshold,
    activitiesPerYear: settings.activitiesPerYear,
  };
}

export function decisionsOf(settings: CampaignSettings): Decisions {
  const out: Decisions = {};
  for (const [key, value] of Object.entries(settings.raw)) if (key.startsWith(MATCH_KEY_PREFIX) && value) out[key.slice(MATCH_KEY_PREFIX.length)] = value;
  return out;
}

const QUOTA_KINDS = [STAFF_ROSTER_TABLE, HOUSEHOLD_TABLE, ATTENDANCE_TABLE];

/** Reads every user sheet that is a roster, a household list or an attendance sheet. */
async function readLists(port: WorkbookPort, campaignYear: number | undefined, ctx: StepContext) {
  const sheets = (await port.listSheets()).filter((s) => !s.owned && s.visible);
  const roster: RosterPerson[] = [];
  const households: Household[] = [];
  const attendance: AttendanceLine[] = [];
  const issues: QuotaIssue[] = [];
  const sources = { rosters: [] as string[], households: [] as string[], attendance: [] as string[] };
  for (const [i, s] of sheets.entries()) {
    ctx.progress?.((i / sheets.length) * 0.4, `Đang đọc "${s.name}"`);
    const grid = await port.readSheet(s.name);
    const confirmed = await anyConfirmedMapping(port, s.name);
    let match: TableMatch | null;
    if (confirmed?.kind) {
      const spec = QUOTA_KINDS.find((k) => k.kind === confirmed.kind);
      match = spec ? matchFromMapping(grid, spec, confirmed) : null;
    } else if (confirmed) match = null; // a contribution list a person confirmed
    else match = detectTable(grid, ALL_TABLES);
    if (!match || match.missing.length) continue;
    if (match.kind === STAFF_ROSTER_TABLE.kind) {
      const r = readRoster(grid, match);
      roster.push(...r.items);
      issues.push(...r.issues);
      sources.rosters.push(s.name);
    } else if (match.kind === HOUSEHOLD_TABLE.kind) {
      const r = readHouseholds(grid, match);
      households.push(...r.items);
      issues.push(...r.issues);
      sources.households.push(s.name);
    } else if (match.kind === ATTENDANCE_TABLE.kind) {
      const r = readAttendance(grid, match, campaignYear);
      attendance.push(...r.items);
      issues.push(...r.issues);
      sources.attendance.push(s.name);
    }
  }
  return { roster, households, attendance, issues, sources };
}

/** The quotas of the workbook, computed and not written. Throws SettingsError on a bad Cấu hình. */
export async function computeWorkbookQuotas(port: WorkbookPort, ctx: StepContext = {}): Promise<QuotaReport> {
  const settings = await loadCampaignSettings(port);
  const campaignYear = settings.period.start ? Number(settings.period.start.slice(0, 4)) : undefined;
  const lists = await readLists(port, campaignYear, ctx);
  let contributions: Contribution[] = [];
  let contributionSheets: string[] = [];
  try {
    const v = await validateWorkbook(port, {}, { ...ctx, progress: (f, l) => ctx.progress?.(0.4 + f * 0.4, l) });
    contributions = v.contributions;
    contributionSheets = v.lists.map((l) => l.sheet);
  } catch (e) {
    if (!(e instanceof NoContributionListError)) throw e;
  }
  ctx.progress?.(0.85, "Đang tính định mức");
  const result = computeQuotas({
    rules: rulesOf(settings),
    roster: lists.roster,
    households: lists.households,
    attendance: lists.attendance,
    contributions,
    decisions: decisionsOf(settings),
    issues: lists.issues,
  });
  return { ...result, sources: { ...lists.sources, contributions: contributionSheets } };
}

export class NoRosterError extends Error {}

/** Định mức: computes, writes the sheet with its chart, and appends a Nhật ký row. */
export async function runQuota(port: WorkbookPort, ctx: StepContext = {}): Promise<QuotaReport> {
  const report = await computeWorkbookQuotas(port, ctx);
  if (report.sources.rosters.length === 0 && report.sources.contributions.length === 0) {
    throw new NoRosterError(
      "Không tìm thấy danh sách cán bộ (Họ và tên, Đơn vị, Thu nhập) hay danh sách ủng hộ nào trong 30 dòng đầu của các trang. (No roster or contribution list found.)",
    );
  }
  const settings = await loadCampaignSettings(port);
  ctx.progress?.(0.9, `Đang ghi trang "${QUOTA_SHEET}"`);
  await port.writeSheet(quotaSheet(report, { commune: settings.commune, preparer: settings.signers.preparer, accountant: settings.signers.accountant }));
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Định mức ngày công",
    counts: quotaCounts(report),
    dataHash: hashData({ rules: report.rules, people: report.people, units: report.units }),
  });
  ctx.progress?.(1, "Xong");
  return report;
}

export function quotaCounts(r: QuotaResult): string {
  const under = r.units.filter((u) => u.underThreshold).length;
  return `${r.people.length} người, ${r.units.length} đơn vị (${under} dưới tỷ lệ tham gia), ${r.activities.length} hoạt động; ${r.ambiguous.length} cần xác nhận, ${r.unlisted.length} không có trong danh sách`;
}

/** Settles one match: the contribution ("<sheet>!<row>") is this listed person's, or NOT_LISTED. */
export async function settleMatch(port: WorkbookPort, contribution: string, listed: string, ctx: StepContext = {}): Promise<void> {
  await writeSettingValues(port, { [MATCH_KEY_PREFIX + contribution]: listed });
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Xác nhận người trong danh sách",
    counts: `${contribution} → ${listed === NOT_LISTED ? "không có trong danh sách" : listed}`,
    dataHash: hashData({ contribution, listed }),
  });
}

/** The `quota` JSON of shared/DESIGN.md: fields may be added, never renamed. */
export function quotaJson(r: QuotaReport) {
  return {
    rules: r.rules,
    people: r.people,
    units: r.units,
    enterprises: r.enterprises,
    hamlets: r.hamlets,
    activities: r.activities,
    activityYears: r.activityYears,
    ambiguous: r.ambiguous,
    unlisted: r.unlisted,
    issues: r.issues,
    totals: r.totals,
    sources: r.sources,
  };
}

/** The chart of the Định mức sheet (contributed against expected per unit), for shells that draw it. */
export function quotaChart(report: QuotaResult): ChartSpec | null {
  return quotaSheet(report).charts?.[0] ?? null;
}
