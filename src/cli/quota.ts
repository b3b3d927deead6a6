/**
 * npx chung-suc quota FILE [--json] [--out FILE]: labour-day equivalents and quotas per person
 * and per unit. Without --out nothing is written; with it, the workbook is saved with the Định
 * mức sheet (its chart is Excel's own and ExcelJS cannot write charts: the .xlsx has the chart's
 * data table, not the chart). Exit 0, or 2 when the file or its Cấu hình cannot be used.
 */
import { writeFile } from "node:fs/promises";
import { saveXlsx, type XlsxWorkbook } from "../app/files";
import { computeWorkbookQuotas, NoRosterError, quotaJson, runQuota, type QuotaReport } from "../app/quota";
import { SettingsError } from "../app/settings";
import { formatMoney } from "../app/text";

export interface QuotaArgs {
  file: string | undefined;
  json: boolean;
  out: string | undefined;
}

export interface QuotaIo {
  out(text: string): void;
  err(text: string): void;
}

const percent = (r: number | null) => (r === null ? "—" : `${(Math.round(r * 1000) / 10).toString().replace(".", ",")}%`);
const money = (n: number | null) => (n === null ? "—" : formatMoney(n));
const days = (n: number | null) => (n === null ? "—" : String(n).replace(".", ","));

export function quotaText(r: QuotaReport): string {
  const lines = [
    `Đơn giá ngày công: ${formatMoney(r.rules.labourDayRate)} đ. Nguồn: cán bộ "${r.sources.rosters.join('", "') || "—"}", ủng hộ "${r.sources.contributions.join('", "') || "—"}".`,
    "THEO ĐƠN VỊ (số người · tham gia · tỷ lệ · định mức ngày · định mức đồng · đã đóng góp quy tiền · hiện vật · còn thiếu):",
    ...r.units.map(
      (u) =>
        `  ${u.unit}: ${u.headcount ?? "—"} · ${u.participants} · ${percent(u.participationRate)} · ${days(u.expectedDays)} · ${money(u.expectedAmount)} · ${money(u.contributedAmount)} · ${money(u.inKindValue)} · ${money(u.shortfall)}${u.flags.length ? `  [${u.flags.join("; ")}]` : ""}`,
    ),
    `Tổng cộng: định mức ${formatMoney(r.totals.expectedAmount)} đ, đã đóng góp quy tiền ${formatMoney(r.totals.contributedAmount)} đ (tiền ${formatMoney(r.totals.amount)} đ, ${days(r.totals.days)} ngày công), hiện vật ${formatMoney(r.totals.inKindValue)} đ, còn thiếu ${formatMoney(r.totals.shortfall)} đ.`,
  ];
  const under = r.enterprises.filter((e) => e.underMinimum);
  if (under.length) lines.push(`Doanh nghiệp dưới mức tối thiểu ${formatMoney(r.rules.enterpriseMinimum)} đ: ${under.map((e) => `${e.name} (${formatMoney(e.total)} đ)`).join("; ")}.`);
  for (const y of r.activityYears) lines.push(`Năm ${y.year}: ${y.activities} hoạt động (tối thiểu ${y.required})${y.underMinimum ? " — chưa đủ" : ""}.`);
  for (const a of r.activities) {
    const low = a.units.filter((u) => u.underThreshold);
    if (low.length) lines.push(`  ${a.date} ${a.activity}: dưới ${percent(r.rules.participationThreshold)} — ${low.map((u) => `${u.unit} ${u.present}/${u.headcount ?? "?"}`).join(", ")}`);
  }
  if (r.ambiguous.length) lines.push("CẦN XÁC NHẬN (trùng hoặc gần trùng tên):", ...r.ambiguous.map((a) => `  ${a.sheet}!B${a.row} ${a.name} (${a.unit}): ${a.reason} — ${a.options.map((o) => `${o.name}, ${o.unit} (${o.id})`).join("; ")}`));
  if (r.unlisted.length) lines.push("KHÔNG CÓ TRONG DANH SÁCH CÁN BỘ:", ...r.unlisted.map((u) => `  ${u.sheet}!B${u.row} ${u.name} (${u.unit})`));
  for (const i of r.issues) lines.push(`${i.severity === "error" ? "LỖI" : "CẢNH BÁO"}: ${i.message}`);
  return lines.join("\n");
}

export async function quotaCommand(args: QuotaArgs, io: QuotaIo, open: (path: string | undefined) => Promise<XlsxWorkbook>): Promise<number> {
  const book = await open(args.file);
  let report: QuotaReport;
  try {
    const progress = args.json ? undefined : (f: number, label: string) => io.err(`  ${Math.round(f * 100)}% ${label}`);
    report = args.out ? await runQuota(book, { progress }) : await computeWorkbookQuotas(book, { progress });
  } catch (e) {
    if (e instanceof SettingsError || e instanceof NoRosterError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  if (args.out) await writeFile(args.out, await saveXlsx(book));
  if (args.json) io.out(JSON.stringify(quotaJson(report)));
  else {
    io.out(quotaText(report));
    if (args.out) io.out(`Đã ghi sổ kết quả có trang "Định mức": ${args.out} (biểu đồ chỉ có khi chạy trong Excel; tệp .xlsx có bảng số liệu của biểu đồ).`);
  }
  return 0;
}
