/**
 * The two documents of the allocation, print-ready under Nghị định 30 (shared/DOMAIN.md
 * "Documents"): the Phân bổ sheet, laid out as the decision's appendix, and the Quyết định
 * sheet, the draft UBND decision approving it. Both print their document only (a print area);
 * the approval status sits two rows under it, on screen, outside the page.
 */
import { documentDateText, formatDateVN } from "../dates";
import { rowHeightList } from "../reports/document";
import { amountInWords, formatMoney, MONEY_NUMBER_FORMAT_LOCALE, moneyInWordsLine } from "../money";
import {
  a4Page,
  communeIssuer,
  documentHead,
  documentNumber,
  DOCUMENT_FONT,
  paragraphRows,
  recipientsAndSignature,
  stackBlocks,
  titleRows,
  type DocBlock,
  type Signer,
} from "../reports/document";
import { columnLetters } from "../sheet/address";
import type { CellValue, SheetDoc, StyleRun } from "../sheet/types";
import type { Allocation, AllocationMethod } from "./allocate";
import type { FundSource } from "./fund";

export const ALLOCATION_SHEET = "Phân bổ";
export const DECISION_SHEET = "Quyết định";

export interface DecisionSettings {
  commune: string;
  district: string;
  campaignName: string;
  year: number;
  /** The decision's number, null while a draft. */
  number: number | null;
  dateIso: string | null;
  /** "Căn cứ" lines without "Căn cứ" and without their end punctuation. */
  bases: string[];
  /** "Theo đề nghị của …" */
  proposer: string;
  /** Điều 3: who executes the decision. */
  executors: string;
  /** Nơi nhận, between "- Như Điều 3;" and "- Lưu: VT.". */
  recipients: string[];
  signer: Signer;
  fundSource: FundSource;
}

/** What the sheets say about approval, under the printed page. */
export type ApprovalState =
  | { state: "draft" }
  | { state: "approved"; approver: string; time: string; hash: string }
  | { state: "changed"; approver: string; time: string; changes: string[] };

export const METHOD_LABELS: Record<AllocationMethod, string> = {
  proportional: "theo tỷ lệ số còn thiếu so với đề nghị",
  weight: "theo trọng số (số hộ hưởng lợi, chiều dài…)",
  equal: "chia đều",
};

export const FUND_SOURCE_LABELS: Record<FundSource, string> = {
  recorded: "tiền đã ghi sổ (tiền mặt đã thu và chuyển khoản)",
  confirmed: "tiền đã xác nhận về tài khoản (đối chiếu sao kê) và tiền mặt có phiếu thu",
};

export const CHANGED_AFTER_APPROVAL = "ĐÃ THAY ĐỔI SAU PHÊ DUYỆT";

function timeVN(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // Vietnam time (UTC+7), as the commune reads it.
  const local = new Date(d.getTime() + 7 * 3_600_000);
  const hh = String(local.getUTCHours()).padStart(2, "0");
  const mm = String(local.getUTCMinutes()).padStart(2, "0");
  return `${hh}:${mm} ${formatDateVN(local.toISOString().slice(0, 10))}`;
}

/** The status line written under each document. */
export function approvalStatusText(a: ApprovalState): string {
  if (a.state === "draft") return "Tình trạng: bản dự thảo, chưa phê duyệt. (Draft, not approved.)";
  if (a.state === "approved") return `Tình trạng: ĐÃ PHÊ DUYỆT — ${a.approver}, lúc ${timeVN(a.time)}; mã băm ${a.hash.slice(0, 16)}. (Approved.)`;
  return `Tình trạng: ${CHANGED_AFTER_APPROVAL} — ${a.changes.join("; ")}. Bản đã được ${a.approver} phê duyệt lúc ${timeVN(a.time)} không còn khớp; cần phê duyệt lại. (Changed after approval.)`;
}

function decisionRef(s: DecisionSettings): string {
  const no = s.number === null ? "…" : String(s.number).padStart(2, "0");
  const date = s.dateIso ? documentDateText(s.dateIso) : "ngày … tháng … năm …";
  return `(Kèm theo Quyết định số ${no}/QĐ-UBND ${date} của Ủy ban nhân dân xã ${s.commune || "…"})`;
}

