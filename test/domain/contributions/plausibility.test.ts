import { amountsOutOfScale, doubtfulDays, PERSON_DAYS_LIMIT, STAFF_DAYS_LIMIT } from "../../../src/domain/contributions/plausibility";
import { readContributionList } from "../../../src/domain/contributions/normalize";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";

describe("doubtfulDays", () => {
  it("takes the days a staff member, a household or a person plausibly gives", () => {
    expect(doubtfulDays(3, "staff")).toBeNull();
    expect(doubtfulDays(STAFF_DAYS_LIMIT, "staff")).toBeNull();
    expect(doubtfulDays(2.5, "household")).toBeNull();
    expect(doubtfulDays(PERSON_DAYS_LIMIT, "individual")).toBeNull();
  });

  it("doubts more than a staff member is asked for many times over, or a year's work of one household", () => {
    expect(doubtfulDays(STAFF_DAYS_LIMIT + 1, "staff")).toContain("của một cán bộ");
    expect(doubtfulDays(450, "household")).toContain("450 ngày công của một hộ hoặc một người");
    expect(doubtfulDays(366, "individual")).toContain("hơn 365 ngày");
  });

  it("lets an enterprise or a collective pledge many people's days on one row", () => {
    expect(doubtfulDays(450, "enterprise")).toBeNull();
    expect(doubtfulDays(1500, "organization")).toBeNull();
  });

  it("doubts an amount typed in the days column, whoever gave it", () => {
    for (const kind of ["staff", "household", "enterprise", "organization", "individual"] as const) {
      expect(doubtfulDays(150_000, kind)).toContain("trông như một số tiền");
    }
  });
});

describe("a doubtful number of days in a list", () => {
  function read(values: CellValue[][]) {
    const grid = { sheet: "DS", origin: { row: 1, col: 1 }, values };
    return readContributionList(grid, detectHeaderRows(grid, CONTRIBUTION_TABLE)!, { campaignYear: 2024 });
  }

  it("is a warning on its cell, and the row still counts", () => {
    const list = read([
      ["STT", "Họ và tên", "Đơn vị", "Ngày công"],
      [1, "Nguyễn Văn An", "UBND xã", 3],
      [2, "Trần Thị Bình", "UBND xã", 45],
      [3, "Lê Văn Cường", "Thôn Đông", "450 ngày"],
      [4, "Công ty TNHH Hoàng Long", "", 200],
    ]);
    expect(list.contributions.map((c) => [c.row, c.days])).toEqual([
      [2, 3],
      [3, 45],
      [4, 450],
      [5, 200],
    ]);
    const doubts = list.diagnostics.filter((d) => d.code === "days-implausible");
    expect(doubts.map((d) => [d.cell, d.severity])).toEqual([
      ["D3", "warning"],
      ["D4", "warning"],
    ]);
    expect(doubts[0].message).toBe(`Trang "DS", ô D3: 45 ngày công của một cán bộ trong một năm là quá nhiều (hơn 30 ngày, trong khi mức vận động cao nhất là 3 ngày); hãy kiểm tra có gõ nhầm không.`);
  });
});

describe("amountsOutOfScale", () => {
  it("names the amounts a hundred times the list's median gift or more", () => {
    expect(amountsOutOfScale([5e6, 3e6, 0, 2e6, 5e8, 9e6])).toEqual({ usual: 5e6, rows: [4] });
    expect(amountsOutOfScale([5e6, 3e6, 2e6, 4.9e8])).toBeNull();
  });

  it("judges nothing on fewer than three gifts", () => {
    expect(amountsOutOfScale([1e6, 5e9])).toBeNull();
    expect(amountsOutOfScale([0, 0, 1e6, 5e9])).toBeNull();
  });
});
