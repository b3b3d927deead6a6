/**
 * The head's approval of an allocation: who, when, and the hashes of the allocation, of every
 * input it used and of the two sheets as written. Any later difference is a change after
 * approval, and stays one (the record keeps it) until the allocation is approved again.
 */
import { z } from "zod";
import { hashData } from "../hash";
import type { CellValue, Grid } from "../sheet/types";

/** Where the record is kept: the workbook's own settings (shared by every shell). */
export const APPROVAL_KEY = "approval.allocation";

export const INPUT_LABELS = {
  works: "Danh mục công trình",
  fund: "Danh sách ủng hộ (tiền đưa vào quỹ)",
  settings: "Cấu hình phân bổ và quyết định",
} as const;

export type InputName = keyof typeof INPUT_LABELS;

const Hashes = z.record(z.string(), z.string());

export const ApprovalRecordSchema = z.object({
  approver: z.string().min(1),
  time: z.string(),
  allocationHash: z.string(),
  inputs: Hashes,
  /** Hash of each document sheet's values as written (status line left out). */
  sheets: Hashes,
  /** Set when a change was found after approval; cleared only by approving again. */
  changed: z.object({ time: z.string(), changes: z.array(z.string()) }).optional(),
});

export type ApprovalRecord = z.infer<typeof ApprovalRecordSchema>;

export function parseApproval(text: string | undefined): ApprovalRecord | null {
  if (!text) return null;
  try {
    const r = ApprovalRecordSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

function isStatusRow(row: CellValue[]): boolean {
  return typeof row[0] === "string" && row[0].startsWith("Tình trạng:");
}

/** A sheet's values without its status line, hashed: what the head saw and approved. */
export function sheetHash(grid: Grid): string {
  const rows = grid.values.filter((r) => !isStatusRow(r)).map((r) => r.map((v) => (v === "" ? null : v)));
  while (rows.length && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  return hashData({ origin: grid.origin, rows });
}

/** What differs from the approved record, in words a person reads; empty when nothing does. */
export function changesSince(record: ApprovalRecord, now: { inputs: Record<string, string>; sheets: Record<string, string | null> }): string[] {
  const changes: string[] = [];
  for (const [name, hash] of Object.entries(record.inputs)) {
    if (now.inputs[name] !== hash) changes.push(`${INPUT_LABELS[name as InputName] ?? name} đã thay đổi`);
  }
  for (const [sheet, hash] of Object.entries(record.sheets)) {
    const current = now.sheets[sheet];
    if (current === null || current === undefined) changes.push(`trang “${sheet}” đã bị xóa`);
    else if (current !== hash) changes.push(`trang “${sheet}” đã bị sửa`);
  }
  return changes;
}
