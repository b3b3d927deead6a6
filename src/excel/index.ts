/** The Office.js side of Chung Sức, as the task pane uses it. */
import { ExcelWorkbook, type ExcelWorkbookOptions } from "./workbook";

/** The workbook open in Excel, through Excel.run. Call it after Office.onReady. */
export function excelWorkbook(options?: ExcelWorkbookOptions): ExcelWorkbook {
  // Excel 2016 and 2019 lack ExcelApi 1.13: their lists are read without merged areas.
  const mergedAreas = Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  return new ExcelWorkbook((batch) => Excel.run(batch), { mergedAreas, ...options });
}

export { ExcelWorkbook, charsToPoints, pointsToChars, mmToPoints, DEFAULT_CHUNK_CELLS, type ExcelRun, type ExcelWorkbookOptions } from "./workbook";
export { ExcelOperationError, describeOfficeError, isOfficeError, toExcelError, type ErrorPlace, type OfficeErrorLike } from "./errors";
