import fc from "fast-check";
import { reconcileStatement } from "../../../src/domain/reconcile/match";
import type { Contribution } from "../../../src/domain/contributions/types";
import type { StatementLine } from "../../../src/domain/reconcile/types";
import { makeFixture } from "./statementFixture";

const sorted = (a: readonly string[]) => [...a].sort();

function run(seed: number, size = 40) {
  const fx = makeFixture(seed, size);
  const result = reconcileStatement(
    fx.lines.map((l) => l.line),
    fx.contributions,
    { windowDays: 7 },
  );
  return { fx, result };
}

describe("reconcileStatement on generated statements", () => {
  it("does not take a donor's installment for the hamlet's batch when the description also names the hamlet (seed 666733)", () => {
    const { fx, result } = run(666733);
    const parts = fx.lines.map((t, k) => ({ t, r: result.lines[k] })).filter(({ t }) => t.kind === "installment");
    expect(parts.length).toBeGreaterThan(0);
    for (const { t, r } of parts) expect({ kind: r.kind, keys: r.contributionKeys }).toEqual({ kind: "installment", keys: t.pays });
  });

  it("never auto-matches a line to a contribution it does not pay for", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const { fx, result } = run(seed);
        result.lines.forEach((r, k) => {
          if (r.status === "matched") expect({ row: r.row, keys: sorted(r.contributionKeys) }).toEqual({ row: r.row, keys: sorted(fx.lines[k].pays) });
        });
      }),
      { numRuns: 60 },
    );
  });

  it("matches every clean single transfer, and tells near-name twins apart by name", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const { fx, result } = run(seed);
        fx.lines.forEach((t, k) => {
          if (t.kind === "clean" || t.kind === "relative" || t.kind === "twin") {
            expect({ row: t.line.row, kind: t.kind, status: result.lines[k].status, keys: result.lines[k].contributionKeys }).toEqual({ row: t.line.row, kind: t.kind, status: "matched", keys: t.pays });
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it("proposes every batch and every cash deposit with exactly its rows, and installments as installments", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const { fx, result } = run(seed);
        fx.lines.forEach((t, k) => {
          const r = result.lines[k];
          if (t.kind === "batch" || t.kind === "deposit") {
            expect({ row: r.row, kind: r.kind, status: r.status, keys: sorted(r.contributionKeys), difference: r.difference }).toEqual({
              row: r.row,
              kind: t.kind === "batch" ? "batch" : "cash-deposit",
              status: "suggested",
              keys: sorted(t.pays),
              difference: 0,
            });
          }
          if (t.kind === "installment") expect({ kind: r.kind, status: r.status, keys: r.contributionKeys }).toEqual({ kind: "installment", status: "suggested", keys: t.pays });
        });
      }),
      { numRuns: 60 },
    );
  });

  it("leaves same-fold twins and amount typos to a person, showing the difference", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const { fx, result } = run(seed);
        fx.lines.forEach((t, k) => {
          const r = result.lines[k];
          if (t.kind === "typo") {
            expect(r.status).toBe("suggested");
            expect(r.contributionKeys).toEqual(t.pays);
            expect(r.difference).not.toBe(0);
            expect(r.reason).toMatch(/lệch/);
          }
          if (t.kind === "unknown") expect(r.status).not.toBe("matched");
          if (t.kind === "interest") expect([r.class, r.status, r.contributionKeys]).toEqual(["interest", "unmatched", []]);
          if (t.kind === "fee") expect([r.class, r.status]).toEqual(["fee", "unmatched"]);
        });
        for (const key of fx.neverCame) expect(result.contributions.find((c) => c.key === key)?.status).not.toBe("matched");
      }),
      { numRuns: 60 },
    );
  });

  it("gives every proposal a score between 0 and 1 and a Vietnamese reason", () => {
    const { result } = run(42, 120);
    for (const r of result.lines) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.reason.length).toBeGreaterThan(10);
    }
    const twinsSameFold = makeFixture(42, 120).lines.filter((l) => l.kind === "twin-same-fold");
    for (const t of twinsSameFold) {
      const r = result.lines.find((x) => x.row === t.line.row)!;
      expect(r.status).toBe("suggested");
    }
  });

  it("counts per status and book against bank in its summary", () => {
    const { fx, result } = run(7, 80);
    const s = result.summary;
    expect(s.matched + s.suggested + s.unmatched).toBe(s.credits);
    expect(s.credits + s.interest + s.fees + s.debits).toBe(fx.lines.length);
    expect(s.book).toBe(fx.contributions.reduce((n, c) => n + c.amount, 0));
    expect(s.difference).toBe(s.book - s.bank);
  });
});

