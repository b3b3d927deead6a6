/** The main job on the bundled sample campaign: build it, run every step that exists. */
import { type StepContext } from "./context";
import { runDisclose, type DiscloseResult } from "./disclose";
import { sampleWorkbook, saveXlsx } from "./files";
import { recognizeSheets, type RecognizedSheet } from "./recognize";
import { STEPS } from "./steps";
import { normalizeWorkbook, type ValidationResult } from "./validate";

export interface DemoResult {
  commune: string;
  year: number;
  sheets: RecognizedSheet[];
  validation: ValidationResult;
  disclosure: DiscloseResult;
  stepsRun: string[];
  stepsNotBuilt: string[];
  workbook: Uint8Array;
}

export async function runDemo(ctx: StepContext = {}): Promise<DemoResult> {
  const { book, campaign } = await sampleWorkbook();
  const sheets = await recognizeSheets(book, ctx);
  const validation = await normalizeWorkbook(book, {}, ctx);
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
