/**
 * The parts every printed document shares under Nghị định 30/2020/NĐ-CP, Phụ lục I (see
 * shared/DOMAIN.md "Documents"): the issuer and Quốc hiệu block, the place and date line, the
 * signature blocks, the A4 page. A report lays its table between them: each function gives a
 * block of rows (with its merges and styles, counted from the block's first row) for a sheet
 * `width` columns wide, and `stackBlocks` places blocks one under another.
 */
import { documentDateLine } from "../dates/format";
import { columnLetters, parseRange, rangeAddress } from "../sheet/address";
import type { CellValue, PageSetup, StyleRun } from "../sheet/types";

export const DOCUMENT_FONT = "Times New Roman";

/** A block of rows to place in a sheet: its rows and the merges and styles on them (A1, absolute). */
export interface DocBlock {
  rows: CellValue[][];
  merges: string[];
  styles: StyleRun[];
  /** Row heights in points, by row of the block (1-based), where a row must be taller. */
  heights?: Record<number, number>;
}

export interface Issuer {
  /** "UBND HUYỆN ĐỊNH HÓA" — the body above the issuer; "" where none. */
  parent: string;
  /** "ỦY BAN NHÂN DÂN XÃ ĐIỀM MẶC" or "UBND XÃ ĐIỀM MẶC". */
  name: string;
}

/** A4 with the margins of Nghị định 30 (mm): top/bottom 20, left 30, right 15. */
export function a4Page(options: { landscape?: boolean; printTitleRows?: string } = {}): PageSetup {
  return {
    orientation: options.landscape ? "landscape" : "portrait",
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    fitToWidth: true,
    printTitleRows: options.printTitleRows,
    pageNumbers: true,
  };
}

/** The issuer of a commune's document, from its names in Cấu hình. */
export function communeIssuer(commune: string, district: string): Issuer {
  return {
    parent: district ? `UBND HUYỆN ${district.toLocaleUpperCase("vi")}` : "",
    name: `ỦY BAN NHÂN DÂN XÃ ${(commune || "…").toLocaleUpperCase("vi")}`,
  };
}

/** The left part's width and the right part's first column: Quốc hiệu takes the wider right side. */
function split(width: number): { leftEnd: number; rightStart: number } {
  const leftEnd = Math.max(1, Math.floor(width * 0.4));
  return { leftEnd, rightStart: Math.min(width, leftEnd + 1) };
}

function range(row: number, from: number, to: number): string {
  return `${columnLetters(from)}${row}:${columnLetters(to)}${row}`;
}

function rowWith(width: number, cells: [number, CellValue][]): CellValue[] {
  const r: CellValue[] = new Array(width).fill(null);
  for (const [col, v] of cells) r[col - 1] = v;
  return r;
}

/**
 * Issuer (left, capitals, the issuer's own name bold) and Quốc hiệu / Tiêu ngữ (right, bold),
 * then "Số: …" (left) and the place and date line (right, italic). Starts at sheet row `top`.
 */
export function documentHead(
  width: number,
  head: { issuer: Issuer; number?: string; place: string; dateIso: string | null },
): DocBlock {
  const { leftEnd, rightStart } = split(width);
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const styles: StyleRun[] = [];
  const line = (left: CellValue, right: CellValue, leftStyle: StyleRun["style"], rightStyle: StyleRun["style"]) => {
    const r = rows.length + 1;
    rows.push(rowWith(width, [[1, left], [rightStart, right]]));
    if (leftEnd > 1) merges.push(range(r, 1, leftEnd));
    if (width > rightStart) merges.push(range(r, rightStart, width));
    styles.push({ range: range(r, 1, leftEnd), style: { hAlign: "center", ...leftStyle } });
    styles.push({ range: range(r, rightStart, width), style: { hAlign: "center", ...rightStyle } });
  };
  if (head.issuer.parent) {
    line(head.issuer.parent, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 13 }, { bold: true, size: 13 });
    line(head.issuer.name, "Độc lập - Tự do - Hạnh phúc", { bold: true, size: 13 }, { bold: true, size: 14 });
  } else {
    line(head.issuer.name, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 13 }, { bold: true, size: 13 });
    line(null, "Độc lập - Tự do - Hạnh phúc", {}, { bold: true, size: 14 });
  }
  const dateLine = head.dateIso ? documentDateLine(head.place, head.dateIso) : `${head.place ? `${head.place}, ` : ""}ngày … tháng … năm …`;
  line(head.number ?? null, dateLine, { size: 13 }, { italic: true, size: 14 });
  return { rows, merges, styles };
}

