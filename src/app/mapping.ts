/**
 * Column mappings a person confirmed once, remembered in the Cấu hình sheet ("mapping:<sheet>")
 * so later runs read the sheet the same way without asking again.
 */
import { hashData } from "../domain/hash";
import type { ConfirmedMapping } from "../domain/sheet/headers";
import { ALL_TABLES, ATTENDANCE_TABLE, CONTRIBUTION_TABLE, HOUSEHOLD_TABLE, STAFF_ROSTER_TABLE, STATEMENT_TABLE, WORKS_TABLE } from "../domain/sheet/tableSpecs";
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
export const CONTRIBUTION_FIELDS: readonly { field: string; label: string; required: boolean }[] = CONTRIBUTION_TABLE.columns
  // A row total, or a part paid, is settled into Số tiền when the header is detected; a person maps Số tiền itself.
  .filter((c) => c.field !== "total" && c.field !== "instalment")
  .map((c) => ({ field: c.field, label: c.label, required: Boolean(c.required) }));

/** The columns a statement can have, for a person to map (field, Vietnamese label). */
export const STATEMENT_FIELDS: readonly { field: string; label: string; required: boolean }[] = STATEMENT_TABLE.columns
  .filter((c) => c.field !== "seq")
  .map((c) => ({ field: c.field, label: c.label, required: c.field === "date" || c.field === "description" }));

export interface MappableTable {
  /** A TableSpec's kind: what Cấu hình stores with the mapping. */
  kind: string;
  /** Its Vietnamese name ("Danh sách cán bộ"). */
  label: string;
  /** The columns it can have, for a person to map (field, Vietnamese label). */
  fields: readonly { field: string; label: string; required: boolean }[];
}

function fieldsOf(kind: string): MappableTable["fields"] {
  if (kind === CONTRIBUTION_TABLE.kind) return CONTRIBUTION_FIELDS;
  if (kind === STATEMENT_TABLE.kind) return STATEMENT_FIELDS;
  const spec = ALL_TABLES.find((t) => t.kind === kind);
  return (spec?.columns ?? []).map((c) => ({ field: c.field, label: c.label, required: Boolean(c.required) }));
}

/**
 * Every kind of table a sheet can be confirmed as, in the order a person meets them: a
 * contribution list, a staff roster, a household list, an attendance sheet, a statement, a
 * works list (the kinds of ALL_TABLES).
 */
export const TABLE_KINDS: readonly MappableTable[] = [CONTRIBUTION_TABLE, STAFF_ROSTER_TABLE, HOUSEHOLD_TABLE, ATTENDANCE_TABLE, STATEMENT_TABLE, WORKS_TABLE].map((t) => ({
  kind: t.kind,
  label: t.label,
  fields: fieldsOf(t.kind),
}));

/**
 * Why a mapping cannot be stored for this kind of table, in Vietnamese; null when it can: the
 * header is one row or two adjacent rows, every required column is chosen, no column is chosen
 * twice, and a statement has a credit or a signed amount column.
 */
export function mappingProblem(kind: string, confirmed: ConfirmedMapping): string | null {
  const table = TABLE_KINDS.find((t) => t.kind === kind);
  if (!table) return `Không có loại bảng "${kind}". (Unknown table kind.)`;
  const rows = confirmed.headerRows;
  const rowsOk =
    (rows.length === 1 || (rows.length === 2 && rows[1] === rows[0] + 1)) && rows.every((r) => Number.isInteger(r) && r >= 1);
  if (!rowsOk) return "Dòng tiêu đề phải là một dòng hoặc hai dòng liền nhau. (The header is one row or two adjacent rows.)";
  const missing = table.fields.filter((f) => f.required && !confirmed.mapping[f.field]);
  if (missing.length) return `${table.label}: chưa chọn cột ${missing.map((f) => f.label).join(", ")}. (A required column is not chosen.)`;
  if (kind === STATEMENT_TABLE.kind && !confirmed.mapping.credit && !confirmed.mapping.amount) {
    return "Sao kê cần cột Ghi có hoặc cột Số tiền (+ có / − nợ). (A statement needs a credit or an amount column.)";
  }
  const seen = new Set<string>();
  for (const col of Object.values(confirmed.mapping)) {
    if (!col) continue;
    if (!/^[A-Z]{1,3}$/.test(col)) return `"${col}" không phải tên cột. (Not a column.)`;
    if (seen.has(col)) return `Cột ${col} được chọn cho hai nội dung. (A column is chosen twice.)`;
    seen.add(col);
  }
  return null;
}

/** Column letters both ways, for shells that show and read a mapping. */
export { columnLetters, columnNumber } from "../domain/sheet/address";
