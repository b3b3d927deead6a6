/**
 * What the task pane works on. Inside Excel: the open workbook. In a browser: .xlsx files the
 * user opens, through the app's file functions (loaded on demand so Excel never loads ExcelJS).
 * Components receive these as props, so tests can hand them in-memory fakes.
 */
import type { WorkbookPort } from "../workbook/port";

export interface WebFiles {
  /** Reads an .xlsx file's bytes; rejects with a Vietnamese message when it is not one. */
  open(bytes: ArrayBuffer, fileName: string): Promise<WorkbookPort>;
  /** The bundled sample campaign as a workbook. */
  sample(): Promise<WorkbookPort>;
  /** The workbook as .xlsx bytes, with everything the steps wrote. */
  save(port: WorkbookPort): Promise<Uint8Array>;
}

export type Host = { kind: "excel"; workbook: () => Promise<WorkbookPort> } | { kind: "web"; files: WebFiles };

/** "Danh sach.xlsx" → "Danh sach-chungsuc.xlsx": the name of the downloaded result. */
export function resultFileName(original: string): string {
  const base = original.replace(/\.xlsx$/i, "").replace(/-chungsuc$/i, "") || "so";
  return `${base}-chungsuc.xlsx`;
}
