/**
 * The vocabulary of each kind of sheet a commune keeps, as folded header phrases.
 * Phrases are folded (no diacritics, lower case, punctuation as spaces): see normalizeHeader.
 */
import { countHeadings } from "../contributions/unitSummary";
import { foldText } from "../text/fold";
import { isDateNumberFormat, isMonthOnlyDateFormat, parseDate, PLAIN_SERIAL_MAX, PLAIN_SERIAL_MIN } from "../dates";
import { headerMoneyUnit } from "../money/unit";
import { parseRange } from "./address";
import { isBlankCell } from "./cells";
import { mapAgainWithout, normalizeHeader, splitMergedHeading, type ColumnMatch, type TableMatch, type TableSpec } from "./headers";
import type { CellValue, Grid } from "./types";

/** What names the money a row gave, as headers word it. */
const AMOUNT_PHRASES = [
  "tien",
  "so tien",
  "ung ho bang tien",
  "tien mat",
  "noi dung ung ho tien",
  "so tien ung ho",
  "tien ung ho",
  "dong gop bang tien",
  "so tien dong",
  "muc ung ho",
  "ung ho",
  "dong gop",
  "muc dong gop",
  "kinh phi",
  "kinh phi dong gop",
  "kinh phi ung ho",
  "gia tri",
  "so tien dong gop",
  // Money received, where the list also keeps what was due or pledged.
  "da nop",
  "thuc nop",
  "so tien da nop",
  "so tien thuc nop",
  "tien da nop",
  "so tien nop",
  "nop",
  "muc dong",
  "muc nop",
  "thuc thu",
  "da thu",
  "so tien da thu",
  "so tien thuc thu",
  "vnd",
  // "Số tiền" over "Bằng số" | "Bằng chữ".
  "bang so",
  "so tien bang so",
  "amount",
  "donation",
  "donation amount",
];

/**
 * The labour days a row gave in all, where a list works them out as people × days ("Số người
 * tham gia | Số ngày | Tổng số công"): named whole, they outrank a count per person beside them
 * ("Ngày công/người").
 */
const DAYS_TOTAL_PHRASES = ["tong so cong", "tong ngay cong", "tong so ngay cong", "tong so cong lao dong"];

/** What names the labour days a row gave, as headers word it. */
const DAYS_PHRASES = ["ngay cong", "so ngay cong", "ngay cong lao dong", "noi dung ung ho ngay cong", "cong", "so luong ngay cong", "so luong cong", "so cong", ...DAYS_TOTAL_PHRASES];

/**
 * What names the goods a row gave, as headers word it: enterprises' goods ("Hàng hóa ủng hộ"),
 * and building materials ("Ủng hộ bằng vật liệu" over "Cát (m3) | Đá (m3)"), named so that
 * "ủng hộ" in them does not read as money.
 */
const GOODS_PHRASES = [
  "hien vat",
  "noi dung ung ho hien vat",
  "hien vat ten",
  "hien vat loai",
  "loai hien vat",
  "hien vat noi dung",
  "ten hien vat",
  "hang hoa",
  "hang hoa ung ho",
  "ten hang hoa",
  "loai hang hoa",
  "ung ho hang hoa",
  "vat lieu",
  "ung ho bang vat lieu",
  "ung ho vat lieu",
  "dong gop vat lieu",
  "dong gop bang vat lieu",
  "ung ho bang hien vat",
  "dong gop bang hien vat",
];

/** What names the unit or hamlet a row belongs to, as headers word it. */
const UNIT_PHRASES = ["don vi", "dia chi", "thon", "xom", "ban", "noi cong tac", "thon xom", "co quan", "don vi cong tac", "khu dan cu", "to dan pho", "ap", "khu", "khu pho", "buon", "lang", "thon ban", "thon ap", "chi doan", "chi hoi", "chi bo", "noi o", "noi o hien nay", "noi cu tru"];

/** A heading that names a unit by its first words: "Thôn Đông", "Xóm 3", "Ấp Sóc Ven". */
export function headsUnit(typed: string): boolean {
  const folded = normalizeHeader(typed);
  return UNIT_PHRASES.some((phrase) => folded === phrase || folded.startsWith(phrase + " "));
}

