/**
 * The Cấu hình sheet: created with the plans' defaults when the workbook has none, read and
 * validated on every step, and updated one key at a time (a person may have edited the rest,
 * so the sheet is never re-created once it exists).
 */
import {
  MAPPING_KEY_PREFIX,
  readCampaignSettings,
  SETTINGS_SHEET_NAME,
  settingRow,
  settingsSheet,
  type CampaignSettings,
  type SettingsIssue,
} from "../domain/settings/campaign";
import { sameSheetName, type WorkbookPort } from "../workbook/port";

export { SETTINGS_SHEET_NAME };

/** A Cấu hình value that cannot be used: every message names its cell. */
export class SettingsError extends Error {
  readonly issues: SettingsIssue[];
  constructor(issues: SettingsIssue[]) {
    super(`Cấu hình chưa dùng được — hãy sửa rồi chạy lại (fix the settings and run again):\n${issues.map((i) => `- ${i.message}`).join("\n")}`);
    this.name = "SettingsError";
    this.issues = issues;
  }
}

async function hasSettingsSheet(port: WorkbookPort): Promise<boolean> {
  return (await port.listSheets()).some((s) => sameSheetName(s.name, SETTINGS_SHEET_NAME));
}

/** Creates Cấu hình with the defaults (and `values`) when missing; true when it was created. */
export async function ensureSettingsSheet(port: WorkbookPort, values: Record<string, string | number> = {}): Promise<boolean> {
  if (await hasSettingsSheet(port)) return false;
  await port.writeSheet(settingsSheet(values));
  return true;
}

/** The campaign settings, creating the sheet first when it is missing; throws SettingsError. */
export async function loadCampaignSettings(port: WorkbookPort): Promise<CampaignSettings> {
  await ensureSettingsSheet(port);
  const read = readCampaignSettings(await port.readSheet(SETTINGS_SHEET_NAME));
  if (!read.settings) throw new SettingsError(read.issues);
  return read.settings;
}

/** Sets keys in Cấu hình: a key's own row where it has one, new rows under the last otherwise. */
export async function writeSettingValues(port: WorkbookPort, values: Record<string, string>): Promise<void> {
  await ensureSettingsSheet(port);
  const grid = await port.readSheet(SETTINGS_SHEET_NAME);
  const { rows } = readCampaignSettings(grid);
  const updates = Object.entries(values).filter(([k]) => rows[k] !== undefined);
  if (updates.length) await port.updateCells(SETTINGS_SHEET_NAME, updates.map(([k, v]) => ({ row: rows[k], col: 2, value: v, numberFormat: "@" })));
  const added = Object.entries(values).filter(([k]) => rows[k] === undefined);
  if (added.length) await port.appendRows(SETTINGS_SHEET_NAME, added.map(([k, v]) => settingRow(k, v)));
}

/** Raw text of one key as the sheet holds it, without validating the rest ("" when missing). */
export async function settingText(port: WorkbookPort, key: string): Promise<string> {
  if (!(await hasSettingsSheet(port))) return "";
  return readCampaignSettings(await port.readSheet(SETTINGS_SHEET_NAME)).raw[key] ?? "";
}

export { MAPPING_KEY_PREFIX };
