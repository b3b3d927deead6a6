/**
 * The bundled sample campaign: a commune's workbook as its officers keep it, generated in code
 * (never a hand-edited binary). The same generator makes test fixtures and the district-scale
 * benchmark. It returns the user's sheets as SheetDocs and the truth they encode, so tests can
 * check that reading the sheets gives back exactly what was meant.
 */
import type { CellValue, SheetDoc, StyleRun } from "../domain/sheet/types";
import { encodeTcvn3, encodeVni, foldText } from "../domain/text";
import { formatMoney } from "../domain/money";
import { isoToSerial } from "../domain/dates";

export type Kind = "staff" | "household" | "enterprise" | "organization" | "individual";
export type Encoding = "unicode" | "tcvn3" | "vni" | "nfd";

/** One contribution as it was meant, before it was typed into the sheet. */
export interface TrueContribution {
  sheet: string;
  row: number;
  name: string;
  unit: string;
  kind: Kind;
  channel: "cash" | "transfer" | null;
  amount: number;
  days: number;
  inKindDescription: string;
  inKindValue: number;
  landArea: number;
  date: string;
  receipt: string;
  encoding: Encoding;
}

export interface TrueStaff {
  /** Row on the roster sheet; 0 for the one staff member the roster leaves out. */
  row: number;
  name: string;
  unit: string;
  income: number;
  /** False for the contributor the roster leaves out (the quota step lists such people). */
  inRoster: boolean;
  /** How the income cell was typed. */
  written: CellValue;
}

/** A household on a hamlet's list (the commune keeps lists for some hamlets only). */
export interface TrueHousehold {
  row: number;
  name: string;
  hamlet: string;
  members: number;
}

/** One line of the attendance sheet: people of a unit present at one activity. */
export interface TrueAttendance {
  row: number;
  date: string;
  place: string;
  activity: string;
  unit: string;
  present: number;
}

export interface TrueStatementLine {
  row: number;
  date: string;
  description: string;
  credit: number;
  debit: number;
  /** Contribution rows this credit pays for (empty for interest, fees, unknown donors). */
  pays: number[];
}

export interface SampleCampaign {
  commune: string;
  district: string;
  province: string;
  year: number;
  sheets: SheetDoc[];
  contributions: TrueContribution[];
  staff: TrueStaff[];
  statement: TrueStatementLine[];
  households: TrueHousehold[];
  attendance: TrueAttendance[];
  /** The cases the quota step must handle, as the generator made them. */
  quotaCases: {
    /** A staff member who contributed and has a namesake in the same unit: the match is asked. */
    namesake: { name: string; unit: string; rows: number[] } | null;
    /** A staff member who contributed and is on no roster. */
    notInRoster: { name: string; unit: string } | null;
    /** The unit where nobody took part. */
    noneTookPart: string;
  };
  /** What the commune typed into its Cấu hình sheet (the keys of src/domain/settings). */
  settings: Record<string, string>;
}

export interface SampleOptions {
  seed?: number;
  /** Households per hamlet (the sample has 6 hamlets). */
  householdsPerHamlet?: number;
  /** Staff per unit (5 units). */
  staffPerUnit?: number;
  /** Fewest statement lines: unknown donors' credits fill up to it (district-scale benchmarks). */
  statementLines?: number;
}

export const CONTRIBUTION_SHEET = "DS ủng hộ";
export const ROSTER_SHEET = "DS cán bộ";
export const STATEMENT_SHEET = "Sao kê";
export const WORKS_SHEET = "Danh mục công trình";
export const HOUSEHOLD_SHEET = "DS hộ gia đình";
export const ATTENDANCE_SHEET = "Điểm danh hoạt động";