export const CONTRIBUTION_TABLE: TableSpec = {
  kind: "contributions",
  label: "Danh sách ủng hộ",
  minColumns: 2,
  refineByData: (grid, match) => {
    channelTicksBesideMoney(grid, match);
    splitMergedHeading(grid, match, { field: "name", left: "surname" });
    paidMarksBesideMoney(grid, match);
    moneyTypedTwice(grid, match);
    dayMarksUnderDates(grid, match);
    materialsUnderGoods(grid, match);
    campaignFundAmongFunds(grid, match);
    unitsNameTheRowsOfASummary(grid, match);
  },
  columns: [
    { field: "seq", label: "STT", phrases: ["stt", "tt", "so tt", "so thu tu"] },
    {
      field: "name",
      label: "Họ và tên",
      required: true,
      notUnderAnother: true,
      // English as lists from donors abroad head it ("Full name"); a group-fund app on a phone
      // exports its donors as "Thành viên".
      phrases: ["ho va ten", "ho ten", "ho ten chu ho", "ho va ten chu ho", "ten chu ho", "ten nguoi ung ho", "nguoi ung ho", "nguoi dong gop", "ten nguoi dong gop", "thanh vien", "ten thanh vien", "ten tap the ca nhan", "ten don vi ca nhan", "ten to chuc ca nhan", "ten", "ho ten nguoi nop", "nguoi nop", "ten nguoi nop", "nguoi nop tien", "ten ho gia dinh", "chu ho", "full name", "name", "donor", "donor name"],
    },
    // A name split over columns, as schools type it: "Họ và đệm" | "Tên".
    { field: "surname", label: "Họ và đệm", phrases: ["ho va dem", "ho dem", "ho", "ho va ten dem", "ho lot", "ho va chu lot"] },
    { field: "middleName", label: "Đệm", phrases: ["dem", "ten dem", "chu lot", "ten lot"] },
    // The household a member's row belongs to ("Hộ ông Phạm Văn Tâm", merged over its members)
    // beside the members' own names: "Hộ" folds as "Họ" does, but it is no part of their names.
    { field: "household", label: "Hộ gia đình", phrases: ["ho gia dinh"] },
    // "Thôn Đông | Thôn Tây" under "Số tiền ủng hộ theo thôn" or "Ngày công theo thôn": each hamlet's money or days.
    { field: "unit", label: "Đơn vị / Thôn", notUnder: ["amount", "days"], phrases: UNIT_PHRASES },
    {
      field: "amount",
      label: "Số tiền",
      phrases: AMOUNT_PHRASES,
      accepts: (typed) => !countedInDays(typed),
    },
    // Money paid in parts ("Lần 1 | Lần 2", "Đợt 1", "Tháng 3/2024"), with no column naming the money.
    { field: "instalment", label: "Đợt nộp", phrases: ["dot", "lan", "thang", "dot nop", "lan nop", "ky"], accepts: namesInstalment },
    // The same money written out in words beside the figure: read from the figure only.
    { field: "amountInWords", label: "Số tiền bằng chữ", phrases: ["bang chu", "so tien bang chu", "viet bang chu", "ghi bang chu"] },
    // The same money in a second column, in another unit ("Số tiền (nghìn đồng)" beside "Thành tiền (đồng)"):
    // told by moneyTypedTwice, or mapped by a person; each row is checked against it, never added to it.
    { field: "amountAgain", label: "Số tiền (cột thứ hai)", phrases: ["so tien cot thu hai"] },
    {
      // What was due or pledged ("Phải nộp", "Đăng ký"): not money received, but what "Đủ" in the money column stands for.
      field: "pledged",
      label: "Số tiền phải nộp / đăng ký",
      phrases: ["phai nop", "so tien phai nop", "muc phai nop", "dang ky", "so dang ky", "so tien dang ky", "muc dang ky", "dang ky ung ho", "so dang ky ung ho", "so tien dang ky ung ho", "dinh muc", "muc dinh muc"],
    },
    // What is still owed ("Còn nợ", "Còn lại"): neither money received nor the pledge.
    { field: "owed", label: "Còn nợ", phrases: ["con no", "con lai", "con phai nop", "chua nop", "so tien con no", "so tien con lai", "so con no"] },
    { field: "transfer", label: "Chuyển khoản", phrases: ["chuyen khoan", "tien chuyen khoan", "so tien chuyen khoan", "ck", "qua ngan hang", "nop qua ngan hang"] },
    {
      field: "days",
      label: "Ngày công",
      phrases: DAYS_PHRASES,
      accepts: (typed) => !isRowTotal(typed),
    },
    // What a day of labour (or a unit of goods) is priced at: the same on every row, never money given.
    { field: "unitPrice", label: "Đơn giá", phrases: ["don gia", "don gia ngay cong", "don gia cong", "gia", "gia ngay cong"], accepts: startsWithPrice },
    // The row's money added up ("Đợt 1 | Đợt 2 | Cộng", "Tiền mặt | Chuyển khoản | Tổng cộng"):
    // settled into Số tiền or set aside by totalIsTheMoney, never read as a column of its own.
    { field: "total", label: "Cộng", phrases: ["cong", "tong cong", "tong so tien", "tong tien", "cong tien", "tong cong tien", "tong so tien ung ho"], accepts: isRowTotal },
    // Enterprises give goods ("Hàng hóa ủng hộ | ĐVT | Số lượng | Giá trị hàng hóa"): named so that "ủng hộ" in it does not read as money.
    { field: "inKind", label: "Hiện vật", phrases: GOODS_PHRASES },
    // How much of the goods and in what unit ("Số lượng | ĐVT" beside "Hiện vật"): not money.
    { field: "inKindQuantity", label: "Số lượng hiện vật", phrases: ["so luong", "sl", "khoi luong"], accepts: namesQuantity },
    { field: "inKindUnit", label: "Đơn vị tính", phrases: ["dvt", "don vi tinh"], accepts: namesGoodsUnit },
    { field: "inKindValue", label: "Giá trị hiện vật", phrases: ["gia tri hien vat", "hien vat gia tri", "hien vat thanh tien", "gia tri quy doi", "thanh tien", "gia tri uoc tinh", "uoc tinh gia tri", "gia tri tai san", "gia tri tai san tren dat", "gia tri cay coi", "gia tri boi thuong", "gia tri hoa mau", "gia tri hang hoa", "tri gia hang hoa", "hang hoa gia tri"] },
    {
      // What labour days are worth in money: shown beside them, never money given on top of them.
      field: "labourValue",
      label: "Ngày công quy ra tiền",
      phrases: ["quy ra tien", "quy doi thanh tien", "quy doi ra tien", "quy bang tien", "thanh tien quy doi", "gia tri ngay cong", "ngay cong quy ra tien", "quy thanh tien"],
    },
    // What the money column's foreign money or gold comes to in đồng ("100 USD" beside 2.540.000):
    // told from "Quy đổi thành tiền" by the columns beside it (quyRaTienIsGoodsValueWithoutDays).
    { field: "converted", label: "Quy đổi thành tiền (đồng)", phrases: ["so tien quy doi ra dong", "quy doi ra dong"] },
    { field: "land", label: "Hiến đất (m²)", phrases: ["hien dat", "dien tich hien dat", "dat hien", "hien dat m2", "dien tich dat hien", "dien tich"] },
    // Where the donated land lies ("Thửa đất số", "Tờ bản đồ số"): numbers that name a parcel, not money nor a hamlet.
    // A strip given for a road, typed as its sides ("40 x 1,5") where the area is left blank.
    { field: "landSides", label: "Dài x rộng (m)", phrases: ["dai x rong", "dai rong", "chieu dai x chieu rong", "kich thuoc", "kich thuoc dai x rong"] },
    { field: "landParcel", label: "Thửa đất số", phrases: ["thua dat so", "thua so", "so thua", "thua dat", "so thua dat", "thua"] },
    { field: "landMapSheet", label: "Tờ bản đồ số", phrases: ["to ban do so", "to ban do", "so to ban do", "to bd", "to bd so"] },
    { field: "date", label: "Ngày nộp", phrases: ["ngay", "ngay nop", "ngay ung ho", "ngay thang", "ngay thang nam", "thoi gian", "date"], accepts: (typed) => !isAttendanceDay(typed) && !countsDays(typed) },
    // A tick where the money was collected ("x", "✓", "Đã nộp ✓"), beside a column that holds it. Told by
    // its cells (paidMarksBesideMoney) or mapped by a person: "Ký nhận" or "Tình trạng" left blank says nothing.
    { field: "paidMark", label: "Đã thu (đánh dấu)", phrases: ["da thu danh dau"] },
    // "Phương thức (nộp, thanh toán)" as Đắk Lắk heads it, in a list's own words for how money came.
    { field: "channel", label: "Hình thức", phrases: ["hinh thuc", "hinh thuc nop", "hinh thuc ung ho", "phuong thuc", "phuong thuc nop", "phuong thuc thanh toan", "phuong thuc ung ho", "phuong thuc nop tien"] },
    // A tick under "Tiền mặt" or "Chuyển khoản" ("Hình thức nộp" over both) says how the money beside was
    // paid. Told by its cells (channelTicksBesideMoney) or mapped by a person.
    { field: "cashMark", label: "Tiền mặt (đánh dấu)", phrases: ["tien mat danh dau"] },
    { field: "transferMark", label: "Chuyển khoản (đánh dấu)", phrases: ["chuyen khoan danh dau"] },
    // "Mã giao dịch" of a list collected partly by bank: a phiếu thu number or the transfer's reference.
    { field: "receipt", label: "Số phiếu thu", phrases: ["ma giao dich", "so phieu thu", "so bien lai", "phieu thu", "bien lai", "so phieu", "so bl", "so pt", "so chung tu", "so ct", "chung tu so", "so hieu chung tu", "chung tu"] },
    { field: "note", label: "Ghi chú", phrases: ["ghi chu", "note", "notes", "remarks"] },
    // The kind of donor, coded or spelled out ("HGĐ", "CBCC", "DN", "Cán bộ, công chức"): what the office
    // says of each row, read before what its name suggests (kindCoded).
    { field: "kind", label: "Đối tượng", phrases: ["doi tuong", "loai doi tuong", "doi tuong ung ho", "doi tuong dong gop", "phan loai", "phan loai doi tuong"] },
    // Who brought the money for the household ("Người nộp thay" beside "Họ tên chủ hộ"): not the donor,
    // though "người nộp" names one elsewhere; kept in the note (payerIsTheNameAlone where no name is).
    { field: "payer", label: "Người nộp thay", phrases: ["nguoi nop thay", "nguoi nop ho", "nop thay", "nop ho", "nguoi dong thay", "nguoi nop tien thay", "nguoi nop tien ho"] },
    // What a transfer said ("Nội dung chuyển khoản"): named so that it is not read as money transferred.
    { field: "transferText", label: "Nội dung chuyển khoản", phrases: ["noi dung chuyen khoan", "noi dung ck", "noi dung chuyen tien", "dien giai", "noi dung giao dich"] },
    { field: "purpose", label: "Mục đích", phrases: ["muc dich", "ung ho cong trinh", "cong trinh"] },
  ],
  refine: (columns) => {
    totalIsTheMoney(columns);
    instalmentIsTheMoneyAlone(columns);
    thanhTienIsMoneyWithoutGoods(columns);
    quyRaTienIsGoodsValueWithoutDays(columns);
    householdIsTheNameAlone(columns);
    payerIsTheNameAlone(columns);
    splitNameBesideName(columns);
  },
};

