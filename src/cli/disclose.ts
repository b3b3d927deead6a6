/** `disclose FILE --out FILE [--json] [--scope recorded|received] [--pledges apart|omit] [--group …] [--sort …] [--date NGÀY]`. */
import { readFile, writeFile } from "node:fs/promises";
import { readDocumentDate, runDisclose, type DiscloseResult, type DisclosureOptions } from "../app/disclose";
import { openXlsx, saveXlsx, UnreadableWorkbookError } from "../app/files";
import { formatMoney } from "../app/text";
import { SettingsError } from "../app/settings";
import type { StepContext } from "../app/context";

export interface DiscloseArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const CHOICE_FLAGS: Record<string, { key: keyof DisclosureOptions; values: string[] }> = {
  scope: { key: "scope", values: ["recorded", "received"] },
  pledges: { key: "pledges", values: ["apart", "omit"] },
  group: { key: "grouping", values: ["kind-unit", "list", "kind", "unit", "none"] },
  sort: { key: "sort", values: ["list", "name", "value"] },
};

/** The JSON of `disclose --json`: fields may be added, never renamed. */
export function discloseJson(r: DiscloseResult, out: string) {
  return {
    out,
    sheets: r.sheets,
    options: r.options,
    thresholds: r.thresholds,
    reconciled: r.reconciled,
    totals: r.disclosure.totals,
    pledges: { count: r.disclosure.pledges.length, totals: r.disclosure.pledgeTotals },
    omitted: r.disclosure.omitted,
    commendation: { collectives: r.commendation.collectives.map((c) => ({ name: c.name, unit: c.unit, reasons: c.reasons })), people: r.commendation.people.map((c) => ({ name: c.name, unit: c.unit, totalValue: c.totalValue, reasons: c.reasons })) },
  };
}

export async function discloseCommand(args: DiscloseArgs, io: Io, ctx: StepContext = {}): Promise<number> {
  const file = args.positional[0];
  const out = args.flags.out;
  if (!file) throw new UnreadableWorkbookError("Thiếu tên tệp .xlsx. (Missing the .xlsx file.)");
  if (typeof out !== "string") {
    io.err("Thiếu --out TỆP: disclose ghi sổ kết quả có các trang Công khai, Báo cáo, Khen thưởng vào một tệp mới. (Missing --out FILE.)");
    return 2;
  }
  const options: Partial<DisclosureOptions> = {};
  for (const [flag, spec] of Object.entries(CHOICE_FLAGS)) {
    const v = args.flags[flag];
    if (v === undefined) continue;
    if (typeof v !== "string" || !spec.values.includes(v)) {
      io.err(`--${flag} phải là một trong: ${spec.values.join(", ")}. (Invalid --${flag}.)`);
      return 2;
    }
    (options as Record<string, string>)[spec.key] = v;
  }
  let dateIso: string | undefined;
  if (args.flags.date !== undefined) {
    const d = typeof args.flags.date === "string" ? readDocumentDate(args.flags.date) : null;
    if (!d) {
      io.err(`--date phải là một ngày, ví dụ 15/07/2024 hoặc 2024-07-15. (Invalid --date.)`);
      return 2;
    }
    dateIso = d;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UnreadableWorkbookError(`Không mở được tệp "${file}". (Cannot open the file.)`);
  }
  const book = await openXlsx(bytes, file);
  let result: DiscloseResult;
  try {
    result = await runDisclose(book, { options, dateIso }, ctx);
  } catch (e) {
    if (e instanceof SettingsError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  await writeFile(out, await saveXlsx(book));
  if (args.flags.json === true) io.out(JSON.stringify(discloseJson(result, out)));
  else {
    const t = result.disclosure.totals;
    io.out(
      [
        `Công khai: ${t.count} dòng; tiền ${formatMoney(t.amount)} đ, ngày công ${t.days} (quy ra ${formatMoney(t.labourValue)} đ), hiện vật ${formatMoney(t.inKindValue)} đ, đất hiến ${t.landArea} m²; tổng giá trị ${formatMoney(t.totalValue)} đ.`,
        result.disclosure.pledges.length ? `Chưa nộp (liệt kê riêng): ${result.disclosure.pledges.length} khoản, ${formatMoney(result.disclosure.pledgeTotals.amount)} đ.` : "",
        `Đề nghị khen thưởng: ${result.commendation.collectives.length} tập thể, ${result.commendation.people.length} hộ, cá nhân.`,
        `Đã ghi sổ kết quả có các trang ${result.sheets.map((s) => `"${s}"`).join(", ")}: ${out}`,
      ]
        .filter(Boolean)
        .join("\n"),
    );
  }
  return 0;
}
