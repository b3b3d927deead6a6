/**
 * The campaign settings a commune keeps in its visible "Cấu hình" sheet (key / value /
 * explanation), readable and editable by a person. Every value has a default taken from the
 * plans in shared/seeds (004: 150.000 đ a labour day, 3 / 2 days by income, 2.000.000 đ per
 * enterprise; 001: 75 % participation, 4 activities a year). One zod schema is both the check and
 * the type; every problem is reported on the cell that holds it.
 */
import { z } from "zod";
import { parseDate } from "../dates";
import { formatMoney, isBlank, parseMoney } from "../money";
import { cellAddress } from "../sheet/address";
import type { CellValue, Grid, SheetDoc } from "../sheet/types";

export const SETTINGS_SHEET_NAME = "Cấu hình";
export const SETTINGS_HEADER = ["Khóa", "Giá trị", "Giải thích"] as const;
/** Rows above the first key: title, a note, blank, the header. */
export const SETTINGS_FIRST_ROW = 5;
/** Keys of remembered column mappings: "mapping:<sheet name>". */
export const MAPPING_KEY_PREFIX = "mapping:";

type FieldKind = "text" | "money" | "ratio" | "count" | "date" | "days";

export interface SettingField {
  key: string;
  kind: FieldKind;
  /** Vietnamese, with what the value means and where it comes from. */
  help: string;
  value: string | number;
}