/**
 * "Thôn/xóm | Tổng số hộ | Số hộ tham gia | Số tiền": a summary of results by unit names its rows by
 * the unit column, with no column of people's names. Read as its rows' names, so that the reader
 * can say what the table is (unitSummary.ts) rather than find no list at all.
 */
function unitsNameTheRowsOfASummary(grid: Grid, match: TableMatch): void {
  const unit = match.columns.unit;
  // A summary of what was given has its money or days: an attendance sheet ("Đơn vị | Số người có mặt") has neither.
  if (match.columns.name || !unit || !(match.columns.amount || match.columns.days)) return;
  const headings: string[] = [];
  for (const r of match.headerRows) {
    for (const v of grid.values[r - grid.origin.row] ?? []) if (typeof v === "string") headings.push(v);
  }
  if (countHeadings(headings).length === 0) return;
  match.columns.name = { ...unit, field: "name" };
  delete match.columns.unit;
  match.missing = match.missing.filter((f) => f !== "name");
}

/**
 * "Ngày làm" over "05/3 | 12/3 | …" on a bảng chấm công: marks of the days worked, not when money
 * came. "Ngày làm" alone over a column is the day the work was done, a date like any other.
 */
function isAttendanceDay(typed: string): boolean {
  return /^ngay lam \d/.test(normalizeHeader(typed));
}

/**
 * "Số ngày", "Số ngày/người", "Số ngày làm", "Ngày công/người", "Tổng số ngày": a count of days
 * worked, not the day money came. Read as the date, every row would be an unreadable date.
 */
function countsDays(typed: string): boolean {
  return /^(?:(?:tong )?so ngay|tong ngay|ngay cong|ngay nguoi)\b/.test(normalizeHeader(typed));
}

/** A heading over the days of a bảng chấm công names work or labour: "Ngày làm", "Ngày công đóng góp", "Chấm công". */
const WORK_HEADING = /\b(cong|lam|cham cong|lao dong|tham gia)\b/;

/** A day typed as text over a column ("05/3", "5-3", "5/3/2024", "Ngày 5/3"): a day and a month at least. */
const DAY_TEXT = /^(?:ngày\s*)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?$/iu;

/** A heading cell that is a day: a real date shown with its day ("05/03"), or one typed as text. */
function isDayHeading(v: CellValue, format: string | undefined): boolean {
  if (typeof v === "number") return v >= PLAIN_SERIAL_MIN && v <= PLAIN_SERIAL_MAX && isDateNumberFormat(format) && !isMonthOnlyDateFormat(format);
  // Any year reads a day and a month; a leap one lets 29/2 be a day.
  return typeof v === "string" && DAY_TEXT.test(v.trim()) && parseDate(v, { campaignYear: 2000 }).ok;
}

/** The month a heading over a bảng chấm công's days names, and its year where it gives one. */
interface NamedMonth {
  month: number;
  year: number | null;
}

/** "Tháng 6/2024", "Ngày trong tháng 06 năm 2024", "Chấm công tháng 6", folded with its signs as spaces. */
const MONTH_IN_HEADING = /\bthang (\d{1,2})(?: (?:nam )?(\d{4}))?(?!\d)/;
/** A heading over the days of a month, rather than over work: "Ngày trong tháng …", "Tháng 6/2024". */
const DAYS_OF_MONTH_HEADING = /^(?:ngay (?:trong |cua )?thang|thang \d)/;

/**
 * The month the title above a header names ("BẢNG CHẤM CÔNG THÁNG 6 NĂM 2024"), or null. A date
 * written in words ("ngày 20 tháng 4 năm 2024", the plan the list follows) names no month of the list.
 */
function monthOfTitle(grid: Grid, match: TableMatch): NamedMonth | null {
  for (let row = grid.origin.row; row < match.headerRows[0]; row++) {
    for (const v of grid.values[row - grid.origin.row] ?? []) {
      if (typeof v !== "string") continue;
      const folded = foldText(v).replace(/[^a-z0-9]+/g, " ").trim();
      const m = MONTH_IN_HEADING.exec(folded);
      if (m !== null && !/\bngay \d{1,2} $/.test(folded.slice(0, m.index))) return monthNamedIn(m[0]);
    }
  }
  return null;
}

/** The month a heading names, or null where it names none ("Ngày trong tháng" alone, "Tháng"). */
function monthNamedIn(heading: string): NamedMonth | null {
  const m = MONTH_IN_HEADING.exec(foldText(heading).replace(/[^a-z0-9]+/g, " ").trim());
  const month = m === null ? 0 : Number(m[1]);
  return month >= 1 && month <= 12 ? { month, year: m![2] === undefined ? null : Number(m![2]) } : null;
}

/** January: any day number a month may have. */
const A_MONTH_OF_31_DAYS: NamedMonth = { month: 1, year: null };

/**
 * A bare day number over a column of a month's days ("1", "15", "30", typed as a number or as
 * text): a day that month has. Where the heading gives no year, the campaign's is not known yet,
 * and 29 February is taken as a day.
 */
