/**
 * The normalization pass on the fixture generator's lists: every data row read right, every fault
 * flagged on its row and cell, no clean row with an error or warning, no section or subtotal a
 * contribution, and "fixed" reported on exactly the cells that change.
 */
import { readContributionList } from "../../../src/domain/contributions/normalize";
import { ContributionSchema } from "../../../src/domain/contributions/types";
import { detectHeaderRows, mappingOf } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import { gridOf } from "../../fixtures/grid";
import { CAMPAIGN_PERIOD, CAMPAIGN_YEAR, generateContributionList, type ContributionListOptions } from "../../fixtures/contributionLists";

const variants: ContributionListOptions[] = [1, 2, 3, 4, 5, 6].flatMap((seed) => [
  { seed, header: "one-row", faults: "every" },
  { seed, header: "two-row", faults: "every" },
  { seed, header: seed % 2 ? "two-row" : "one-row", faults: "none", legacy: 0.9 },
  { seed, header: seed % 2 ? "one-row" : "two-row", faults: "some" },
]);

describe.each(variants.map((o) => [`seed ${o.seed}, ${o.header}, faults ${o.faults}${o.legacy ? ", legacy-heavy" : ""}`, o] as const))("%s", (_label, options) => {
  const { doc, expected } = generateContributionList(options);
  const grid = gridOf(doc);
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE)!;
  const list = readContributionList(grid, match, { campaignYear: CAMPAIGN_YEAR, period: { ...CAMPAIGN_PERIOD } });

  it("finds the header and its columns", () => {
    expect(match.headerRows).toEqual(expected.headerRows);
    expect(mappingOf(match)).toEqual(expect.objectContaining(expected.columns));
  });

  it("reads every data row as meant, and nothing else as a contribution", () => {
    expect(list.contributions.map((c) => ContributionSchema.parse(c))).toEqual(expected.contributions);
  });

  it("gives every row its role", () => {
    for (const [row, role] of Object.entries(expected.roles)) expect([Number(row), list.roles[Number(row)]]).toEqual([Number(row), role]);
  });

  it("flags every fault on its row and cell, and no clean row", () => {
    const got = list.diagnostics.filter((d) => d.severity !== "fixed").map((d) => `${d.code} ${d.column}${d.row}`);
    const want = expected.diagnostics.map((d) => `${d.code} ${d.column}${d.row}`);
    expect(got.sort()).toEqual(want.sort());
  });

  it("reports 'fixed' on exactly the cells a correct reader changes", () => {
    const got = new Set(list.diagnostics.filter((d) => d.severity === "fixed").map((d) => `${d.column}${d.row}`));
    const want = new Set(expected.fixedCells.map((c) => `${c.column}${c.row}`));
    expect([...got].sort()).toEqual([...want].sort());
  });

  it("names the sheet and the cell in every message", () => {
    for (const d of list.diagnostics) expect(d.message.startsWith(`Trang "${doc.name}", ô ${d.cell}:`)).toBe(true);
  });
});

describe("repeats", () => {
  const rows = [
    ["STT", "Họ và tên", "Thôn", "Số tiền", "Ngày nộp"],
    [1, "Hộ ông Lê Văn Tám", "Thôn 1", 200000, "05/06/2024"],
    [2, "Hộ ông Lê Văn Tám", "Thôn 1", 200000, "05/07/2024"],
    [3, "Hộ ông Lê Văn Tám", "Thôn 1", 200000, "5/6/2024"],
    [4, "Hộ bà Trần Thị Hoa", "Thôn 1", 200000, null],
    [5, "Hộ bà Trần Thị Hoa", "Thôn 1", 200000, null],
  ];
  const grid = { sheet: "DS", origin: { row: 1, col: 1 }, values: rows };
  const list = readContributionList(grid, detectHeaderRows(grid, CONTRIBUTION_TABLE)!, { campaignYear: 2024 });

  it("flags a row typed again, whatever the date's notation, and not the same gift on another day", () => {
    const repeats = list.diagnostics.filter((d) => d.code === "duplicate-row");
    expect(repeats.map((d) => [d.row, d.cell])).toEqual([
      [4, "B4"],
      [6, "B6"],
    ]);
    expect(repeats[0].message).toContain("dòng 2");
    expect(repeats[1].message).toContain("dòng 5");
  });
});