/** The keys written when the sheet is created, in the order a person reads them. */
export const DEFAULT_SETTINGS: readonly SettingField[] = [
  { key: "campaign.name", kind: "text", help: "Tên cuộc vận động", value: "Chung sức xây dựng nông thôn mới" },
  { key: "commune", kind: "text", help: "Tên xã (không có chữ “xã”), ví dụ: Điềm Mặc", value: "" },
  { key: "district", kind: "text", help: "Tên huyện (bỏ trống nếu xã trực thuộc tỉnh)", value: "" },
  { key: "province", kind: "text", help: "Tên tỉnh", value: "" },
  { key: "period.start", kind: "date", help: "Ngày bắt đầu cuộc vận động (ngày/tháng/năm)", value: "" },
  { key: "period.end", kind: "date", help: "Ngày kết thúc cuộc vận động (ngày/tháng/năm)", value: "" },
  { key: "account.1.number", kind: "text", help: "Tài khoản nhận ủng hộ 1: số tài khoản", value: "" },
  { key: "account.1.holder", kind: "text", help: "Tài khoản 1: chủ tài khoản", value: "" },
  { key: "account.1.bank", kind: "text", help: "Tài khoản 1: ngân hàng hoặc Kho bạc Nhà nước", value: "" },
  { key: "account.1.branch", kind: "text", help: "Tài khoản 1: chi nhánh, phòng giao dịch", value: "" },
  { key: "labourDayRate", kind: "money", help: "Một ngày công quy bằng tiền (đồng) — KH 004: 150.000 đ", value: 150_000 },
  { key: "tier.1.minIncome", kind: "money", help: "Bậc thu nhập 1: thu nhập/tháng từ (đồng) — “từ 5 triệu trở lên” gồm cả 5.000.000", value: 5_000_000 },
  { key: "tier.1.days", kind: "days", help: "Bậc 1: số ngày công mỗi năm", value: 3 },
  { key: "tier.2.minIncome", kind: "money", help: "Bậc thu nhập 2: thu nhập/tháng từ (đồng); 0 là mọi mức thấp hơn", value: 0 },
  { key: "tier.2.days", kind: "days", help: "Bậc 2: số ngày công mỗi năm", value: 2 },
  { key: "enterpriseMinimum", kind: "money", help: "Mức ủng hộ tối thiểu của mỗi doanh nghiệp (đồng) — KH 004: 2.000.000 đ", value: 2_000_000 },
  { key: "participationThreshold", kind: "ratio", help: "Tỷ lệ quân số tối thiểu tham gia mỗi hoạt động — KH 001: 75%", value: "75%" },
  { key: "activitiesPerYear", kind: "count", help: "Số hoạt động tối thiểu mỗi năm tại xã — KH 001: 4", value: 4 },
  { key: "roundingUnit", kind: "money", help: "Làm tròn số tiền phân bổ đến (đồng)", value: 1000 },
  { key: "reconcile.windowDays", kind: "count", help: "Đối chiếu: số ngày sau ngày ghi sổ mà tiền có thể về tài khoản", value: 7 },
  { key: "signer.preparer.name", kind: "text", help: "Người lập biểu: họ và tên", value: "" },
  { key: "signer.preparer.title", kind: "text", help: "Người lập biểu: chức danh ký", value: "NGƯỜI LẬP BIỂU" },
  { key: "signer.accountant.name", kind: "text", help: "Kế toán: họ và tên", value: "" },
  { key: "signer.accountant.title", kind: "text", help: "Kế toán: chức danh ký", value: "KẾ TOÁN" },
  { key: "signer.head.name", kind: "text", help: "Người ký thay mặt UBND: họ và tên", value: "" },
  { key: "signer.head.capacity", kind: "text", help: "Thẩm quyền ký: “TM. ỦY BAN NHÂN DÂN” hoặc “KT. CHỦ TỊCH”", value: "TM. ỦY BAN NHÂN DÂN" },
  { key: "signer.head.title", kind: "text", help: "Chức danh người ký: “CHỦ TỊCH” hoặc “PHÓ CHỦ TỊCH”", value: "CHỦ TỊCH" },
  { key: "vote.date", kind: "date", help: "Ngày hộ dân biểu quyết mức đóng góp (Luật Thực hiện dân chủ ở cơ sở 2022)", value: "" },
  { key: "vote.shareAgreeing", kind: "ratio", help: "Tỷ lệ đại diện hộ đồng ý (phải trên 50%)", value: "" },
  // --- Phân bổ and Quyết định ---
  { key: "allocation.method", kind: "text", help: "Phân bổ trong cùng thứ tự ưu tiên: “tỷ lệ” (theo số còn thiếu so với đề nghị), “trọng số” hoặc “chia đều”", value: "tỷ lệ" },
  { key: "allocation.fundSource", kind: "text", help: "Tiền đưa vào phân bổ: “ghi sổ” (tiền mặt và chuyển khoản đã ghi) hoặc “đã xác nhận” (chỉ tiền đối chiếu xác nhận đã về)", value: "ghi sổ" },
  { key: "decision.number", kind: "count", help: "Quyết định phân bổ: số (bỏ trống khi còn là dự thảo)", value: "" },
  { key: "decision.date", kind: "date", help: "Quyết định phân bổ: ngày ký (bỏ trống khi còn là dự thảo)", value: "" },
  {
    key: "decision.basis.1",
    kind: "text",
    help: "Căn cứ 1 của quyết định (không ghi chữ “Căn cứ”)",
    value: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019",
  },
  { key: "decision.basis.2", kind: "text", help: "Căn cứ 2: kế hoạch vận động của huyện (số, ngày, cơ quan ban hành, trích yếu)", value: "" },
  { key: "decision.basis.3", kind: "text", help: "Căn cứ 3: kế hoạch vận động của xã", value: "" },
  { key: "decision.proposer", kind: "text", help: "“Theo đề nghị của …” — cơ quan tham mưu phân bổ (KH 000: Phòng Kinh tế xã)", value: "Phòng Kinh tế xã" },
  { key: "decision.executors", kind: "text", help: "Điều 3: những người, cơ quan chịu trách nhiệm thi hành (bỏ trống để dùng câu mặc định)", value: "" },
  { key: "decision.recipients", kind: "text", help: "Nơi nhận, ngăn cách bằng dấu “;” (ngoài “Như Điều 3” và “Lưu: VT”)", value: "UBND huyện (b/c); Thường trực Đảng ủy, HĐND xã (b/c); Chủ tịch, các Phó Chủ tịch UBND xã" },
];

const FIELDS_BY_KEY = new Map(DEFAULT_SETTINGS.map((f) => [f.key, f]));

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const money = z.number().int().nonnegative();