function dayNumberOf(v: CellValue, month: NamedMonth): number | null {
  const day = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{1,2}\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(day) || day < 1) return null;
  const last = new Date(Date.UTC(month.year ?? 2000, month.month, 0)).getUTCDate();
  return day <= last ? day : null;
}

/**
 * The columns from `from` to `to` (1-based) of sheet row `row` whose cells are days, where two at
 * least are and every other cell is blank; else null.
 */
function dayColumns(grid: Grid, row: number, from: number, to: number, isDay: (v: CellValue, format: string | undefined) => boolean): number[] | null {
  const cells = grid.values[row - grid.origin.row] ?? [];
  const formats = grid.formats?.[row - grid.origin.row];
  const days: number[] = [];
  for (let c = from; c <= to; c++) {
    const v = cells[c - grid.origin.col] ?? null;
    if (isBlankCell(v)) continue;
    if (!isDay(v, formats?.[c - grid.origin.col])) return null;
    days.push(c);
  }
  return days.length >= 2 ? days : null;
}

/**
 * Day numbers of a month over marks: each after the one left of it, as a month's days run, and
 * no figure of money under them (a list of money paid day by day is not a bảng chấm công).
 */
function marksUnderDayNumbers(grid: Grid, row: number, columns: readonly number[], month: NamedMonth): boolean {
  const cells = grid.values[row - grid.origin.row] ?? [];
  let previous = 0;
  for (const c of columns) {
    const day = dayNumberOf(cells[c - grid.origin.col] ?? null, month) ?? 0;
    if (day <= previous) return false;
    previous = day;
  }
  const from = row + 1 - grid.origin.row;
  for (let r = from; r < Math.min(grid.values.length, from + MARK_SAMPLE_ROWS); r++) {
    for (const c of columns) if (looksLikeMoney(grid.values[r]?.[c - grid.origin.col] ?? null)) return false;
  }
  return true;
}

/**
 * A bảng chấm công: "Ngày làm" or "Ngày công đóng góp" over a row of days ("05/3 | 12/3", or real
 * dates shown dd/mm), or a heading naming the month ("Tháng 6/2024", "Ngày trong tháng 6") over
 * the numbers of its days ("1 | 2 | … | 30"), merged across them or typed over the first with the
 * cells right of it blank; each column under it marks whether a person worked that day ("x", "½",
 * "v"). A heading naming no month ("Ngày trong tháng") takes the title's ("BẢNG CHẤM CÔNG THÁNG
 * 6/2024"); bare numbers where neither names one stay what they read as. The
 * columns are neither the contribution's date nor its days, which a "Tổng số công" beside them
 * gives, or else their marks counted: whatever field their headings read as is dropped. The row
 * of days is the header's, even where its real dates read as the figures of a first data row.
 */
function dayMarksUnderDates(grid: Grid, match: TableMatch): void {
  const name = match.columns.name;
  if (!name) return;
  const mergedTo = new Map<number, number>();
  for (const address of grid.merges ?? []) {
    const { start, end } = parseRange(address);
    if (start.row === end.row && end.col > start.col) mergedTo.set(start.row * 16_384 + start.col, end.col);
  }
  const marks: number[] = [];
  let daysRow = 0;
  let titleMonth: NamedMonth | null | undefined;
  for (const row of match.headerRows) {
    const below = row + 1;
    const under = grid.values[below - grid.origin.row] ?? [];
    // Under a one-row header the row of days is the first under it: it holds no one's name.
    const nameBelow = under[name.column - grid.origin.col];
    if (below > match.firstDataRow || (below === match.firstDataRow && typeof nameBelow === "string" && nameBelow.trim() !== "")) continue;
    const cells = grid.values[row - grid.origin.row] ?? [];
    const formats = grid.formats?.[below - grid.origin.row];
    cells.forEach((heading, i) => {
      if (typeof heading !== "string") return;
      const folded = normalizeHeader(heading);
      const overWork = WORK_HEADING.test(folded);
      // "Ngày trong tháng" over "1 | 2 | … | 30" under "BẢNG CHẤM CÔNG THÁNG 6 NĂM 2024": the title names the month.
      const month = overWork || DAYS_OF_MONTH_HEADING.test(folded) ? (monthNamedIn(heading) ?? (titleMonth ??= monthOfTitle(grid, match))) : null;
      if (!overWork && month === null) return;
      const isDay = (v: CellValue, format: string | undefined) => (overWork && isDayHeading(v, format)) || (month !== null && dayNumberOf(v, month) !== null);
      // Not merged, the heading stands over every day right of it: a day its month has not (31
      // June) is among them, and is read as no day, with the rest.
      const mayBeDay = (v: CellValue, format: string | undefined) => isDay(v, format) || (month !== null && dayNumberOf(v, A_MONTH_OF_31_DAYS) !== null);
      let last = mergedTo.get(row * 16_384 + i + grid.origin.col);
      if (last === undefined) {
        let k = i;
        while (isBlankCell(cells[k + 1]) && mayBeDay(under[k + 1] ?? null, formats?.[k + 1])) k++;
        last = k + grid.origin.col;
      }
      const days = dayColumns(grid, below, i + grid.origin.col, last, isDay);
      if (days === null) return;
      const numbered = month !== null && days.some((c) => dayNumberOf(under[c - grid.origin.col] ?? null, month) !== null);
      if (numbered && !marksUnderDayNumbers(grid, below, days, month)) return;
      marks.push(...days);
      daysRow = Math.max(daysRow, below);
    });
  }
  if (marks.length === 0) return;
  for (const [field, c] of Object.entries(match.columns)) if (marks.includes(c.column)) delete match.columns[field];
  if (daysRow === match.firstDataRow) {
    match.headerRows = [...match.headerRows, daysRow];
    match.firstDataRow++;
  }
  match.dayMarks = marks.sort((a, b) => a - b);
}


/** A column's own heading: the lowest header row's text over it ("" where none has letters). */
function ownHeading(grid: Grid, match: TableMatch, column: number): string {
  for (let i = match.headerRows.length - 1; i >= 0; i--) {
    const v = grid.values[match.headerRows[i] - grid.origin.row]?.[column - grid.origin.col];
    if (typeof v === "string" && /\p{L}/u.test(v)) return v.replace(/\s+/g, " ").trim();
  }
  return "";
}

/** A fund's own column, as a sheet collecting several funds heads it: "Quỹ Khuyến học", "Quỹ PCTT". */
const FUND_HEADING = /^quy\b/;
/** The campaign's fund among them: "Quỹ Chung sức XD NTM", "Quỹ xây dựng nông thôn mới". */
const CAMPAIGN_FUND = /\b(ntm|nong thon moi|chung suc)\b/;

/**
 * A sheet collecting several funds, one column each ("Quỹ Chung sức XD NTM | Quỹ Khuyến học | Quỹ
 * Vì người nghèo | Tổng cộng"): the campaign's money is its own fund's column, and a household
 * with nothing there gave nothing to it. The other funds, and the row total over all of them, are
 * set aside (`otherFunds`). Where no fund's heading names the campaign, the list reads as before.
 */
