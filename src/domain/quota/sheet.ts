/**
 * The Định mức sheet: quotas and what was given, per unit, per person, per enterprise, per
 * hamlet, the activities and who was present, the matches a person must settle, and a chart of
 * contributed against expected per unit. Every money table ends with its total and "Bằng chữ".
 */
import { formatDateVN } from "../dates";
import { formatMoney, LABOUR_DAYS_NUMBER_FORMAT, MONEY_NUMBER_FORMAT, moneyInWordsLine } from "../money";
import { columnLetters, sheetCellReference } from "../sheet/address";
import type { CellValue, ChartSpec, SheetDoc, StyleRun } from "../sheet/types";
import type { PersonStatus, QuotaResult, UnitQuota } from "./compute";

export const QUOTA_SHEET = "Định mức";

export const STATUS_LABELS: Record<PersonStatus, string> = {
  met: "Đủ định mức",
  over: "Vượt định mức",
  short: "Còn thiếu",
  none: "Chưa đóng góp",
  "no-income": "Chưa có thu nhập",
};

const PERCENT = "0.0%";
const AREA = "#,##0.##";
const WIDTH = 13;
const LAST = columnLetters(WIDTH);

export interface QuotaSheetOptions {
  commune?: string;
  /** Signers of the table (Cấu hình). */
  preparer?: { name: string; title: string };
  accountant?: { name: string; title: string };
}

/** The units the chart shows: those with an expected amount (staff units, enterprises). */
export function chartUnits(result: QuotaResult): UnitQuota[] {
  return result.units.filter((u) => u.expectedAmount !== null);
}

function rulesLine(result: QuotaResult): string {
  const r = result.rules;
  const tiers = [...r.incomeTiers]
    .sort((a, b) => b.minIncome - a.minIncome)
    .map((t) => (t.minIncome > 0 ? `thu nhập từ ${formatMoney(t.minIncome)} đ/tháng: ${t.days} ngày công/năm` : `thấp hơn: ${t.days} ngày công/năm`))
    .join("; ");
  return `Một ngày công quy bằng ${formatMoney(r.labourDayRate)} đồng; ${tiers}; doanh nghiệp tối thiểu ${formatMoney(r.enterpriseMinimum)} đồng; tỷ lệ tham gia tối thiểu ${Math.round(r.participationThreshold * 1000) / 10}%; ít nhất ${r.activitiesPerYear} hoạt động mỗi năm.`;
}

class Builder {
  rows: CellValue[][] = [];
  styles: StyleRun[] = [];
  merges: string[] = [];

  get next(): number {
    return this.rows.length + 1;
  }

  add(row: CellValue[]): number {
    this.rows.push(row);
    return this.rows.length;
  }

  style(range: string, style: StyleRun["style"]): void {
    this.styles.push({ range, style });
  }

  section(title: string): void {
    const r = this.add([title]);
    this.style(`A${r}:${LAST}${r}`, { bold: true });
  }

  header(cells: string[]): number {
    const r = this.add(cells);
    this.style(`A${r}:${columnLetters(cells.length)}${r}`, { bold: true, hAlign: "center", vAlign: "middle", wrap: true, fill: "E2EFDA", border: "thin" });
    return r;
  }

  /** Body rows with number formats per column (1-based column → format). */
  body(rows: CellValue[][], formats: Record<number, string>, width: number): { first: number; last: number } {
    const first = this.next;
    for (const r of rows) this.add(r);
    const last = this.next - 1;
    if (rows.length) {
      this.style(`A${first}:${columnLetters(width)}${last}`, { border: "thin" });
      for (const [col, format] of Object.entries(formats)) this.style(`${columnLetters(Number(col))}${first}:${columnLetters(Number(col))}${last + 1}`, { numberFormat: format });
    }
    return { first, last };
  }

  total(cells: CellValue[], width: number): void {
    const r = this.add(cells);
    this.style(`A${r}:${columnLetters(width)}${r}`, { bold: true, border: "thin" });
  }

  words(amount: number): void {
    const r = this.add([null, moneyInWordsLine(amount)]);
    this.style(`B${r}`, { italic: true });
  }

  blank(): void {
    this.add([]);
  }
}

