/** Step "Nhập liệu": find which of the workbook's sheets hold which table, and where. */
import { hashData } from "../domain/hash";
import { describeMatch, detectTable, mappingOf, type ColumnMapping } from "../domain/sheet/headers";
import { ALL_TABLES } from "../domain/sheet/tableSpecs";
import type { WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";

export interface RecognizedSheet {
  sheet: string;
  /** "contributions" | "roster" | "statement" | "works", or null when no table was recognised. */
  kind: string | null;
  label: string;
  headerRows: number[];
  mapping: ColumnMapping;
  missing: string[];
  unsure: boolean;
  description: string;
  rows: number;
}

export async function recognizeSheets(port: WorkbookPort, ctx: StepContext = {}): Promise<RecognizedSheet[]> {
  const sheets = (await port.listSheets()).filter((s) => !s.owned);
  const out: RecognizedSheet[] = [];
  for (const [i, s] of sheets.entries()) {
    ctx.progress?.(i / sheets.length, `Đang đọc "${s.name}"`);
    const grid = await port.readSheet(s.name);
    const match = detectTable(grid, ALL_TABLES);
    const spec = match && ALL_TABLES.find((t) => t.kind === match.kind);
    out.push(
      match && spec
        ? {
            sheet: s.name,
            kind: match.kind,
            label: spec.label,
            headerRows: match.headerRows,
            mapping: mappingOf(match),
            missing: match.missing,
            unsure: match.unsure,
            description: describeMatch(match, spec),
            rows: grid.values.length,
          }
        : { sheet: s.name, kind: null, label: "Không nhận ra bảng", headerRows: [], mapping: {}, missing: [], unsure: false, description: "Không tìm thấy dòng tiêu đề trong 30 dòng đầu.", rows: grid.values.length },
    );
  }
  ctx.progress?.(1, "Xong");
  const found = out.filter((r) => r.kind).length;
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Nhận diện bảng",
    counts: `${out.length} trang tính, ${found} bảng nhận diện`,
    dataHash: hashData(out),
  });
  return out;
}
