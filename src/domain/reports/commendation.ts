/**
 * The commendation list (danh sách đề nghị khen thưởng): candidates the Phòng Kinh tế proposes
 * and the Phòng Văn hóa - Xã hội reviews (plan 000, 3.; plan 003, IV: "đóng góp tiền của, công
 * sức, đất đai"). Candidates come from thresholds the user sets: the largest contributors (a
 * minimum total value and/or the N largest), land donors (a minimum area), and units whose
 * participation reached a rate (which needs the Định mức step's participation: optional here).
 * Donors who asked to stay anonymous are never proposed by name.
 */
import type { Contribution } from "../contributions/types";
import { formatMoney, moneyInWordsLine } from "../money";
import { LABOUR_DAYS_NUMBER_FORMAT, MONEY_NUMBER_FORMAT } from "../money/format";
import { columnLetters } from "../sheet/address";
import type { CellValue, SheetDoc, StyleRun } from "../sheet/types";
import { foldText } from "../text";
import type { UnitParticipation } from "./campaignReport";
import {
  buildDisclosure,
  disclosureEntries,
  documentSheet,
  formatDays,
  quotedCampaign,
  roman,
  signersOf,
  type DocumentContext,
} from "./disclosure";
import { communeIssuer, documentHead, signatureBlocks, stackBlocks, titleRows, type DocBlock } from "./document";

export const COMMENDATION_SHEET = "Khen thưởng";

export interface CommendationThresholds {
  /** Total value (money + labour + goods) from which a contributor is proposed; 0 = not used. */
  minValue: number;
  /** The N largest contributors by total value are proposed too; 0 = not used. */
  topN: number;
  /** Donated land (m²) from which a donor is proposed; 0 = not used. */
  minLand: number;
  /** Participation rate (0–1) from which a unit is proposed; 0 = not used. */
  fullParticipation: number;
  /** The form proposed ("Giấy khen của Chủ tịch UBND xã", plan 003 IV.2.a). */
  award: string;
}

export const DEFAULT_THRESHOLDS: CommendationThresholds = {
  minValue: 10_000_000,
  topN: 10,
  minLand: 100,
  fullParticipation: 1,
  award: "Giấy khen của Chủ tịch UBND xã",
};

export const COMMENDATION_KEYS = {
  minValue: "commend.minValue",
  topN: "commend.topN",
  minLand: "commend.minLand",
  fullParticipation: "commend.fullParticipation",
  award: "commend.award",
} as const satisfies Record<keyof CommendationThresholds, string>;

export const COMMENDATION_HELP: Record<keyof CommendationThresholds, string> = {
  minValue: "Khen thưởng: đề nghị người đóng góp có tổng giá trị từ (đồng); 0 = không dùng",
  topN: "Khen thưởng: đề nghị thêm N người đóng góp lớn nhất; 0 = không dùng",
  minLand: "Khen thưởng: đề nghị hộ hiến đất từ (m²); 0 = không dùng",
  fullParticipation: "Khen thưởng: đề nghị đơn vị có tỷ lệ tham gia từ (ví dụ 100%); 0 = không dùng",
  award: "Khen thưởng: hình thức đề nghị",
};

function num(raw: string | undefined, fallback: number, ratio = false): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const t = raw.trim().replace(/\s/g, "");
  if (ratio) {
    const m = /^(\d+(?:[.,]\d+)?)(%?)$/.exec(t);
    if (!m) return fallback;
    const n = Number(m[1].replace(",", "."));
    return m[2] || n > 1 ? n / 100 : n;
  }
  const digits = t.replace(/[.,](?=\d{3}(\D|$))/g, "").replace(/(đ|đồng|m2|m²)$/i, "");
  const n = Number(digits.replace(",", "."));
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export function readThresholds(raw: Record<string, string>): CommendationThresholds {
  return {
    minValue: Math.round(num(raw[COMMENDATION_KEYS.minValue], DEFAULT_THRESHOLDS.minValue)),
    topN: Math.round(num(raw[COMMENDATION_KEYS.topN], DEFAULT_THRESHOLDS.topN)),
    minLand: num(raw[COMMENDATION_KEYS.minLand], DEFAULT_THRESHOLDS.minLand),
    fullParticipation: num(raw[COMMENDATION_KEYS.fullParticipation], DEFAULT_THRESHOLDS.fullParticipation, true),
    award: raw[COMMENDATION_KEYS.award]?.trim() || DEFAULT_THRESHOLDS.award,
  };
}

export function thresholdSettingValues(t: CommendationThresholds): Record<string, string> {
  return {
    [COMMENDATION_KEYS.minValue]: formatMoney(t.minValue),
    [COMMENDATION_KEYS.topN]: String(t.topN),
    [COMMENDATION_KEYS.minLand]: formatDays(t.minLand),
    [COMMENDATION_KEYS.fullParticipation]: `${Math.round(t.fullParticipation * 100)}%`,
    [COMMENDATION_KEYS.award]: t.award,
  };
}

export type CandidateKind = "collective" | "household" | "person";

