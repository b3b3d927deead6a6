/**
 * Step "Công khai": the public list (Công khai), the campaign report to the district (Báo cáo)
 * and the commendation list (Khen thưởng), written as Chung Sức's own sheets, with the user's
 * choices remembered in Cấu hình and a Nhật ký row.
 */
import { parseDate } from "../domain/dates";
import type { Contribution } from "../domain/contributions/types";
import { hashData } from "../domain/hash";
import { formatMoney } from "../domain/money";
import { campaignReportSheet, REPORT_SHEET, type AllocationSummary, type UnitParticipation } from "../domain/reports/campaignReport";
import {
  buildCommendation,
  COMMENDATION_HELP,
  COMMENDATION_KEYS,
  COMMENDATION_SHEET,
  commendationSheet,
  readThresholds,
  thresholdSettingValues,
  type Commendation,
  type CommendationThresholds,
} from "../domain/reports/commendation";
import {
  buildDisclosure,
  DISCLOSURE_HELP,
  DISCLOSURE_KEYS,
  DISCLOSURE_SHEET,
  disclosureSettingValues,
  disclosureSheet,
  readDisclosureOptions,
  type Disclosure,
  type DisclosureOptions,
  type DocumentContext,
} from "../domain/reports/disclosure";
import { readCampaignSettings, settingRow } from "../domain/settings/campaign";
import type { CampaignSettings } from "../domain/settings/campaign";
import type { SheetDoc } from "../domain/sheet/types";
import { sameSheetName, type WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";
import { receivedMoney } from "./received";
import { loadCampaignSettings, SETTINGS_SHEET_NAME, writeSettingValues } from "./settings";
import { NoContributionListError, validateWorkbook, type ValidateOptions } from "./validate";
import { computeWorkbookQuotas, NoRosterError } from "./quota";
import { NoWorksListError, planAllocation } from "./allocate";

export { DISCLOSURE_SHEET, REPORT_SHEET, COMMENDATION_SHEET };
export type { DisclosureOptions, CommendationThresholds, UnitParticipation, AllocationSummary };

export interface DiscloseChoices {
  /** Overrides of the remembered choices; what is given is remembered in Cấu hình. */
  options?: Partial<DisclosureOptions>;
  thresholds?: Partial<CommendationThresholds>;
  /** Participation per unit from the Định mức step; absent → "chưa tính". */
  participation?: readonly UnitParticipation[] | null;
  /** The allocation from the Phân bổ step; absent → "chưa phân bổ". */
  allocation?: AllocationSummary | null;
  /** The documents' date (ISO); today (from ctx.now) where not given. */
  dateIso?: string | null;
  /** Number format for money cells (the reader's locale, where the shell knows it). */
  moneyFormat?: string;
  validate?: ValidateOptions;
}

export interface DiscloseResult {
  options: DisclosureOptions;
  thresholds: CommendationThresholds;
  disclosure: Disclosure;
  commendation: Commendation;
  contributions: Contribution[];
  reconciled: boolean;
  sheets: string[];
}

/** The remembered choices without creating Cấu hình (defaults where it or a key is missing). */
export async function rememberedDiscloseChoices(port: WorkbookPort): Promise<{ options: DisclosureOptions; thresholds: CommendationThresholds }> {
  const sheets = await port.listSheets();
  if (!sheets.some((s) => sameSheetName(s.name, SETTINGS_SHEET_NAME))) return { options: readDisclosureOptions({}), thresholds: readThresholds({}) };
  const { raw } = readCampaignSettings(await port.readSheet(SETTINGS_SHEET_NAME));
  return { options: readDisclosureOptions(raw), thresholds: readThresholds(raw) };
}

/** The choices as remembered in Cấu hình (defaults where none). */
export async function loadDiscloseChoices(port: WorkbookPort): Promise<{ options: DisclosureOptions; thresholds: CommendationThresholds }> {
  const settings = await loadCampaignSettings(port);
  return { options: readDisclosureOptions(settings.raw), thresholds: readThresholds(settings.raw) };
}

function documentContext(s: CampaignSettings, dateIso: string | null, moneyFormat?: string): DocumentContext {
  return { campaignName: s.campaignName, commune: s.commune, district: s.district, province: s.province, dateIso, signers: s.signers, moneyFormat };
}

/** Remembers the choices: keys Cấu hình already has are updated, new ones get their explanation. */
async function remember(port: WorkbookPort, settings: CampaignSettings, options: DisclosureOptions, thresholds: CommendationThresholds): Promise<void> {
  const values = { ...disclosureSettingValues(options), ...thresholdSettingValues(thresholds) };
  const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => settings.raw[k] !== v));
  const fresh = Object.entries(changed).filter(([k]) => settings.raw[k] === undefined);
  const known = Object.fromEntries(Object.entries(changed).filter(([k]) => settings.raw[k] !== undefined));
  if (Object.keys(known).length) await writeSettingValues(port, known);
  if (fresh.length) {
    const help: Record<string, string> = {};
    for (const [k, key] of Object.entries(DISCLOSURE_KEYS)) help[key] = DISCLOSURE_HELP[k as keyof typeof DISCLOSURE_HELP];
    for (const [k, key] of Object.entries(COMMENDATION_KEYS)) help[key] = COMMENDATION_HELP[k as keyof typeof COMMENDATION_HELP];
    await port.appendRows(SETTINGS_SHEET_NAME, fresh.map(([k, v]) => settingRow(k, v, help[k])));
  }
}