const orNull = (n: number | null | undefined) => (n === null || n === undefined || n === 0 ? null : n);

export function quotaSheet(result: QuotaResult, options: QuotaSheetOptions = {}): SheetDoc {
  const b = new Builder();
  const commune = options.commune ? `UBND XÃ ${options.commune.toUpperCase()}` : "UBND XÃ";
  b.add([commune, null, null, null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  b.add(["BAN CHỈ ĐẠO XÂY DỰNG NTM", null, null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc"]);
  b.style("A1:A2", { bold: true });
  b.style("H1:H2", { bold: true });
  b.blank();
  const title = b.add(["BẢNG ĐỊNH MỨC NGÀY CÔNG VÀ KẾT QUẢ ĐÓNG GÓP THEO ĐƠN VỊ"]);
  b.merges.push(`A${title}:${LAST}${title}`);
  b.style(`A${title}:${LAST}${title}`, { bold: true, size: 14, hAlign: "center" });
  const rules = b.add([rulesLine(result)]);
  b.merges.push(`A${rules}:${LAST}${rules}`);
  b.style(`A${rules}:${LAST}${rules}`, { italic: true, hAlign: "center", wrap: true });
  b.blank();

  // I. Units
  b.section("I. THEO ĐƠN VỊ");
  const unitHeader = ["STT", "Đơn vị", "Số người / hộ", "Số tham gia", "Tỷ lệ tham gia", "Định mức (ngày công)", "Định mức (đồng)", "Tiền (đồng)", "Ngày công", "Đã đóng góp quy tiền (đồng)", "Hiện vật (đồng, tính riêng)", "Còn thiếu (đồng)", "Ghi chú"];
  b.header(unitHeader);
  const unitBody = b.body(
    result.units.map((u, i) => [
      i + 1,
      u.unit,
      u.headcount,
      u.participants,
      u.participationRate,
      u.expectedDays,
      u.expectedAmount,
      orNull(u.amount),
      orNull(u.days),
      u.contributedAmount,
      orNull(u.inKindValue),
      u.shortfall,
      u.flags.join("; ") || null,
    ]),
    { 5: PERCENT, 6: LABOUR_DAYS_NUMBER_FORMAT, 7: MONEY_NUMBER_FORMAT, 8: MONEY_NUMBER_FORMAT, 9: LABOUR_DAYS_NUMBER_FORMAT, 10: MONEY_NUMBER_FORMAT, 11: MONEY_NUMBER_FORMAT, 12: MONEY_NUMBER_FORMAT },
    WIDTH,
  );
  const t = result.totals;
  b.total([null, "Tổng cộng", null, null, null, t.expectedDays, t.expectedAmount, t.amount, t.days, t.contributedAmount, t.inKindValue, t.shortfall, null], WIDTH);
  b.words(t.contributedAmount);
  for (const [i, u] of result.units.entries()) if (u.underThreshold) b.style(`E${unitBody.first + i}`, { color: "C00000", bold: true });
  b.blank();

  // II. People
  b.section("II. THEO TỪNG NGƯỜI (CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG)");
  b.header(["STT", "Họ và tên", "Đơn vị", "Thu nhập/tháng (đồng)", "Định mức (ngày công)", "Định mức (đồng)", "Ngày công đã làm", "Tiền đã nộp (đồng)", "Quy ra ngày công", "Đã đóng góp quy tiền (đồng)", "Hiện vật (đồng)", "Chênh lệch (đồng)", "Tình trạng"]);
  b.body(
    result.people.map((p, i) => [i + 1, p.name, p.unit, p.income, p.quotaDays, p.quotaAmount, orNull(p.daysWorked), orNull(p.amountGiven), p.daysEquivalent, p.contributedAmount, orNull(p.inKindValue), p.balanceAmount, STATUS_LABELS[p.status]]),
    { 4: MONEY_NUMBER_FORMAT, 5: LABOUR_DAYS_NUMBER_FORMAT, 6: MONEY_NUMBER_FORMAT, 7: LABOUR_DAYS_NUMBER_FORMAT, 8: MONEY_NUMBER_FORMAT, 9: LABOUR_DAYS_NUMBER_FORMAT, 10: MONEY_NUMBER_FORMAT, 11: MONEY_NUMBER_FORMAT, 12: "#,##0;-#,##0" },
    WIDTH,
  );
  const ps = result.people;
  const sum = (f: (p: (typeof ps)[number]) => number | null) => ps.reduce((n, p) => n + (f(p) ?? 0), 0);
  const peopleContributed = sum((p) => p.contributedAmount);
  b.total(
    [null, "Tổng cộng", `${ps.length} người`, null, sum((p) => p.quotaDays), sum((p) => p.quotaAmount), sum((p) => p.daysWorked), sum((p) => p.amountGiven), null, peopleContributed, sum((p) => p.inKindValue), sum((p) => p.balanceAmount), null],
    WIDTH,
  );
  b.words(peopleContributed);
  b.blank();

  // III. Enterprises
  if (result.enterprises.length) {
    b.section(`III. DOANH NGHIỆP, HỢP TÁC XÃ (tối thiểu ${formatMoney(result.rules.enterpriseMinimum)} đồng mỗi đơn vị)`);
    b.header(["STT", "Tên doanh nghiệp, HTX", "Tiền (đồng)", "Ngày công", "Hiện vật (đồng)", "Cộng (đồng)", "Ghi chú"]);
    b.body(
      result.enterprises.map((e, i) => [i + 1, e.name, orNull(e.amount), orNull(e.days), orNull(e.inKindValue), e.total, e.underMinimum ? "Dưới mức tối thiểu" : null]),
      { 3: MONEY_NUMBER_FORMAT, 4: LABOUR_DAYS_NUMBER_FORMAT, 5: MONEY_NUMBER_FORMAT, 6: MONEY_NUMBER_FORMAT },
      7,
    );
    const et = result.enterprises.reduce((n, e) => n + e.total, 0);
    b.total([null, "Tổng cộng", result.enterprises.reduce((n, e) => n + e.amount, 0), result.enterprises.reduce((n, e) => n + e.days, 0), result.enterprises.reduce((n, e) => n + e.inKindValue, 0), et, null], 7);
    b.words(et);
    b.blank();
  }

  // IV. Hamlets
  if (result.hamlets.length) {
    b.section("IV. THÔN, XÓM (HỘ GIA ĐÌNH)");
    b.header(["STT", "Thôn, xóm", "Số hộ trong danh sách", "Số hộ tham gia", "Tỷ lệ hộ tham gia", "Ngày công", "Tiền (đồng)", "Quy tiền (đồng)", "Hiện vật (đồng)", "Hiến đất (m²)"]);
    b.body(
      result.hamlets.map((h, i) => [i + 1, h.hamlet, h.listedHouseholds, h.householdsTakingPart, h.participationRate, orNull(h.days), orNull(h.amount), h.contributedAmount, orNull(h.inKindValue), orNull(h.landArea)]),
      { 5: PERCENT, 6: LABOUR_DAYS_NUMBER_FORMAT, 7: MONEY_NUMBER_FORMAT, 8: MONEY_NUMBER_FORMAT, 9: MONEY_NUMBER_FORMAT, 10: AREA },
      10,
    );
    const hs = result.hamlets;
    const ht = hs.reduce((n, h) => n + h.contributedAmount, 0);
    b.total(
      [null, "Tổng cộng", null, hs.reduce((n, h) => n + h.householdsTakingPart, 0), null, hs.reduce((n, h) => n + h.days, 0), hs.reduce((n, h) => n + h.amount, 0), ht, hs.reduce((n, h) => n + h.inKindValue, 0), Math.round(hs.reduce((n, h) => n + h.landArea, 0) * 100) / 100],
      10,
    );
    b.words(ht);
    b.blank();
  }

  // V. Activities
  if (result.activities.length) {
    b.section(`V. HOẠT ĐỘNG VÀ TỶ LỆ CÓ MẶT (tối thiểu ${Math.round(result.rules.participationThreshold * 1000) / 10}% quân số mỗi hoạt động)`);
    b.header(["STT", "Ngày", "Địa điểm", "Hoạt động", "Đơn vị", "Có mặt", "Quân số", "Tỷ lệ có mặt", "Ghi chú"]);
    const rows: CellValue[][] = [];
    result.activities.forEach((a, i) =>
      a.units.forEach((u, j) => rows.push([j === 0 ? i + 1 : null, j === 0 ? formatDateVN(a.date) : null, j === 0 ? a.place : null, j === 0 ? a.activity : null, u.unit, u.present, u.headcount, u.share, u.underThreshold ? "Dưới tỷ lệ tối thiểu" : null])),
    );
    b.body(rows, { 8: PERCENT }, 9);
    for (const y of result.activityYears) {
      const r = b.add([null, `Năm ${y.year}: ${y.activities} hoạt động (tối thiểu ${y.required})${y.underMinimum ? " — CHƯA ĐỦ SỐ HOẠT ĐỘNG" : ""}`]);
      if (y.underMinimum) b.style(`B${r}`, { bold: true, color: "C00000" });
    }
    b.blank();
  }

  // VI. To settle
  if (result.ambiguous.length || result.unlisted.length) {
    b.section("VI. CẦN XÁC NHẬN");
    b.header(["STT", "Họ và tên (danh sách ủng hộ)", "Đơn vị", "Ô nguồn", "Tình trạng"]);
    b.body(
      [
        ...result.ambiguous.map((a) => [a.name, a.unit, sheetCellReference(a.sheet, `B${a.row}`), `${a.reason}: ${a.options.map((o) => `${o.name} (${o.unit}, ${o.id})`).join("; ")}`]),
        ...result.unlisted.map((u) => [u.name, u.unit, sheetCellReference(u.sheet, `B${u.row}`), "Không có trong danh sách cán bộ"]),
      ].map((r, i) => [i + 1, ...r]),
      {},
      5,
    );
    b.blank();
  }

  // Signatures
  const sign = b.add([null, options.preparer?.title ?? "NGƯỜI LẬP BIỂU", null, null, null, null, null, null, options.accountant?.title ?? "KẾ TOÁN"]);
  b.style(`A${sign}:${LAST}${sign}`, { bold: true });
  b.add([null, "(Ký, ghi rõ họ tên)", null, null, null, null, null, null, "(Ký, ghi rõ họ tên)"]);
  b.blank();
  b.blank();
  b.add([null, options.preparer?.name || null, null, null, null, null, null, null, options.accountant?.name || null]);
  b.blank();

  // VII. Chart data and chart
  const charts: ChartSpec[] = [];
  const shown = chartUnits(result);
  if (shown.length) {
    b.section("VII. SỐ LIỆU BIỂU ĐỒ: ĐÃ ĐÓNG GÓP SO VỚI ĐỊNH MỨC (đồng)");
    const head = b.header(["Đơn vị", "Định mức (đồng)", "Đã đóng góp (đồng)"]);
    const body = b.body(
      shown.map((u) => [u.unit, u.expectedAmount, u.contributedAmount]),
      { 2: MONEY_NUMBER_FORMAT, 3: MONEY_NUMBER_FORMAT },
      3,
    );
    charts.push({
      type: "columnClustered",
      title: "Đã đóng góp so với định mức theo đơn vị",
      dataRange: `A${head}:C${body.last}`,
      categories: shown.map((u) => u.unit),
      series: [
        { name: "Định mức (đồng)", values: shown.map((u) => u.expectedAmount ?? 0) },
        { name: "Đã đóng góp (đồng)", values: shown.map((u) => u.contributedAmount) },
      ],
      position: { from: `E${head}`, to: `${LAST}${head + 20}` },
      valueFormat: "#,##0",
      valueAxisTitle: "đồng",
    });
  }

  return {
    name: QUOTA_SHEET,
    rows: b.rows,
    styles: [{ range: `A1:${LAST}${b.rows.length}`, style: { font: "Times New Roman", size: 12 } }, ...b.styles],
    merges: b.merges,
    columnWidths: [6, 30, 20, 14, 12, 12, 14, 14, 11, 16, 14, 14, 22],
    freeze: { rows: 0, columns: 2 },
    page: { orientation: "landscape", margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, pageNumbers: true },
    tabColor: "C55A11",
    charts,
  };
}
