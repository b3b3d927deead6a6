/**
 * One pass over a contribution list as the office typed it: every row gets a role, every data
 * row either normalizes into a Contribution (with "fixed" diagnostics saying what changed) or
 * fails with a reason, and the list-level checks (subtotals, duplicates, reused receipts) run.
 * Rows with an error are not contributions: they cannot be used as they are.
 */
import { DATE_NUMBER_FORMAT, parseDate, type DateParse } from "../dates";
import { formatMoney, MONEY_NUMBER_FORMAT, parseLabourDays, parseMoney, type LabourDaysParse, type MoneyParse } from "../money";
import { columnLetters } from "../sheet/address";
import type { TableMatch } from "../sheet/headers";
import type { CellValue, Grid } from "../sheet/types";
import { convertColumn, foldText, toUnicode } from "../text";
import { channelFromText, isAllCaps, isSectionNumber, isSignatureText, kindFromName, kindFromSection, sectionTitle, splitNumberedTitle, totalKind } from "./classify";
import { parseLandArea } from "./land";
import { DIAGNOSTIC_CODES, type Contribution, type Diagnostic, type DiagnosticCode, type Kind, type RowRole } from "./types";

export interface ReadOptions {
  /** The campaign's year: reads 2-digit years and fills a missing year. */
  campaignYear?: number;
  /** The campaign period, ISO dates: a date outside it is a warning. */
  period?: { from: string; to: string };
}

export interface ContributionList {
  sheet: string;
  headerRows: number[];
  /** Every row from the first to the last of the grid, by sheet row number. */
  roles: Record<number, RowRole>;
  contributions: Contribution[];
  diagnostics: Diagnostic[];
}

const TEXT_FIELDS = ["name", "unit", "inKind", "note", "purpose", "receipt"] as const;
const VALUE_FIELDS = ["amount", "days", "inKind", "inKindValue", "land"] as const;

const ENCODING_LABEL: Record<string, string> = { tcvn3: "TCVN3", vni: "VNI", nfd: "Unicode tổ hợp" };

