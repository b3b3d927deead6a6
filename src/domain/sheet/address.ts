/** A1-style addresses. Columns and rows are 1-based. */

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`Cột không hợp lệ: ${col}`);
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0) - 64;
    if (c < 1 || c > 26) throw new RangeError(`Cột không hợp lệ: ${letters}`);
    n = n * 26 + c;
  }
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`Địa chỉ ô không hợp lệ: ${address}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

export interface RangeRef {
  start: CellRef;
  end: CellRef;
}

/** "B2:D10" or a single cell "B2"; the result is ordered top-left to bottom-right. */
export function parseRange(address: string): RangeRef {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    start: { row: Math.min(p.row, q.row), col: Math.min(p.col, q.col) },
    end: { row: Math.max(p.row, q.row), col: Math.max(p.col, q.col) },
  };
}

export function rangeAddress(r: RangeRef): string {
  const a = cellAddress(r.start.row, r.start.col);
  const b = cellAddress(r.end.row, r.end.col);
  return a === b ? a : `${a}:${b}`;
}

/** Address of a grid cell given its 0-based index in grid.values. */
export function gridCellAddress(origin: CellRef, rowIndex: number, colIndex: number): string {
  return cellAddress(origin.row + rowIndex, origin.col + colIndex);
}

/**
 * A cell on a named sheet as Excel writes the reference: the name in quotes where it holds
 * anything but letters, digits and underscores ("'DS ủng hộ'!B12"), a quote in it doubled.
 */
export function sheetCellReference(sheet: string, address: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet) ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}