function campaignFundAmongFunds(grid: Grid, match: TableMatch): void {
  const amount = match.columns.amount;
  const width = Math.max(...match.headerRows.map((r) => grid.values[r - grid.origin.row]?.length ?? 0));
  const headings: string[] = [];
  for (let c = grid.origin.col; c < Math.min(grid.origin.col + width, match.besideFrom ?? Infinity); c++) headings[c] = ownHeading(grid, match, c);
  const funds = headings.flatMap((h, c) => (h !== undefined && FUND_HEADING.test(normalizeHeader(h)) ? [c] : []));
  const campaign = funds.filter((c) => CAMPAIGN_FUND.test(normalizeHeader(headings[c])));
  if (funds.length < 2 || campaign.length !== 1) return;
  // A money column of its own ("Số tiền") beside the funds is the list's money, as before.
  if (amount && !funds.includes(amount.column) && !isRowTotal(headings[amount.column] ?? amount.header)) return;
  const own = campaign[0];
  const otherFunds = headings.flatMap((h, c) => (h !== undefined && c !== own && (funds.includes(c) || isRowTotal(h)) ? [c] : []));
  for (const [field, c] of Object.entries(match.columns)) if (c.column === own || otherFunds.includes(c.column)) delete match.columns[field];
  match.columns.amount = { field: "amount", column: own, header: headings[own], strength: 2 };
  match.otherFunds = otherFunds;
}

/**
 * "Ủng hộ bằng vật liệu" typed over its columns without merging them, with "Cát (m3) | Đá (m3)"
 * under it: the row of materials is the header's, not a row of data with no name. Merged, the
 * two rows are found as one header already.
 */
function materialsUnderGoods(grid: Grid, match: TableMatch): void {
  const goods = match.columns.inKind;
  const name = match.columns.name;
  if (!goods || !name || !headsGoods(goods.header)) return;
  const cells = grid.values[match.firstDataRow - grid.origin.row] ?? [];
  const at = (column: number) => cells[column - grid.origin.col] ?? null;
  if (!isBlankCell(at(name.column)) || !namesMaterial(at(goods.column))) return;
  // Nothing but words in the row: a figure says it is a row of data.
  if (cells.some((v) => !isBlankCell(v) && !namesMaterial(v))) return;
  match.headerRows = [...match.headerRows, match.firstDataRow];
  match.firstDataRow++;
}

/** A heading naming a material ("Cát (m3)", "Xi măng"): words, not a figure. */
function namesMaterial(v: CellValue): boolean {
  return typeof v === "string" && /\p{L}/u.test(v) && !/^[\d.,\s]+$/.test(v.trim());
}

/** Data rows looked at to tell a column of ticks from a column of money. */
const MARK_SAMPLE_ROWS = 60;

/** A cell of a column of money: a number past 1, or text with a figure of three digits. */
function looksLikeMoney(v: CellValue): boolean {
  return typeof v === "number" ? v > 1 : typeof v === "string" && /\d{3}|\d\s*(?:k|tr|triệu|nghìn|ngàn)/iu.test(v);
}

/**
 * "Đã thu" or "Đã nộp" over ticks ("x", "✓", "Chưa") beside "Thành tiền" or "Phải nộp": the
 * column says whether the row's money was collected, and the money is beside it. Over amounts
 * (as where "Phải nộp | Đã nộp" both hold money) it stays the money.
 */
function paidMarksBesideMoney(grid: Grid, match: TableMatch): void {
  const columns = match.columns;
  const amount = columns.amount;
  if (!amount || !/^(da thu|da nop|da dong|da thu tien|da nop tien)$/.test(normalizeHeader(amount.header))) return;
  const money = (!columns.inKind && columns.inKindValue) || columns.pledged;
  if (!money) return;
  let marks = 0;
  const from = match.firstDataRow - grid.origin.row;
  for (let r = from; r < Math.min(grid.values.length, from + MARK_SAMPLE_ROWS); r++) {
    const v = grid.values[r]?.[amount.column - grid.origin.col] ?? null;
    if (looksLikeMoney(v)) return;
    if (typeof v === "string" && v.trim() !== "") marks++;
  }
  if (marks < 2) return;
  columns.paidMark = { ...amount, field: "paidMark" };
  columns.amount = { ...money, field: "amount" };
  delete columns[money.field];
}

/** The unit a money column's heading states ("Số tiền (nghìn đồng)"); đồng where it states none. */
function headingUnit(column: ColumnMatch): number {
  return headerMoneyUnit(column.header) ?? 1;
}

/**
 * "Số tiền (nghìn đồng) | Thành tiền (đồng)" with no goods column beside them: "Thành tiền" is
 * the money again, worked out in đồng (=D*1000), not the value of goods no one gave. One is read,
 * never both: the one in đồng, the figure the officer sees, and "Thành tiền" where both are; the
 * other is kept as `amountAgain`, each row checked against it. Where the two disagree on most
 * rows ("Mức đóng/khẩu | Số khẩu | Thành tiền"), the other is no restatement of the money, and is
 * set aside.
 */
function moneyTypedTwice(grid: Grid, match: TableMatch): void {
  const { columns } = match;
  const value = columns.inKindValue;
  const amount = columns.amount;
  if (!value || !amount || columns.inKind || columns.inKindQuantity || columns.inKindUnit || columns.days || columns.amountAgain) return;
  if (!normalizeHeader(value.header).endsWith("thanh tien")) return;
  const [read, other] = headingUnit(value) <= headingUnit(amount) ? [value, amount] : [amount, value];
  let agree = 0;
  let differ = 0;
  const from = match.firstDataRow - grid.origin.row;
  for (let r = from; r < Math.min(grid.values.length, from + MARK_SAMPLE_ROWS); r++) {
    const cells = grid.values[r] ?? [];
    const a = cells[read.column - grid.origin.col];
    const b = cells[other.column - grid.origin.col];
    if (typeof a !== "number" || typeof b !== "number" || a <= 0 || b <= 0) continue;
    if (a * headingUnit(read) === b * headingUnit(other)) agree++;
    else differ++;
  }
  delete columns.inKindValue;
  columns.amount = { ...read, field: "amount" };
  if (agree >= differ) columns.amountAgain = { ...other, field: "amountAgain" };
}

/** A tick as offices type one in a column of marks. */
const TICK = /^[✓✔√☑xXvV]$/u;

/**
 * The column's cells, on the first data rows, are ticks and blanks only, with one tick at least:
 * no figure of money among them. 0 where any cell is something else.
 */
function ticksIn(grid: Grid, match: TableMatch, column: number): number {
  let ticks = 0;
  const from = match.firstDataRow - grid.origin.row;
  for (let r = from; r < Math.min(grid.values.length, from + MARK_SAMPLE_ROWS); r++) {
    const v = grid.values[r]?.[column - grid.origin.col] ?? null;
    if (isBlankCell(v)) continue;
    if (typeof v !== "string" || !TICK.test(v.trim())) return 0;
    ticks++;
  }
  return ticks;
}

