/** The Chuẩn hóa sheet: the normalized table, one row per contribution, with its totals. */
import { DATE_NUMBER_FORMAT, isoToSerial } from "../dates";
import { LABOUR_DAYS_NUMBER_FORMAT, MONEY_NUMBER_FORMAT, moneyInWordsLine } from "../money";
import { columnLetters, sheetCellReference } from "../sheet/address";
import type { CellValue, SheetDoc } from "../sheet/types";
import type { Contribution, Kind } from "./types";

export const NORMALIZED_SHEET = "Chuẩn hóa";

export const KIND_LABELS: Record<Kind, string> = {
  staff: "Cán bộ, công chức, viên chức",
  household: "Hộ gia đình",
  enterprise: "Doanh nghiệp, HTX",
  organization: "Cơ quan, tổ chức",
  individual: "Cá nhân, nhà hảo tâm",
};

const CHANNEL_LABELS = { cash: "Tiền mặt", transfer: "Chuyển khoản" } as const;

interface Column {
  header: string;
  width: number;
  value: (c: Contribution, i: number) => CellValue;
  format?: string;
  /** Summed on the total row. */
  total?: boolean;
}

const COLUMNS: Column[] = [
  { header: "STT", width: 6, value: (_c, i) => i + 1 },
  { header: "Họ và tên", width: 28, value: (c) => c.name },
  { header: "Đơn vị / Thôn", width: 22, value: (c) => c.unit },
  { header: "Đối tượng", width: 18, value: (c) => KIND_LABELS[c.kind] },
  { header: "Hình thức", width: 13, value: (c) => (c.channel ? CHANNEL_LABELS[c.channel] : null) },
  { header: "Số tiền (đồng)", width: 15, value: (c) => c.amount || null, format: MONEY_NUMBER_FORMAT, total: true },
  { header: "Ngày công", width: 10, value: (c) => c.days || null, format: LABOUR_DAYS_NUMBER_FORMAT, total: true },
  { header: "Hiện vật", width: 18, value: (c) => c.inKindDescription || null },
  { header: "Giá trị hiện vật (đồng)", width: 15, value: (c) => c.inKindValue || null, format: MONEY_NUMBER_FORMAT, total: true },
  { header: "Hiến đất (m²)", width: 10, value: (c) => c.landArea || null, format: "#,##0.##", total: true },
  { header: "Ngày nộp", width: 12, value: (c) => (c.date ? isoToSerial(c.date) : null), format: DATE_NUMBER_FORMAT },
  { header: "Số phiếu thu", width: 12, value: (c) => c.receipt || null },
  { header: "Ghi chú", width: 18, value: (c) => c.note || null },
  { header: "Mục đích", width: 18, value: (c) => c.purpose || null },
  { header: "Mục", width: 24, value: (c) => c.section || null },
  { header: "Ô nguồn", width: 16, value: (c) => sourceRef(c, "B") },
];

/** Where each contribution came from, so the user can go back to the row they typed. */
export function sourceRef(c: Contribution, nameColumn: string): string {
  return sheetCellReference(c.sheet, `${nameColumn}${c.row}`);
}

/**
 * `nameColumns` gives each sheet's name column; `ownNameColumn` that of a contribution read from
 * a list standing beside another on its sheet, whose names are typed in a column of their own.
 */
export function normalizedSheet(contributions: Contribution[], nameColumns: Record<string, string> = {}, ownNameColumn: (c: Contribution) => string | undefined = () => undefined): SheetDoc {
  const header = COLUMNS.map((c) => c.header);
  const body = contributions.map((c, i) =>
    COLUMNS.map((col) => (col.header === "Ô nguồn" ? sourceRef(c, ownNameColumn(c) ?? nameColumns[c.sheet] ?? "B") : col.value(c, i))),
  );
  const last = body.length + 1;
  const totals: CellValue[] = COLUMNS.map((col, j) => {
    if (j === 1) return "Tổng cộng";
    if (!col.total) return null;
    return contributions.reduce((s, c, i) => s + Number(col.value(c, i) ?? 0), 0);
  });
  const amountTotal = contributions.reduce((s, c) => s + c.amount, 0);
  const rows: CellValue[][] = [header, ...body, [], totals, [null, moneyInWordsLine(amountTotal)]];
  const width = COLUMNS.length;
  const lastCol = columnLetters(width);
  const totalRow = last + 2;
  return {
    name: NORMALIZED_SHEET,
    rows,
    styles: [
      { range: `A1:${lastCol}${rows.length}`, style: { font: "Times New Roman", size: 12 } },
      { range: `A1:${lastCol}1`, style: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, fill: "E2EFDA", border: "thin" } },
      ...COLUMNS.flatMap((col, j) =>
        col.format && body.length ? [{ range: `${columnLetters(j + 1)}2:${columnLetters(j + 1)}${totalRow}`, style: { numberFormat: col.format } }] : [],
      ),
      { range: `A${totalRow}:${lastCol}${totalRow}`, style: { bold: true } },
      { range: `B${totalRow + 1}`, style: { italic: true } },
    ],
    columnWidths: COLUMNS.map((c) => c.width),
    freeze: { rows: 1, columns: 2 },
    autoFilter: `A1:${lastCol}${last}`,
    page: { orientation: "landscape", margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, printTitleRows: "1:1", pageNumbers: true },
    tabColor: "2E7D32",
  };
}
