import fc from "fast-check";
import { ANONYMOUS_NAME, asksAnonymity, hasPersonalNumber, stripPersonalNumbers } from "../../../src/domain/reports/privacy";
import { buildDisclosure, DEFAULT_DISCLOSURE_OPTIONS, disclosureEntries } from "../../../src/domain/reports/disclosure";
import type { Contribution } from "../../../src/domain/contributions/types";

describe("personal numbers never reach a public list", () => {
  test.each([
    ["Nguyễn Văn An - 0912345678", "Nguyễn Văn An"],
    ["Nguyễn Văn An (SĐT: 0912.345.678)", "Nguyễn Văn An"],
    ["Lê Thị Hoa, ĐT +84 912 345 678", "Lê Thị Hoa"],
    ["CCCD 001203004567", ""],
    ["CMND số 090123456, nộp tại xóm", "nộp tại xóm"],
    ["STK 8502215000001 Agribank", "Agribank"],
    ["Chuyển từ TK 9527.4.1145499", "Chuyển từ"],
  ])("%s → %s", (input, output) => {
    expect(stripPersonalNumbers(input)).toBe(output);
  });

  test("money, dates and short numbers stay", () => {
    expect(stripPersonalNumbers("Nộp 10.000.000 đồng ngày 07/05/2024, phiếu thu PT012")).toBe("Nộp 10.000.000 đồng ngày 07/05/2024, phiếu thu PT012");
    expect(stripPersonalNumbers("Xóm 3, đợt 2")).toBe("Xóm 3, đợt 2");
  });

  test("any phone, ID or account number written inside a name is gone, the name stays", () => {
    const digit = fc.constantFrom(..."0123456789".split(""));
    const number = fc.oneof(
      fc.array(digit, { minLength: 9, maxLength: 9 }).map((d) => `0${d.join("")}`), // mobile
      fc.array(digit, { minLength: 12, maxLength: 12 }).map((d) => d.join("")), // CCCD
      fc.array(digit, { minLength: 8, maxLength: 16 }).map((d) => `1${d.join("")}`), // account
    );
    const sep = fc.constantFrom("", " ", ".", "-");
    const written = fc.tuple(number, sep).map(([n, s]) => (s ? n.replace(/(\d{3,4})(?=\d)/g, `$1${s}`) : n));
    const label = fc.constantFrom("", "SĐT ", "ĐT: ", "CCCD ", "STK: ", "Tel ", "số TK ");
    fc.assert(
      fc.property(written, label, fc.constantFrom(" - ", " (", ", "), (n, l, glue) => {
        const out = stripPersonalNumbers(`Nguyễn Thị Hạnh${glue}${l}${n}${glue === " (" ? ")" : ""}`);
        expect(hasPersonalNumber(out)).toBe(false);
        expect(out.startsWith("Nguyễn Thị Hạnh")).toBe(true);
      }),
    );
  });

  test("anonymity is read from the name or the note, in the ways lists say it", () => {
    for (const note of ["Xin giấu tên", "ẩn danh", "Không nêu tên", "dấu tên", "(không ghi tên)"]) expect(asksAnonymity("Trần Văn Bình", note)).toBe(true);
    expect(asksAnonymity("Nhà hảo tâm giấu tên", "")).toBe(true);
    expect(asksAnonymity("Trần Văn Bình", "Nộp tại hội nghị")).toBe(false);
    expect(asksAnonymity("Đinh Văn Tên", "")).toBe(false);
  });
});

function contribution(over: Partial<Contribution>): Contribution {
  return { sheet: "DS", row: 5, name: "An", unit: "Xóm 1", kind: "household", channel: "cash", amount: 0, days: 0, inKindDescription: "", inKindValue: 0, landArea: 0, date: null, receipt: "", note: "", purpose: "", section: "", ...over };
}

describe("the list's totals", () => {
  const arb = fc.array(
    fc.record({
      kind: fc.constantFrom("staff", "household", "enterprise", "organization", "individual" as const),
      unit: fc.constantFrom("Xóm 1", "Xóm 2", "Trường Mầm non", ""),
      amount: fc.integer({ min: 0, max: 500 }).map((x) => x * 10_000),
      days: fc.integer({ min: 0, max: 8 }).map((x) => x / 2),
      inKindValue: fc.integer({ min: 0, max: 50 }).map((x) => x * 100_000),
      landArea: fc.integer({ min: 0, max: 300 }),
      received: fc.boolean(),
      anonymous: fc.boolean(),
    }),
    { maxLength: 60 },
  );

  test("groups add up to the grand total; received and pledged money add up to all recorded", () => {
    fc.assert(
      fc.property(arb, fc.constantFrom("kind-unit", "list", "kind", "unit", "none" as const), fc.constantFrom("list", "name", "value" as const), (rows, grouping, sort) => {
        const cs = rows.map((r, i) => contribution({ ...r, row: i + 10, name: `Người ${i}`, note: r.anonymous ? "giấu tên" : "" }));
        const received = new Set(rows.flatMap((r, i) => (r.received ? [`DS!${i + 10}`] : [])));
        const d = buildDisclosure(cs, received, { ...DEFAULT_DISCLOSURE_OPTIONS, scope: "received", grouping, sort }, 150_000);
        const entries = disclosureEntries(d);
        expect(d.groups.reduce((s, g) => s + g.totals.totalValue, 0)).toBe(d.totals.totalValue);
        for (const g of d.groups) if (g.groups.length) expect(g.groups.reduce((s, x) => s + x.totals.amount, 0)).toBe(g.totals.amount);
        expect(entries.reduce((s, e) => s + e.totalValue, 0)).toBe(d.totals.totalValue);
        expect(d.totals.amount + d.pledgeTotals.amount).toBe(cs.reduce((s, c) => s + c.amount, 0));
        expect(new Set(entries.map((e) => e.row)).size).toBe(entries.length);
        for (const e of entries) expect(e.anonymous ? e.name === ANONYMOUS_NAME : e.name.startsWith("Người")).toBe(true);
      }),
    );
  });
});