/** mulberry32: a small, fast, seedable PRNG so every run builds the same campaign. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ma", "Hà", "Lương", "Nông", "Triệu", "Dương"];
const MALE_MIDDLE = ["Văn", "Đình", "Đức", "Minh", "Quang", "Xuân"];
const FEMALE_MIDDLE = ["Thị", "Thu", "Thanh", "Ngọc", "Hồng"];
const MALE_GIVEN = ["An", "Bình", "Cường", "Dũng", "Đông", "Hải", "Hùng", "Khánh", "Long", "Mạnh", "Nam", "Phúc", "Quý", "Sơn", "Thắng", "Trường", "Tuấn", "Việt"];
const FEMALE_GIVEN = ["Anh", "Chi", "Dung", "Hà", "Hạnh", "Hảo", "Hương", "Hường", "Lan", "Liên", "Mai", "Ngọc", "Nhung", "Oanh", "Phương", "Thảo", "Thu", "Yến"];
const HAMLETS = ["Xóm Bản Piềng", "Xóm Đồng Tâm", "Xóm Khuôn Tát", "Xóm Làng Mới", "Xóm Na Lang", "Xóm Đồng Kè"];
const UNITS = ["UBND xã", "Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trạm Y tế xã"];
const ENTERPRISES = ["Công ty TNHH Xây dựng Hòa Bình", "HTX Chè Điềm Mặc", "Công ty CP Vật liệu Định Hóa", "Doanh nghiệp tư nhân Tuấn Phát"];
const GOODS: [string, number][] = [
  ["10 tấn xi măng", 15_000_000],
  ["20 m³ cát", 6_000_000],
  ["5.000 viên gạch", 7_500_000],
  ["1 ca máy xúc", 3_500_000],
];

const DATE_FORMAT = "dd/mm/yyyy";
const MONEY_FORMAT = "#,##0";

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function personName(rnd: () => number): string {
  const female = rnd() < 0.5;
  return `${pick(rnd, FAMILY)} ${pick(rnd, female ? FEMALE_MIDDLE : MALE_MIDDLE)} ${pick(rnd, female ? FEMALE_GIVEN : MALE_GIVEN)}`;
}

function typed(name: string, enc: Encoding): string {
  if (enc === "tcvn3") return encodeTcvn3(name);
  if (enc === "vni") return encodeVni(name);
  if (enc === "nfd") return name.normalize("NFD");
  return name;
}

/** Money the way an office types it; the value it stands for is unchanged. */
function moneyNotation(rnd: () => number, amount: number): CellValue {
  const r = rnd();
  if (r < 0.45) return amount;
  if (r < 0.65) return formatMoney(amount);
  if (r < 0.72) return `${formatMoney(amount)}đ`;
  if (r < 0.78) return amount.toLocaleString("en-US");
  if (r < 0.86 && amount % 1000 === 0 && amount < 1_000_000) return `${amount / 1000}k`;
  if (r < 0.92 && amount % 100_000 === 0 && amount >= 1_000_000) return `${String(amount / 1_000_000).replace(".", ",")} triệu`;
  if (r < 0.96 && amount % 1000 === 0 && amount < 1_000_000) return `${amount / 1000} nghìn`;
  return `${formatMoney(amount)} VNĐ`;
}

/**
 * An income as rosters type it, decided by the person's place in the list (so the generator's
 * random sequence, and with it the rest of the sample, stays as it was): "4tr5", "4,5 triệu",
 * "4.500.000 đồng", or the notation the contribution lists use.
 */
function incomeNotation(index: number, usual: CellValue, income: number): CellValue {
  const millions = Math.floor(income / 1_000_000);
  const rest = (income % 1_000_000) / 100_000;
  if (index === 2) return income; // the one exactly at 5.000.000, as a plain number
  if (index % 6 === 1 && Number.isInteger(rest)) return rest ? `${millions}tr${rest}` : `${millions}tr`;
  if (index % 6 === 4) return `${formatMoney(income)} đồng`;
  if (index % 6 === 5 && Number.isInteger(rest)) return `${millions}${rest ? `,${rest}` : ""} triệu`;
  return usual;
}