/** The three sheets as SheetDocs, without writing them (for tests and previews). */
export function discloseSheets(
  contributions: readonly Contribution[],
  received: ReadonlySet<string>,
  reconciled: boolean,
  settings: CampaignSettings,
  options: DisclosureOptions,
  thresholds: CommendationThresholds,
  choices: Pick<DiscloseChoices, "participation" | "allocation" | "moneyFormat"> & { dateIso: string | null },
): { disclosure: Disclosure; commendation: Commendation; docs: SheetDoc[] } {
  const ctx = documentContext(settings, choices.dateIso, choices.moneyFormat);
  const disclosure = buildDisclosure(contributions, received, options, settings.labourDayRate);
  const commendation = buildCommendation(contributions, thresholds, settings.labourDayRate, choices.participation);
  const docs = [
    disclosureSheet(disclosure, ctx),
    campaignReportSheet({ contributions, received, reconciled, labourDayRate: settings.labourDayRate, participation: choices.participation, allocation: choices.allocation }, ctx),
    commendationSheet(commendation, ctx),
  ];
  return { disclosure, commendation, docs };
}

/**
 * Participation per unit as the Định mức step computes it, for the report and the commendation
 * list; null where the workbook has no roster to compute it from.
 */
async function participationOf(port: WorkbookPort): Promise<UnitParticipation[] | null> {
  try {
    const quota = await computeWorkbookQuotas(port);
    const units = quota.units.filter((u) => u.headcount !== null && u.participationRate !== null);
    return units.length ? units.map((u) => ({ unit: u.unit, headcount: u.headcount!, participants: u.participants, participationRate: u.participationRate! })) : null;
  } catch (e) {
    if (e instanceof NoRosterError || e instanceof NoContributionListError) return null;
    throw e;
  }
}

/** The allocation as the Phân bổ step plans it; null where the workbook has no works list. */
async function allocationOf(port: WorkbookPort): Promise<AllocationSummary | null> {
  try {
    const plan = await planAllocation(port);
    return { total: plan.allocation.allocated, unallocated: plan.allocation.unallocated, items: plan.allocation.lines.filter((l) => l.allocated > 0).map((l) => ({ name: l.work.name, allocated: l.allocated })) };
  } catch (e) {
    if (e instanceof NoWorksListError || e instanceof NoContributionListError) return null;
    throw e;
  }
}

/** The documents' date as a person types it ("15/07/2024") or as ISO; null when it is no date. */
export function readDocumentDate(text: string): string | null {
  const d = parseDate(/^\d{4}-\d{2}-\d{2}$/.test(text) ? text.split("-").reverse().join("/") : text);
  return d.ok ? d.iso : null;
}

export async function runDisclose(port: WorkbookPort, choices: DiscloseChoices = {}, ctx: StepContext = {}): Promise<DiscloseResult> {
  ctx.progress?.(0, "Đang đọc cấu hình");
  const settings = await loadCampaignSettings(port);
  const options = { ...readDisclosureOptions(settings.raw), ...definedOnly(choices.options) };
  const thresholds = { ...readThresholds(settings.raw), ...definedOnly(choices.thresholds) };
  ctx.progress?.(0.1, "Đang đọc danh sách ủng hộ");
  const validation = await validateWorkbook(port, choices.validate ?? {}, { ...ctx, progress: (f, l) => ctx.progress?.(0.1 + f * 0.5, l) });
  const received = await receivedMoney(port, validation.contributions);
  const dateIso = choices.dateIso === undefined ? nowIso(ctx).slice(0, 10) : choices.dateIso;
  ctx.progress?.(0.55, "Đang lấy tỷ lệ tham gia và phân bổ");
  const participation = choices.participation === undefined ? await participationOf(port) : choices.participation;
  const allocation = choices.allocation === undefined ? await allocationOf(port) : choices.allocation;
  const { disclosure, commendation, docs } = discloseSheets(validation.contributions, received.keys, received.reconciled, settings, options, thresholds, {
    participation,
    allocation,
    moneyFormat: choices.moneyFormat,
    dateIso,
  });
  for (const [i, doc] of docs.entries()) {
    ctx.progress?.(0.6 + (i / docs.length) * 0.35, `Đang ghi trang "${doc.name}"`);
    await port.writeSheet(doc);
  }
  await remember(port, settings, options, thresholds);
  const people = commendation.collectives.length + commendation.people.length;
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Công khai, báo cáo và đề nghị khen thưởng",
    counts: `${disclosure.totals.count} dòng công khai, tổng giá trị ${formatMoney(disclosure.totals.totalValue)} đ; ${disclosure.pledges.length} khoản chưa nộp; ${people} đề nghị khen thưởng`,
    dataHash: hashData({ contributions: validation.contributions, received: [...received.keys].sort(), options, thresholds }),
    detail: JSON.stringify({ options, thresholds }),
  });
  ctx.progress?.(1, "Xong");
  return { options, thresholds, disclosure, commendation, contributions: validation.contributions, reconciled: received.reconciled, sheets: docs.map((d) => d.name) };
}

function definedOnly<T extends object>(o: Partial<T> | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
