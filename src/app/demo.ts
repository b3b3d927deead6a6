/** The main job on the bundled sample campaign: build it, run every step that exists. */
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
  stepsRun: string[];
  stepsNotBuilt: string[];
  workbook: Uint8Array;
}

export async function runDemo(ctx: StepContext = {}): Promise<DemoResult> {
  const { book, campaign } = await sampleWorkbook();
  const sheets = await recognizeSheets(book, ctx);
  const validation = await normalizeWorkbook(book, {}, ctx);
  const quota = await runQuota(book, ctx);
  return {
    validation,
    quota,
  const reconciliation = (await reconcileWorkbook(book, {}, ctx)).result.summary;
  return {
    validation,
    reconciliation,
  const disclosure = await runDisclose(book, {}, ctx);
  return {
    validation,
    disclosure,
    commune: campaign.commune,
    year: campaign.year,
    sheets,
    stepsRun: STEPS.filter((s) => s.built).map((s) => s.vi),
    stepsNotBuilt: STEPS.filter((s) => !s.built).map((s) => s.vi),
    workbook: await saveXlsx(book),
  };
}
