/** Nhật ký: the append-only audit log every step writes to. */
import type { CellValue } from "./sheet/types";

export const LOG_SHEET = "Nhật ký";

export const LOG_HEADER: CellValue[] = ["Thời gian", "Người dùng", "Bước", "Số liệu", "Mã băm dữ liệu", "Chi tiết"];

export interface LogEntry {
  /** ISO timestamp. */
  time: string;
  user: string | null;
  /** The step, in Vietnamese ("Nhận diện bảng", "Chuyển mã sang Unicode"). */
  step: string;
  /** Counts, as a short Vietnamese phrase ("4 trang tính, 4 bảng nhận diện"). */
  counts: string;
  dataHash: string;
  /** Anything the step must keep to be undone (e.g. the original values), as JSON. */
  detail?: string;
}

export function logRow(e: LogEntry): CellValue[] {
  return [e.time, e.user ?? "", e.step, e.counts, e.dataHash, e.detail ?? ""];
}