/** "05" for numbers under 10, as the document number is written ("Số: 05/QĐ-UBND"). */
export function documentNumber(n: number | null, suffix: string): string {
  return `Số: ${n === null ? "…" : String(n).padStart(2, "0")}/${suffix}`;
}

/** A title row merged over the whole width (bold, centred, capitals as given). */
export function titleRows(width: number, lines: { text: string; bold?: boolean; italic?: boolean; size?: number }[]): DocBlock {
  return {
    rows: lines.map((l) => rowWith(width, [[1, l.text]])),
    merges: lines.map((_, i) => range(i + 1, 1, width)),
    styles: lines.map((l, i) => ({ range: range(i + 1, 1, width), style: { hAlign: "center" as const, wrap: true, bold: l.bold ?? true, italic: l.italic, size: l.size ?? 14 } })),
  };
}

export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"; "" where the signer signs in their own name. */
  capacity: string;
  /** "CHỦ TỊCH", "KẾ TOÁN", "NGƯỜI LẬP BIỂU". */
  title: string;
  name: string;
}

/**
 * Signature blocks side by side, the last (the head) on the right: capacity and title in bold
 * capitals, "(Ký, ghi rõ họ tên)" or the seal note, four blank rows to sign in, the name in bold.
 * A null signer leaves its place empty (a report signed by the head alone signs on the right).
 */
export function signatureBlocks(width: number, slots: (Signer | null)[]): DocBlock {
  const blank: Signer = { capacity: "", title: "", name: "" };
  const signers = slots.map((s) => s ?? blank);
  const n = Math.max(1, signers.length);
  const cols = signers.map((_, i) => {
    const from = Math.floor((i * width) / n) + 1;
    const to = Math.max(from, Math.floor(((i + 1) * width) / n));
    return { from, to };
  });
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const styles: StyleRun[] = [];
  const lines: { get: (s: Signer, i: number) => string; style: StyleRun["style"] }[] = [
    { get: (s) => s.capacity, style: { bold: true } },
    { get: (s) => s.title, style: { bold: true } },
    { get: (_s, i) => (slots[i] === null ? "" : i === signers.length - 1 && signers[i].capacity ? "(Ký tên, đóng dấu)" : "(Ký, ghi rõ họ tên)"), style: { italic: true } },
    { get: () => "", style: {} },
    { get: () => "", style: {} },
    { get: () => "", style: {} },
    { get: (s) => s.name, style: { bold: true } },
  ];
  // Blocks without a capacity line start one row lower, so every title stands on one row.
  const hasCapacity = signers.some((s) => s.capacity);
  for (const [k, l] of lines.entries()) {
    if (k === 0 && !hasCapacity) continue;
    const r = rows.length + 1;
    rows.push(rowWith(width, signers.map((s, i) => [cols[i].from, l.get(s, i) || null] as [number, CellValue])));
    for (const c of cols) {
      if (c.to > c.from) merges.push(range(r, c.from, c.to));
      styles.push({ range: range(r, c.from, c.to), style: { hAlign: "center", size: 13, ...l.style } });
    }
  }
  return { rows, merges, styles };
}

function shift(address: string, by: number): string {
  const r = parseRange(address);
  return rangeAddress({ start: { row: r.start.row + by, col: r.start.col }, end: { row: r.end.row + by, col: r.end.col } });
}

/**
 * Places blocks one under another from row 1 ({ blank: n } leaves n empty rows) and moves their
 * merges and styles with them; `starts` is the sheet row where each part begins.
 */
export function stackBlocks(parts: (DocBlock | { blank: number })[]): DocBlock & { starts: number[] } {
  const out: DocBlock & { starts: number[] } = { rows: [], merges: [], styles: [], starts: [] };
  const heights: Record<number, number> = {};
  for (const p of parts) {
    const offset = out.rows.length;
    out.starts.push(offset + 1);
    if ("blank" in p) for (let i = 0; i < p.blank; i++) out.rows.push([]);
    else {
      out.rows.push(...p.rows);
      out.merges.push(...p.merges.map((m) => shift(m, offset)));
      out.styles.push(...p.styles.map((s) => ({ range: shift(s.range, offset), style: s.style })));
      for (const [r, h] of Object.entries(p.heights ?? {})) heights[Number(r) + offset] = h;
    }
  }
  if (Object.keys(heights).length) out.heights = heights;
  return out;
}