function isBlankCell(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

function cellText(v: CellValue): string {
  if (v === null) return "";
  return typeof v === "string" ? v : String(v);
}

function isDateFormat(format: string | undefined): boolean {
  return !!format && /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
}

const UNTIDY = /\s\s|[\t\n\r\u00a0]|^\s|\s$/;

/** Lists repeat the same amounts, dates and day counts thousands of times: each is read once. */
const MEMO_LIMIT = 65_536;

function memo<T>(read: (v: CellValue) => T): (v: CellValue) => T {
  const seen = new Map<CellValue, T>();
  return (v) => {
    let r = seen.get(v);
    if (r === undefined) {
      r = read(v);
      if (seen.size < MEMO_LIMIT) seen.set(v, r);
    }
    return r;
  };
}

function tidy(text: string): string {
  return UNTIDY.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

class ListReader {
  readonly diagnostics: Diagnostic[] = [];
  /** Errors reported so far: a row whose reading adds one is not a contribution. */
  private errors = 0;
  readonly roles: Record<number, RowRole> = {};
  readonly contributions: Contribution[] = [];
  private readonly col: Partial<Record<string, number>> = {};
  /** Text columns converted to Unicode once, column by column, so a column decides short cells. */
  private readonly converted = new Map<string, { text: string | null; encoding: string | null; changed: boolean }[]>();
  private readonly firstDataRow: number;
  private readonly readMoney: (v: CellValue) => MoneyParse = memo(parseMoney);
  private readonly readDays: (v: CellValue) => LabourDaysParse = memo(parseLabourDays);
  private readonly readDate: (v: CellValue) => DateParse;
  private readonly readDateFormatted: (v: CellValue) => DateParse;

  constructor(
    private readonly grid: Grid,
    private readonly match: TableMatch,
    private readonly options: ReadOptions,
  ) {
    for (const [field, c] of Object.entries(match.columns)) this.col[field] = c.column;
    this.firstDataRow = match.firstDataRow;
    this.readDate = memo((v) => parseDate(v, { campaignYear: options.campaignYear, isDateFormatted: false }));
    this.readDateFormatted = memo((v) => parseDate(v, { campaignYear: options.campaignYear, isDateFormatted: true }));
  }

  value(row: number, field: string): CellValue {
    const c = this.col[field];
    if (c === undefined) return null;
    return this.grid.values[row - this.grid.origin.row]?.[c - this.grid.origin.col] ?? null;
  }

  private format(row: number, field: string): string | undefined {
    const c = this.col[field];
    if (c === undefined) return undefined;
    return this.grid.formats?.[row - this.grid.origin.row]?.[c - this.grid.origin.col];
  }

  private readonly dateFormats = new Map<string, boolean>();

  /** Whether the date cell of a row carries a date number format (formats repeat: each is read once). */
  private isDateFormatted(row: number): boolean {
    const format = this.format(row, "date");
    if (format === undefined) return false;
    let known = this.dateFormats.get(format);
    if (known === undefined) {
      known = isDateFormat(format);
      this.dateFormats.set(format, known);
    }
    return known;
  }

  private readonly letters = new Map<string, string>();

  cellOf(row: number, field: string): { cell: string; column: string } {
    let column = this.letters.get(field);
    if (column === undefined) {
      column = columnLetters(this.col[field] ?? this.grid.origin.col);
      this.letters.set(field, column);
    }
    return { cell: `${column}${row}`, column };
  }

  report(row: number, field: string, code: DiagnosticCode, detail: string, fix?: Diagnostic["fix"]): void {
    const { cell, column } = this.cellOf(row, field);
    if (DIAGNOSTIC_CODES[code] === "error") this.errors++;
    this.diagnostics.push({
      sheet: this.grid.sheet,
      cell,
      row,
      column,
      severity: DIAGNOSTIC_CODES[code],
      code,
      message: `Trang "${this.grid.sheet}", ô ${cell}: ${detail}`,
      ...(fix ? { fix } : {}),
    });
  }

  private convertTextColumns(lastRow: number): void {
    const from = this.firstDataRow;
    for (const field of TEXT_FIELDS) {
      const c = this.col[field];
      if (c === undefined) continue;
      const cells: (string | null)[] = [];
      const fonts: (string | null)[] = [];
      for (let r = from; r <= lastRow; r++) {
        const v = this.value(r, field);
        cells.push(typeof v === "string" ? v : null);
        fonts.push(this.grid.fonts?.[r - this.grid.origin.row]?.[c - this.grid.origin.col] ?? null);
      }
      this.converted.set(field, convertColumn(cells, { fonts, nameColumn: field === "name" }));
    }
  }

  /** A text cell as Unicode, tidied, with a "fixed" diagnostic where it changed. */
  text(row: number, field: string, report = true): string {
    const raw = this.value(row, field);
    if (isBlankCell(raw)) return "";
    const conv = this.converted.get(field)?.[row - this.firstDataRow];
    const unicode = typeof raw === "string" && conv?.text != null && conv.changed ? conv.text : cellText(raw);
    const out = tidy(unicode);
    if (report && typeof raw === "string") {
      if (conv?.changed && conv.encoding && ENCODING_LABEL[conv.encoding]) {
        this.report(row, field, "legacy-text", `chuyển mã ${ENCODING_LABEL[conv.encoding]}: "${raw}" → "${out}".`, { value: out });
      } else if (out !== raw) {
        this.report(row, field, "spacing", `bỏ khoảng trắng thừa: "${raw}" → "${out}".`, { value: out });
      }
    }
    return out;
  }

  hasValues(row: number): boolean {
    return VALUE_FIELDS.some((f) => !isBlankCell(this.value(row, f)));
  }

  /** A value cell holding a number or digits: what a contribution row has and a footer has not. */
  hasFigures(row: number): boolean {
    return VALUE_FIELDS.some((f) => {
      const v = this.value(row, f);
      return typeof v === "number" || (typeof v === "string" && /\d/.test(v) && !isSignatureText(v));
    });
  }

  rowCells(row: number): CellValue[] {
    return this.grid.values[row - this.grid.origin.row] ?? [];
  }

  read(): ContributionList {
    const lastRow = this.grid.origin.row + this.grid.values.length - 1;
    for (let r = this.grid.origin.row; r < this.match.headerRows[0]; r++) this.roles[r] = "title";
    for (const r of this.match.headerRows) this.roles[r] = "header";
    if (this.match.unsure) {
      const r = this.match.headerRows[0];
      this.report(r, "name", "header-unsure", `không chắc dòng tiêu đề và các cột; hãy xác nhận cách ghép cột một lần.`);
    }
    this.convertTextColumns(lastRow);

    let section = "";
    let sectionKind: Kind | null = null;
    let sectionUnit = "";
    let afterTotal = false;
    // Money of the rows since the last section, subtotal or total, and of all rows so far.
    let runSum = 0;
    let allSum = 0;
    const add = (amount: number) => {
      runSum += amount;
      allSum += amount;
    };

    for (let r = this.firstDataRow; r <= lastRow; r++) {
      const cells = this.rowCells(r);
      if (cells.every(isBlankCell)) {
        this.roles[r] = "blank";
        continue;
      }
      const labels = this.labelTexts(r);
      let total: ReturnType<typeof totalKind> = null;
      for (let i = 0; i < labels.length && total === null; i++) total = totalKind(labels[i]);
      if (total) {
        this.roles[r] = total;
        this.checkSum(r, total, total === "total" ? allSum : runSum);
        if (total === "total") {
          // Rows typed under the grand total belong to no section.
          afterTotal = true;
          section = "";
          sectionKind = null;
          sectionUnit = "";
        }
        runSum = 0;
        continue;
      }
      const values = this.hasValues(r);
      if (!values && !afterTotal && this.isSectionRow(r, labels)) {
        this.roles[r] = "section";
        section = this.sectionTitleOf(labels);
        sectionKind = kindFromSection(section);
        sectionUnit = section;
        runSum = 0;
        continue;
      }
      // Signature blocks spread titles across the value columns ("Kế toán" under Ngày công):
      // without a figure in them, such rows are the footer, not contributions.
      if (!this.hasFigures(r) && (afterTotal || cells.some((c) => typeof c === "string" && isSignatureText(c)))) {
        this.roles[r] = "footer";
        continue;
      }
      this.roles[r] = "data";
      if (!values) continue;
      const c = this.readRow(r, { section, sectionKind, sectionUnit });
      if (c) {
        add(c.amount);
        this.contributions.push(c);
        if (afterTotal) this.report(r, "name", "late-entry", `dòng "${c.name}" ghi sau dòng Tổng cộng: tổng chưa gồm dòng này.`);
      } else {
        const a = this.readMoney(this.value(r, "amount"));
        if (a.ok && a.amount > 0) add(a.amount);
      }
    }
    // The pass reports row by row; the list-wide checks come after, each in row order too.
    const inRowOrder = this.diagnostics.length;
    this.checkDuplicates();
    this.checkReceipts();
    if (this.diagnostics.length > inRowOrder) this.diagnostics.sort((a, b) => a.row - b.row);
    return { sheet: this.grid.sheet, headerRows: this.match.headerRows, roles: this.roles, contributions: this.contributions, diagnostics: this.diagnostics };
  }

  /** Texts in the columns left of the amounts, where offices write numbering and labels. */
  private labelTexts(row: number): string[] {
    const out: string[] = [];
    const cells = this.rowCells(row);
    const nameCol = this.col.name ?? this.grid.origin.col;
    for (let c = this.grid.origin.col; c <= nameCol + 1 && c - this.grid.origin.col < cells.length; c++) {
      const v = cells[c - this.grid.origin.col];
      if (typeof v === "string" && v.trim()) out.push(v.trim());
    }
    return out;
  }

  private isSectionRow(row: number, labels: string[]): boolean {
    const seq = this.value(row, "seq");
    if (typeof seq === "number") return false;
    if (labels.length === 0) return false;
    if (isSectionNumber(labels[0]) && labels.length >= 2) return true;
    // "II. Trường Tiểu học": Roman numbering marks a section whatever the case; "1." or "a)"
    // may number a person, so only a title in capitals counts.
    for (const t of labels) {
      const numbered = splitNumberedTitle(t);
      if (numbered && (isSectionNumber(numbered.number) || isAllCaps(numbered.title))) return true;
    }
    const name = this.text(row, "name", false);
    return name.split(" ").length >= 2 && isAllCaps(name);
  }

  private sectionTitleOf(labels: string[]): string {
    const raw = isSectionNumber(labels[0]) && labels.length >= 2 ? labels[1] : (labels.find((t) => !isSectionNumber(t)) ?? labels[0]);
    return sectionTitle(tidy(toUnicode(raw).text));
  }

  private checkSum(row: number, kind: "subtotal" | "total", expected: number): void {
    const raw = this.value(row, "amount");
    if (isBlankCell(raw)) return;
    const p = this.readMoney(raw);
    if (!p.ok || p.amount === expected) return;
    const what = kind === "total" ? "Tổng cộng" : "dòng Cộng";
    this.report(
      row,
      "amount",
      kind === "total" ? "total-mismatch" : "subtotal-mismatch",
      `${what} ghi ${formatMoney(p.amount)} đ nhưng các dòng ${kind === "total" ? "phía trên" : "của mục"} cộng lại ${formatMoney(expected)} đ (chênh ${formatMoney(p.amount - expected)} đ).`,
    );
  }

  private money(row: number, field: "amount" | "inKindValue", label: string): number | null {
    const raw = this.value(row, field);
    if (isBlankCell(raw)) return 0;
    const p = this.readMoney(raw);
    if (!p.ok) {
      this.report(row, field, "unreadable-amount", `${label} "${cellText(raw)}" không đọc được: ${p.reason}.`);
      return null;
    }
    if (p.amount < 0) {
      this.report(row, field, "negative-amount", `${label} "${cellText(raw)}" là số âm; số tiền ủng hộ không thể âm.`);
      return null;
    }
    if (typeof raw === "string") {
      this.report(row, field, "money-notation", `${label}: ${p.note ?? `"${raw}" → ${formatMoney(p.amount)}`}.`, { value: p.amount, numberFormat: MONEY_NUMBER_FORMAT });
    }
    return p.amount;
  }

  private readRow(row: number, ctx: { section: string; sectionKind: Kind | null; sectionUnit: string }): Contribution | null {
    const errorsBefore = this.errors;
    const amount = this.money(row, "amount", "Số tiền");
    const inKindValue = this.money(row, "inKindValue", "Giá trị hiện vật");
    let days = 0;
    const rawDays = this.value(row, "days");
    if (!isBlankCell(rawDays)) {
      const p = this.readDays(rawDays);
      if (!p.ok || p.days < 0) this.report(row, "days", "unreadable-days", `số ngày công "${cellText(rawDays)}" không đọc được${p.ok ? "" : `: ${p.reason}`}.`);
      else {
        days = p.days;
        if (typeof rawDays === "string") this.report(row, "days", "days-notation", `ngày công "${rawDays}" → ${String(days).replace(".", ",")}.`, { value: days });
      }
    }
    let landArea = 0;
    const rawLand = this.value(row, "land");
    if (!isBlankCell(rawLand)) {
      const p = parseLandArea(rawLand);
      if (!p.ok) this.report(row, "land", "unreadable-land", `${p.reason}.`);
      else {
        landArea = p.area;
        if (typeof rawLand === "string") this.report(row, "land", "land-notation", `diện tích ${p.note}.`, { value: landArea });
      }
    }
    let date: string | null = null;
    const rawDate = this.value(row, "date");
    if (!isBlankCell(rawDate)) {
      const dateFormatted = this.isDateFormatted(row);
      const p = dateFormatted ? this.readDateFormatted(rawDate) : this.readDate(rawDate);
      if (!p.ok) this.report(row, "date", "unreadable-date", `ngày "${cellText(rawDate)}" không đọc được: ${p.reason}.`);
      else {
        date = p.iso;
        if (typeof rawDate === "string" || !dateFormatted) {
          this.report(row, "date", "date-notation", `ngày "${cellText(rawDate)}" → ${date.split("-").reverse().join("/")}${p.note ? ` (${p.note})` : ""}.`, {
            value: p.serial,
            numberFormat: DATE_NUMBER_FORMAT,
          });
        }
        const period = this.options.period;
        if (period && (date < period.from || date > period.to)) {
          this.report(row, "date", "date-outside-period", `ngày ${date.split("-").reverse().join("/")} nằm ngoài thời gian vận động (${period.from.split("-").reverse().join("/")} – ${period.to.split("-").reverse().join("/")}).`);
        }
      }
    }
    if (isBlankCell(this.value(row, "name"))) {
      this.report(row, "name", "missing-name", `dòng có số tiền, ngày công hoặc hiện vật nhưng không có tên người ủng hộ.`);
      return null;
    }
    const typedName = this.text(row, "name");
    if (this.errors > errorsBefore) return null;

    const unit = this.text(row, "unit") || ctx.sectionUnit;
    let kind = kindFromName(typedName) ?? ctx.sectionKind;
    if (!kind) {
      this.report(row, "name", "kind-unknown", `không rõ "${typedName}" là cán bộ, hộ gia đình, doanh nghiệp hay tổ chức; tạm xếp vào cá nhân.`);
      kind = "individual";
    }
    const receipt = this.text(row, "receipt");
    const channelText = this.text(row, "channel", false);
    const channel = !amount ? null : channelFromText(channelText) ?? (receipt ? "cash" : null);
    const inKind = this.text(row, "inKind");
    if (amount !== null && amount % 1000 !== 0) this.report(row, "amount", "not-multiple-of-1000", `số tiền ${formatMoney(amount)} đ không tròn nghìn; hãy kiểm tra có gõ nhầm không.`);
    return {
      sheet: this.grid.sheet,
      row,
      name: typedName,
      unit,
      kind,
      channel,
      amount: amount ?? 0,
      days,
      inKindDescription: inKind,
      inKindValue: inKindValue ?? 0,
      landArea,
      date,
      receipt,
      note: this.text(row, "note"),
      purpose: this.text(row, "purpose"),
      section: ctx.section,
    };
  }

  private checkDuplicates(): void {
    const seen = new Map<string, Contribution>();
    for (const c of this.contributions) {
      // Names and units are already NFC and tidy: the same row typed twice matches without folding.
      const key = `${c.name.toLowerCase()}|${c.unit.toLowerCase()}|${c.date}|${c.amount}|${c.days}|${c.inKindValue}|${c.landArea}|${c.receipt.toUpperCase()}`;
      const first = seen.get(key);
      if (first) this.report(c.row, "name", "duplicate-row", `dòng trùng hoàn toàn với dòng ${first.row} ("${first.name}"): có thể gõ hai lần.`);
      else seen.set(key, c);
    }
  }

  private checkReceipts(): void {
    const byReceipt = new Map<string, Contribution>();
    for (const c of this.contributions) {
      if (!c.receipt) continue;
      const key = c.receipt.toUpperCase().replace(/\s+/g, "");
      const first = byReceipt.get(key);
      if (!first) byReceipt.set(key, c);
      else if (first.name.toLowerCase() !== c.name.toLowerCase() && foldText(first.name) !== foldText(c.name)) {
        this.report(c.row, "receipt", "receipt-reused", `số phiếu thu "${c.receipt}" đã dùng cho "${first.name}" ở dòng ${first.row}.`);
      }
    }
  }
}

export function readContributionList(grid: Grid, match: TableMatch, options: ReadOptions = {}): ContributionList {
  return new ListReader(grid, match, options).read();
}
