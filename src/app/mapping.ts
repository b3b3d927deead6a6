/**
 * Column mappings a person confirmed once, remembered in the Cấu hình sheet ("mapping:<sheet>")
 * so later runs read the sheet the same way without asking again.
 */
import { hashData } from "../domain/hash";
import type { ConfirmedMapping } from "../domain/sheet/headers";
import { CONTRIBUTION_TABLE, STATEMENT_TABLE } from "../domain/sheet/tableSpecs";
import type { WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";
import { MAPPING_KEY_PREFIX, settingText, writeSettingValues } from "./settings";

function parseMapping(raw: string | undefined): ConfirmedMapping | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as ConfirmedMapping;
    return Array.isArray(parsed.headerRows) && parsed.mapping && typeof parsed.mapping === "object" ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The mapping confirmed for a sheet, for one kind of table (a contribution list unless `kind` says
 * otherwise): a statement's mapping is never read as a contribution list's, nor the reverse.
 */
export async function confirmedMapping(port: WorkbookPort, sheet: string, kind: string = CONTRIBUTION_TABLE.kind): Promise<ConfirmedMapping | null> {
  const found = await anyConfirmedMapping(port, sheet);
  return found && (found.kind ?? CONTRIBUTION_TABLE.kind) === kind ? found : null;
}

/** The mapping confirmed for a sheet whatever kind of table it was confirmed as. */
export async function anyConfirmedMapping(port: WorkbookPort, sheet: string): Promise<ConfirmedMapping | null> {
  const key = MAPPING_KEY_PREFIX + sheet;
  // Workbooks from before Cấu hình kept mappings in the hidden settings sheet.
  return parseMapping(await settingText(port, key)) ?? parseMapping((await port.readSettings())[key]);
}

export async function confirmMapping(port: WorkbookPort, sheet: string, confirmed: ConfirmedMapping, ctx: StepContext = {}): Promise<void> {
  await writeSettingValues(port, { [MAPPING_KEY_PREFIX + sheet]: JSON.stringify(confirmed) });
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Xác nhận cột",
    counts: `${sheet}: ${Object.keys(confirmed.mapping).length} cột, tiêu đề dòng ${confirmed.headerRows.join("–")}`,
    dataHash: hashData(confirmed),
  });
}

/** The columns a contribution list can have, for a person to map (field, Vietnamese label). */
export const CONTRIBUTION_FIELDS: readonly { field: string; label: string; required: boolean }[] = CONTRIBUTION_TABLE.columns.map((c) => ({
  field: c.field,
  label: c.label,
  required: Boolean(c.required),
}));

/** The columns a statement can have, for a person to map (field, Vietnamese label). */
export const STATEMENT_FIELDS: readonly { field: string; label: string; required: boolean }[] = STATEMENT_TABLE.columns
  .filter((c) => c.field !== "seq")
  .map((c) => ({ field: c.field, label: c.label, required: c.field === "date" || c.field === "description" }));

/** Column letters both ways, for shells that show and read a mapping. */
export { columnLetters, columnNumber } from "../domain/sheet/address";