/**
 * "Hình thức nộp" over "Tiền mặt | Chuyển khoản" holding ticks (✓, x) beside a "Số tiền" column:
 * the ticks say how the money was paid; the money is the column beside them. Read as money, every
 * tick would be an unreadable amount and the money column left unread. Over figures they stay the
 * money paid each way.
 */
function channelTicksBesideMoney(grid: Grid, match: TableMatch): void {
  const marks: Record<string, ColumnMatch> = {};
  for (const c of [match.columns.amount, match.columns.transfer, match.columns.channel]) {
    const field = c && TICKED_CHANNEL.find(([, heading]) => heading.test(normalizeHeader(c.header)))?.[0];
    if (field && !marks[field] && ticksIn(grid, match, c.column) > 0) marks[field] = { ...c, field };
  }
  const ticked = Object.values(marks);
  if (ticked.length === 0) return;
  const again = { ...match };
  mapAgainWithout(grid, CONTRIBUTION_TABLE, again, new Set(ticked.map((m) => m.column)));
  // With no other column naming the money, the ticks were its only reading: they stay so, and are reported.
  if (!again.columns.amount) return;
  match.columns = { ...again.columns, ...marks };
  match.missing = again.missing;
}

/** Which tick column a heading names, as typed under "Hình thức nộp" or alone. */
const TICKED_CHANNEL: [string, RegExp][] = [
  ["cashMark", /(^| )(tien mat|tm)$/],
  ["transferMark", /(^| )(chuyen khoan|ck)$/],
];

/** "Đợt 1", "Lần 2", "Tháng 3/2024", "Quý II", "T6", folded: its first word tells instalments of one kind apart from others. */
const INSTALMENT = /^(dot|lan|ky|thang|quy|t(?=\d))(?: nop)?\s*(?:thu\s*)?(\d+|[ivx]+)\b/;

/** The word of an instalment's heading ("dot" for "Đợt 1 (T3/2025)"), or null: a part of the money, numbered; not "Ngày tháng". */
export function instalmentWord(typed: string): string | null {
  return INSTALMENT.exec(normalizeHeader(typed))?.[1] ?? null;
}

/**
 * A heading over several columns that names money by its first words ("Đóng góp cho công trình
 * (đồng)", "Số tiền"): the columns under it are parts of the row's money. Not one that only has
 * such a word inside ("Nội dung ủng hộ", over money, days and goods alike).
 */
export function headsMoney(typed: string): boolean {
  const folded = normalizeHeader(typed);
  return AMOUNT_PHRASES.some((phrase) => folded === phrase || folded.startsWith(phrase + " "));
}

/**
 * A heading over several columns that names goods by its first words ("Ủng hộ bằng vật liệu",
 * "Hiện vật" over "Cát (m3) | Xi măng (tấn)"): the columns under it each hold a quantity of one
 * material, named by its own heading.
 */
export function headsGoods(typed: string): boolean {
  const folded = normalizeHeader(typed);
  return GOODS_PHRASES.some((phrase) => folded === phrase || folded.startsWith(phrase + " "));
}

/**
 * A heading over several columns that names labour days by its first words ("Ngày công đóng
 * góp" over "Chủ hộ | Vợ (chồng) | Lao động khác"): the columns under it are parts of the row's
 * days. Not "Công trình", nor a row total ("Cộng ngày công").
 */
export function headsDays(typed: string): boolean {
  const folded = normalizeHeader(typed);
  return !isRowTotal(typed) && DAYS_PHRASES.some((phrase) => phrase.includes(" ") && (folded === phrase || folded.startsWith(phrase + " ")));
}

function namesInstalment(typed: string): boolean {
  return instalmentWord(typed) !== null;
}

/**
 * Where parts paid are all a list has of its money, the first part is read as the money, as under
 * a "Số tiền" heading grouping them. Beside a column of money or a row total they are set aside:
 * never a column of their own.
 */
function instalmentIsTheMoneyAlone(columns: Record<string, ColumnMatch>): void {
  const part = columns.instalment;
  if (!part) return;
  delete columns.instalment;
  if (!columns.amount) columns.amount = { ...part, field: "amount" };
}

/**
 * "Mức đóng (ngày công)", "Đóng góp (công)": a unit counting labour days says the column holds
 * days, whatever words head it (a staff list's quota beside its "Số tiền"); never money.
 */
function countedInDays(typed: string): boolean {
  for (const unit of typed.matchAll(/\(([^)]*)\)/g)) if (/^(so )?(ngay )?cong( lao dong)?$/.test(foldText(unit[1])) && !isRowTotal(unit[1])) return true;
  return false;
}

/** "Số lượng", "SL", "Khối lượng": not "Hệ số lương" (a salary coefficient), which only contains the words. */
function namesQuantity(typed: string): boolean {
  return /^(so luong|sl|khoi luong)\b/.test(normalizeHeader(typed));
}

/** "Đơn giá", "Giá": not "Quy đổi theo giá thị trường" nor "Hộ gia đình", which only contain the word. */
function startsWithPrice(typed: string): boolean {
  return /^(don )?gia\b/.test(normalizeHeader(typed));
}

/**
 * "ĐVT" over a column of "bao", "m3": the unit goods are counted in. "ĐVT: 1.000 đồng" above a
 * table states the unit of its money instead, and stays in the title block where it is read so.
 */
function namesGoodsUnit(typed: string): boolean {
  const folded = normalizeHeader(typed);
  return /^(dvt|don vi tinh)$/.test(folded) && !/\b(dong|d|vnd|nghin|ngan|trieu)\b/.test(foldText(typed));
}

/**
 * "Cộng" (a sum) folds as "Công" (labour) does: only its diacritics, or "tổng" beside it, tell a
 * column of totals from a column of days. Undiacritized "Cong" alone stays labour days.
 */
export function isRowTotal(typed: string): boolean {
  return /(?<!\p{L})cộng(?!\p{L})/iu.test(typed.normalize("NFC")) || /\btong (?:cong|so tien|tien)\b/.test(normalizeHeader(typed));
}

/**
 * A column that adds up the row's money is the money given where money is all the row holds
 * (instalments, months, "Số tiền" beside its "Cộng"), or where it names money and no other column
 * does ("Tổng tiền" beside "Ngày công"). Beside a transfer, days or goods column and a money
 * column of their own, the parts are read instead, since the total would count them twice.
 */
function totalIsTheMoney(columns: Record<string, ColumnMatch>): void {
  const total = columns.total;
  if (!total) return;
  delete columns.total;
  const parts = columns.transfer || columns.days || columns.inKind || columns.inKindValue || columns.labourValue || columns.land;
  if (!parts || (!columns.amount && /\btien\b/.test(normalizeHeader(total.header)))) columns.amount = { ...total, field: "amount" };
}

