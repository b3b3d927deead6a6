/**
 * The allocation rules (issue 8; seeds 000, 004): earmarks first, capped at the work's request
 * (the excess returns to the general fund, with a warning); then the general fund by priority
 * (1 first); inside one priority in proportion to the unmet requests, to the weights, or in
 * equal shares; no work above its request. Amounts are rounded to the rounding unit by largest
 * remainder with a fixed tie-break (higher priority, then earlier in the list), so the parts add
 * up exactly; what is left is "chưa phân bổ". Money stays unallocated while a work is short only
 * by what rounding leaves (less than one unit per work).
 */
import { formatMoney } from "../money";
import { workKey, type Work } from "./works";

export type AllocationMethod = "proportional" | "weight" | "equal";

export interface AllocationInput {
  works: readonly Work[];
  /** General money plus earmarked money, integer đồng. */
  general: number;
  /** Earmarked money by workKey; money for a key that is no work's goes back to the general fund. */
  earmarked: Readonly<Record<string, number>>;
  method: AllocationMethod;
  /** 1.000 đ by default (Cấu hình roundingUnit). */
  roundingUnit: number;
}

export interface AllocationLine {
  work: Work;
  key: string;
  /** Earmarked money kept for this work, after the cap at its request. */
  earmarked: number;
  /** What the work receives from the campaign fund, a multiple of the rounding unit. */
  allocated: number;
  /** requested − allocated. */
  short: number;
  /** The exact share before rounding, for the record. */
  exact: number;
}

export interface Allocation {
  lines: AllocationLine[];
  /** All the money in the fund (general and earmarked). */
  fund: number;
  allocated: number;
  unallocated: number;
  method: AllocationMethod;
  roundingUnit: number;
  warnings: string[];
}

function order(works: readonly Work[]): number[] {
  return works
    .map((_, i) => i)
    .sort((a, b) => (works[a].priority ?? Infinity) - (works[b].priority ?? Infinity) || a - b);
}

/** Gives `amount` to works in proportion to `basis`, none above its `room`: water-filling. */
function share(amount: number, room: number[], basis: number[]): number[] {
  const given = room.map(() => 0);
  let left = amount;
  let open = room.map((r, i) => (r > 0 ? i : -1)).filter((i) => i >= 0);
  while (left > 1e-9 && open.length > 0) {
    let weights = open.map((i) => basis[i]);
    let sum = weights.reduce((s, w) => s + w, 0);
    // Nothing to weigh by (every weight 0 or missing): by the unmet request instead.
    if (!(sum > 0)) {
      weights = open.map((i) => room[i] - given[i]);
      sum = weights.reduce((s, w) => s + w, 0);
    }
    const capped: number[] = [];
    for (const [k, i] of open.entries()) {
      const want = (left * weights[k]) / sum;
      if (given[i] + want >= room[i] - 1e-9) capped.push(i);
    }
    if (capped.length === 0) {
      for (const [k, i] of open.entries()) given[i] += (left * weights[k]) / sum;
      left = 0;
      break;
    }
    for (const i of capped) {
      left -= room[i] - given[i];
      given[i] = room[i];
    }
    open = open.filter((i) => !capped.includes(i));
  }
  return given;
}

export function allocate(input: AllocationInput): Allocation {
  const { works, method } = input;
  const unit = Math.max(1, Math.floor(input.roundingUnit));
  const warnings: string[] = [];
  const keys = works.map(workKey);
  const byKey = new Map(keys.map((k, i) => [k, i]));
  let general = input.general;
  const earmarked = works.map(() => 0);
  for (const [key, amount] of Object.entries(input.earmarked)) {
    const i = byKey.get(key);
    if (i === undefined) {
      general += amount;
      continue;
    }
    earmarked[i] += amount;
  }
  for (const [i, w] of works.entries()) {
    if (earmarked[i] > w.requested) {
      const excess = earmarked[i] - w.requested;
      warnings.push(
        `Tiền ủng hộ ghi cho công trình "${w.name}" (${formatMoney(earmarked[i])} đ) vượt số đề nghị (${formatMoney(w.requested)} đ): ${formatMoney(excess)} đ chuyển về quỹ chung.`,
      );
      earmarked[i] = w.requested;
      general += excess;
    }
  }
  const fund = input.general + Object.values(input.earmarked).reduce((s, a) => s + a, 0);

  // Exact shares: earmarks, then the general fund priority by priority.
  const exact = earmarked.slice();
  const sorted = order(works);
  const tiers: number[][] = [];
  for (const i of sorted) {
    const last = tiers[tiers.length - 1];
    if (last && works[last[0]].priority === works[i].priority) last.push(i);
    else tiers.push([i]);
  }
  let left = general;
  for (const tier of tiers) {
    if (left <= 0) break;
    const room = tier.map((i) => works[i].requested - exact[i]);
    const need = room.reduce((s, r) => s + r, 0);
    if (need <= left) {
      tier.forEach((i, k) => (exact[i] += room[k]));
      left -= need;
      continue;
    }
    const basis = tier.map((i, k) => (method === "equal" ? 1 : method === "weight" ? works[i].weight ?? 0 : room[k]));
    if (method === "weight" && tier.some((i) => works[i].weight === null)) {
      warnings.push(`Có công trình ưu tiên ${works[tier[0]].priority ?? "cuối"} không có trọng số: các công trình đó chỉ nhận phần còn lại sau khi công trình có trọng số đã đủ.`);
    }
    share(left, room, basis).forEach((g, k) => (exact[tier[k]] = Math.min(works[tier[k]].requested, exact[tier[k]] + g)));
    left = 0;
  }

  // Rounding to the unit: floors, then the units left by largest remainder, then to any work
  // with room in priority order, so that every unit the fund holds goes out while a work has room.
  const capacity = works.map((w) => Math.floor(w.requested / unit));
  const units = exact.map((a, i) => Math.min(capacity[i], Math.floor(a / unit + 1e-9)));
  const totalUnits = Math.min(Math.floor(fund / unit), capacity.reduce((s, c) => s + c, 0));
  let spare = totalUnits - units.reduce((s, u) => s + u, 0);
  for (let k = sorted.length - 1; spare < 0 && k >= 0; k--) {
    const i = sorted[k];
    const take = Math.min(units[i], -spare);
    units[i] -= take;
    spare += take;
  }
  const remainder = (i: number) => exact[i] / unit - units[i];
  const rank = sorted.filter((i) => remainder(i) > 1e-9 && units[i] < capacity[i]).sort((a, b) => remainder(b) - remainder(a) || sorted.indexOf(a) - sorted.indexOf(b));
  for (const i of rank) {
    if (spare <= 0) break;
    units[i] += 1;
    spare -= 1;
  }
  for (const i of sorted) {
    if (spare <= 0) break;
    const take = Math.min(spare, capacity[i] - units[i]);
    units[i] += take;
    spare -= take;
  }

  const lines: AllocationLine[] = sorted.map((i) => {
    const allocated = units[i] * unit;
    return { work: works[i], key: keys[i], earmarked: earmarked[i], allocated, short: works[i].requested - allocated, exact: exact[i] };
  });
  const allocated = lines.reduce((s, l) => s + l.allocated, 0);
  const requested = works.reduce((s, w) => s + w.requested, 0);
  if (fund > requested) warnings.push(`Quỹ (${formatMoney(fund)} đ) lớn hơn tổng số đề nghị (${formatMoney(requested)} đ): ${formatMoney(fund - allocated)} đ chưa phân bổ.`);
  return { lines, fund, allocated, unallocated: fund - allocated, method, roundingUnit: unit, warnings };
}
