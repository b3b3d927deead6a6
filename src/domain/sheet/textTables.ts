/**
 * Tables that arrive as text rather than as .xlsx: CSV exports (`,`, `;` or tab separated, quoted
 * fields with line breaks), and the two kinds of ".xls" Vietnamese banks hand out that are not
 * real Excel 97 files: an HTML page with a <table>, and SpreadsheetML 2003 XML. Each becomes a
 * Grid whose row numbers are the file's own (row 1 is the file's first row).
 * Pure text in, plain data out: decoding bytes is the caller's (src/app/statementFile.ts).
 */
import type { CellValue, Grid } from "./types";

// ---------------------------------------------------------------------------------------------
// CSV

/** The separator of a CSV text: the one of `,` `;` tab that splits its first lines most evenly. */
export function csvSeparator(text: string): string {
  const sample = text.slice(0, 20_000);
  let best = ",";
  let bestScore = -1;
  for (const sep of [",", ";", "\t"]) {
    const rows = parseCsv(sample, sep).slice(0, 40);
    const widths = rows.map((r) => r.length).filter((w) => w > 1);
    if (widths.length === 0) continue;
    // Many rows of the same width: the table's separator.
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    let score = 0;
    for (const [w, n] of counts) score = Math.max(score, n * Math.min(w, 12));
    if (score > bestScore) {
      bestScore = score;
      best = sep;
    }
  }
  return best;
}