/**
 * "Hộ gia đình" beside "Họ tên thành viên" groups the members' rows; alone, it names who gave.
 * Only a heading that starts with it says so ("Số hộ gia đình" counts households).
 */
function householdIsTheNameAlone(columns: Record<string, ColumnMatch>): void {
  const household = columns.household;
  if (!household) return;
  if (household.strength < 2) delete columns.household;
  else if (!columns.name) {
    columns.name = { ...household, field: "name" };
    delete columns.household;
  }
}

/** "Người nộp thay" with no column naming the household it paid for: the only name the list gives. */
function payerIsTheNameAlone(columns: Record<string, ColumnMatch>): void {
  const payer = columns.payer;
  if (!payer || columns.name) return;
  columns.name = { ...payer, field: "name" };
  delete columns.payer;
}

/** Parts of a name are the columns just left of "Tên", named as such: not any header with "họ" in it. */
function splitNameBesideName(columns: Record<string, ColumnMatch>): void {
  const name = columns.name;
  let next = name?.column;
  for (const field of ["middleName", "surname"]) {
    const part = columns[field];
    if (!part) continue;
    if (next !== undefined && part.strength >= 2 && part.column === next - 1) next = part.column;
    else delete columns[field];
  }
}

/**
 * "Thành tiền" is the value of goods beside a Hiện vật column, what the days are worth beside a
 * Ngày công column (days × Đơn giá), and the money given beside neither.
 */
function thanhTienIsMoneyWithoutGoods(columns: Record<string, ColumnMatch>): void {
  const value = columns.inKindValue;
  if (!value || columns.inKind || !normalizeHeader(value.header).endsWith("thanh tien")) return;
  if (columns.days) {
    if (!columns.labourValue) columns.labourValue = { ...value, field: "labourValue" };
  } else if (!columns.amount) columns.amount = { ...value, field: "amount" };
  else return;
  delete columns.inKindValue;
}

/**
 * "Quy ra tiền" is what labour days are worth beside a Ngày công column, the value of goods
 * beside Hiện vật alone, and beside money alone ("Số tiền / hiện vật": "100 USD", "1 chỉ vàng")
 * the đồng that money comes to: with no days to price, it is no labour value.
 */
function quyRaTienIsGoodsValueWithoutDays(columns: Record<string, ColumnMatch>): void {
  const value = columns.labourValue;
  if (!value || columns.days) return;
  if (columns.inKind) {
    if (columns.inKindValue) return;
    columns.inKindValue = { ...value, field: "inKindValue" };
  } else if (columns.amount && !columns.converted) {
    columns.converted = { ...value, field: "converted" };
  } else return;
  delete columns.labourValue;
}

/** A year a heading names ("Số tiền năm 2024 (đồng)", "Năm 2023"). */
const HEADING_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The year a column's heading names, the lowest that names one, and its words without it; null where none names one alone. */
function yearHeading(grid: Grid, headerRows: readonly number[], column: number): { year: number; words: string } | null {
  for (let i = headerRows.length - 1; i >= 0; i--) {
    const text = grid.values[headerRows[i] - grid.origin.row]?.[column - grid.origin.col];
    if (typeof text !== "string") continue;
    const years = text.match(HEADING_YEAR);
    if (years === null) continue;
    return years.length === 1 ? { year: Number(years[0]), words: normalizeHeader(text.replace(HEADING_YEAR, " ")) } : null;
  }
  return null;
}

/**
 * A list copied from last year keeps last year's money beside this year's ("Số tiền năm 2023 |
 * Số tiền năm 2024", the old one often hidden): the money given is the column of the campaign's
 * year, else of the latest year, not the first one. The other years' columns are no money of
 * this list. Settles `match` once per table, before its rows are read.
 */
export function amountOfCampaignYear(grid: Grid, match: TableMatch, campaignYear: number | undefined): void {
  const amount = match.columns.amount;
  const own = amount ? yearHeading(grid, match.headerRows, amount.column) : null;
  if (!amount || own === null) return;
  const rank = (year: number) => (year === campaignYear ? Infinity : year);
  const taken = new Set(Object.values(match.columns).map((c) => c.column));
  const width = Math.max(...match.headerRows.map((r) => grid.values[r - grid.origin.row]?.length ?? 0));
  let best = { column: amount.column, year: own.year };
  for (let c = grid.origin.col; c < Math.min(grid.origin.col + width, match.besideFrom ?? Infinity); c++) {
    if (taken.has(c)) continue;
    const other = yearHeading(grid, match.headerRows, c);
    if (other !== null && other.words === own.words && rank(other.year) > rank(best.year)) best = { column: c, year: other.year };
  }
  if (best.column === amount.column) return;
  const header = match.headerRows.map((r) => grid.values[r - grid.origin.row]?.[best.column - grid.origin.col]).filter((v) => typeof v === "string").join(" ");
  match.columns.amount = { ...amount, column: best.column, header: header.replace(/\s+/g, " ").trim() };
}

export const STAFF_ROSTER_TABLE: TableSpec = {
  kind: "roster",
  label: "Danh sách cán bộ",
  minColumns: 2,
  columns: [
    { field: "seq", label: "STT", phrases: ["stt", "tt"] },
    { field: "name", label: "Họ và tên", required: true, phrases: ["ho va ten", "ho ten", "ten"] },
    { field: "unit", label: "Đơn vị", phrases: ["don vi", "co quan", "noi cong tac", "don vi cong tac"] },
    { field: "position", label: "Chức vụ", phrases: ["chuc vu", "chuc danh", "vi tri"] },
    {
      field: "income",
      label: "Thu nhập/tháng",
      required: true,
      phrases: [
        "thu nhap",
        "muc luong",
        "luong",
        "luong va phu cap",
        "tien luong va phu cap",
        "luong phu cap",
        "thu nhap binh quan thang",
        "thu nhap binh quan",
        "thu nhap hang thang",
        "thu nhap thang",
        "tong thu nhap",
        "muc thu nhap",
        "luong thang",
        "tong luong",
      ],
    },
  ],
};

/** A hamlet's list of households (danh sách hộ gia đình), where the commune keeps one. */
export const HOUSEHOLD_TABLE: TableSpec = {
  kind: "households",
  label: "Danh sách hộ gia đình",
  minColumns: 2,
  columns: [
    { field: "seq", label: "STT", phrases: ["stt", "tt"] },
    {
      field: "name",
      label: "Họ và tên chủ hộ",
      required: true,
      phrases: ["ho va ten chu ho", "ho ten chu ho", "ten chu ho", "chu ho", "ho gia dinh", "ten ho"],
    },
    { field: "hamlet", label: "Thôn / Xóm", required: true, phrases: ["thon", "xom", "thon xom", "ban", "khu dan cu", "to dan pho", "thon ban", "dia chi"] },
    { field: "members", label: "Số nhân khẩu", phrases: ["so nhan khau", "nhan khau", "so khau", "so thanh vien"] },
  ],
};

