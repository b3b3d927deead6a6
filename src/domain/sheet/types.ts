/**
 * Plain data that crosses between the rules and the workbook adapters.
 * Dates are Excel serial numbers (1900 date system) with a date number format, as Excel itself
 * stores them, so both adapters hand the rules the same grid.
 */
export type CellValue = string | number | boolean | null;

/** A rectangular block of a sheet as read: the used range, with optional formats and fonts. */
export interface Grid {
  sheet: string;
  /** 1-based row and column of values[0][0] on the sheet. */
  origin: { row: number; col: number };
  values: CellValue[][];
  /** Number format of each cell, same shape as values, where the adapter read them. */
  formats?: string[][];
  /** Font name of each cell (".VnTime", "VNI-Times", ...), where the adapter read them. */
  fonts?: (string | null)[][];
  /**
   * Merged areas that reach into the grid, as A1 ranges on the sheet ("C6:C9"), where the adapter
   * read them. A merged area's value sits in its top-left cell; the others read empty.
   */
  merges?: string[];
  /**
   * For a grid made from a sheet's cells rather than read as they stand (rows pasted as text
   * into one cell, split into columns): the sheet column, 1-based, each of its columns came
   * from, so that messages name the cell the user typed. Absent: column k is origin.col + k.
   * Row numbers are the sheet's own either way.
   */
  sheetColumns?: number[];
}

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points. */
  size?: number;
  font?: string;
  /** RGB hex without '#', e.g. "000000". */
  color?: string;
  fill?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  numberFormat?: string;
  border?: "thin";
}

/** A style applied to an A1 range ("A5:K5", "C6:C200"); later runs win over earlier ones. */
export interface StyleRun {
  range: string;
  style: CellStyle;
}

export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** Margins in millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Shrink to one page wide, any number of pages tall. */
  fitToWidth?: boolean;
  /** Rows repeated at the top of every printed page, e.g. "5:6". */
  printTitleRows?: string;
  /** Page number in the footer ("Trang 1/3"). */
  pageNumbers?: boolean;
  /** The part of the sheet that prints ("A1:H40"); the whole used range where omitted. */
  printArea?: string;
}

/**
 * A chart over a block of the sheet, as plain data: Excel draws it from the cells of `dataRange`
 * (categories in its first column, one series per further column, names in its first row); a
 * shell without charts (the web page, the task pane) draws the same figures from `categories`
 * and `series`, which hold exactly what those cells hold.
 */
export interface ChartSpec {
  type: "columnClustered" | "barClustered";
  title: string;
  /** A1 range on the same sheet, header row included ("A40:C47"). */
  dataRange: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  /** Where the chart sits: its top-left and bottom-right cells ("E40", "L60"). */
  position: { from: string; to: string };
  /** Number format of the value axis ("#,##0"). */
  valueFormat?: string;
  valueAxisTitle?: string;
}

/** A declarative description of a sheet Chung Sức writes; adapters render it. */
export interface SheetDoc {
  name: string;
  /** Values from A1 down; text is always written as text, never as a formula. */
  rows: CellValue[][];
  styles?: StyleRun[];
  merges?: string[];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /**
   * Row heights in points, from row 1; null (or missing) leaves a row's height automatic. Excel
   * does not grow a merged, wrapped cell by itself: documents set those rows.
   */
  rowHeights?: (number | null)[];
  freeze?: { rows: number; columns: number };
  autoFilter?: string;
  page?: PageSetup;
  /** Protect the sheet after writing it (structure and cells locked). */
  protect?: boolean;
  tabColor?: string;
  /** Charts over the sheet's own cells (ExcelJS cannot write charts: the .xlsx adapter leaves them out). */
  charts?: ChartSpec[];
}

export interface SheetInfo {
  name: string;
  visible: boolean;
  /** Written by Chung Sức (and so safe for it to re-create). */
  owned: boolean;
}
