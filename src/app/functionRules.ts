/**
 * The campaign's rules as the custom functions see them (CHUNGSUC.DINHMUC): read from the
 * workbook's Cấu hình sheet when a workbook is reachable (inside Excel, the shared runtime
 * registers it), the plans' defaults otherwise. Reading never creates or changes a sheet.
 */
import { DEFAULT_QUOTA_RULES, quotaDaysFor, type QuotaRules } from "../domain/quota/compute";
import { readCampaignSettings, SETTINGS_SHEET_NAME } from "../domain/settings/campaign";
import { parseMoney } from "../domain/money";
import type { CellValue } from "../domain/sheet/types";
import { sameSheetName, type WorkbookPort } from "../workbook/port";
import { SettingsError } from "./settings";

let source: (() => Promise<WorkbookPort>) | null = null;
let cached: { at: number; rules: Promise<QuotaRules> } | null = null;
/** A recalculation asks for every cell at once: one read of Cấu hình serves them for this long. */
const CACHE_MS = 3000;

/** Where the functions find the workbook (null: none, the defaults apply). */
export function setRulesWorkbook(open: (() => Promise<WorkbookPort>) | null): void {
  source = open;
  cached = null;
}

/** The rules of the workbook's Cấu hình, or the defaults where it has none; SettingsError when a value is bad. */
export async function rulesOfWorkbook(port: WorkbookPort): Promise<QuotaRules> {
  const sheets = await port.listSheets();
  const sheet = sheets.find((s) => sameSheetName(s.name, SETTINGS_SHEET_NAME));
  if (!sheet) return DEFAULT_QUOTA_RULES;
  const read = readCampaignSettings(await port.readSheet(sheet.name));
  if (!read.settings) throw new SettingsError(read.issues);
  const s = read.settings;
  return { labourDayRate: s.labourDayRate, incomeTiers: s.incomeTiers, enterpriseMinimum: s.enterpriseMinimum, participationThreshold: s.participationThreshold, activitiesPerYear: s.activitiesPerYear };
}

export function functionRules(now: number = Date.now()): Promise<QuotaRules> {
  if (!source) return Promise.resolve(DEFAULT_QUOTA_RULES);
  if (cached && now - cached.at < CACHE_MS) return cached.rules;
  const open = source;
  const rules = (async () => {
    let port: WorkbookPort;
    try {
      port = await open();
    } catch {
      return DEFAULT_QUOTA_RULES; // no workbook reachable
    }
    return rulesOfWorkbook(port);
  })();
  cached = { at: now, rules };
  rules.catch(() => (cached = null));
  return rules;
}

export type QuotaDaysResult = { ok: true; days: number } | { ok: false; reason: string };

/** A person's labour days a year for a monthly income typed any way ("4tr5", 5000000). */
export function quotaDaysOfIncome(value: CellValue, rules: QuotaRules): QuotaDaysResult {
  const income = parseMoney(value);
  if (!income.ok) return { ok: false, reason: income.reason };
  const days = quotaDaysFor(income.amount, rules.incomeTiers);
  if (days === null) return { ok: false, reason: "Thu nhập thấp hơn mọi bậc trong Cấu hình (below every income tier)" };
  return { ok: true, days };
}