/**
 * Points a wrapped line of `size`-point Times New Roman needs to show `text` in a merged cell
 * `widthChars` characters wide (column widths summed): Excel does not grow merged rows itself.
 * An estimate on the generous side (Vietnamese letters with marks are wide).
 */
export function wrappedHeight(text: string, widthChars: number, size: number): number {
  // A character column is 7 px (0.75 pt each); Times New Roman runs about 0.42 em a character.
  const perLine = Math.max(8, Math.floor((widthChars * 7 * 0.75) / (size * 0.42)));
  const lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return Math.min(409, Math.ceil(lines * size * 1.3 + 4));
}

export interface Paragraph {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  hAlign?: "left" | "center" | "right";
  /** First-line indent, in spaces (Excel has no first-line indent). */
  indent?: number;
}

/**
 * Paragraphs of running text, one a row, each merged over the whole width, wrapped and justified
 * left, with its row tall enough for its lines. `widthChars` is the sheet's width in characters.
 */
export function paragraphRows(width: number, widthChars: number, paragraphs: Paragraph[]): DocBlock {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const styles: StyleRun[] = [];
  const heights: Record<number, number> = {};
  paragraphs.forEach((p, i) => {
    const r = i + 1;
    const text = `${" ".repeat(p.indent ?? 0)}${p.text}`;
    rows.push(rowWith(width, [[1, text]]));
    if (width > 1) merges.push(range(r, 1, width));
    const size = p.size ?? 14;
    styles.push({ range: range(r, 1, width), style: { wrap: true, vAlign: "top", hAlign: p.hAlign ?? "left", bold: p.bold ?? false, italic: p.italic ?? false, size } });
    heights[r] = wrappedHeight(text, widthChars, size);
  });
  return { rows, merges, styles, heights };
}

/**
 * "Nơi nhận:" and its lines on the left, the head's signature block on the right, on the same
 * rows, as a decision ends (Nghị định 30: "Nơi nhận:" bold italic 12, its lines 11).
 */
export function recipientsAndSignature(width: number, recipients: string[], signer: Signer): DocBlock {
  const { leftEnd, rightStart } = split(width);
  const sig: { text: string; style: StyleRun["style"] }[] = [
    ...(signer.capacity ? [{ text: signer.capacity, style: { bold: true } }] : []),
    { text: signer.title, style: { bold: true } },
    { text: "", style: {} },
    { text: "", style: {} },
    { text: "", style: {} },
    { text: "", style: {} },
    { text: signer.name, style: { bold: true } },
  ];
  const left: { text: string; style: StyleRun["style"] }[] = [{ text: "Nơi nhận:", style: { bold: true, italic: true, size: 12 } }, ...recipients.map((t) => ({ text: t, style: { size: 11 } }))];
  const n = Math.max(sig.length, left.length);
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const styles: StyleRun[] = [];
  for (let k = 0; k < n; k++) {
    const r = k + 1;
    rows.push(rowWith(width, [[1, left[k]?.text || null], [rightStart, sig[k]?.text || null]]));
    if (leftEnd > 1) merges.push(range(r, 1, leftEnd));
    if (width > rightStart) merges.push(range(r, rightStart, width));
    styles.push({ range: range(r, 1, leftEnd), style: { hAlign: "left", ...(left[k]?.style ?? {}), size: left[k]?.style.size ?? 11 } });
    styles.push({ range: range(r, rightStart, width), style: { hAlign: "center", ...(sig[k]?.style ?? {}), size: 14 } });
  }
  return { rows, merges, styles };
}

/** A block's heights as SheetDoc takes them: one entry a row from row 1, null where automatic. */
export function rowHeightList(heights: Record<number, number> | undefined, rows: number): (number | null)[] | undefined {
  if (!heights || Object.keys(heights).length === 0) return undefined;
  return Array.from({ length: rows }, (_, i) => heights[i + 1] ?? null);
}