export interface Candidate {
  name: string;
  unit: string;
  kind: CandidateKind;
  totalValue: number;
  amount: number;
  landArea: number;
  /** Why, in Vietnamese ("Đóng góp 12.000.000 đồng", "Hiến 150 m² đất", "Tỷ lệ tham gia 100%"). */
  reasons: string[];
  /** The contribution rows it stands for ("<sheet>!<row>"); none for a unit. */
  rows: string[];
}

export interface Commendation {
  thresholds: CommendationThresholds;
  collectives: Candidate[];
  people: Candidate[];
  /** Anonymous donors who met a threshold but are not proposed by name. */
  anonymousLeftOut: number;
  /** False when a participation threshold is set but no participation was given. */
  participationKnown: boolean;
}

function candidateKind(kind: Contribution["kind"]): CandidateKind {
  if (kind === "enterprise" || kind === "organization") return "collective";
  return kind === "household" ? "household" : "person";
}

/** Candidates from every recorded contribution (one per contributor: name and unit). */
export function buildCommendation(
  contributions: readonly Contribution[],
  thresholds: CommendationThresholds,
  labourDayRate: number,
  participation?: readonly UnitParticipation[] | null,
): Commendation {
  const list = buildDisclosure(contributions, new Set(), { scope: "recorded", pledges: "omit", grouping: "none", sort: "list" }, labourDayRate);
  const byPerson = new Map<string, Candidate & { anonymous: boolean }>();
  for (const e of disclosureEntries(list)) {
    const key = e.anonymous ? `anon:${e.sheet}!${e.row}` : `${e.name.toLowerCase()}\u0000${e.unit.toLowerCase()}`;
    const c = byPerson.get(key) ?? { name: e.name, unit: e.unit, kind: candidateKind(e.kind), totalValue: 0, amount: 0, landArea: 0, reasons: [], rows: [], anonymous: e.anonymous };
    c.totalValue += e.totalValue;
    c.amount += e.amount;
    c.landArea = Math.round((c.landArea + e.landArea) * 1e6) / 1e6;
    c.rows.push(`${e.sheet}!${e.row}`);
    byPerson.set(key, c);
  }
  const all = [...byPerson.values()];
  const ranked = [...all].sort((a, b) => b.totalValue - a.totalValue);
  const top = new Set(thresholds.topN > 0 ? ranked.slice(0, thresholds.topN).filter((c) => c.totalValue > 0) : []);
  let anonymousLeftOut = 0;
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    const reasons: string[] = [];
    if ((thresholds.minValue > 0 && c.totalValue >= thresholds.minValue) || top.has(c)) reasons.push(`Đóng góp tổng giá trị ${formatMoney(c.totalValue)} đồng`);
    if (thresholds.minLand > 0 && c.landArea >= thresholds.minLand) reasons.push(`Hiến ${formatDays(c.landArea)} m² đất`);
    if (reasons.length === 0) continue;
    if (c.anonymous) {
      anonymousLeftOut++;
      continue;
    }
    const { anonymous: _a, ...candidate } = c;
    chosen.push({ ...candidate, reasons });
  }
  const units: Candidate[] = [];
  const participationKnown = Boolean(participation && participation.length);
  if (thresholds.fullParticipation > 0 && participation) {
    for (const u of participation) {
      if (u.headcount > 0 && u.participationRate >= thresholds.fullParticipation - 1e-9) {
        const participants = u.participants ?? Math.round(u.participationRate * u.headcount);
        units.push({ name: u.unit, unit: u.unit, kind: "collective", totalValue: 0, amount: 0, landArea: 0, reasons: [`Tỷ lệ tham gia ${Math.round(u.participationRate * 100)}% (${participants}/${u.headcount} người)`], rows: [] });
      }
    }
  }
  for (const u of units) {
    const own = all.filter((c) => foldText(c.unit) === foldText(u.unit)).reduce((s, c) => s + c.totalValue, 0);
    u.totalValue = own;
  }
  return {
    thresholds,
    collectives: [...units, ...chosen.filter((c) => c.kind === "collective")],
    people: chosen.filter((c) => c.kind !== "collective"),
    anonymousLeftOut,
    participationKnown: participationKnown || thresholds.fullParticipation === 0,
  };
}

const COLUMNS = [
  { title: "STT", width: 5 },
  { title: "Tên tập thể, hộ gia đình, cá nhân", width: 28 },
  { title: "Đơn vị / Thôn", width: 18 },
  { title: "Thành tích", width: 34 },
  { title: "Tổng giá trị đóng góp (đồng)", width: 16 },
  { title: "Đất hiến (m²)", width: 9 },
  { title: "Hình thức đề nghị", width: 30 },
  { title: "Ghi chú", width: 12 },
];
const W = COLUMNS.length;
const L = (c: number) => columnLetters(c);

