/**
 * The campaign report to the district (báo cáo kết quả vận động, plan 000: the Phòng Kinh tế
 * "báo cáo kết quả triển khai thực hiện phong trào"): totals by category and unit, participation,
 * money recorded against money received, and what has been allocated. Participation comes from
 * the Định mức step and allocation from the Phân bổ step: both are optional inputs here, and the
 * report says "chưa tính" / "chưa phân bổ" where they are missing.
 */
import type { Contribution } from "../contributions/types";
import { formatMoney, moneyInWordsLine } from "../money";
import { MONEY_NUMBER_FORMAT } from "../money/format";
import { columnLetters } from "../sheet/address";
import type { CellValue, SheetDoc, StyleRun } from "../sheet/types";
import {
  addTotals,
  buildDisclosure,
  disclosureEntries,
  documentSheet,
  emptyTotals,
  KIND_LABEL,
  KIND_ORDER,
  quantityFormat,
  quotedCampaign,
  roman,
  signersOf,
  type DisclosureEntry,
  type DocumentContext,
  type Totals,
} from "./disclosure";
import { communeIssuer, documentHead, documentNumber, signatureBlocks, stackBlocks, titleRows, type DocBlock } from "./document";

export const REPORT_SHEET = "Báo cáo";

/** One unit's participation, as the Định mức step computes it (its `quota --json` units). */
export interface UnitParticipation {
  unit: string;
  headcount: number;
  /** Members who contributed; derived from the rate where not given. */
  participants?: number;
  /** 0 … 1. */
  participationRate: number;
}

/** What the Phân bổ step allocated (its `allocate --json`). */
export interface AllocationSummary {
  total: number;
  unallocated: number;
  items: { name: string; allocated: number }[];
}

export interface ReportInputs {
  contributions: readonly Contribution[];
  received: ReadonlySet<string>;
  /** True once a statement has been reconciled (transfers then count when matched). */
  reconciled: boolean;
  labourDayRate: number;
  participation?: readonly UnitParticipation[] | null;
  allocation?: AllocationSummary | null;
}

export interface ReportFigures {
  byKind: { kind: string; label: string; totals: Totals; units: { unit: string; totals: Totals }[] }[];
  totals: Totals;
  recordedMoney: number;
  receivedMoney: number;
  notReceivedMoney: number;
  /** Distinct contributors (by shown name and unit). */
  contributors: number;
}

/** The figures of the report: every recorded contribution, by category then unit. */
export function reportFigures(inputs: ReportInputs): ReportFigures {
  const all = buildDisclosure(inputs.contributions, inputs.received, { scope: "recorded", pledges: "omit", grouping: "kind-unit", sort: "list" }, inputs.labourDayRate);
  const entries = disclosureEntries(all);
  const byKind = KIND_ORDER.filter((k) => entries.some((e) => e.kind === k)).map((kind) => {
    const es = entries.filter((e) => e.kind === kind);
    const units = new Map<string, DisclosureEntry[]>();
    for (const e of es) {
      const u = e.unit || "Chưa ghi đơn vị";
      const list = units.get(u);
      if (list) list.push(e);
      else units.set(u, [e]);
    }
    return {
      kind,
      label: KIND_LABEL[kind],
      totals: es.reduce<Totals>((t, e) => addTotals(t, e), emptyTotals()),
      units: [...units.entries()].map(([unit, us]) => ({ unit, totals: us.reduce<Totals>((t, e) => addTotals(t, e), emptyTotals()) })),
    };
  });
  const recordedMoney = inputs.contributions.reduce((s, c) => s + c.amount, 0);
  const receivedMoney = inputs.contributions.filter((c) => inputs.received.has(`${c.sheet}!${c.row}`)).reduce((s, c) => s + c.amount, 0);
  return {
    byKind,
    totals: all.totals,
    recordedMoney,
    receivedMoney,
    notReceivedMoney: recordedMoney - receivedMoney,
    contributors: new Set(entries.map((e) => `${e.name}\u0000${e.unit}`)).size,
  };
}

const WIDTHS = [6, 40, 10, 15, 10, 15, 15, 11, 17];
const W = WIDTHS.length;
const L = (c: number) => columnLetters(c);

function textRow(block: DocBlock, text: string, style: StyleRun["style"] = {}): void {
  block.rows.push([text, ...new Array(W - 1).fill(null)]);
  const r = block.rows.length;
  block.merges.push(`A${r}:${L(W)}${r}`);
  block.styles.push({ range: `A${r}:${L(W)}${r}`, style: { wrap: true, ...style } });
}