/** RFC 4180 with the usual tolerance: CRLF or LF, quotes doubled inside quoted fields. */
export function parseCsv(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  const sep = separator.charCodeAt(0);
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  // Each turn reads one field and what ends it (a separator, a line end, or the end of the text).
  while (i < n) {
    let field: string;
    let j = i;
    while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) && text.charCodeAt(j) !== sep) j++;
    if (j < n && text.charCodeAt(j) === 0x22) {
      // Quoted: up to the closing quote, "" standing for one quote.
      let out = "";
      let k = j + 1;
      for (;;) {
        const q = text.indexOf('"', k);
        if (q < 0) {
          out += text.slice(k);
          k = n;
          break;
        }
        out += text.slice(k, q);
        if (text.charCodeAt(q + 1) === 0x22) {
          out += '"';
          k = q + 2;
        } else {
          k = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the separator is kept, as spreadsheets do.
      let e = k;
      while (e < n && text.charCodeAt(e) !== sep && text.charCodeAt(e) !== 0x0a && text.charCodeAt(e) !== 0x0d) e++;
      field = out + text.slice(k, e);
      i = e;
    } else {
      let e = i;
      while (e < n) {
        const c = text.charCodeAt(e);
        if (c === sep || c === 0x0a || c === 0x0d) break;
        e++;
      }
      field = text.slice(i, e);
      i = e;
    }
    row.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i >= n) row.push("");
      continue;
    }
    // A line end: CRLF, LF or CR.
    rows.push(row);
    row = [];
    i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function cellsOf(rows: string[][]): CellValue[][] {
  return rows.map((r) => {
    // Some tools write a cell's line break as the two characters "\n": it is a line break.
    const out: CellValue[] = r.map((v) => (v.trim() === "" ? null : v.includes("\\n") ? v.replace(/\\n/g, "\n") : v));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
}

export function csvGrid(text: string, sheet: string): Grid {
  const body = text.replace(/^\ufeff/, "");
  const values = cellsOf(parseCsv(body, csvSeparator(body)));
  while (values.length && values[values.length - 1].length === 0) values.pop();
  return { sheet, origin: { row: 1, col: 1 }, values };
}

// ---------------------------------------------------------------------------------------------
// HTML and XML text

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
// The Latin-1 letters of Vietnamese that old HTML exporters write as named entities (&ecirc;, &Agrave;…).
for (const [base, marks] of Object.entries({ a: "grave acute circ tilde", e: "grave acute circ", i: "grave acute", o: "grave acute circ tilde", u: "grave acute", y: "acute" })) {
  for (const mark of marks.split(" ")) {
    const combining: Record<string, string> = { grave: "\u0300", acute: "\u0301", circ: "\u0302", tilde: "\u0303" };
    NAMED[base + mark] = (base + combining[mark]).normalize("NFC");
    NAMED[base.toUpperCase() + mark] = (base.toUpperCase() + combining[mark]).normalize("NFC");
  }
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | null {
  if (!tag.includes("=")) return null;
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i"));
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/** Text of an HTML cell: <br> and block ends as line breaks, tags dropped, entities decoded, spaces tidied. */
function htmlCellText(inner: string, html = true): string {
  // Most cells are plain text: no tag, no entity, no run of spaces to tidy.
  if (!/[<&\s]/.test(inner)) return inner;
  // In HTML a line break of the source is a space; only <br> and block ends break a line.
  const t = (html ? inner.replace(/\s+/g, " ") : inner)
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(?:p|div|li)>/gi, "\n")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(t)
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** Whether a text looks like an HTML page holding a table (a bank's ".xls" that is really HTML). */
export function isHtmlTable(text: string): boolean {
  return /<table[\s>]/i.test(text.slice(0, 200_000));
}

/** Whether a text is SpreadsheetML 2003 (Excel's "XML Spreadsheet"). */
export function isSpreadsheetMl(text: string): boolean {
  const head = text.slice(0, 5_000);
  return /urn:schemas-microsoft-com:office:spreadsheet/i.test(head) || /<(?:ss:)?Workbook[\s>]/.test(head);
}

/**
 * Every row of every table of an HTML page, in document order, as one grid: colspan and rowspan
 * are honoured (the value in the first cell, as Excel shows a merge), nested tables are flattened.
 */
export function htmlGrid(html: string, sheet: string): Grid {
  const body = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "");
  const values: CellValue[][] = [];
  // rowspans still open: column → rows left.
  let carry = new Map<number, number>();
  // Each piece after "<tr" is one row (up to the next row); each piece after "<td"/"<th" one cell.
  const pieces = body.split(/<tr\b/i);
  for (let p = 1; p < pieces.length; p++) {
    const rowHtml = pieces[p].replace(/<\/table\b[\s\S]*$/i, "");
    const row: CellValue[] = [];
    const next = new Map<number, number>();
    let c = 0;
    const skipCarried = () => {
      while ((carry.get(c) ?? 0) > 0) {
        const left = (carry.get(c) as number) - 1;
        if (left > 0) next.set(c, left);
        row[c] = null;
        c++;
      }
    };
    const cells = rowHtml.split(/<t[dh]\b/i);
    for (let k = 1; k < cells.length; k++) {
      skipCarried();
      const piece = cells[k];
      const close = piece.indexOf(">");
      const tag = close >= 0 ? piece.slice(0, close) : piece;
      const inner = (close >= 0 ? piece.slice(close + 1) : "").replace(/<\/t[dhr]\b[\s\S]*$/i, "");
      const value = htmlCellText(inner);
      const span = Math.max(1, Math.min(200, Number(attribute(tag, "colspan")) || 1));
      const rowspan = Math.max(1, Math.min(10_000, Number(attribute(tag, "rowspan")) || 1));
      row[c] = value === "" ? null : value;
      for (let x = 0; x < span; x++) {
        if (x > 0) row[c + x] = null;
        if (rowspan > 1) next.set(c + x, rowspan - 1);
      }
      c += span;
    }
    skipCarried();
    for (const [col, left] of carry) if (col >= c && left > 1) next.set(col, left - 1);
    carry = next;
    for (let x = 0; x < row.length; x++) if (row[x] === undefined) row[x] = null;
    while (row.length && row[row.length - 1] === null) row.pop();
    values.push(row);
  }
  while (values.length && values[values.length - 1].length === 0) values.pop();
  return { sheet, origin: { row: 1, col: 1 }, values };
}

// ---------------------------------------------------------------------------------------------
// SpreadsheetML 2003

export interface XmlSheet {
  name: string;
  grid: Grid;
}

/** Excel's serial number of an ISO date-time ("2024-09-10T00:00:00.000"). */
function serialOfDateTime(text: string): number | null {
  const m = text.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/);
  if (!m) return null;
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
  const serial = days + 25_569;
  const time = m[4] ? (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) / 86_400 : 0;
  return serial + time;
}

/** The worksheets of a SpreadsheetML 2003 document, each as a grid (row numbers as in the file, ss:Index honoured). */
export function spreadsheetMlSheets(xml: string): XmlSheet[] {
  const out: XmlSheet[] = [];
  const sheetRe = /<(?:ss:)?Worksheet\b([^>]*)>([\s\S]*?)<\/(?:ss:)?Worksheet>/g;
  let sm: RegExpExecArray | null;
  while ((sm = sheetRe.exec(xml)) !== null) {
    const name = decodeEntities(attribute(sm[1], "ss:Name") ?? attribute(sm[1], "Name") ?? `Sheet${out.length + 1}`);
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    const rowRe = /<(?:ss:)?Row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:ss:)?Row>)/g;
    let rm: RegExpExecArray | null;
    let r = 0;
    while ((rm = rowRe.exec(sm[2])) !== null) {
      const index = Number(attribute(rm[1], "ss:Index") ?? attribute(rm[1], "Index"));
      r = index > 0 ? index : r + 1;
      const row: CellValue[] = [];
      const fmt: string[] = [];
      const cellRe = /<(?:ss:)?Cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:ss:)?Cell>)/g;
      let cm: RegExpExecArray | null;
      let c = 0;
      while ((cm = cellRe.exec(rm[2] ?? "")) !== null) {
        const ci = Number(attribute(cm[1], "ss:Index") ?? attribute(cm[1], "Index"));
        c = ci > 0 ? ci : c + 1;
        const across = Number(attribute(cm[1], "ss:MergeAcross") ?? 0) || 0;
        const dm = (cm[2] ?? "").match(/<(?:ss:)?Data\b([^>]*)>([\s\S]*?)<\/(?:ss:)?Data>/);
        let value: CellValue = null;
        let format = "General";
        if (dm) {
          const type = attribute(dm[1], "ss:Type") ?? attribute(dm[1], "Type") ?? "String";
          const raw = htmlCellText(dm[2], false);
          if (type === "Number") {
            const n = Number(raw);
            value = Number.isFinite(n) ? n : raw;
          } else if (type === "DateTime") {
            const serial = serialOfDateTime(raw);
            value = serial ?? raw;
            if (serial !== null) format = "dd/mm/yyyy";
          } else if (type === "Boolean") {
            value = raw === "1";
          } else {
            value = raw === "" ? null : raw;
          }
        }
        while (row.length < c - 1) row.push(null);
        while (fmt.length < c - 1) fmt.push("General");
        row[c - 1] = value;
        fmt[c - 1] = format;
        c += across;
      }
      while (values.length < r - 1) {
        values.push([]);
        formats.push([]);
      }
      values[r - 1] = row;
      formats[r - 1] = fmt;
    }
    out.push({ name, grid: { sheet: name, origin: { row: 1, col: 1 }, values, formats } });
  }
  return out;
}