function table(c: Commendation, moneyFormat: string): DocBlock & { headerRows: number } {
  const rows: CellValue[][] = [COLUMNS.map((x) => x.title)];
  const merges: string[] = [];
  const styles: StyleRun[] = [{ range: `A1:${L(W)}1`, style: { bold: true, hAlign: "center", vAlign: "middle", wrap: true } }];
  const group = (n: number, label: string) => {
    rows.push([roman(n), label, ...new Array(W - 2).fill(null)]);
    merges.push(`B${rows.length}:${L(W)}${rows.length}`);
    styles.push({ range: `A${rows.length}:${L(W)}${rows.length}`, style: { bold: true } });
  };
  const kindWord = { collective: "Tập thể", household: "Hộ gia đình", person: "Cá nhân" } as const;
  const line = (i: number, x: Candidate) =>
    rows.push([i + 1, x.name, x.unit === x.name ? null : x.unit || null, x.reasons.join("; "), x.totalValue || null, x.landArea || null, c.thresholds.award, kindWord[x.kind]]);
  group(1, "TẬP THỂ");
  c.collectives.forEach((x, i) => line(i, x));
  if (!c.participationKnown) {
    rows.push([null, "Đơn vị có tỷ lệ tham gia đạt ngưỡng: chưa tính (cần bước Định mức).", ...new Array(W - 2).fill(null)]);
    merges.push(`B${rows.length}:${L(W)}${rows.length}`);
    styles.push({ range: `B${rows.length}`, style: { italic: true } });
  }
  group(2, "HỘ GIA ĐÌNH, CÁ NHÂN");
  c.people.forEach((x, i) => line(i, x));
  const total = [...c.collectives, ...c.people].filter((x) => x.rows.length).reduce((s, x) => s + x.totalValue, 0);
  const land = [...c.collectives, ...c.people].reduce((s, x) => s + x.landArea, 0);
  rows.push([null, "TỔNG CỘNG", null, `${c.collectives.length + c.people.length} tập thể, hộ, cá nhân`, total, land, null, null]);
  const end = rows.length;
  styles.push({ range: `A${end}:${L(W)}${end}`, style: { bold: true } });
  styles.push({ range: `A1:${L(W)}${end}`, style: { border: "thin", vAlign: "middle" } });
  styles.push({ range: `E2:E${end}`, style: { numberFormat: moneyFormat } });
  styles.push({ range: `F2:F${end}`, style: { numberFormat: Number.isInteger(land) ? moneyFormat : LABOUR_DAYS_NUMBER_FORMAT } });
  styles.push({ range: `A2:A${end}`, style: { hAlign: "center" } });
  styles.push({ range: `B2:D${end}`, style: { wrap: true } });
  styles.push({ range: `G2:G${end}`, style: { wrap: true } });
  rows.push([moneyInWordsLine(total)]);
  merges.push(`A${rows.length}:${L(W)}${rows.length}`);
  styles.push({ range: `A${rows.length}`, style: { italic: true, bold: true } });
  const t = c.thresholds;
  const rules = [
    t.minValue > 0 ? `tổng giá trị đóng góp từ ${formatMoney(t.minValue)} đồng` : "",
    t.topN > 0 ? `${t.topN} người đóng góp lớn nhất` : "",
    t.minLand > 0 ? `hiến đất từ ${formatDays(t.minLand)} m²` : "",
    t.fullParticipation > 0 ? `đơn vị có tỷ lệ tham gia từ ${Math.round(t.fullParticipation * 100)}%` : "",
  ].filter(Boolean);
  rows.push([`(Ngưỡng lựa chọn: ${rules.join("; ") || "không đặt"}.${c.anonymousLeftOut ? ` ${c.anonymousLeftOut} nhà hảo tâm xin giấu tên không đưa vào danh sách.` : ""})`]);
  merges.push(`A${rows.length}:${L(W)}${rows.length}`);
  styles.push({ range: `A${rows.length}`, style: { italic: true, wrap: true } });
  return { rows, merges, styles, headerRows: 1 };
}

/** The commendation list sheet, print-ready. */
export function commendationSheet(c: Commendation, ctx: DocumentContext): SheetDoc {
  const body = table(c, ctx.moneyFormat ?? MONEY_NUMBER_FORMAT);
  const doc = stackBlocks([
    documentHead(W, { issuer: communeIssuer(ctx.commune, ctx.district), place: ctx.commune, dateIso: ctx.dateIso }),
    { blank: 1 },
    titleRows(W, [
      { text: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", size: 14 },
      { text: `Các tập thể, hộ gia đình, cá nhân có thành tích trong cuộc vận động ${quotedCampaign(ctx.campaignName)}`, size: 13 },
      { text: "(Đề nghị Phòng Văn hóa - Xã hội xem xét, thẩm định theo quy định về thi đua, khen thưởng)", bold: false, italic: true, size: 12 },
    ]),
    { blank: 1 },
    body,
    { blank: 1 },
    signatureBlocks(W, signersOf(ctx, ["preparer", "head"])),
  ]);
  const start = doc.starts[4];
  const rowHeights: (number | null)[] = new Array(doc.rows.length).fill(null);
  rowHeights[start - 1] = 32;
  return documentSheet(COMMENDATION_SHEET, doc, { columnWidths: COLUMNS.map((x) => x.width), titleRows: `${start}:${start}`, freezeRows: start, rowHeights });
}