function totalsCells(first: CellValue, label: string, t: Totals): CellValue[] {
  return [first, label, t.count, t.amount, t.days, t.labourValue, t.inKindValue, t.landArea, t.totalValue];
}

/** The report's body: one block of rows (its own numbering, from row 1). */
function reportBody(f: ReportFigures, inputs: ReportInputs, ctx: DocumentContext, moneyFormat: string): DocBlock & { tableRows: [number, number] } {
  const b: DocBlock = { rows: [], merges: [], styles: [] };
  const district = ctx.district ? `Ủy ban nhân dân huyện ${ctx.district}` : ctx.province ? `Ủy ban nhân dân tỉnh ${ctx.province}` : "Ủy ban nhân dân cấp trên";
  textRow(b, `Kính gửi: ${district}.`, { bold: true, hAlign: "center" });
  textRow(b, "");
  textRow(b, `Thực hiện cuộc vận động ${quotedCampaign(ctx.campaignName)}, Ủy ban nhân dân xã ${ctx.commune || "…"} báo cáo kết quả như sau:`);
  textRow(b, "I. KẾT QUẢ HUY ĐỘNG THEO ĐỐI TƯỢNG VÀ ĐƠN VỊ", { bold: true });

  b.rows.push(["STT", "Đối tượng / Đơn vị, thôn", "Số lượt", "Tiền (đồng)", "Ngày công", "Quy ra tiền (đồng)", "Giá trị hiện vật (đồng)", "Đất hiến (m²)", "Tổng giá trị (đồng)"]);
  const head = b.rows.length;
  b.styles.push({ range: `A${head}:${L(W)}${head}`, style: { bold: true, hAlign: "center", vAlign: "middle", wrap: true } });
  f.byKind.forEach((k, i) => {
    b.rows.push(totalsCells(roman(i + 1), k.label.toLocaleUpperCase("vi"), k.totals));
    b.styles.push({ range: `A${b.rows.length}:${L(W)}${b.rows.length}`, style: { bold: true } });
    k.units.forEach((u, j) => b.rows.push(totalsCells(j + 1, u.unit, u.totals)));
  });
  b.rows.push(totalsCells(null, "TỔNG CỘNG", f.totals));
  const end = b.rows.length;
  b.styles.push({ range: `A${end}:${L(W)}${end}`, style: { bold: true } });
  b.styles.push({ range: `A${head}:${L(W)}${end}`, style: { border: "thin", vAlign: "middle" } });
  for (const c of [4, 6, 7, 9]) b.styles.push({ range: `${L(c)}${head + 1}:${L(c)}${end}`, style: { numberFormat: moneyFormat } });
  b.styles.push({ range: `C${head + 1}:C${end}`, style: { numberFormat: MONEY_NUMBER_FORMAT, hAlign: "center" } });
  const kinds = f.byKind.flatMap((k) => [k.totals, ...k.units.map((u) => u.totals)]);
  b.styles.push({ range: `E${head + 1}:E${end}`, style: { numberFormat: quantityFormat(kinds.map((t) => t.days), moneyFormat) } });
  b.styles.push({ range: `H${head + 1}:H${end}`, style: { numberFormat: quantityFormat(kinds.map((t) => t.landArea), moneyFormat) } });
  b.styles.push({ range: `A${head + 1}:A${end}`, style: { hAlign: "center" } });
  b.styles.push({ range: `B${head + 1}:B${end}`, style: { wrap: true } });
  textRow(b, moneyInWordsLine(f.totals.totalValue), { italic: true, bold: true });
  textRow(b, `Số đơn vị, tổ chức, cá nhân, hộ đã đóng góp: ${formatMoney(f.contributors)}; số lượt đóng góp: ${formatMoney(f.totals.count)}. Một ngày công quy bằng ${formatMoney(inputs.labourDayRate)} đồng.`, { italic: true });

  textRow(b, "II. TIỀN ĐÃ GHI NHẬN VÀ TIỀN ĐÃ NHẬN", { bold: true });
  textRow(b, `1. Tiền đăng ký, ghi nhận trong danh sách: ${formatMoney(f.recordedMoney)} đồng.`);
  const how = inputs.reconciled ? "có phiếu thu hoặc đã đối chiếu khớp với sao kê tài khoản" : "tiền mặt có phiếu thu; chuyển khoản chưa đối chiếu sao kê nên chưa tính";
  textRow(b, `2. Tiền đã nhận (${how}): ${formatMoney(f.receivedMoney)} đồng.`);
  textRow(b, moneyInWordsLine(f.receivedMoney), { italic: true });
  textRow(b, `3. Còn phải thu hoặc chưa xác nhận: ${formatMoney(f.notReceivedMoney)} đồng.`);

  textRow(b, "III. TỶ LỆ THAM GIA", { bold: true });
  const p = inputs.participation;
  if (!p || p.length === 0) {
    textRow(b, "Tỷ lệ tham gia theo đơn vị: chưa tính (cần chạy bước Định mức với danh sách cán bộ và số hộ của từng thôn).", { italic: true });
  } else {
    b.rows.push(["STT", "Đơn vị, thôn", "Quân số", "Số người tham gia", "Tỷ lệ", null, null, null, null]);
    const ph = b.rows.length;
    b.merges.push(`E${ph}:${L(W)}${ph}`);
    b.styles.push({ range: `A${ph}:${L(W)}${ph}`, style: { bold: true, hAlign: "center", wrap: true } });
    p.forEach((u, i) => {
      const participants = u.participants ?? Math.round(u.participationRate * u.headcount);
      b.rows.push([i + 1, u.unit, u.headcount, participants, u.participationRate, null, null, null, null]);
      b.merges.push(`E${b.rows.length}:${L(W)}${b.rows.length}`);
    });
    const pe = b.rows.length;
    b.styles.push({ range: `A${ph}:${L(W)}${pe}`, style: { border: "thin" } });
    b.styles.push({ range: `E${ph + 1}:E${pe}`, style: { numberFormat: "0%", hAlign: "center" } });
    b.styles.push({ range: `A${ph + 1}:A${pe}`, style: { hAlign: "center" } });
    b.styles.push({ range: `C${ph + 1}:D${pe}`, style: { hAlign: "center" } });
  }

  textRow(b, "IV. PHÂN BỔ NGUỒN VẬN ĐỘNG", { bold: true });
  const a = inputs.allocation;
  if (!a) textRow(b, "Chưa phân bổ (Ủy ban nhân dân xã chưa quyết định phân bổ nguồn vận động cho các công trình).", { italic: true });
  else {
    const allocated = a.items.reduce((s, i) => s + i.allocated, 0);
    textRow(b, `Đã phân bổ ${formatMoney(allocated)} đồng cho ${a.items.length} công trình, hạng mục; chưa phân bổ ${formatMoney(a.unallocated)} đồng.`);
    a.items.forEach((it, i) => textRow(b, `${i + 1}. ${it.name}: ${formatMoney(it.allocated)} đồng.`));
    textRow(b, moneyInWordsLine(allocated), { italic: true });
  }
  textRow(b, `Ủy ban nhân dân xã báo cáo để ${district} biết, chỉ đạo./.`);
  return { ...b, tableRows: [head, end] };
}