export const CampaignSettingsSchema = z
  .object({
    campaignName: z.string(),
    commune: z.string(),
    district: z.string(),
    province: z.string(),
    period: z.object({ start: iso.nullable(), end: iso.nullable() }),
    accounts: z.array(z.object({ number: z.string(), holder: z.string(), bank: z.string(), branch: z.string() })),
    labourDayRate: money.positive("phải lớn hơn 0"),
    incomeTiers: z.array(z.object({ minIncome: money, days: z.number().nonnegative() })).min(1, "cần ít nhất một bậc thu nhập"),
    enterpriseMinimum: money,
    participationThreshold: z.number().min(0).max(1, "là tỷ lệ từ 0% đến 100%"),
    activitiesPerYear: z.number().int().nonnegative(),
    roundingUnit: money.positive("phải lớn hơn 0"),
    reconcileWindowDays: z.number().int().nonnegative(),
    signers: z.object({
      preparer: z.object({ name: z.string(), title: z.string() }),
      accountant: z.object({ name: z.string(), title: z.string() }),
      head: z.object({ name: z.string(), title: z.string(), capacity: z.string() }),
    }),
    vote: z.object({
      date: iso.nullable(),
      shareAgreeing: z.number().gt(0.5, "phải trên 50% số đại diện hộ đồng ý").max(1, "là tỷ lệ từ 0% đến 100%").nullable(),
    }),
    /** Remembered column mappings, by sheet name, as JSON text. */
    mappings: z.record(z.string(), z.string()),
    /** Every key as read (value as text), for settings a step adds of its own. */
    raw: z.record(z.string(), z.string()),
  })
  .refine((s) => !s.period.start || !s.period.end || s.period.start <= s.period.end, {
    message: "ngày kết thúc trước ngày bắt đầu",
    path: ["period", "end"],
  });

export type CampaignSettings = z.infer<typeof CampaignSettingsSchema>;

export interface SettingsIssue {
  key: string;
  /** A1 address on the Cấu hình sheet; the key's row, column B (Giá trị). */
  cell: string;
  message: string;
}

export interface SettingsRead {
  settings: CampaignSettings | null;
  issues: SettingsIssue[];
  /** Sheet row of each key found. */
  rows: Record<string, number>;
  /** Every key found, its value as text, whether or not the whole reads. */
  raw: Record<string, string>;
}

/** "75%", "75 %", "0,75", 0.75 and 75 all mean three quarters. */
export function parseRatio(value: CellValue): number | null {
  if (typeof value === "number") return value > 1 ? value / 100 : value;
  if (typeof value !== "string") return null;
  const text = value.trim().replace(",", ".");
  const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] || n > 1 ? n / 100 : n;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value.normalize("NFC").trim() : String(value);
}

/** Reads one value by its kind; a string is the Vietnamese reason it could not be read. */
function readValue(kind: FieldKind, value: CellValue): { ok: true; value: string | number | null } | { ok: false; reason: string } {
  if (kind === "text") return { ok: true, value: cellText(value) };
  if (isBlank(value)) return { ok: true, value: null };
  switch (kind) {
    case "money": {
      const r = parseMoney(value);
      return r.ok ? { ok: true, value: r.amount } : { ok: false, reason: r.reason };
    }
    case "ratio": {
      const r = parseRatio(value);
      return r === null ? { ok: false, reason: "không phải một tỷ lệ (ví dụ 75%)" } : { ok: true, value: r };
    }
    case "count":
    case "days": {
      const n = typeof value === "number" ? value : Number(cellText(value).replace(",", "."));
      if (!Number.isFinite(n) || n < 0 || (kind === "count" && !Number.isInteger(n))) {
        return { ok: false, reason: kind === "count" ? "không phải một số nguyên không âm" : "không phải một số ngày công" };
      }
      return { ok: true, value: n };
    }
    case "date": {
      const r = parseDate(value);
      return r.ok ? { ok: true, value: r.iso } : { ok: false, reason: r.reason };
    }
  }
}

function kindOfKey(key: string): FieldKind {
  const known = FIELDS_BY_KEY.get(key);
  if (known) return known.kind;
  if (/^tier\.\d+\.minIncome$/.test(key)) return "money";
  if (/^tier\.\d+\.days$/.test(key)) return "days";
  return "text";
}

/** Where the header row is: the first row whose A and B read "Khóa" and "Giá trị". */
function headerIndex(grid: Grid): number {
  return grid.values.findIndex((r) => cellText(r[0] ?? null).toLowerCase() === "khóa" && cellText(r[1] ?? null).toLowerCase() === "giá trị");
}