/** "… năm 2024" unless the campaign's name already says its year. */
function yearSuffix(s: DecisionSettings): string {
  return s.campaignName.includes(String(s.year)) ? "" : ` năm ${s.year}`;
}

function titleOf(s: DecisionSettings): string {
  return `PHÂN BỔ KINH PHÍ VẬN ĐỘNG “${s.campaignName.toLocaleUpperCase("vi")}” CHO CÁC CÔNG TRÌNH${yearSuffix(s).toLocaleUpperCase("vi")}`;
}

const WIDTHS = [5, 8, 32, 16, 12, 15, 15, 15, 15, 15, 15, 14];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

function statusBlock(width: number, status: ApprovalState): DocBlock {
  const block = titleRows(width, [{ text: approvalStatusText(status), bold: true, size: 12 }]);
  block.styles.push({ range: block.merges[0] ?? "A1", style: { hAlign: "left", color: status.state === "changed" ? "C00000" : status.state === "approved" ? "006100" : "7F7F7F", italic: false } });
  return block;
}

export interface DocumentSheet {
  doc: SheetDoc;
  /** Sheet row of the status line. */
  statusRow: number;
}

/** The Phân bổ sheet: the appendix of the decision, with the table of sources, totals and words. */
export function allocationSheet(a: Allocation, s: DecisionSettings, status: ApprovalState = { state: "draft" }): DocumentSheet {
  const width = WIDTHS.length;
  const L = (c: number) => columnLetters(c);
  const head = titleRows(width, [
    { text: "Phụ lục", bold: true, size: 14 },
    { text: titleOf(s), bold: true, size: 14 },
    { text: decisionRef(s), bold: false, italic: true, size: 13 },
  ]);
  head.heights = { 2: 40 };
  const unitLine: DocBlock = { rows: [[...new Array(width - 1).fill(null), "Đơn vị tính: đồng"]], merges: [], styles: [{ range: `${L(width)}1`, style: { italic: true, hAlign: "right", size: 12 } }] };

  const rows: CellValue[][] = [];
  const styles: StyleRun[] = [];
  const merges: string[] = [];
  rows.push(["STT", "Mã", "Tên công trình, hạng mục", "Địa điểm", "Tiêu chí NTM", "Tổng dự toán", "Đề nghị hỗ trợ từ quỹ vận động", "Nguồn vốn thực hiện", null, null, null, "Còn thiếu so với đề nghị"]);
  rows.push([null, null, null, null, null, null, null, "Ngân sách nhà nước", "Quỹ vận động phân bổ", "Trong đó: theo mục đích người ủng hộ", "Nguồn khác (nhân dân, xã hội hóa)", null]);
  for (const c of [1, 2, 3, 4, 5, 6, 7, 12]) merges.push(`${L(c)}1:${L(c)}2`);
  merges.push(`H1:K1`);
  styles.push({ range: `A1:${L(width)}2`, style: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: "thin", size: 12 } });
  const heights: Record<number, number> = { 1: 30, 2: 48 };
  const tiers = new Map<string, typeof a.lines>();
  for (const l of a.lines) {
    const k = l.work.priority === null ? "Chưa xếp thứ tự ưu tiên" : `Công trình ưu tiên ${l.work.priority}`;
    tiers.set(k, [...(tiers.get(k) ?? []), l]);
  }
  let seq = 0;
  let t = 0;
  const other = (l: (typeof a.lines)[number]) => Math.max(0, l.work.estimate - l.work.stateBudget - l.allocated);
  for (const [label, lines] of tiers) {
    const r = rows.length + 1;
    rows.push([ROMAN[t++] ?? String(t), null, label, null, null, null, sum(lines, (l) => l.work.requested), null, sum(lines, (l) => l.allocated), null, null, null]);
    styles.push({ range: `A${r}:${L(width)}${r}`, style: { bold: true } });
    for (const l of lines) {
      const w = l.work;
      rows.push([++seq, w.code || null, w.name, w.place || null, w.criterion || null, w.estimate, w.requested, w.stateBudget, l.allocated, l.earmarked || null, other(l), l.short]);
      heights[rows.length] = w.name.length > 34 ? 36 : 20;
    }
  }
  const totalRow = rows.length + 1;
  const lines = a.lines;
  rows.push([null, null, "TỔNG CỘNG", null, null, sum(lines, (l) => l.work.estimate), sum(lines, (l) => l.work.requested), sum(lines, (l) => l.work.stateBudget), a.allocated, sum(lines, (l) => l.earmarked), sum(lines, other), sum(lines, (l) => l.short)]);
  styles.push({ range: `A${totalRow}:${L(width)}${totalRow}`, style: { bold: true } });
  const restRow = rows.length + 1;
  rows.push([null, null, "Quỹ vận động chưa phân bổ", null, null, null, null, null, a.unallocated, null, null, null]);
  styles.push({ range: `A${restRow}:${L(width)}${restRow}`, style: { italic: true } });
  styles.push({ range: `A3:${L(width)}${rows.length}`, style: { border: "thin", vAlign: "middle", size: 12 } });
  styles.push({ range: `C3:C${rows.length}`, style: { wrap: true } });
  styles.push({ range: `D3:E${rows.length}`, style: { wrap: true } });
  styles.push({ range: `A3:B${rows.length}`, style: { hAlign: "center" } });
  styles.push({ range: `F3:${L(width)}${rows.length}`, style: { numberFormat: MONEY_NUMBER_FORMAT_LOCALE, hAlign: "right" } });
  const table: DocBlock = { rows, merges, styles, heights };

  const widthChars = WIDTHS.reduce((x, y) => x + y, 0);
  const words = paragraphRows(width, widthChars, [
    { text: `Tổng số tiền quỹ vận động phân bổ: ${formatMoney(a.allocated)} đồng. ${moneyInWordsLine(a.allocated)}`, bold: true, size: 13 },
    {
      text:
        `Nguồn quỹ đưa vào phân bổ: ${formatMoney(a.fund)} đồng — ${FUND_SOURCE_LABELS[s.fundSource]}; ` +
        `trong đó tiền người ủng hộ ghi cho công trình cụ thể: ${formatMoney(sum(lines, (l) => l.earmarked))} đồng. ` +
        `Chia ${METHOD_LABELS[a.method]}, theo thứ tự ưu tiên; làm tròn đến ${formatMoney(a.roundingUnit)} đồng. ` +
        `Chưa phân bổ: ${formatMoney(a.unallocated)} đồng.`,
      italic: true,
      size: 12,
    },
  ]);
  const stacked = stackBlocks([head, { blank: 1 }, unitLine, table, { blank: 1 }, words]);
  const printEnd = stacked.rows.length;
  const all = stackBlocks([stacked, { blank: 1 }, statusBlock(width, status)]);
  return {
    statusRow: all.rows.length,
    doc: {
      name: ALLOCATION_SHEET,
      rows: all.rows,
      merges: all.merges,
      styles: [{ range: `A1:${L(width)}${all.rows.length}`, style: { font: DOCUMENT_FONT, size: 13 } }, ...all.styles],
      rowHeights: rowHeightList(all.heights, all.rows.length),
      columnWidths: WIDTHS,
      page: { ...a4Page({ landscape: true, printTitleRows: `${stacked.starts[3]}:${stacked.starts[3] + 1}` }), printArea: `A1:${L(width)}${printEnd}` },
      tabColor: "548235",
    },
  };
}

