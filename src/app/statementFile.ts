/**
 * A statement file as the bank handed it out, turned into grids: .xlsx (ExcelJS), .csv (UTF-8
 * with or without BOM, UTF-16, Windows-1258; `,` `;` or tab), and the ".xls" files Vietnamese
 * banks export that are really an HTML table or SpreadsheetML 2003 XML. A true Excel 97 (BIFF)
 * file cannot be read here: the error asks for it to be saved as .xlsx.
 * Row numbers stay the file's own: row 1 of every grid is the file's first row.
 */
import type { Grid } from "../domain/sheet/types";
import { csvGrid, htmlGrid, isHtmlTable, isSpreadsheetMl, spreadsheetMlSheets } from "../domain/sheet/textTables";

export type StatementFileFormat = "xlsx" | "csv" | "html" | "spreadsheetml";

export class StatementFileError extends Error {}

export interface StatementFileSheets {
  format: StatementFileFormat;
  /** Every sheet of the file (a CSV or HTML page has one), with the file's own row numbers. */
  grids: Grid[];
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function decoder(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

/**
 * Text of a file: BOMs first (UTF-8, UTF-16 LE/BE), then UTF-16 without BOM by its zero bytes,
 * then UTF-8, then the charset an HTML page declares, then Windows-1258 (Vietnamese "ANSI").
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8").decode(bytes.subarray(3)).normalize("NFC");
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2)).normalize("NFC");
  if (startsWith(bytes, [0xfe, 0xff])) return (decoder("utf-16be") ?? new TextDecoder("utf-16le")).decode(bytes.subarray(2)).normalize("NFC");
  const probe = bytes.subarray(0, Math.min(bytes.length, 4000));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < probe.length; i++) {
    if (probe[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (probe.length >= 4 && oddZeros > probe.length / 4 && evenZeros < oddZeros / 4) return new TextDecoder("utf-16le").decode(bytes).normalize("NFC");
  if (probe.length >= 4 && evenZeros > probe.length / 4 && oddZeros < evenZeros / 4) return (decoder("utf-16be") ?? new TextDecoder("utf-16le")).decode(bytes).normalize("NFC");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).normalize("NFC");
  } catch {
    // Not UTF-8: a page may say what it is; otherwise Vietnamese Windows.
    const ascii = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 4000)));
    const declared = ascii.match(/charset\s*=\s*["']?([\w-]+)/i)?.[1] ?? ascii.match(/encoding\s*=\s*["']([\w-]+)/i)?.[1];
    const d = (declared && decoder(declared)) || decoder("windows-1258") || new TextDecoder("latin1");
    return d.decode(bytes).normalize("NFC");
  }
}

/** Bytes no text file holds (NUL, and controls other than tab, line feed, carriage return, form feed). */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) return true;
  }
  return false;
}

function baseName(name: string): string {
  const file = name.split(/[\\/]/).pop() ?? name;
  return file.replace(/\.[^.]+$/, "") || file;
}

/** Reads a statement file into grids, by what its bytes are (the name's extension is only a hint). */
export async function readStatementFile(bytes: Uint8Array, name: string): Promise<StatementFileSheets> {
  if (bytes.length === 0) throw new StatementFileError(`Tệp "${name}" trống, không có dòng sao kê nào. (The file is empty.)`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // ExcelJS only when an .xlsx comes: inside Excel the pane never loads it otherwise.
    const { XlsxWorkbook } = await import("../xlsx/workbook");
    let book: InstanceType<typeof XlsxWorkbook>;
    try {
      book = await XlsxWorkbook.fromBuffer(bytes);
    } catch {
      throw new StatementFileError(`Không đọc được "${name}" như một tệp Excel (.xlsx); tệp có thể bị hỏng. (Not a readable .xlsx file.)`);
    }
    const grids: Grid[] = [];
    for (const s of await book.listSheets()) grids.push(await book.readSheet(s.name));
    return { format: "xlsx", grids };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new StatementFileError(
      `Tệp "${name}" là tệp Excel 97–2003 (.xls) thật, Chung Sức không đọc được dạng này. Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) "Sổ làm việc Excel (.xlsx)" rồi nhập lại tệp .xlsx. (A binary .xls file: save it as .xlsx and import that.)`,
    );
  }
  const text = decodeText(bytes);
  const head = text.slice(0, 2000).replace(/^\ufeff/, "").trimStart();
  if (head.startsWith("<") || /\.(?:xls|xml|html?)$/i.test(name)) {
    if (isSpreadsheetMl(text)) {
      const sheets = spreadsheetMlSheets(text);
      if (sheets.length) return { format: "spreadsheetml", grids: sheets.map((s) => s.grid) };
    }
    if (isHtmlTable(text)) return { format: "html", grids: [htmlGrid(text, baseName(name))] };
    if (head.startsWith("<")) throw new StatementFileError(`Tệp "${name}" là một trang HTML/XML nhưng không có bảng nào để đọc. (No table in this file.)`);
  }
  if (hasControlCharacters(text.slice(0, 4000))) {
    throw new StatementFileError(`Không đọc được "${name}": đây không phải tệp .xlsx, .csv hay .xls dạng bảng. Hãy xuất sao kê từ ngân hàng dưới dạng Excel (.xlsx) hoặc CSV. (Unreadable statement file.)`);
  }
  return { format: "csv", grids: [csvGrid(text, baseName(name))] };
}
