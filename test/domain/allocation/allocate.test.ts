import fc from "fast-check";
import { allocate, type AllocationMethod } from "../../../src/domain/allocation/allocate";
import { workKey, type Work } from "../../../src/domain/allocation/works";

function work(i: number, requested: number, priority: number | null, weight: number | null = null): Work {
  return { sheet: "Danh mục công trình", row: i + 4, code: `CT${String(i + 1).padStart(2, "0")}`, name: `Công trình ${i + 1}`, place: "", criterion: "", estimate: requested * 3, stateBudget: requested, requested, priority, weight };
}

const arbWorks = fc
  .array(fc.record({ requested: fc.integer({ min: 0, max: 200_000_000 }), priority: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), weight: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }) }), { minLength: 1, maxLength: 12 })
  .map((ws) => ws.map((w, i) => work(i, w.requested, w.priority, w.weight)));

const arbInput = arbWorks.chain((works) =>
  fc.record({
    works: fc.constant(works),
    general: fc.integer({ min: 0, max: 1_500_000_000 }),
    earmarks: fc.array(fc.tuple(fc.integer({ min: 0, max: works.length - 1 }), fc.integer({ min: 1, max: 80_000_000 })), { maxLength: 6 }),
    method: fc.constantFrom<AllocationMethod>("proportional", "weight", "equal"),
    roundingUnit: fc.constantFrom(1, 1000, 10_000, 100_000, 1_000_000),
  }),
);

function run(x: Parameters<typeof toInput>[0]) {
  return allocate(toInput(x));
}
function toInput(x: { works: Work[]; general: number; earmarks: [number, number][]; method: AllocationMethod; roundingUnit: number }) {
  const earmarked: Record<string, number> = {};
  for (const [i, a] of x.earmarks) earmarked[workKey(x.works[i])] = (earmarked[workKey(x.works[i])] ?? 0) + a;
  return { works: x.works, general: x.general, earmarked, method: x.method, roundingUnit: x.roundingUnit };
}
const rank = (w: Work) => w.priority ?? Infinity;