/** The report sheet, print-ready. */
export function campaignReportSheet(inputs: ReportInputs, ctx: DocumentContext): SheetDoc {
  const f = reportFigures(inputs);
  const body = reportBody(f, inputs, ctx, ctx.moneyFormat ?? MONEY_NUMBER_FORMAT);
  const head = signersOf(ctx, ["head"])[0];
  // Nơi nhận sits at the bottom left, beside the signature (Nghị định 30, Phụ lục I).
  const signature = signatureBlocks(W, [null, head]);
  const lines = ["Nơi nhận:", ctx.district ? `- UBND huyện ${ctx.district};` : ctx.province ? `- UBND tỉnh ${ctx.province};` : "- UBND cấp trên;", "- Thường trực Đảng ủy, HĐND xã;", "- Lưu: VT."];
  lines.forEach((t, i) => {
    signature.rows[i][0] = t;
    signature.styles.push({ range: `A${i + 1}`, style: i === 0 ? { bold: true, italic: true, size: 12, hAlign: "left" } : { bold: false, italic: false, size: 11, hAlign: "left" } });
  });
  const doc = stackBlocks([
    documentHead(W, { issuer: communeIssuer(ctx.commune, ctx.district), number: documentNumber(null, "BC-UBND"), place: ctx.commune, dateIso: ctx.dateIso }),
    { blank: 1 },
    titleRows(W, [
      { text: "BÁO CÁO", size: 14 },
      { text: `Kết quả cuộc vận động ${quotedCampaign(ctx.campaignName)}`, size: 13 },
    ]),
    { blank: 1 },
    body,
    { blank: 1 },
    signature,
  ]);
  const bodyStart = doc.starts[4];
  const rowHeights: (number | null)[] = new Array(doc.rows.length).fill(null);
  rowHeights[bodyStart - 1 + body.tableRows[0] - 1] = 32;
  return documentSheet(REPORT_SHEET, doc, { columnWidths: WIDTHS, titleRows: undefined, rowHeights });
}
