import type { CellValue, Grid, SheetDoc, SheetInfo } from "../domain/sheet/types";

export interface ReadOptions {
  /** Also read each cell's font name (slower in Excel: one more property per cell). */
  fonts?: boolean;
}

export interface CellUpdate {
  row: number;
  col: number;
  value: CellValue;
  /** The number format the cell takes with its new value (a date serial needs a date format). */
  numberFormat?: string;
}

export interface WriteOptions {
  /** Called as parts of a large sheet are written: cells written so far, cells in all. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The one narrow interface between use cases and a workbook. Two adapters implement it:
 * src/excel (Office.js, the open workbook) and src/xlsx (ExcelJS, an .xlsx file).
 *
 * Ownership: a sheet written by writeSheet is recorded as Chung Sức's. writeSheet re-creates a
 * sheet it owns and refuses (SheetNotOwnedError) to touch a user's sheet of the same name.
 */
export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /** The used range of a sheet, or an empty grid when the sheet is blank. */
  readSheet(name: string, options?: ReadOptions): Promise<Grid>;
  writeSheet(doc: SheetDoc, options?: WriteOptions): Promise<void>;
  /** Appends rows under the last used row of a sheet Chung Sức owns, creating it when missing. */
  appendRows(name: string, rows: CellValue[][]): Promise<void>;
  /** A block of a sheet by A1 address ("B3:D40"); empty cells inside it are null. */
  readRange(sheet: string, address: string, options?: ReadOptions): Promise<Grid>;
  /**
   * Changes single cells of any sheet, the user's included. Only for edits the user asked for
   * explicitly after seeing them (legacy text conversion, "apply the fixes"); text stays text.
   */
  updateCells(sheet: string, updates: CellUpdate[]): Promise<void>;
  /** The selected range where the workbook has one (Excel), else null. */
  selection(): Promise<{ sheet: string; address: string } | null>;
  /** Shows a cell to the user (activates its sheet, selects it); false where there is no view. */
  select(sheet: string, address: string): Promise<boolean>;
  protectSheet(name: string): Promise<void>;
  unprotectSheet(name: string): Promise<void>;
  /** Settings stored inside the workbook (a very hidden sheet), shared by every shell. */
  readSettings(): Promise<Record<string, string>>;
  writeSettings(values: Record<string, string>): Promise<void>;
}

/** Name of the very hidden sheet that carries Chung Sức's settings and the owned-sheet list. */
export const SETTINGS_SHEET = "_ChungSuc";
export const OWNED_SHEETS_KEY = "ownedSheets";

export class SheetNotOwnedError extends Error {
  readonly sheet: string;
  constructor(sheet: string) {
    super(
      `Trang tính "${sheet}" là của người dùng: Chung Sức không ghi đè. Hãy đổi tên trang đó rồi chạy lại. ` +
        `(Sheet "${sheet}" belongs to the user and is not overwritten.)`,
    );
    this.name = "SheetNotOwnedError";
    this.sheet = sheet;
  }
}

export class SheetMissingError extends Error {
  readonly sheet: string;
  constructor(sheet: string) {
    super(`Không tìm thấy trang tính "${sheet}". (Sheet "${sheet}" not found.)`);
    this.name = "SheetMissingError";
    this.sheet = sheet;
  }
}

/** Text that a spreadsheet would take as a formula if it were typed in. */
export function looksLikeFormula(value: CellValue): boolean {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleLowerCase() === b.normalize("NFC").toLocaleLowerCase();
}

export function refuseSettingsSheet(name: string): void {
  if (sameSheetName(name, SETTINGS_SHEET)) {
    throw new RangeError(`Trang "${SETTINGS_SHEET}" là nơi Chung Sức lưu cài đặt, không ghi dữ liệu vào đó. (The "${SETTINGS_SHEET}" sheet is reserved for settings.)`);
  }
}

export function refuseReservedSettings(values: Record<string, string>): void {
  if (Object.prototype.hasOwnProperty.call(values, OWNED_SHEETS_KEY)) {
    throw new RangeError(`Khóa cài đặt "${OWNED_SHEETS_KEY}" do Chung Sức tự quản lý, không ghi trực tiếp. (The "${OWNED_SHEETS_KEY}" setting is reserved.)`);
  }
}
