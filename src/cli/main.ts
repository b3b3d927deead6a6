/**
 * npx chung-suc <verb> — the third shell. Verbs, exit codes and JSON shapes are the contract of
 * shared/DESIGN.md: --json prints one JSON document on stdout and nothing else; progress and
 * messages go to stderr, in Vietnamese; a bad file never produces a stack trace.
 */
import { readFile, writeFile } from "node:fs/promises";
import { runDemo } from "../app/demo";
import { discloseCommand } from "./disclose";
import { openXlsx, saveXlsx, UnreadableWorkbookError } from "../app/files";
import { recognizeSheets } from "../app/recognize";
import { notBuiltMessage, STEPS } from "../app/steps";
import { amountToWords, formatMoney, textToUnicode } from "../app/text";
import { quotaCommand } from "./quota";
import { NoContributionListError, normalizeWorkbook, validateWorkbook, type ValidationResult } from "../app/validate";

import { SheetMissingError } from "../workbook/port";
import { reconcileCommand } from "./reconcile";
import { runAllocate } from "./allocate";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

interface Args {
  verb: string;
  positional: string[];
  flags: Record<string, string | true>;
}

export function parseArgs(argv: string[]): Args {
  const [verb = "", ...rest] = argv;
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith("--") && a.length > 2) {
      const [k, v] = a.slice(2).split("=", 2);
      if (v !== undefined) flags[k] = v;
      else if (["out", "sheet", "statement", "statement-sheet", "user"].includes(k) && i + 1 < rest.length) flags[k] = rest[++i];
      else if (["out", "sheet", "statement", "user", "scope", "pledges", "group", "sort", "date"].includes(k) && i + 1 < rest.length) flags[k] = rest[++i];
      else if (["out", "sheet", "statement", "user", "method", "fund"].includes(k) && i + 1 < rest.length) flags[k] = rest[++i];
      else flags[k] = true;
    } else positional.push(a);
  }
  return { verb, positional, flags };
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `Chung Sức — công cụ cho cuộc vận động "Chung sức xây dựng nông thôn mới"
Cách dùng (usage): npx chung-suc <lệnh> ...
  demo [--out TỆP]                      tạo chiến dịch mẫu, chạy mọi bước đã có, ghi sổ kết quả
  inspect TỆP [--json]                  nhận diện các bảng trong sổ (danh sách ủng hộ, cán bộ, sao kê, công trình)
  validate TỆP [--sheet TÊN] [--json]   kiểm tra danh sách ủng hộ
  normalize TỆP --out TỆP [--json]      ghi trang Chuẩn hóa
  quota TỆP [--json] [--out TỆP]        định mức ngày công
  reconcile TỆP --statement TỆP [--json] [--out TỆP]   đối chiếu sao kê
  disclose TỆP --out TỆP [--json] [--scope recorded|received] [--pledges apart|omit]
        [--group kind-unit|list|kind|unit|none] [--sort list|name|value] [--date NGÀY]
                                        bảng công khai, báo cáo gửi huyện, danh sách đề nghị khen thưởng
  allocate TỆP --out TỆP [--json] [--method tỷ lệ|trọng số|chia đều] [--fund ghi sổ|đã xác nhận]
                                        phân bổ và dự thảo quyết định
  words SỐ...                           đọc số tiền bằng chữ
  text CHUỖI...                         chuyển TCVN3 / VNI / NFD sang Unicode`;

