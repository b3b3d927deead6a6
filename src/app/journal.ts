import { LOG_HEADER, LOG_SHEET, logRow, type LogEntry } from "../domain/log";
import type { WorkbookPort } from "../workbook/port";

/** Appends one row to Nhật ký, with its header the first time. Nhật ký is never rewritten. */
export async function appendLog(port: WorkbookPort, entry: LogEntry): Promise<void> {
  const sheets = await port.listSheets();
  const exists = sheets.some((s) => s.name === LOG_SHEET);
  await port.appendRows(LOG_SHEET, exists ? [logRow(entry)] : [LOG_HEADER, logRow(entry)]);
}

export async function readLog(port: WorkbookPort): Promise<LogEntry[]> {
  const sheets = await port.listSheets();
  if (!sheets.some((s) => s.name === LOG_SHEET)) return [];
  const grid = await port.readSheet(LOG_SHEET);
  return grid.values.slice(1).map((r) => ({
    time: String(r[0] ?? ""),
    user: r[1] ? String(r[1]) : null,
    step: String(r[2] ?? ""),
    counts: String(r[3] ?? ""),
    dataHash: String(r[4] ?? ""),
    detail: r[5] ? String(r[5]) : undefined,
  }));
}