function defaultsOf(): Map<string, string | number | null> {
  return new Map(DEFAULT_SETTINGS.map((f) => [f.key, f.kind === "text" ? f.value : readValueOrNull(f)]));
}

function readValueOrNull(f: SettingField): string | number | null {
  const r = readValue(f.kind, f.value);
  return r.ok ? r.value : null;
}

function indexedGroups(values: Map<string, string | number | null>, prefix: string): Map<number, Map<string, string | number | null>> {
  const groups = new Map<number, Map<string, string | number | null>>();
  for (const [key, value] of values) {
    const m = new RegExp(`^${prefix}\\.(\\d+)\\.(\\w+)$`).exec(key);
    if (!m) continue;
    const n = Number(m[1]);
    if (!groups.has(n)) groups.set(n, new Map());
    groups.get(n)!.set(m[2], value);
  }
  return new Map([...groups].sort((a, b) => a[0] - b[0]));
}

/** The key a schema path belongs to, so a zod issue can be reported on its cell. */
function keyOfPath(path: readonly PropertyKey[], tierKeys: number[]): string {
  const p = path.map(String);
  if (p[0] === "incomeTiers") return `tier.${tierKeys[Number(p[1])] ?? 1}.${p[2] ?? "minIncome"}`;
  if (p[0] === "period") return `period.${p[1]}`;
  if (p[0] === "vote") return `vote.${p[1]}`;
  if (p[0] === "signers") return `signer.${p[1]}.${p[2]}`;
  if (p[0] === "reconcileWindowDays") return "reconcile.windowDays";
  if (p[0] === "campaignName") return "campaign.name";
  return p[0] ?? "";
}

/**
 * Reads the Cấu hình sheet. Keys missing from the sheet take their defaults; a value that cannot
 * be read, or that breaks a rule, is an issue naming its cell, and then `settings` is null.
 */
export function readCampaignSettings(grid: Grid): SettingsRead {
  const issues: SettingsIssue[] = [];
  const rows: Record<string, number> = {};
  const values = defaultsOf();
  const raw: Record<string, string> = {};
  const mappings: Record<string, string> = {};
  const header = headerIndex(grid);
  const cellOf = (key: string) => cellAddress(rows[key] ?? SETTINGS_FIRST_ROW, grid.origin.col + 1);
  const sheetCell = (key: string) => `Trang "${SETTINGS_SHEET_NAME}", ô ${cellOf(key)} (${key})`;
  for (let i = header + 1; i < grid.values.length; i++) {
    const r = grid.values[i];
    const key = cellText(r[0] ?? null);
    if (!key) continue;
    const row = grid.origin.row + i;
    rows[key] = row;
    const value = r[1] ?? null;
    raw[key] = cellText(value);
    if (key.startsWith(MAPPING_KEY_PREFIX)) {
      if (raw[key]) mappings[key.slice(MAPPING_KEY_PREFIX.length)] = raw[key];
      continue;
    }
    const read = readValue(kindOfKey(key), value);
    if (read.ok) values.set(key, read.value);
    else issues.push({ key, cell: cellOf(key), message: `${sheetCell(key)}: "${cellText(value)}" ${read.reason.replace(/^[A-ZĐ]/, (c) => c.toLowerCase())}` });
  }
  // A tier whose days are blank is not a tier: the person removed it.
  const tierGroups = [...indexedGroups(values, "tier")].filter(([, g]) => g.get("days") !== null && g.get("days") !== undefined);
  const tierKeys = tierGroups.map(([n]) => n);
  const text = (key: string) => String(values.get(key) ?? "");
  const num = (key: string) => (values.get(key) as number | null) ?? (readValueOrNull(FIELDS_BY_KEY.get(key)!) as number);
  const candidate = {
    campaignName: text("campaign.name"),
    commune: text("commune"),
    district: text("district"),
    province: text("province"),
    period: { start: (values.get("period.start") as string | null) || null, end: (values.get("period.end") as string | null) || null },
    accounts: [...indexedGroups(values, "account").values()]
      .map((g) => ({ number: String(g.get("number") ?? ""), holder: String(g.get("holder") ?? ""), bank: String(g.get("bank") ?? ""), branch: String(g.get("branch") ?? "") }))
      .filter((a) => a.number),
    labourDayRate: num("labourDayRate"),
    incomeTiers: tierGroups.map(([, g]) => ({ minIncome: (g.get("minIncome") as number | null) ?? 0, days: g.get("days") as number })),
    enterpriseMinimum: num("enterpriseMinimum"),
    participationThreshold: num("participationThreshold"),
    activitiesPerYear: num("activitiesPerYear"),
    roundingUnit: num("roundingUnit"),
    reconcileWindowDays: num("reconcile.windowDays"),
    signers: {
      preparer: { name: text("signer.preparer.name"), title: text("signer.preparer.title") },
      accountant: { name: text("signer.accountant.name"), title: text("signer.accountant.title") },
      head: { name: text("signer.head.name"), title: text("signer.head.title"), capacity: text("signer.head.capacity") },
    },
    vote: { date: (values.get("vote.date") as string | null) || null, shareAgreeing: (values.get("vote.shareAgreeing") as number | null) ?? null },
    mappings,
    raw,
  };
  if (issues.length) return { settings: null, issues, rows, raw };
  const parsed = CampaignSettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = keyOfPath(issue.path, tierKeys);
      issues.push({ key, cell: cellOf(key), message: `${sheetCell(key)}: ${issue.message}` });
    }
    return { settings: null, issues, rows, raw };
  }
  // Highest tier first, so the first tier an income reaches is its tier.
  parsed.data.incomeTiers.sort((a, b) => b.minIncome - a.minIncome);
  return { settings: parsed.data, issues, rows, raw };
}