describe("reconcileStatement on small cases", () => {
  const base: Contribution = {
    sheet: "DS",
    row: 10,
    name: "Nguyễn Văn Hải",
    unit: "Xóm Na Lang",
    kind: "household",
    channel: "transfer",
    amount: 500_000,
    days: 0,
    inKindDescription: "",
    inKindValue: 0,
    landArea: 0,
    date: "2024-05-10",
    receipt: "",
    note: "",
    purpose: "",
    section: "",
  };
  const line = (row: number, description: string, credit: number, date = "2024-05-12"): StatementLine => ({ sheet: "SK", row, date, reference: "", description, credit, debit: 0, balance: null });

  it("Hải and Hảo, same amount, same day: each line goes to its own name", () => {
    const hao = { ...base, row: 11, name: "Nguyễn Văn Hảo" };
    const r = reconcileStatement([line(5, "MBVCB.1.2.NGUYEN VAN HAO ung ho NTM", 500_000), line(6, "IBFT NGUYEN VAN HAI UNG HO FT24123456789", 500_000)], [base, hao]);
    expect(r.lines.map((l) => [l.status, l.contributionRows])).toEqual([
      ["matched", [11]],
      ["matched", [10]],
    ]);
  });

  it("a family and given name inside another donor's full name is not that donor: MA THU DUNG pays in two instalments, not for Ma Xuân Thu (fixture seed 430177)", () => {
    const thu = { ...base, row: 11, name: "Ma Xuân Thu", amount: 1_500_000 };
    const dung = { ...base, row: 12, name: "Ma Thu Dũng", amount: 3_000_000 };
    const lines = [line(5, "IBFT MA THU DUNG UNG HO CHUNG SUC XD NTM DOT 1", 1_500_000), line(6, "IBFT MA THU DUNG UNG HO CHUNG SUC XD NTM DOT 2", 1_500_000)];
    const r = reconcileStatement(lines, [thu, dung]);
    expect(r.lines.map((l) => [l.kind, l.contributionRows])).toEqual([
      ["installment", [12]],
      ["installment", [12]],
    ]);
    // Named on its own, the pair still points to him.
    const alone = reconcileStatement([line(7, "MA THU UNG HO NTM", 1_500_000)], [thu, dung]);
    expect(alone.lines[0].contributionRows).toEqual([11]);
  });

  it("the fixture's seed 430177 proposes its instalments as instalments", () => {
    const { fx, result } = run(430177);
    const parts = fx.lines.map((t, k) => ({ t, r: result.lines[k] })).filter(({ t }) => t.kind === "installment");
    expect(parts.length).toBeGreaterThan(0);
    for (const { t, r } of parts) expect({ kind: r.kind, keys: r.contributionKeys }).toEqual({ kind: "installment", keys: t.pays });
  });

  it("an amount alone decides nothing", () => {
    const r = reconcileStatement([line(5, "CHUYEN TIEN UNG HO", 500_000)], [base]);
    expect(r.lines[0].status).toBe("suggested");
    expect(r.lines[0].reason).toMatch(/không có tên/);
  });

  it("a transfer outside the window is suggested, not matched", () => {
    const r = reconcileStatement([line(5, "NGUYEN VAN HAI UNG HO", 500_000, "2024-05-30")], [base], { windowDays: 7 });
    expect(r.lines[0].status).toBe("suggested");
    expect(r.lines[0].reason).toMatch(/ngoài khoảng/);
    const wide = reconcileStatement([line(5, "NGUYEN VAN HAI UNG HO", 500_000, "2024-05-30")], [base], { windowDays: 30 });
    expect(wide.lines[0].status).toBe("matched");
  });

  it("two lines for one contribution: neither is certain", () => {
    const r = reconcileStatement([line(5, "NGUYEN VAN HAI UNG HO", 500_000), line(6, "NGUYEN VAN HAI UNG HO NTM", 500_000)], [base]);
    expect(r.lines.map((l) => l.status)).toEqual(["suggested", "suggested"]);
  });

  it("a row listed twice takes the status of the line that pays for either copy, and is waiting again once that line is rejected", () => {
    const lines = [line(5, "NGUYEN VAN HAI UNG HO", 500_000)];
    const r = reconcileStatement(lines, [base, { ...base }]);
    expect(r.lines[0]).toMatchObject({ status: "suggested", contributionKeys: ["DS!10"] });
    expect(r.contributions.map((c) => [c.status, c.lineRows])).toEqual([
      ["suggested", [5]],
      ["suggested", [5]],
    ]);
    expect(r.summary.waiting.count).toBe(0);
    const rejected = reconcileStatement(lines, [base, { ...base }], { decisions: [{ sheet: "SK", row: 5, action: "reject", contributionKeys: [], user: null, time: "t" }] });
    expect(rejected.contributions.map((c) => c.status)).toEqual(["unmatched", "unmatched"]);
    expect(rejected.summary.waiting).toEqual({ count: 2, amount: 1_000_000 });
  });

  it("decisions: accept, reject and link apply to their line only", () => {
    const other = { ...base, row: 12, name: "Lê Thị Lan", amount: 200_000 };
    const lines = [line(5, "CHUYEN TIEN UNG HO", 500_000), line(6, "LE THI LAN UNG HO", 200_000), line(7, "AI DO UNG HO", 300_000)];
    const plain = reconcileStatement(lines, [base, other]);
    const decided = reconcileStatement(lines, [base, other], {
      decisions: [
        { sheet: "SK", row: 5, action: "accept", contributionKeys: [], user: "Thu", time: "2024-06-01T00:00:00Z" },
        { sheet: "SK", row: 7, action: "link", contributionKeys: ["DS!10"], user: null, time: "2024-06-01T00:00:00Z" },
      ],
    });
    expect(decided.lines[0]).toMatchObject({ status: "matched", contributionRows: [10], decision: "accept" });
    expect(decided.lines[1]).toEqual(plain.lines[1]);
    expect(decided.lines[2]).toMatchObject({ status: "matched", contributionRows: [10], difference: -200_000, decision: "link" });
    const rejected = reconcileStatement(lines, [base, other], { decisions: [{ sheet: "SK", row: 6, action: "reject", contributionKeys: [], user: null, time: "t" }] });
    expect(rejected.lines[1]).toMatchObject({ status: "unmatched", contributionRows: [] });
    expect(rejected.lines[0]).toEqual(plain.lines[0]);
    expect(rejected.lines[2]).toEqual(plain.lines[2]);
  });
});
