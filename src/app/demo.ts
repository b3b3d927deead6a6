/** The main job on the bundled sample campaign: build it, run every step that exists. */
import { allocateWorkbook, type AllocateResult } from "./allocate";
import { approveAllocation } from "./approve";
import { type StepContext } from "./context";
import { runDisclose, type DiscloseResult } from "./disclose";
import { sampleWorkbook, saveXlsx } from "./files";
import { runQuota, type QuotaReport } from "./quota";
import { recognizeSheets, type RecognizedSheet } from "./recognize";
import { STEPS } from "./steps";
import { normalizeWorkbook, type ValidationResult } from "./validate";
import { reconcileWorkbook } from "./reconcile";
import type { ReconcileSummary } from "../domain/reconcile/match";

export interface DemoResult {
  commune: string;
  year: number;
  sheets: RecognizedSheet[];
  validation: ValidationResult;
  quota: QuotaReport;
  /** Đối chiếu of the sample's own statement sheet. */
  reconciliation: ReconcileSummary;
  disclosure: DiscloseResult;
  /** Phân bổ on the sample, then approved by the demo's head of commune. */
  allocation: AllocateResult;
  approvedBy: string;
  stepsRun: string[];
  stepsNotBuilt: string[];
  workbook: Uint8Array;
}

export async function runDemo(ctx: StepContext = {}): Promise<DemoResult> {
  const { book, campaign } = await sampleWorkbook();
  const sheets = await recognizeSheets(book, ctx);
  const validation = await normalizeWorkbook(book, {}, ctx);
  const quota = await runQuota(book, ctx);
  const reconciliation = (await reconcileWorkbook(book, {}, ctx)).result.summary;
  const disclosure = await runDisclose(book, {}, ctx);
  const allocation = await allocateWorkbook(book, {}, ctx);
  // The demo user approves as the commune's head named in Cấu hình.
  const approvedBy = campaign.settings["signer.head.name"] ?? ctx.user ?? "Chủ tịch UBND xã";
  await approveAllocation(book, { approver: approvedBy, expectedHash: allocation.allocationHash }, ctx);
  return {
    validation,
    quota,
    reconciliation,
    disclosure,
    allocation,
    approvedBy,
    commune: campaign.commune,
    year: campaign.year,
    sheets,
    stepsRun: STEPS.filter((s) => s.built).map((s) => s.vi),
    stepsNotBuilt: STEPS.filter((s) => !s.built).map((s) => s.vi),
    workbook: await saveXlsx(book),
  };
}