function sum<T>(xs: readonly T[], f: (x: T) => number): number {
  return xs.reduce((n, x) => n + f(x), 0);
}

const DECISION_WIDTHS = [11, 11, 11, 11, 11, 11, 11, 11];

/** The draft decision of the UBND approving the allocation as in the appendix. */
export function decisionSheet(a: Allocation, s: DecisionSettings, status: ApprovalState = { state: "draft" }): DocumentSheet {
  const width = DECISION_WIDTHS.length;
  const widthChars = DECISION_WIDTHS.reduce((x, y) => x + y, 0);
  const issuer = communeIssuer(s.commune, s.district);
  const head = documentHead(width, { issuer, number: documentNumber(s.number, "QĐ-UBND"), place: s.commune, dateIso: s.dateIso });
  const subject = `Về việc phân bổ kinh phí vận động “${s.campaignName}” cho các công trình${yearSuffix(s)}`;
  const title = paragraphRows(width, widthChars, [
    { text: "QUYẾT ĐỊNH", bold: true, size: 14, hAlign: "center" },
    { text: subject, bold: true, size: 14, hAlign: "center" },
  ]);
  const authority = s.signer.capacity.toLocaleUpperCase("vi").startsWith("TM") ? issuer.name : `CHỦ TỊCH ${issuer.name}`;
  const bases = s.bases.map((b) => b.trim().replace(/^căn cứ\s+/i, "").replace(/[;.]+$/, "")).filter(Boolean);
  const basisLines = bases.map((b, i) => ({ text: `Căn cứ ${b}${i === bases.length - 1 ? "." : ";"}`, italic: true, size: 14, indent: 4 }));
  const proposer = s.proposer.trim().replace(/[.;]+$/, "") || "Phòng Kinh tế xã";
  const works = a.lines.filter((l) => l.allocated > 0).length;
  const article1 =
    `Điều 1. Phê duyệt phân bổ ${formatMoney(a.allocated)} đồng (${amountInWords(a.allocated)}) từ nguồn kinh phí vận động “${s.campaignName}” ` +
    `cho ${works} công trình, hạng mục, chi tiết theo Phụ lục kèm theo Quyết định này.` +
    (a.unallocated > 0 ? ` Số kinh phí chưa phân bổ ${formatMoney(a.unallocated)} đồng được quản lý tại tài khoản của quỹ, phân bổ ở đợt sau.` : "");
  const article2 =
    `Điều 2. Giao ${proposer} chủ trì, phối hợp với các thôn có công trình và các đơn vị liên quan tổ chức thực hiện; quản lý, sử dụng kinh phí ` +
    `đúng mục đích, tiết kiệm, hiệu quả; thanh toán, quyết toán theo quy định hiện hành; công khai kết quả phân bổ và sử dụng kinh phí để nhân dân biết, giám sát.`;
  const executors = s.executors.trim().replace(/[.;]+$/, "") || `Văn phòng HĐND và UBND xã, ${proposer}, các thôn có công trình và các cơ quan, đơn vị có liên quan`;
  const article3 = `Điều 3. Quyết định này có hiệu lực kể từ ngày ký. ${executors} chịu trách nhiệm thi hành Quyết định này./.`;
  const body = paragraphRows(width, widthChars, [
    { text: authority, bold: true, size: 14, hAlign: "center" },
    ...basisLines,
    { text: `Theo đề nghị của ${proposer}.`, italic: true, size: 14, indent: 4 },
  ]);
  const decides = titleRows(width, [{ text: "QUYẾT ĐỊNH:", bold: true, size: 14 }]);
  const articles = paragraphRows(width, widthChars, [article1, article2, article3].map((text) => ({ text, size: 14, indent: 4 })));
  const recipients = ["- Như Điều 3;", ...s.recipients.map((r) => r.trim().replace(/^-\s*/, "").replace(/[;.]+$/, "")).filter(Boolean).map((r) => `- ${r};`), "- Lưu: VT."];
  const end = recipientsAndSignature(width, recipients, s.signer);
  const stacked = stackBlocks([head, { blank: 1 }, title, { blank: 1 }, body, { blank: 1 }, decides, articles, { blank: 1 }, end]);
  const printEnd = stacked.rows.length;
  const all = stackBlocks([stacked, { blank: 1 }, statusBlock(width, status)]);
  return {
    statusRow: all.rows.length,
    doc: {
      name: DECISION_SHEET,
      rows: all.rows,
      merges: all.merges,
      styles: [{ range: `A1:${columnLetters(width)}${all.rows.length}`, style: { font: DOCUMENT_FONT, size: 14 } }, ...all.styles],
      rowHeights: rowHeightList(all.heights, all.rows.length),
      columnWidths: DECISION_WIDTHS,
      page: { ...a4Page(), printArea: `A1:${columnLetters(width)}${printEnd}` },
      tabColor: "548235",
    },
  };
}
