/** Opening and saving .xlsx files, for the shells that work on files (CLI and web page). */
import { XlsxWorkbook } from "../xlsx/workbook";
import { generateCampaign, type SampleCampaign, type SampleOptions } from "./sample";
import { ensureSettingsSheet } from "./settings";

export type { XlsxWorkbook };

export class UnreadableWorkbookError extends Error {}

export async function openXlsx(bytes: ArrayBuffer | Uint8Array, fileName = "tệp"): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch {
    // The zip library's own message is English and technical: the sentence below says what to do.
    throw new UnreadableWorkbookError(
      `Không đọc được "${fileName}" như một tệp Excel (.xlsx). Nếu là tệp .xls cũ, hãy mở bằng Excel và lưu lại dạng .xlsx. (Not a readable .xlsx file.)`,
    );
  }
}

export function saveXlsx(book: XlsxWorkbook): Promise<Uint8Array> {
  return book.toBuffer();
}

/** The sample campaign as a workbook whose sheets are the user's own. */
export async function sampleWorkbook(options: SampleOptions = {}): Promise<{ book: XlsxWorkbook; campaign: SampleCampaign }> {
  const campaign = generateCampaign(options);
  const book = XlsxWorkbook.empty();
  for (const doc of campaign.sheets) await book.addUserSheet(doc);
  // The commune filled in its Cấu hình once; the rest keeps the plans' defaults.
  await ensureSettingsSheet(book, campaign.settings);
  return { book, campaign };
}
