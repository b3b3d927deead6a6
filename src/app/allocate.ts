/**
 * Step "Phân bổ": the works list, the fund (money received, earmarks kept for their works), the
 * allocation rules, and the two documents — the Phân bổ sheet (the decision's appendix) and the
 * Quyết định sheet (the draft decision). Each run re-creates both sheets, checks an earlier
 * approval against what the allocation now uses, and appends a Nhật ký row.
 */
import { allocate, type Allocation, type AllocationMethod } from "../domain/allocation/allocate";
import { APPROVAL_KEY, changesSince, parseApproval, sheetHash, type ApprovalRecord } from "../domain/allocation/approval";
import { buildFund, type EarmarkSuggestion, type Fund, type FundSource } from "../domain/allocation/fund";
import { ALLOCATION_SHEET, allocationSheet, DECISION_SHEET, decisionSheet, type ApprovalState, type DecisionSettings } from "../domain/allocation/sheets";
import { readWorksList, type Work, type WorkIssue } from "../domain/allocation/works";
import { parseDate } from "../domain/dates";
import { hashData } from "../domain/hash";
import { formatMoney } from "../domain/money";
import { detectHeaderRows, matchFromMapping, type TableMatch } from "../domain/sheet/headers";
import type { Grid } from "../domain/sheet/types";
import { WORKS_TABLE } from "../domain/sheet/tableSpecs";
import { foldText } from "../domain/text";
import type { CampaignSettings } from "../domain/settings/campaign";
import type { WorkbookPort } from "../workbook/port";
import { nowIso, type StepContext } from "./context";
import { appendLog } from "./journal";
import { anyConfirmedMapping } from "./mapping";
import { contributionKey, receivedMoney } from "./received";
import { loadCampaignSettings, settingText, writeSettingValues } from "./settings";
import { validateWorkbook } from "./validate";

export { ALLOCATION_SHEET, DECISION_SHEET };
export type { AllocationMethod, FundSource };

export class NoWorksListError extends Error {}

export interface AllocateOptions {
  /** Overrides Cấu hình allocation.method (and is remembered there). */
  method?: AllocationMethod;
  /** Overrides Cấu hình allocation.fundSource (and is remembered there). */
  fundSource?: FundSource;
}

export interface ApprovalStatus {
  state: "draft" | "approved" | "changed";
  approver: string | null;
  time: string | null;
  changes: string[];
}

export interface AllocationPlan {
  allocation: Allocation;
  works: Work[];
  worksSheet: string;
  issues: WorkIssue[];
  fund: Fund;
  suggestions: EarmarkSuggestion[];
  method: AllocationMethod;
  fundSource: FundSource;
  decision: DecisionSettings;
  /** Hash of each input the allocation used. */
  inputs: Record<string, string>;
  allocationHash: string;
  warnings: string[];
}

const METHOD_WORDS: Record<string, AllocationMethod> = { "ty le": "proportional", "trong so": "weight", "chia deu": "equal", proportional: "proportional", weight: "weight", equal: "equal" };
const SOURCE_WORDS: Record<string, FundSource> = { "ghi so": "recorded", "da xac nhan": "confirmed", "doi chieu": "confirmed", recorded: "recorded", confirmed: "confirmed" };
export const METHOD_SETTING: Record<AllocationMethod, string> = { proportional: "tỷ lệ", weight: "trọng số", equal: "chia đều" };
export const SOURCE_SETTING: Record<FundSource, string> = { recorded: "ghi sổ", confirmed: "đã xác nhận" };

function setting<T>(raw: string | undefined, words: Record<string, T>, fallback: T): T {
  return words[foldText(raw ?? "")] ?? fallback;
}

/** A method as a person writes it ("tỷ lệ", "trong so", "weight"); null when it names none. */
export function readAllocationMethod(text: string): AllocationMethod | null {
  return METHOD_WORDS[foldText(text)] ?? null;
}

/** A fund source as a person writes it ("ghi sổ", "đã xác nhận"); null when it names none. */
export function readFundSource(text: string): FundSource | null {
  return SOURCE_WORDS[foldText(text)] ?? null;
}

/** The method and the fund source Cấu hình holds (the defaults where it holds none). */
export async function allocationChoices(port: WorkbookPort): Promise<{ method: AllocationMethod; fundSource: FundSource }> {
  return {
    method: setting(await settingText(port, "allocation.method"), METHOD_WORDS, "proportional"),
    fundSource: setting(await settingText(port, "allocation.fundSource"), SOURCE_WORDS, "recorded"),
  };
}

