/**
 * Where the task pane finds its workbook: inside Excel the open workbook through Office.js; in a
 * plain browser an .xlsx file the user opens (ExcelJS, loaded only when needed).
 */
import type { WorkbookPort } from "../workbook/port";

export async function openExcelWorkbook(): Promise<WorkbookPort> {
  const { excelWorkbook } = await import("../excel");
  return excelWorkbook();
}

/** File functions for the web page; a separate chunk so Excel never loads ExcelJS. */
export function loadFileTools(): Promise<typeof import("./files")> {
  return import("./files");
}