describe("allocation invariants (fast-check)", () => {
  test("parts and chưa phân bổ add up to the fund exactly; every part a multiple of the unit; none above its request", () => {
    fc.assert(
      fc.property(arbInput, (x) => {
        const a = run(x);
        expect(a.allocated + a.unallocated).toBe(a.fund);
        expect(a.lines.reduce((s, l) => s + l.allocated, 0)).toBe(a.allocated);
        expect(a.unallocated).toBeGreaterThanOrEqual(0);
        for (const l of a.lines) {
          expect(l.allocated % x.roundingUnit).toBe(0);
          expect(l.allocated).toBeLessThanOrEqual(l.work.requested);
          expect(l.allocated).toBeGreaterThanOrEqual(0);
          expect(l.short).toBe(l.work.requested - l.allocated);
        }
        expect(a.lines).toHaveLength(x.works.length);
      }),
      { numRuns: 400 },
    );
  });

  test("no money is left while a work is still short, except what rounding leaves", () => {
    fc.assert(
      fc.property(arbInput, (x) => {
        const a = run(x);
        if (a.unallocated >= x.roundingUnit) for (const l of a.lines) expect(l.short).toBeLessThan(x.roundingUnit);
      }),
      { numRuns: 400 },
    );
  });

  test("earmarks first, capped at the request: a work keeps its earmark (to the unit below)", () => {
    fc.assert(
      fc.property(arbInput, (x) => {
        const a = run(x);
        for (const l of a.lines) {
          expect(l.earmarked).toBeLessThanOrEqual(l.work.requested);
          expect(l.allocated).toBeGreaterThanOrEqual(Math.floor(l.earmarked / x.roundingUnit) * x.roundingUnit);
        }
        const over = x.earmarks.some(([i]) => {
          const sum = x.earmarks.filter(([j]) => j === i).reduce((s, [, m]) => s + m, 0);
          return sum > x.works[i].requested;
        });
        expect(a.warnings.some((w) => w.includes("chuyển về quỹ chung"))).toBe(over);
      }),
      { numRuns: 300 },
    );
  });

  test("priority 1 first: a lower priority gets general money only when every higher one is served to the unit", () => {
    fc.assert(
      fc.property(arbInput, (x) => {
        const a = run(x);
        for (const hi of a.lines) {
          if (hi.short < x.roundingUnit) continue;
          for (const lo of a.lines) {
            if (rank(lo.work) <= rank(hi.work)) continue;
            expect(lo.allocated).toBeLessThanOrEqual(Math.ceil(lo.earmarked / x.roundingUnit) * x.roundingUnit);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test("rounding moves no part by a unit or more from its exact share, when every request is a whole number of units", () => {
    fc.assert(
      fc.property(arbInput, (x) => {
        const works = x.works.map((w) => ({ ...w, requested: Math.floor(w.requested / x.roundingUnit) * x.roundingUnit }));
        const a = run({ ...x, works });
        for (const l of a.lines) expect(Math.abs(l.allocated - l.exact)).toBeLessThan(x.roundingUnit + 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  test("the same input gives the same allocation, whatever the order of the earmarks", () => {
    fc.assert(
      fc.property(arbInput, (x) => {
        const a = run(x);
        const b = run({ ...x, earmarks: [...x.earmarks].reverse() });
        expect(b.lines.map((l) => l.allocated)).toEqual(a.lines.map((l) => l.allocated));
      }),
      { numRuns: 200 },
    );
  });
});

describe("allocation by example", () => {
  const works = [work(0, 60_000_000, 1, 85), work(1, 40_000_000, 1, 60), work(2, 30_000_000, 2, 70), work(3, 25_000_000, 3, 120)];

  test("within one priority, in proportion to the unmet requests; the next priority gets nothing while priority 1 is short", () => {
    const a = allocate({ works, general: 50_000_000, earmarked: {}, method: "proportional", roundingUnit: 1000 });
    expect(a.lines.map((l) => l.allocated)).toEqual([30_000_000, 20_000_000, 0, 0]);
    expect(a.unallocated).toBe(0);
  });

  test("by weight and in equal shares", () => {
    const w = allocate({ works, general: 29_000_000, earmarked: {}, method: "weight", roundingUnit: 1000 });
    expect(w.lines[0].allocated + w.lines[1].allocated).toBe(29_000_000);
    expect(w.lines[0].allocated).toBe(17_000_000); // 29 × 85/145
    const e = allocate({ works, general: 29_000_000, earmarked: {}, method: "equal", roundingUnit: 1000 });
    expect(e.lines.slice(0, 2).map((l) => l.allocated)).toEqual([14_500_000, 14_500_000]);
  });

  test("largest remainder with a fixed tie-break: the earlier work of the higher priority gets the odd unit", () => {
    const three = [work(0, 10_000_000, 1), work(1, 10_000_000, 1), work(2, 10_000_000, 1)];
    const a = allocate({ works: three, general: 10_000_000, earmarked: {}, method: "equal", roundingUnit: 1000 });
    expect(a.lines.map((l) => l.allocated)).toEqual([3_334_000, 3_333_000, 3_333_000]);
    expect(a.unallocated).toBe(0);
  });

  test("an earmark above the request returns its excess to the general fund with a warning", () => {
    const a = allocate({ works, general: 0, earmarked: { [workKey(works[3])]: 30_000_000 }, method: "proportional", roundingUnit: 1000 });
    expect(a.lines[3].allocated).toBe(25_000_000);
    // The excess goes by priority: to priority 1, in proportion to 60 : 40.
    expect(a.lines[0].allocated).toBe(3_000_000);
    expect(a.lines[1].allocated).toBe(2_000_000);
    expect(a.warnings[0]).toMatch(/vượt số đề nghị.*5\.000\.000 đ chuyển về quỹ chung/);
  });

  test("more money than requested: every work in full, the rest chưa phân bổ", () => {
    const a = allocate({ works, general: 200_000_000, earmarked: {}, method: "proportional", roundingUnit: 1000 });
    expect(a.lines.map((l) => l.short)).toEqual([0, 0, 0, 0]);
    expect(a.unallocated).toBe(45_000_000);
  });

  test("a blank priority comes after every numbered one", () => {
    const ws = [work(0, 10_000_000, null), work(1, 10_000_000, 2)];
    const a = allocate({ works: ws, general: 10_000_000, earmarked: {}, method: "proportional", roundingUnit: 1000 });
    expect(a.lines.map((l) => [l.work.code, l.allocated])).toEqual([["CT02", 10_000_000], ["CT01", 0]]);
  });
});
