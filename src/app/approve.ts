/**
 * Step "Phê duyệt": the head approves the allocation. Records who (the name the user confirms;
 * Office's user where the shell has one), when, and the hashes of the allocation, of every input
 * it used and of both sheets as written — in the workbook's settings, on the sheets and in
 * Nhật ký — then protects Phân bổ and Quyết định. `approvalStatus` finds any later change.
 */
import type { ApprovalRecord } from "../domain/allocation/approval";
import { formatMoney } from "../domain/money";
import type { WorkbookPort } from "../workbook/port";
import {
  ALLOCATION_SHEET,
  DECISION_SHEET,
  detectChanges,
  documentHashes,
  planAllocation,
  readApproval,
  sheetState,
  statusOf,
  storeApproval,
  writeDocuments,
  type AllocateOptions,
  type ApprovalStatus,
} from "./allocate";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";

export class ApprovalError extends Error {}

export interface ApproveOptions extends AllocateOptions {
  /** The approver's name as the user confirmed it. */
  approver: string;
  /** The allocation hash the approver saw; approval is refused when the allocation differs now. */
  expectedHash?: string;
}

export interface ApproveResult {
  record: ApprovalRecord;
  status: ApprovalStatus;
}

export async function approveAllocation(port: WorkbookPort, options: ApproveOptions, ctx: StepContext = {}): Promise<ApproveResult> {
  const approver = options.approver.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!approver) throw new ApprovalError("Hãy ghi họ và tên người phê duyệt. (Enter the approver's name.)");
  const plan = await planAllocation(port, options, ctx);
  if (options.expectedHash && options.expectedHash !== plan.allocationHash) {
    throw new ApprovalError("Số liệu phân bổ đã thay đổi kể từ lúc xem: hãy chạy Phân bổ, xem lại rồi phê duyệt. (The allocation changed since it was shown.)");
  }
  const time = nowIso(ctx);
  await writeDocuments(port, plan, { state: "approved", approver, time, hash: plan.allocationHash });
  const sheets = await documentHashes(port);
  const record: ApprovalRecord = {
    approver,
    time,
    allocationHash: plan.allocationHash,
    inputs: plan.inputs,
    sheets: Object.fromEntries(Object.entries(sheets).map(([k, v]) => [k, v ?? ""])),
  };
  await storeApproval(port, record);
  await appendLog(port, {
    time,
    user: ctx.user || approver,
    step: "Phê duyệt phân bổ",
    counts: `Người phê duyệt: ${approver}; ${plan.allocation.lines.length} công trình, phân bổ ${formatMoney(plan.allocation.allocated)} đ, chưa phân bổ ${formatMoney(plan.allocation.unallocated)} đ`,
    dataHash: plan.allocationHash,
    detail: JSON.stringify({ inputs: record.inputs, sheets: record.sheets }),
  });
  // Written protected already (approved state); protecting again is a no-op on both adapters.
  for (const name of [ALLOCATION_SHEET, DECISION_SHEET]) await port.protectSheet(name);
  return { record, status: statusOf(record) };
}

/**
 * The approval as it stands now: "draft", "approved", or "changed" (an input or a sheet differs
 * from what was approved). A change found here is recorded and shown on both sheets.
 */
export async function approvalStatus(port: WorkbookPort, ctx: StepContext = {}): Promise<ApprovalStatus> {
  const plan = await planAllocation(port, {}, ctx);
  const before = statusOf(await readApproval(port));
  const record = await detectChanges(port, plan, ctx);
  const status = statusOf(record);
  // Shown on the sheets at once, until approved again.
  if (status.state === "changed" && before.state === "approved") await writeDocuments(port, plan, sheetState(record));
  return status;
}