/** The settings when the workbook has no Cấu hình sheet yet. */
export function defaultCampaignSettings(): CampaignSettings {
  const read = readCampaignSettings({ sheet: SETTINGS_SHEET_NAME, origin: { row: 1, col: 1 }, values: [] });
  return read.settings!;
}

/** One row of the sheet for a key: key, value, explanation. */
export function settingRow(key: string, value: CellValue, help?: string): CellValue[] {
  return [key, value, help ?? FIELDS_BY_KEY.get(key)?.help ?? (key.startsWith(MAPPING_KEY_PREFIX) ? `Cột đã xác nhận của trang “${key.slice(MAPPING_KEY_PREFIX.length)}”` : "")];
}

/** Values are written as text a person reads ("150.000", "75%"); the column is text, so Excel never re-reads a typed date. */
function shownValue(kind: FieldKind, value: string | number): string {
  if (typeof value === "string") return value;
  if (kind === "money") return formatMoney(value);
  return String(value);
}

/** The sheet as first created: every key with its default, overridden by `values`. */
export function settingsSheet(values: Record<string, string | number> = {}): SheetDoc {
  const rows: CellValue[][] = [
    ["CẤU HÌNH CUỘC VẬN ĐỘNG “CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI”"],
    ["Sửa cột “Giá trị”; không đổi cột “Khóa”. Chung Sức đọc lại trang này mỗi lần chạy. (Edit the values, not the keys.)"],
    [],
    [...SETTINGS_HEADER],
    ...DEFAULT_SETTINGS.map((f) => settingRow(f.key, shownValue(f.kind, values[f.key] ?? f.value))),
    ...Object.entries(values)
      .filter(([k]) => !FIELDS_BY_KEY.has(k))
      .map(([k, v]) => settingRow(k, v)),
  ];
  return {
    name: SETTINGS_SHEET_NAME,
    rows,
    columnWidths: [28, 36, 90],
    freeze: { rows: SETTINGS_FIRST_ROW - 1, columns: 1 },
    styles: [
      { range: `A1:C${rows.length}`, style: { font: "Times New Roman", size: 12 } },
      { range: "A1:C1", style: { bold: true, size: 13 } },
      { range: "A2:C2", style: { italic: true } },
      { range: "A4:C4", style: { bold: true, fill: "D9E2F3", border: "thin" } },
      { range: `B${SETTINGS_FIRST_ROW}:B${rows.length}`, style: { numberFormat: "@", hAlign: "left" } },
    ],
    tabColor: "7F7F7F",
  };
}