async function findWorksList(port: WorkbookPort): Promise<{ grid: Grid; match: TableMatch }> {
  const sheets = (await port.listSheets()).filter((s) => !s.owned);
  let best: { grid: Grid; match: TableMatch } | null = null;
  for (const s of sheets) {
    const grid = await port.readSheet(s.name);
    const confirmed = await anyConfirmedMapping(port, s.name);
    // A person confirmed this sheet as another kind of table (a roster, a statement, a contribution list).
    if (confirmed?.kind && confirmed.kind !== WORKS_TABLE.kind) continue;
    const match =
      confirmed && (confirmed.kind === WORKS_TABLE.kind || confirmed.mapping.requested) ? matchFromMapping(grid, WORKS_TABLE, confirmed) : detectHeaderRows(grid, WORKS_TABLE);
    if (!match || match.missing.length) continue;
    if (!best || match.score > best.match.score) best = { grid, match };
  }
  if (!best) {
    throw new NoWorksListError(
      "Không tìm thấy danh mục công trình: cần một trang có dòng tiêu đề gồm Tên công trình và Đề nghị từ quỹ vận động (có thể thêm Mã, Địa điểm, Tiêu chí, Tổng dự toán, Ngân sách nhà nước, Thứ tự ưu tiên, Trọng số) trong 30 dòng đầu. (No works list found.)",
    );
  }
  return best;
}

function decisionSettings(s: CampaignSettings, fundSource: FundSource, year: number): DecisionSettings {
  const raw = s.raw;
  const bases = Object.keys(raw)
    .filter((k) => /^decision\.basis\.\d+$/.test(k))
    .sort((a, b) => Number(a.split(".")[2]) - Number(b.split(".")[2]))
    .map((k) => raw[k])
    .filter(Boolean);
  const date = raw["decision.date"] ? parseDate(raw["decision.date"]) : null;
  const number = Number(raw["decision.number"]);
  return {
    commune: s.commune,
    district: s.district,
    campaignName: s.campaignName,
    year,
    number: raw["decision.number"] && Number.isInteger(number) && number > 0 ? number : null,
    dateIso: date && date.ok ? date.iso : null,
    bases,
    proposer: raw["decision.proposer"] ?? "Phòng Kinh tế xã",
    executors: raw["decision.executors"] ?? "",
    recipients: (raw["decision.recipients"] ?? "").split(";").map((x) => x.trim()).filter(Boolean),
    signer: { capacity: s.signers.head.capacity, title: s.signers.head.title, name: s.signers.head.name },
    fundSource,
  };
}

/** Everything the allocation uses and gives, without writing anything: the pane's preview. */
export async function planAllocation(port: WorkbookPort, options: AllocateOptions = {}, ctx: StepContext = {}): Promise<AllocationPlan> {
  ctx.progress?.(0.05, "Đang đọc Cấu hình");
  const settings = await loadCampaignSettings(port);
  const method = options.method ?? setting(settings.raw["allocation.method"], METHOD_WORDS, "proportional");
  const fundSource = options.fundSource ?? setting(settings.raw["allocation.fundSource"], SOURCE_WORDS, "recorded");
  ctx.progress?.(0.15, "Đang đọc danh mục công trình");
  const { grid, match } = await findWorksList(port);
  const { works, issues } = readWorksList(grid, match);
  ctx.progress?.(0.3, "Đang đọc danh sách ủng hộ");
  const validation = await validateWorkbook(port, {}, { progress: (f, l) => ctx.progress?.(0.3 + f * 0.5, l) });
  const contributions = validation.contributions;
  let counts: (key: string) => boolean = () => true;
  if (fundSource === "confirmed") {
    const received = await receivedMoney(port, contributions);
    counts = (key) => received.keys.has(key);
  }
  const fund = buildFund(contributions, counts, works);
  const allocation = allocate({ works, general: fund.general, earmarked: fund.earmarked, method, roundingUnit: settings.roundingUnit });
  const years = contributions.map((c) => c.date?.slice(0, 4)).filter((y): y is string => Boolean(y));
  const year = settings.period.start ? Number(settings.period.start.slice(0, 4)) : years.length ? Number(years.sort()[years.length - 1]) : new Date().getFullYear();
  const decision = decisionSettings(settings, fundSource, year);
  const inputs = {
    works: hashData(works.map(({ sheet: _s, row: _r, ...w }) => w)),
    fund: hashData(fund.entries),
    settings: hashData({ method, fundSource, roundingUnit: settings.roundingUnit, decision }),
  };
  const allocationHash = hashData({
    lines: allocation.lines.map((l) => ({ code: l.work.code, name: l.work.name, requested: l.work.requested, earmarked: l.earmarked, allocated: l.allocated })),
    fund: allocation.fund,
    allocated: allocation.allocated,
    unallocated: allocation.unallocated,
  });
  const warnings = [
    ...issues.map((i) => i.message),
    ...allocation.warnings,
    ...fund.suggestions.map((s) => `Dòng ${s.key} (${s.name}, ${formatMoney(s.amount)} đ) ghi “${s.text}”: có thể dành cho công trình “${s.workName}”; ghi mã hoặc đúng tên công trình vào cột Mục đích nếu đúng vậy.`),
  ];
  if (fundSource === "confirmed" && !contributions.some((c) => c.amount > 0 && counts(contributionKey(c)))) {
    warnings.push("Chưa có khoản tiền nào được xác nhận đã nhận: hãy đối chiếu sao kê, hoặc chọn tiền đã ghi sổ.");
  }
  return { allocation, works, worksSheet: grid.sheet, issues, fund, suggestions: fund.suggestions, method, fundSource, decision, inputs, allocationHash, warnings };
}