function dateNotation(rnd: () => number, iso: string): { value: CellValue; format: string | null } {
  const [y, m, d] = iso.split("-").map(Number);
  const r = rnd();
  if (r < 0.5) return { value: isoToSerial(iso), format: DATE_FORMAT };
  if (r < 0.7) return { value: `${d}/${m}/${y}`, format: null };
  if (r < 0.85) return { value: `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`, format: null };
  if (r < 0.93) return { value: `${d}-${m}-${y}`, format: null };
  return { value: `${d}/${m}/${String(y).slice(2)}`, format: null };
}

function campaignDate(rnd: () => number, year: number): string {
  const start = Date.UTC(year, 3, 20);
  const end = Date.UTC(year, 5, 30);
  const t = start + Math.floor(rnd() * ((end - start) / 86_400_000)) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

interface ContributionSheetBuilder {
  rows: CellValue[][];
  formats: Map<string, string>;
  fonts: Map<string, string>;
}

export function generateCampaign(options: SampleOptions = {}): SampleCampaign {
  const rnd = prng(options.seed ?? 2024);
  const year = 2024;
  const perUnit = options.staffPerUnit ?? 8;
  const perHamlet = options.householdsPerHamlet ?? 6;
  const commune = "Điềm Mặc";

  // --- staff roster -------------------------------------------------------------------------
  // The roster's rows are written once the contributions are known (see "roster sheet" below):
  // it leaves one contributor out and holds a namesake of another.
  const staff: TrueStaff[] = [];
  const positions: string[] = [];
  for (const unit of UNITS) {
    for (let i = 0; i < perUnit; i++) {
      // One income exactly at the tier boundary, as the plans' "từ 5 triệu trở lên" includes it.
      const income = staff.length === 2 ? 5_000_000 : 3_500_000 + Math.floor(rnd() * 40) * 100_000;
      const name = personName(rnd);
      positions.push(pick(rnd, ["Công chức", "Viên chức", "Giáo viên", "Nhân viên", "Y sĩ"]));
      staff.push({ row: 0, name, unit, income, inRoster: true, written: incomeNotation(staff.length, moneyNotation(rnd, income), income) });
    }
  }

  // --- contribution list --------------------------------------------------------------------
  const contributions: TrueContribution[] = [];
  const b: ContributionSheetBuilder = { rows: [], formats: new Map(), fonts: new Map() };
  const push = (row: CellValue[]) => b.rows.push(row);
  push(["UBND XÃ ĐIỀM MẶC", null, null, null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  push(["BAN CHỈ ĐẠO XÂY DỰNG NTM", null, null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc"]);
  push([]);
  push([`DANH SÁCH ỦNG HỘ CUỘC VẬN ĐỘNG "CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI" XÃ ĐIỀM MẶC NĂM ${year}`]);
  push(["(Kèm theo Kế hoạch số 45/KH-BCĐ ngày 20/4/2024 của Ban Chỉ đạo xã)"]);
  push([]);
  const headerTop = b.rows.length + 1;
  push(["STT", "Họ và tên", "Đơn vị/Thôn", "Nội dung ủng hộ", null, null, null, null, "Ngày nộp", "Hình thức", "Số phiếu thu", "Ghi chú"]);
  push([null, null, null, "Tiền (đồng)", "Ngày công", "Hiện vật", "Giá trị hiện vật (đồng)", "Hiến đất (m²)"]);
  let receiptNo = 0;
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];
  let section = 0;
  let grandTotal = 0;

  const addContribution = (c: Omit<TrueContribution, "sheet" | "row" | "receipt" | "encoding">, enc: Encoding): void => {
    const rowNo = b.rows.length + 1;
    const receipt = c.channel === "cash" ? `PT${String(++receiptNo).padStart(3, "0")}` : "";
    const date = dateNotation(rnd, c.date);
    if (date.format) b.formats.set(`I${rowNo}`, date.format);
    const typedName = typed(c.name, enc);
    if (enc === "tcvn3") b.fonts.set(`B${rowNo}`, ".VnTime");
    if (enc === "vni") b.fonts.set(`B${rowNo}`, "VNI-Times");
    push([
      contributions.length + 1,
      typedName,
      c.unit,
      c.amount ? moneyNotation(rnd, c.amount) : null,
      c.days ? (Number.isInteger(c.days) ? c.days : String(c.days).replace(".", ",")) : null,
      c.inKindDescription || null,
      c.inKindValue ? moneyNotation(rnd, c.inKindValue) : null,
      c.landArea ? (rnd() < 0.5 ? c.landArea : `${c.landArea} m²`) : null,
      date.value,
      c.channel === "cash" ? "Tiền mặt" : c.channel === "transfer" ? "Chuyển khoản" : null,
      receipt || null,
      null,
    ]);
    contributions.push({ ...c, sheet: CONTRIBUTION_SHEET, row: rowNo, receipt, encoding: enc });
  };
  const encodingFor = (i: number): Encoding => (["unicode", "unicode", "tcvn3", "vni", "nfd"] as const)[i % 5];

  const openSection = (title: string) => {
    push([roman[section++], title.toUpperCase()]);
  };
  const closeSection = (from: number) => {
    const part = contributions.slice(from).reduce((s, c) => s + c.amount, 0);
    grandTotal += part;
    push([null, `Cộng ${roman[section - 1]}`, null, part]);
  };

  // Staff sections: one per unit. Three days' quota or money in lieu, as the plan (004) asks.
  const staffByUnit = new Map<string, TrueStaff[]>();
  for (const s of staff) staffByUnit.set(s.unit, [...(staffByUnit.get(s.unit) ?? []), s]);
  const rate = 150_000;
  let sectionIndex = 0;
  for (const unit of UNITS) {
    const from = contributions.length;
    openSection(`Cán bộ, công chức, viên chức ${unit}`);
    const members = staffByUnit.get(unit) ?? [];
    // The health station is the unit where nobody took part: it tests the zero-participation case.
    if (unit !== "Trạm Y tế xã") {
      members.forEach((s, i) => {
        if (rnd() < 0.1) return; // someone who gave nothing
        const quotaDays = s.income >= 5_000_000 ? 3 : 2;
        const mode = rnd();
        const days = mode < 0.25 ? quotaDays : mode < 0.35 ? 1 : 0;
        const amount = mode < 0.25 ? 0 : mode < 0.35 ? (quotaDays - 1) * rate : quotaDays * rate;
        addContribution(
          { name: s.name, unit, kind: "staff", channel: amount ? (rnd() < 0.6 ? "transfer" : "cash") : null, amount, days, inKindDescription: "", inKindValue: 0, landArea: 0, date: campaignDate(rnd, year) },
          encodingFor(sectionIndex + i),
        );
      });
    }
    sectionIndex++;
    closeSection(from);
  }

  {
    const from = contributions.length;
    openSection("Doanh nghiệp, hợp tác xã");
    ENTERPRISES.forEach((name, i) => {
      const goods = i === 0 ? GOODS[0] : null;
      addContribution(
        {
          name,
          unit: "Doanh nghiệp",
          kind: "enterprise",
          channel: goods ? null : "transfer",
          amount: goods ? 0 : i === 3 ? 1_500_000 : (2 + i) * 1_000_000,
          days: 0,
          inKindDescription: goods ? goods[0] : "",
          inKindValue: goods ? goods[1] : 0,
          landArea: 0,
          date: campaignDate(rnd, year),
        },
        "unicode",
      );
    });
    closeSection(from);
  }

  HAMLETS.forEach((hamlet, h) => {
    const from = contributions.length;
    openSection(`Nhân dân ${hamlet}`);
    for (let i = 0; i < perHamlet; i++) {
      const land = i === 0 && h < 3 ? 50 + Math.floor(rnd() * 20) * 10 : 0;
      const goods = i === 1 && h < 2 ? GOODS[1 + h] : null;
      const amount = goods || land ? 0 : (1 + Math.floor(rnd() * 10)) * 100_000;
      addContribution(
        {
          name: `Hộ ${personName(rnd)}`.replace("Hộ ", i % 3 === 0 ? "Hộ ông " : i % 3 === 1 ? "Hộ bà " : ""),
          unit: hamlet,
          kind: "household",
          channel: amount ? (rnd() < 0.7 ? "cash" : "transfer") : null,
          amount,
          days: i % 2 === 0 ? 2 : 0,
          inKindDescription: goods ? goods[0] : "",
          inKindValue: goods ? goods[1] : 0,
          landArea: land,
          date: campaignDate(rnd, year),
        },
        encodingFor(h + i),
      );
    }
    closeSection(from);
  });

  {
    const from = contributions.length;
    openSection("Nhà hảo tâm");
    addContribution(
      { name: "Lương Văn Thắng", unit: "TP Thái Nguyên", kind: "individual", channel: "transfer", amount: 10_000_000, days: 0, inKindDescription: "", inKindValue: 0, landArea: 0, date: campaignDate(rnd, year) },
      "unicode",
    );
    closeSection(from);
  }
  push([null, "Tổng cộng", null, grandTotal]);
  // A late entry typed under the total, as offices do.
  addContribution(
    { name: "Hộ bà Đỗ Thị Hảo", unit: HAMLETS[0], kind: "household", channel: "cash", amount: 300_000, days: 0, inKindDescription: "", inKindValue: 0, landArea: 0, date: campaignDate(rnd, year) },
    "unicode",
  );
  push([]);
  push([null, "Người lập biểu", null, null, "Kế toán", null, null, null, "TM. BAN CHỈ ĐẠO"]);
  push([null, null, null, null, null, null, null, null, "TRƯỞNG BAN"]);
  push([]);
  push([null, "Hà Thị Thu", null, null, "Nông Văn Hải", null, null, null, "Ma Đình Việt"]);

  const contributionStyles: StyleRun[] = [
    { range: `A1:L${b.rows.length}`, style: { font: "Times New Roman", size: 12 } },
    { range: "A4:L4", style: { bold: true, hAlign: "center" } },
    { range: `A${headerTop}:L${headerTop + 1}`, style: { bold: true, hAlign: "center", wrap: true, border: "thin" } },
    { range: `D${headerTop + 2}:D${b.rows.length}`, style: { numberFormat: MONEY_FORMAT } },
    { range: `G${headerTop + 2}:G${b.rows.length}`, style: { numberFormat: MONEY_FORMAT } },
  ];
  for (const [address, format] of b.formats) contributionStyles.push({ range: address, style: { numberFormat: format } });
  for (const [address, font] of b.fonts) contributionStyles.push({ range: address, style: { font } });

  // --- statement ----------------------------------------------------------------------------
  const statement: TrueStatementLine[] = [];
  const stRows: CellValue[][] = [
    ["NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM - CHI NHÁNH HUYỆN ĐỊNH HÓA"],
    ["SAO KÊ TÀI KHOẢN"],
    ["Số tài khoản: 8502215000001 - UBND XA DIEM MAC - QUY VAN DONG NTM"],
    [`Từ ngày 01/04/${year} đến ngày 31/07/${year}`],
    ["Số dư đầu kỳ:", 0],
    [],
    ["Ngày GD", "Số chứng từ", "Diễn giải", "Ghi nợ", "Ghi có", "Số dư"],
  ];
  let balance = 0;
  // Bank descriptions are upper case without diacritics.
  const ascii = (s: string) => foldText(s).toUpperCase();
  const addLine = (date: string, description: string, credit: number, debit: number, pays: number[]) => {
    balance += credit - debit;
    const row = stRows.length + 1;
    const [y, m, d] = date.split("-");
    stRows.push([`${d}/${m}/${y}`, String(1_000_000 + row * 7919), description, debit ? formatMoney(debit) : null, credit ? formatMoney(credit) : null, formatMoney(balance)]);
    statement.push({ row, date, description, credit, debit, pays });
  };
  const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
  const transfers = contributions.filter((c) => c.channel === "transfer");
  for (const c of transfers) {
    const who = ascii(c.name.replace(/^Hộ (ông |bà )?/, ""));
    const wrapper = pick(rnd, [
      (n: string) => `MBVCB.${6_900_000_000 + c.row}.${c.row}.${n} ung ho NTM.CT tu 0491000000${c.row} ${n} toi 8502215000001 UBND XA DIEM MAC`,
      (n: string) => `CT nhanh 247 den: ${n} chuyen tien ung ho NTM`,
      (n: string) => `${n} dong gop xay dung NTM; thoi gian GD:${c.date.replace(/-/g, "")} 09:12:31`,
      (n: string) => `IBFT ${n} UNG HO CHUNG SUC XD NTM FT24${c.row}000`,
    ]);
    addLine(shift(c.date, Math.floor(rnd() * 4)), wrapper(who), c.amount, 0, [c.row]);
  }
  const cash = contributions.filter((c) => c.channel === "cash");
  if (cash.length) {
    const last = cash.reduce((d, c) => (c.date > d ? c.date : d), cash[0].date);
    addLine(shift(last, 2), `NOP TIEN MAT UNG HO NTM THEO PHIEU THU ${cash[0].receipt}-${cash[cash.length - 1].receipt}`, cash.reduce((s, c) => s + c.amount, 0), 0, cash.map((c) => c.row));
  }
  while (statement.length + 2 < (options.statementLines ?? 0)) {
    addLine(campaignDate(rnd, year), `${ascii(personName(rnd))} ung ho NTM`, (1 + Math.floor(rnd() * 20)) * 50_000, 0, []);
  }
  addLine(`${year}-06-30`, "LAI TIEN GUI KY HAN THANG 6", 12_345, 0, []);
  addLine(`${year}-06-30`, "PHI QUAN LY TAI KHOAN", 0, 11_000, []);
  stRows.push([]);
  stRows.push(["Tổng phát sinh", null, null, formatMoney(statement.reduce((s, l) => s + l.debit, 0)), formatMoney(statement.reduce((s, l) => s + l.credit, 0))]);
  stRows.push(["Số dư cuối kỳ:", null, null, null, null, formatMoney(balance)]);

  // --- roster sheet -------------------------------------------------------------------------
  const contributed = (st: TrueStaff) => contributions.some((c) => c.kind === "staff" && c.name === st.name && c.unit === st.unit);
  const sameName = (st: TrueStaff) => staff.filter((o) => o.name === st.name && o.unit === st.unit).length === 1;
  const left = staff.find((st) => st.unit === UNITS[3] && contributed(st) && sameName(st)) ?? null;
  if (left) left.inRoster = false;
  const twin = staff.find((st) => st.unit === UNITS[2] && contributed(st) && sameName(st)) ?? null;
  const rosterRows: CellValue[][] = [
    ["UBND XÃ ĐIỀM MẶC"],
    ["DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG NĂM 2024"],
    [],
    ["STT", "Họ và tên", "Đơn vị", "Chức vụ", "Thu nhập bình quân/tháng (đồng)"],
  ];
  const rosterPeople: TrueStaff[] = [];
  const positionOf = new Map<TrueStaff, string>(staff.map((st, i) => [st, positions[i]]));
  for (const st of [...staff]) {
    if (!st.inRoster) continue;
    st.row = rosterRows.length + 1;
    rosterPeople.push(st);
    rosterRows.push([rosterPeople.length, st.name, st.unit, positionOf.get(st)!, st.written]);
    if (st === twin) {
      // A namesake in the same unit, who gave nothing: the contribution cannot say whose it is.
      const namesake: TrueStaff = { row: rosterRows.length + 1, name: st.name, unit: st.unit, income: 4_500_000, inRoster: true, written: "4tr5" };
      staff.splice(staff.indexOf(st) + 1, 0, namesake);
      rosterPeople.push(namesake);
      rosterRows.push([rosterPeople.length, namesake.name, namesake.unit, "Nhân viên", namesake.written]);
    }
  }

  // --- household lists (kept for four hamlets of six) ----------------------------------------
  const side = prng((options.seed ?? 2024) + 1);
  const households: TrueHousehold[] = [];
  const householdRows: CellValue[][] = [
    ["UBND XÃ ĐIỀM MẶC"],
    [`DANH SÁCH HỘ GIA ĐÌNH CÁC XÓM NĂM ${year}`],
    [],
    ["STT", "Họ và tên chủ hộ", "Thôn/Xóm", "Số nhân khẩu"],
  ];
  const householdFonts: StyleRun[] = [];
  HAMLETS.slice(0, 4).forEach((hamlet, h) => {
    const seen = new Set<string>();
    const names = contributions.filter((c) => c.kind === "household" && c.unit === hamlet).map((c) => c.name.replace(/^Hộ (ông |bà )?/, ""));
    for (let k = 0; k < 2; k++) names.push(personName(side));
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      const row = householdRows.length + 1;
      const members = 2 + Math.floor(side() * 5);
      households.push({ row, name, hamlet, members });
      // Xóm Đồng Tâm's list was typed in TCVN3 (.VnTime).
      householdRows.push([households.length, h === 1 ? encodeTcvn3(name) : name, hamlet, members]);
      if (h === 1) householdFonts.push({ range: `B${row}`, style: { font: ".VnTime" } });
    }
  });

  // --- attendance at the campaign's activities (plan 001) ------------------------------------
  const ACTIVITIES: [string, string, string, number[]][] = [
    [`${year}-05-12`, HAMLETS[0], "Ra quân bê tông hóa đường trục xóm", [1, 0.75, 0.875, 0.5, 0.625]],
    [`${year}-06-16`, HAMLETS[1], "Nạo vét kênh mương nội đồng", [0.875, 0.625, 1, 0.75, 0.5]],
    [`${year}-08-25`, HAMLETS[2], "Dọn vệ sinh, trồng cây đường làng", [0.75, 1, 0.5, 0.875, -1]],
  ];
  const attendance: TrueAttendance[] = [];
  const attendanceRows: CellValue[][] = [
    ["UBND XÃ ĐIỀM MẶC"],
    [`ĐIỂM DANH CÁC HOẠT ĐỘNG "CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI" NĂM ${year}`],
    [],
    ["STT", "Ngày", "Địa điểm", "Nội dung hoạt động", "Đơn vị", "Số người tham gia"],
  ];
  const attendanceStyles: StyleRun[] = [];
  ACTIVITIES.forEach(([date, place, activity, shares], a) => {
    UNITS.forEach((unit, u) => {
      // -1: the unit sent nobody and has no row for that activity.
      if (shares[u] < 0) return;
      const headcount = rosterPeople.filter((p) => p.unit === unit).length;
      const present = Math.round(headcount * shares[u]);
      const row = attendanceRows.length + 1;
      attendance.push({ row, date, place, activity, unit, present });
      const first = u === 0;
      const [y, m, d] = date.split("-").map(Number);
      const dateCell: CellValue = first ? (a === 1 ? `${d}/${m}/${y}` : isoToSerial(date)) : null;
      if (first && typeof dateCell === "number") attendanceStyles.push({ range: `B${row}`, style: { numberFormat: DATE_FORMAT } });
      attendanceRows.push([first ? a + 1 : null, dateCell, first ? place : null, first ? activity : null, unit, u === 2 && a === 0 ? `${present} người` : present]);
    });
  });

  // --- works list ---------------------------------------------------------------------------
  const worksRows: CellValue[][] = [
    ["DANH MỤC CÔNG TRÌNH ĐỀ NGHỊ HỖ TRỢ TỪ NGUỒN VẬN ĐỘNG NĂM 2024"],
    [],
    ["Mã", "Tên công trình", "Địa điểm", "Tiêu chí NTM", "Tổng dự toán (đồng)", "Ngân sách nhà nước (đồng)", "Đề nghị từ quỹ vận động (đồng)", "Thứ tự ưu tiên", "Số hộ hưởng lợi"],
    ["CT01", "Bê tông hóa đường trục xóm Bản Piềng", HAMLETS[0], "Giao thông", 850_000_000, 700_000_000, 60_000_000, 1, 85],
    ["CT02", "Kênh mương nội đồng xóm Đồng Tâm", HAMLETS[1], "Thủy lợi", 420_000_000, 350_000_000, 40_000_000, 1, 60],
    ["CT03", "Sửa chữa nhà văn hóa xóm Khuôn Tát", HAMLETS[2], "Văn hóa", 150_000_000, 100_000_000, 30_000_000, 2, 70],
    ["CT04", "Điện chiếu sáng đường liên xóm", HAMLETS[3], "Giao thông", 120_000_000, 60_000_000, 25_000_000, 3, 120],
  ];

  const sheets: SheetDoc[] = [
    {
      name: CONTRIBUTION_SHEET,
      rows: b.rows,
      styles: contributionStyles,
      merges: [`D${headerTop}:H${headerTop}`, `A${headerTop}:A${headerTop + 1}`, `B${headerTop}:B${headerTop + 1}`, `C${headerTop}:C${headerTop + 1}`, "A4:L4", "A5:L5"],
      columnWidths: [6, 28, 20, 14, 10, 18, 16, 12, 12, 14, 12, 14],
    },
    { name: ROSTER_SHEET, rows: rosterRows, columnWidths: [6, 28, 20, 14, 20] },
    { name: STATEMENT_SHEET, rows: stRows, columnWidths: [12, 14, 70, 14, 14, 16] },
    { name: WORKS_SHEET, rows: worksRows, styles: [{ range: "E4:G7", style: { numberFormat: MONEY_FORMAT } }], columnWidths: [8, 40, 20, 14, 16, 16, 16, 10, 10] },
    { name: HOUSEHOLD_SHEET, rows: householdRows, styles: householdFonts, columnWidths: [6, 28, 20, 12] },
    { name: ATTENDANCE_SHEET, rows: attendanceRows, styles: attendanceStyles, columnWidths: [6, 12, 20, 36, 20, 14] },
  ];
  const settings: Record<string, string> = {
    "campaign.name": `Chung sức xây dựng nông thôn mới xã ${commune} năm ${year}`,
    commune,
    district: "Định Hóa",
    province: "Thái Nguyên",
    "period.start": `20/04/${year}`,
    "period.end": `30/06/${year}`,
    "account.1.number": "8502215000001",
    "account.1.holder": "UBND xã Điềm Mặc - Quỹ vận động NTM",
    "account.1.bank": "Agribank",
    "account.1.branch": "Chi nhánh huyện Định Hóa, Thái Nguyên",
    "signer.preparer.name": "Hà Thị Thu",
    "signer.accountant.name": "Nông Văn Hải",
    "signer.head.name": "Ma Đình Việt",
    "vote.date": `15/04/${year}`,
    "vote.shareAgreeing": "86%",
    "decision.basis.2": `Kế hoạch số 119/KH-BCĐ ngày 15/4/${year} của Ban Chỉ đạo huyện Định Hóa về vận động “Chung sức xây dựng nông thôn mới huyện Định Hóa” năm ${year}`,
    "decision.basis.3": `Kế hoạch số 45/KH-BCĐ ngày 20/4/${year} của Ban Chỉ đạo xã ${commune} về vận động “Chung sức xây dựng nông thôn mới” năm ${year}`,
  };
  const quotaCases = {
    namesake: twin ? { name: twin.name, unit: twin.unit, rows: rosterPeople.filter((p) => p.name === twin.name && p.unit === twin.unit).map((p) => p.row) } : null,
    notInRoster: left ? { name: left.name, unit: left.unit } : null,
    noneTookPart: "Trạm Y tế xã",
  };
  return { commune, district: "Định Hóa", province: "Thái Nguyên", year, sheets, contributions, staff, statement, households, attendance, quotaCases, settings };
}
