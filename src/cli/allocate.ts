/**
 * `allocate FILE --out FILE [--json] [--method tỷ lệ|trọng số|chia đều] [--fund ghi sổ|đã xác nhận]`:
 * writes Phân bổ and Quyết định into a copy of the workbook. JSON contract (shared/DESIGN.md):
 * { items: [{ name, allocated, … }], total, unallocated } — fields may be added, never renamed.
 */
import { writeFile } from "node:fs/promises";
import { allocateWorkbook, NoWorksListError, readAllocationMethod, readFundSource, type AllocateResult, type AllocationMethod, type FundSource } from "../app/allocate";
import { saveXlsx, type XlsxWorkbook } from "../app/files";
import { SettingsError } from "../app/settings";
import { formatMoney } from "../app/text";

export interface AllocateArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

export interface AllocateIo {
  out(text: string): void;
  err(text: string): void;
}

export function allocateJson(r: AllocateResult, out: string) {
  return {
    items: r.allocation.lines.map((l) => ({
      name: l.work.name,
      code: l.work.code,
      place: l.work.place,
      criterion: l.work.criterion,
      priority: l.work.priority,
      estimate: l.work.estimate,
      stateBudget: l.work.stateBudget,
      requested: l.work.requested,
      earmarked: l.earmarked,
      allocated: l.allocated,
      short: l.short,
      row: l.work.row,
    })),
    total: r.allocation.allocated,
    unallocated: r.allocation.unallocated,
    fund: r.allocation.fund,
    method: r.method,
    fundSource: r.fundSource,
    roundingUnit: r.allocation.roundingUnit,
    warnings: r.warnings,
    allocationHash: r.allocationHash,
    approval: r.approval,
    out,
  };
}

function text(r: AllocateResult, out: string): string {
  const a = r.allocation;
  return [
    `Danh mục "${r.worksSheet}": ${a.lines.length} công trình. Quỹ đưa vào phân bổ: ${formatMoney(a.fund)} đ.`,
    ...a.lines.map((l) => `  ${l.work.code ? `${l.work.code} ` : ""}${l.work.name}: ${formatMoney(l.allocated)} đ / đề nghị ${formatMoney(l.work.requested)} đ${l.earmarked ? ` (ghi theo mục đích ${formatMoney(l.earmarked)} đ)` : ""}`),
    `Đã phân bổ: ${formatMoney(a.allocated)} đ · Chưa phân bổ: ${formatMoney(a.unallocated)} đ.`,
    ...(r.warnings.length ? ["CẢNH BÁO:", ...r.warnings.map((w) => `  ${w}`)] : []),
    `Phê duyệt: ${r.approval.state === "approved" ? `đã phê duyệt (${r.approval.approver})` : r.approval.state === "changed" ? `ĐÃ THAY ĐỔI SAU PHÊ DUYỆT — ${r.approval.changes.join("; ")}` : "chưa phê duyệt"}.`,
    `Đã ghi sổ kết quả có trang "Phân bổ" và "Quyết định": ${out}`,
  ].join("\n");
}

export async function runAllocate(args: AllocateArgs, io: AllocateIo, readWorkbook: (path: string | undefined) => Promise<XlsxWorkbook>): Promise<number> {
  const { positional, flags } = args;
  if (typeof flags.out !== "string") {
    io.err("Thiếu --out TỆP: allocate ghi sổ kết quả có trang Phân bổ và Quyết định vào một tệp mới. (Missing --out FILE.)");
    return 2;
  }
  let method: AllocationMethod | undefined;
  let fundSource: FundSource | undefined;
  if (typeof flags.method === "string") {
    method = readAllocationMethod(flags.method) ?? undefined;
    if (!method) {
      io.err(`--method "${flags.method}": chọn “tỷ lệ”, “trọng số” hoặc “chia đều”. (proportional | weight | equal)`);
      return 2;
    }
  }
  if (typeof flags.fund === "string") {
    fundSource = readFundSource(flags.fund) ?? undefined;
    if (!fundSource) {
      io.err(`--fund "${flags.fund}": chọn “ghi sổ” hoặc “đã xác nhận”. (recorded | confirmed)`);
      return 2;
    }
  }
  const book = await readWorkbook(positional[0]);
  try {
    const result = await allocateWorkbook(book, { method, fundSource }, { user: typeof flags.user === "string" ? flags.user : null, progress: (f, label) => io.err(`  ${Math.round(f * 100)}% ${label}`) });
    await writeFile(flags.out, await saveXlsx(book));
    io.out(flags.json === true ? JSON.stringify(allocateJson(result, flags.out)) : text(result, flags.out));
    return 0;
  } catch (e) {
    if (e instanceof NoWorksListError || e instanceof SettingsError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}