export async function readApproval(port: WorkbookPort): Promise<ApprovalRecord | null> {
  return parseApproval((await port.readSettings())[APPROVAL_KEY]);
}

export async function storeApproval(port: WorkbookPort, record: ApprovalRecord): Promise<void> {
  await port.writeSettings({ [APPROVAL_KEY]: JSON.stringify(record) });
}

/** Hash of each document sheet as it is now; null where it is missing. */
export async function documentHashes(port: WorkbookPort): Promise<Record<string, string | null>> {
  const names = new Set((await port.listSheets()).map((s) => s.name));
  const out: Record<string, string | null> = {};
  for (const name of [ALLOCATION_SHEET, DECISION_SHEET]) out[name] = names.has(name) ? sheetHash(await port.readSheet(name)) : null;
  return out;
}

export function statusOf(record: ApprovalRecord | null): ApprovalStatus {
  if (!record) return { state: "draft", approver: null, time: null, changes: [] };
  if (record.changed) return { state: "changed", approver: record.approver, time: record.time, changes: record.changed.changes };
  return { state: "approved", approver: record.approver, time: record.time, changes: [] };
}

export function sheetState(record: ApprovalRecord | null): ApprovalState {
  if (!record) return { state: "draft" };
  if (record.changed) return { state: "changed", approver: record.approver, time: record.time, changes: record.changed.changes };
  return { state: "approved", approver: record.approver, time: record.time, hash: record.allocationHash };
}

/** Writes both documents with the status line; approved sheets are protected again. */
export async function writeDocuments(port: WorkbookPort, plan: AllocationPlan, state: ApprovalState): Promise<void> {
  const protect = state.state === "approved";
  await port.writeSheet({ ...allocationSheet(plan.allocation, plan.decision, state).doc, protect });
  await port.writeSheet({ ...decisionSheet(plan.allocation, plan.decision, state).doc, protect });
}

/**
 * Compares an approval with the inputs of `plan` and the sheets as they are; a difference is
 * recorded (it stays until approved again), written on both sheets and in Nhật ký.
 */
export async function detectChanges(port: WorkbookPort, plan: AllocationPlan, ctx: StepContext = {}): Promise<ApprovalRecord | null> {
  const record = await readApproval(port);
  if (!record || record.changed) return record;
  const changes = changesSince(record, { inputs: plan.inputs, sheets: await documentHashes(port) });
  if (changes.length === 0) return record;
  const changed: ApprovalRecord = { ...record, changed: { time: nowIso(ctx), changes } };
  await storeApproval(port, changed);
  await appendLog(port, {
    time: nowIso(ctx),
    user: ctx.user ?? null,
    step: "Phát hiện thay đổi sau phê duyệt",
    counts: changes.join("; "),
    dataHash: plan.allocationHash,
    detail: JSON.stringify({ approvedBy: record.approver, approvedAt: record.time, inputs: plan.inputs }),
  });
  return changed;
}

function countsText(a: Allocation): string {
  const served = a.lines.filter((l) => l.allocated > 0).length;
  return `${a.lines.length} công trình (${served} được phân bổ); quỹ ${formatMoney(a.fund)} đ, phân bổ ${formatMoney(a.allocated)} đ, chưa phân bổ ${formatMoney(a.unallocated)} đ`;
}

export interface AllocateResult extends AllocationPlan {
  approval: ApprovalStatus;
}

/** The Phân bổ step: plan, check an earlier approval, write both sheets, log. */
export async function allocateWorkbook(port: WorkbookPort, options: AllocateOptions = {}, ctx: StepContext = {}): Promise<AllocateResult> {
  if (options.method || options.fundSource) {
    await writeSettingValues(port, {
      ...(options.method ? { "allocation.method": METHOD_SETTING[options.method] } : {}),
      ...(options.fundSource ? { "allocation.fundSource": SOURCE_SETTING[options.fundSource] } : {}),
    });
  }
  const plan = await planAllocation(port, options, ctx);
  ctx.progress?.(0.85, "Đang kiểm tra phê duyệt");
  const record = await detectChanges(port, plan, ctx);
  ctx.progress?.(0.9, `Đang ghi trang "${ALLOCATION_SHEET}" và "${DECISION_SHEET}"`);
  await writeDocuments(port, plan, sheetState(record));
  await appendLog(port, { time: nowIso(ctx), user: ctx.user ?? null, step: "Phân bổ kinh phí cho công trình", counts: countsText(plan.allocation), dataHash: plan.allocationHash, detail: JSON.stringify(plan.inputs) });
  ctx.progress?.(1, "Xong");
  return { ...plan, approval: statusOf(record) };
}