async function readWorkbook(path: string | undefined) {
  if (!path) throw new UnreadableWorkbookError("Thiếu tên tệp .xlsx. (Missing the .xlsx file.)");
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UnreadableWorkbookError(`Không mở được tệp "${path}". (Cannot open the file.)`);
  }
  return openXlsx(bytes, path);
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { verb, positional, flags } = parseArgs(argv);
  const json = flags.json === true;
  try {
    switch (verb) {
      case "demo": {
        const out = typeof flags.out === "string" ? flags.out : "ketqua.xlsx";
        const result = await runDemo({ user: typeof flags.user === "string" ? flags.user : null, progress: (f, label) => io.err(`  ${Math.round(f * 100)}% ${label}`) });
        await writeFile(out, result.workbook);
        const lines = [
          `Chiến dịch mẫu: xã ${result.commune}, năm ${result.year}.`,
          ...result.sheets.map((s) => `- "${s.sheet}": ${s.kind ? s.description : s.label}`),
          `Kiểm tra: ${result.validation.contributions.length} khoản đóng góp, tổng tiền ${formatMoney(result.validation.contributions.reduce((n, c) => n + c.amount, 0))} đ; ${result.validation.counts.error} lỗi, ${result.validation.counts.warning} cảnh báo, ${result.validation.counts.fixed} ô đã chuẩn hóa (trang "Chuẩn hóa").`,
          `Định mức: ${result.quota.people.length} người, định mức ${formatMoney(result.quota.totals.expectedAmount)} đ, đã đóng góp quy tiền ${formatMoney(result.quota.totals.contributedAmount)} đ; ${result.quota.units.filter((u) => u.underThreshold).length} đơn vị dưới tỷ lệ tham gia, ${result.quota.ambiguous.length} tên cần xác nhận (trang "Định mức").`,
          `Đối chiếu: ${result.reconciliation.lines} dòng sao kê; ${result.reconciliation.matched} khớp, ${result.reconciliation.suggested} đề xuất chờ duyệt, ${result.reconciliation.unmatched} chưa ai ghi sổ; chênh lệch sổ sách − ngân hàng ${formatMoney(result.reconciliation.difference)} đ (trang "Đối chiếu").`,
          `Công khai: ${result.disclosure.disclosure.totals.count} dòng, tổng giá trị ${formatMoney(result.disclosure.disclosure.totals.totalValue)} đ; ${result.disclosure.commendation.collectives.length + result.disclosure.commendation.people.length} đề nghị khen thưởng (trang "Công khai", "Báo cáo", "Khen thưởng").`,
          `Phân bổ: quỹ ${formatMoney(result.allocation.allocation.fund)} đ, phân bổ ${formatMoney(result.allocation.allocation.allocated)} đ cho ${result.allocation.allocation.lines.filter((l) => l.allocated > 0).length}/${result.allocation.allocation.lines.length} công trình, chưa phân bổ ${formatMoney(result.allocation.allocation.unallocated)} đ (trang "Phân bổ", "Quyết định"); đã phê duyệt: ${result.approvedBy}.`,
          `Các bước đã chạy: ${result.stepsRun.join(", ")}.`,
          ...(result.stepsNotBuilt.length ? [`Các bước chưa xây dựng (chưa tạo kết quả): ${result.stepsNotBuilt.join(", ")}.`] : []),
          `Đã ghi sổ kết quả: ${out}`,
        ];
        if (json) {
          io.out(
            JSON.stringify({
              out,
              commune: result.commune,
              year: result.year,
              sheets: result.sheets,
              validation: validationJson(result.validation),
              quota: { totals: result.quota.totals, units: result.quota.units },
              reconciliation: result.reconciliation,
              disclosure: result.disclosure.disclosure.totals,
              allocation: { total: result.allocation.allocation.allocated, unallocated: result.allocation.allocation.unallocated, approvedBy: result.approvedBy },
              stepsRun: result.stepsRun,
              stepsNotBuilt: result.stepsNotBuilt,
            }),
          );
        }
        else io.out(lines.join("\n"));
        return EXIT_OK;
      }
      case "inspect": {
        const book = await readWorkbook(positional[0]);
        const sheets = await recognizeSheets(book);
        if (json) io.out(JSON.stringify({ sheets }));
        else io.out(sheets.map((s) => `"${s.sheet}": ${s.kind ? s.description : s.label}${s.unsure ? " (cần xác nhận)" : ""}`).join("\n"));
        return EXIT_OK;
      }
      case "validate":
      case "normalize": {
        const book = await readWorkbook(positional[0]);
        const sheet = typeof flags.sheet === "string" ? flags.sheet : undefined;
        let result: ValidationResult;
        if (verb === "normalize") {
          if (typeof flags.out !== "string") {
            io.err("Thiếu --out TỆP: normalize ghi sổ kết quả có trang Chuẩn hóa vào một tệp mới. (Missing --out FILE.)");
            return EXIT_UNUSABLE;
          }
          result = await normalizeWorkbook(book, { sheet });
          await writeFile(flags.out, await saveXlsx(book));
        } else result = await validateWorkbook(book, { sheet });
        if (json) io.out(JSON.stringify(validationJson(result)));
        else {
          io.out(validationText(result));
          if (verb === "normalize") io.out(`Đã ghi sổ kết quả có trang "Chuẩn hóa": ${flags.out}`);
        }
        return result.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
      }
      case "quota":
        return await quotaCommand({ file: positional[0], json, out: typeof flags.out === "string" ? flags.out : undefined }, io, readWorkbook);
      case "reconcile":
        return await reconcileCommand(await readWorkbook(positional[0]), { flags, json }, io);
      case "disclose":
        return await discloseCommand({ positional, flags }, io, { user: typeof flags.user === "string" ? flags.user : null });
      case "allocate":
        return await runAllocate({ positional, flags }, io, readWorkbook);
      case "words": {
        if (positional.length === 0) {
          io.err("Thiếu số tiền. Ví dụ: npx chung-suc words 125400000 (Missing an amount.)");
          return EXIT_UNUSABLE;
        }
        let code = EXIT_OK;
        for (const input of positional) {
          const r = amountToWords(input);
          if (r.ok) io.out(r.words);
          else {
            io.err(`"${input}": ${r.reason}`);
            code = EXIT_UNUSABLE;
          }
        }
        return code;
      }
      case "text": {
        for (const input of positional) io.out(textToUnicode(input));
        return EXIT_OK;
      }
      case "":
      case "help":
      case "--help":
        io.out(USAGE);
        return verb ? EXIT_OK : EXIT_UNUSABLE;
      default: {
        const step = STEPS.find((s) => s.verbs.includes(verb));
        if (step && !step.built) {
          io.err(notBuiltMessage(step));
          return EXIT_UNUSABLE;
        }
        io.err(`Lệnh không có: "${verb}". (Unknown command.)\n${USAGE}`);
        return EXIT_UNUSABLE;
      }
    }
  } catch (e) {
    if (e instanceof UnreadableWorkbookError || e instanceof NoContributionListError || e instanceof SheetMissingError) {
      io.err(e.message);
      return EXIT_UNUSABLE;
    }
    io.err(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)} (Unexpected error.)`);
    return EXIT_UNUSABLE;
  }
}

/** The `validate` JSON of shared/DESIGN.md: fields may be added, never renamed. */
export function validationJson(r: ValidationResult) {
  return {
    rows: r.rows,
    contributions: r.contributions,
    diagnostics: r.diagnostics,
    counts: r.counts,
    lists: r.lists,
  };
}

/** Where a list's header is, and how a list with no contribution header was read. */
function listPlace(l: ValidationResult["lists"][number]): string {
  const header = l.headerRows.length ? `tiêu đề dòng ${l.headerRows.join("–")}` : "không có dòng tiêu đề";
  const how = { lines: "đọc từng dòng văn bản", cells: "tách từ các ô chép cả hàng", ledger: "đọc người ủng hộ từ Diễn giải của sổ kế toán" } as const;
  return l.readAs ? `${header}, ${how[l.readAs]}` : header;
}

function validationText(r: ValidationResult): string {
  const lines = [
    `${r.lists.map((l) => `"${l.sheet}" (${listPlace(l)})`).join(", ")}: ${r.rows} dòng dữ liệu, ${r.contributions.length} khoản đóng góp.`,
    `Lỗi: ${r.counts.error} · Cảnh báo: ${r.counts.warning} · Đã chuẩn hóa: ${r.counts.fixed} ô.`,
  ];
  for (const severity of ["error", "warning"] as const) {
    const list = r.diagnostics.filter((d) => d.severity === severity);
    if (list.length) lines.push(severity === "error" ? "LỖI:" : "CẢNH BÁO:", ...list.map((d) => `  ${d.message}`));
  }
  return lines.join("\n");
}