/** Who was present at each activity of the campaign (plan 001): one row per unit and activity. */
export const ATTENDANCE_TABLE: TableSpec = {
  kind: "attendance",
  label: "Điểm danh hoạt động",
  minColumns: 3,
  columns: [
    { field: "seq", label: "STT", phrases: ["stt", "tt"] },
    { field: "date", label: "Ngày", required: true, phrases: ["ngay", "ngay to chuc", "ngay thuc hien", "thoi gian", "ngay ra quan"] },
    { field: "place", label: "Địa điểm", phrases: ["dia diem", "noi to chuc", "dia diem to chuc", "dia ban"] },
    { field: "activity", label: "Hoạt động", phrases: ["hoat dong", "noi dung", "noi dung hoat dong", "ten hoat dong", "noi dung cong viec"] },
    { field: "unit", label: "Đơn vị", required: true, phrases: ["don vi", "co quan", "don vi tham gia", "co quan don vi"] },
    { field: "name", label: "Họ và tên", phrases: ["ho va ten", "ho ten", "nguoi tham gia"] },
    {
      field: "present",
      label: "Số người có mặt",
      phrases: ["so nguoi tham gia", "so nguoi co mat", "co mat", "so luong tham gia", "quan so tham gia", "so nguoi", "so can bo tham gia", "tham gia"],
    },
    { field: "headcount", label: "Quân số", phrases: ["quan so", "tong quan so", "tong so can bo", "quan so don vi"] },
  ],
};

/**
 * Account statements (sao kê) as banks export them: every layout of shared/data/statement-layouts
 * (Vietcombank corporate and simple, VietinBank eFAST, BIDV, Agribank) is named by these phrases,
 * bilingual headers included ("Số tiền ghi có/\nCredit" folds to "so tien ghi co credit").
 * `amount` is a single signed column (+ có, − nợ); `direction` a Nợ/Có (D/C) marker beside one
 * amount column. `debitAccount`/`creditAccount` (TK nợ, TK có of a treasury export) hold account
 * numbers, never amounts: naming them keeps them from being read as Nợ/Có amounts.
 */
export const STATEMENT_TABLE: TableSpec = {
  kind: "statement",
  label: "Sao kê tài khoản",
  minColumns: 3,
  columns: [
    { field: "seq", label: "STT", phrases: ["stt", "stt no", "so thu tu"] },
    {
      field: "date",
      label: "Ngày giao dịch",
      required: true,
      phrases: [
        "ngay giao dich",
        "ngay hach toan",
        "ngay hach toan accounting date",
        "ngay hieu luc",
        "ngay1 tnx date so ct doc no",
        "ngay tnx date so ct doc no",
        "tnx date",
        "ngay",
        "date",
        "ngay gd",
        "ngay chung tu",
        "ngay thang",
        "ngay giao dich transaction date",
        "accounting date",
        "transaction date",
        "value date",
        "posting date",
      ],
    },
    {
      field: "reference",
      label: "Số tham chiếu",
      phrases: ["so tham chieu", "so giao dich", "so chung tu", "so ct", "so giao dich transaction number", "documentnumber", "ma giao dich", "so ref", "reference", "ref no", "so tham chieu reference"],
    },
    {
      field: "description",
      label: "Nội dung",
      required: true,
      phrases: [
        "mo ta",
        "noi dung",
        "noi dung chi tiet",
        "dien giai",
        "mo ta giao dich",
        "transactiondetails",
        "noi dung chi tiet transactions in detail",
        "mo ta giao dich transaction description",
        "noi dung giao dich",
        "noi dung thanh toan",
        "trich yeu",
        "description",
        "transaction description",
        "details",
      ],
    },
    {
      field: "debit",
      label: "Ghi nợ",
      phrases: ["ghi no", "so tien ghi no", "no", "phat sinh no", "debitamount", "no debit", "so tien ghi no debit", "debit", "so tien no", "tien ra"],
    },
    {
      field: "credit",
      label: "Ghi có",
      required: true,
      phrases: ["ghi co", "so tien ghi co", "co", "phat sinh co", "creditamount", "co credit", "so tien ghi co credit", "so tien", "credit", "so tien co", "tien vao"],
    },
    { field: "amount", label: "Số tiền (+ có / − nợ)", phrases: ["so tien giao dich", "so tien phat sinh", "phat sinh", "amount", "transaction amount", "so tien giao dich amount"] },
    { field: "direction", label: "Nợ/Có", phrases: ["no co", "loai no co", "d c", "dc", "c d", "dr cr", "cr dr", "loai phat sinh", "tinh chat"] },
    { field: "balance", label: "Số dư", phrases: ["so du", "balance", "so du balance", "so du tk account balance", "so du tk", "so du cuoi", "so du sau giao dich", "running balance"] },
    { field: "debitAccount", label: "TK nợ", phrases: ["tk no", "tai khoan no", "so tk no"] },
    { field: "creditAccount", label: "TK có", phrases: ["tk co", "tai khoan co", "so tk co", "offsetaccount", "tai khoan doi ung", "tk doi ung"] },
  ],
};

export const WORKS_TABLE: TableSpec = {
  kind: "works",
  label: "Danh mục công trình",
  minColumns: 3,
  columns: [
    { field: "code", label: "Mã", phrases: ["ma", "ma cong trinh", "ma so", "ma ct"] },
    { field: "name", label: "Tên công trình", required: true, phrases: ["ten cong trinh", "cong trinh", "ten cong trinh hang muc", "hang muc", "ten hang muc"] },
    { field: "place", label: "Địa điểm", phrases: ["dia diem", "thon", "dia diem xay dung", "vi tri"] },
    { field: "criterion", label: "Tiêu chí", phrases: ["tieu chi", "tieu chi ntm", "thuoc tieu chi"] },
    { field: "estimate", label: "Tổng dự toán", phrases: ["tong du toan", "du toan", "tong muc dau tu", "kinh phi du kien"] },
    { field: "stateBudget", label: "Ngân sách nhà nước", phrases: ["ngan sach", "ngan sach nha nuoc", "nsnn", "von ngan sach"] },
    { field: "requested", label: "Đề nghị từ quỹ vận động", required: true, phrases: ["de nghi tu quy van dong", "de nghi ho tro", "so de nghi", "von van dong", "tu quy van dong", "de nghi"] },
    { field: "priority", label: "Thứ tự ưu tiên", phrases: ["uu tien", "thu tu uu tien", "muc uu tien"] },
    { field: "weight", label: "Trọng số", phrases: ["trong so", "so ho huong loi", "chieu dai", "so ho"] },
  ],
};

export const ALL_TABLES: TableSpec[] = [CONTRIBUTION_TABLE, STAFF_ROSTER_TABLE, STATEMENT_TABLE, WORKS_TABLE, HOUSEHOLD_TABLE, ATTENDANCE_TABLE];
