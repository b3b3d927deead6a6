import { defaultCampaignSettings, parseRatio, readCampaignSettings, settingsSheet, SETTINGS_SHEET_NAME } from "../../../src/domain/settings/campaign";
import type { CellValue, Grid } from "../../../src/domain/sheet/types";

function gridOf(rows: CellValue[][]): Grid {
  return { sheet: SETTINGS_SHEET_NAME, origin: { row: 1, col: 1 }, values: rows };
}

/** The sheet as created, with some values changed as a person would type them. */
function edited(changes: Record<string, CellValue>): Grid {
  const rows = settingsSheet().rows.map((r) => [...r]);
  for (const r of rows) if (typeof r[0] === "string" && r[0] in changes) r[1] = changes[r[0]];
  for (const [k, v] of Object.entries(changes)) if (!rows.some((r) => r[0] === k)) rows.push([k, v, ""]);
  return gridOf(rows);
}

describe("Cấu hình", () => {
  test("defaults are the plans' numbers", () => {
    const s = defaultCampaignSettings();
    expect(s.labourDayRate).toBe(150_000);
    expect(s.incomeTiers).toEqual([
      { minIncome: 5_000_000, days: 3 },
      { minIncome: 0, days: 2 },
    ]);
    expect(s.enterpriseMinimum).toBe(2_000_000);
    expect(s.participationThreshold).toBe(0.75);
    expect(s.activitiesPerYear).toBe(4);
    expect(s.roundingUnit).toBe(1000);
    expect(s.reconcileWindowDays).toBe(7);
    expect(s.signers.head).toEqual({ name: "", title: "CHỦ TỊCH", capacity: "TM. ỦY BAN NHÂN DÂN" });
  });

  test("the created sheet reads back as the defaults", () => {
    const read = readCampaignSettings(gridOf(settingsSheet().rows));
    expect(read.issues).toEqual([]);
    expect(read.settings).toEqual({ ...defaultCampaignSettings(), raw: read.settings!.raw });
  });

  test("values typed in any notation the core reads", () => {
    const read = readCampaignSettings(
      edited({ labourDayRate: "200k", "tier.1.minIncome": "6 triệu", "tier.1.days": "2,5", participationThreshold: "80 %", commune: "Điềm Mặc", "period.start": "20/4/2024", "vote.shareAgreeing": 0.9 }),
    );
    expect(read.issues).toEqual([]);
    const s = read.settings!;
    expect(s.labourDayRate).toBe(200_000);
    expect(s.incomeTiers[0]).toEqual({ minIncome: 6_000_000, days: 2.5 });
    expect(s.participationThreshold).toBe(0.8);
    expect(s.commune).toBe("Điềm Mặc");
    expect(s.period.start).toBe("2024-04-20");
    expect(s.vote.shareAgreeing).toBe(0.9);
  });

  test("a commune's own tiers: a third tier added, tiers ordered highest first", () => {
    const s = readCampaignSettings(edited({ "tier.3.minIncome": "8.000.000", "tier.3.days": 4 })).settings!;
    expect(s.incomeTiers.map((t) => t.days)).toEqual([4, 3, 2]);
  });

  test("a tier whose days are blank is removed", () => {
    const s = readCampaignSettings(edited({ "tier.2.days": null, "tier.2.minIncome": null })).settings!;
    expect(s.incomeTiers).toEqual([{ minIncome: 5_000_000, days: 3 }]);
  });

  test("an unreadable value names its cell in Vietnamese", () => {
    const grid = edited({ labourDayRate: "một trăm" });
    const row = grid.values.findIndex((r) => r[0] === "labourDayRate") + 1;
    const read = readCampaignSettings(grid);
    expect(read.settings).toBeNull();
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0].cell).toBe(`B${row}`);
    expect(read.issues[0].message).toContain(`Trang "Cấu hình", ô B${row}`);
  });

  test("a rule broken by a readable value names its cell: the vote must pass half", () => {
    const grid = edited({ "vote.shareAgreeing": "50%" });
    const row = grid.values.findIndex((r) => r[0] === "vote.shareAgreeing") + 1;
    const read = readCampaignSettings(grid);
    expect(read.settings).toBeNull();
    expect(read.issues[0]).toMatchObject({ key: "vote.shareAgreeing", cell: `B${row}` });
    expect(read.issues[0].message).toMatch(/trên 50%/);
  });

  test("a zero labour-day rate and a period ending before it starts are refused on their cells", () => {
    const read = readCampaignSettings(edited({ labourDayRate: 0, "period.start": "1/6/2024", "period.end": "1/5/2024" }));
    expect(read.issues.map((i) => i.key).sort()).toEqual(["labourDayRate", "period.end"]);
  });

  test("a count that is not whole is refused", () => {
    expect(readCampaignSettings(edited({ activitiesPerYear: "3,5" })).issues[0].key).toBe("activitiesPerYear");
  });

  test("remembered mappings and unknown keys are kept", () => {
    const s = readCampaignSettings(edited({ "mapping:DS ủng hộ": '{"headerRows":[7],"mapping":{"name":"B"}}', "disclose.scope": "received" })).settings!;
    expect(s.mappings["DS ủng hộ"]).toContain('"name":"B"');
    expect(s.raw["disclose.scope"]).toBe("received");
  });

  test("ratios", () => {
    expect(parseRatio("75%")).toBe(0.75);
    expect(parseRatio("0,75")).toBe(0.75);
    expect(parseRatio(75)).toBe(0.75);
    expect(parseRatio(0.6)).toBe(0.6);
    expect(parseRatio("nhiều")).toBeNull();
  });

  test("the sheet writes its values as text, so a typed date is never turned into a US date", () => {
    const doc = settingsSheet({ commune: "Điềm Mặc" });
    expect(doc.rows.find((r) => r[0] === "labourDayRate")![1]).toBe("150.000");
    expect(doc.rows.find((r) => r[0] === "commune")![1]).toBe("Điềm Mặc");
    expect(doc.styles!.some((s) => s.style.numberFormat === "@")).toBe(true);
  });
});
