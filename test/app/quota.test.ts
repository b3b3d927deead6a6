import { sampleWorkbook } from "../../src/app/files";
import { readLog } from "../../src/app/journal";
import { computeWorkbookQuotas, MATCH_KEY_PREFIX, NOT_LISTED, QUOTA_SHEET, quotaJson, runQuota, settleMatch, type QuotaReport } from "../../src/app/quota";
import { SETTINGS_SHEET_NAME, SettingsError } from "../../src/app/settings";
import { generateCampaign, ROSTER_SHEET, type SampleCampaign } from "../../src/app/sample";
import { moneyInWordsLine } from "../../src/domain/money";
import { quotaTruth, reportFigures, type QuotaTruth } from "../fixtures/quotaTruth";

describe("the quota step on the sample campaign", () => {
  let campaign: SampleCampaign;
  let truth: QuotaTruth;
  let report: QuotaReport;
  beforeAll(async () => {
    const sample = await sampleWorkbook();
    campaign = sample.campaign;
    truth = quotaTruth(campaign);
    report = await computeWorkbookQuotas(sample.book);
  });

  it("finds the roster, the household list, the attendance sheet and the contribution list", () => {
    expect(report.sources).toEqual({ rosters: [ROSTER_SHEET], households: ["DS hộ gia đình"], attendance: ["Điểm danh hoạt động"], contributions: ["DS ủng hộ"] });
    expect(report.issues).toEqual([]);
  });

  it("has the cases the issue asks for", () => {
    const incomes = campaign.staff.filter((s) => s.inRoster).map((s) => s.written);
    expect(incomes).toContain(5_000_000);
    expect(incomes.some((w) => typeof w === "string" && /tr\d/.test(w))).toBe(true);
    expect(incomes.some((w) => typeof w === "string" && / triệu$/.test(w))).toBe(true);
    expect(incomes.some((w) => typeof w === "string" && / đồng$/.test(w))).toBe(true);
    const gifts = campaign.contributions.filter((c) => c.kind === "staff");
    expect(gifts.some((c) => c.amount > 0 && c.days === 0)).toBe(true);
    expect(gifts.some((c) => c.amount === 0 && c.days > 0)).toBe(true);
    expect(gifts.some((c) => c.amount > 0 && c.days > 0)).toBe(true);
    expect(truth.people.some((p) => p.status === "none")).toBe(true);
    expect(gifts.some((c) => c.encoding !== "unicode")).toBe(true);
    expect(truth.staffUnits.find((u) => u.unit === campaign.quotaCases.noneTookPart)?.participants).toBe(0);
    expect(truth.ambiguous).toHaveLength(1);
    expect(truth.unlisted).toHaveLength(1);
  });

  it("gives every person and every staff unit exactly the truth's figures", () => {
    expect(reportFigures(report)).toEqual({ people: truth.people, staffUnits: truth.staffUnits });
  });

  it("reads the one income exactly at 5.000.000 as the upper tier", () => {
    const at = report.people.find((p) => p.income === 5_000_000)!;
    expect(at.quotaDays).toBe(3);
    expect(at.quotaAmount).toBe(450_000);
  });

  it("days-equivalent is money ÷ rate + days, and the balance is what was given less the quota", () => {
    for (const p of report.people) {
      expect(p.daysEquivalent).toBeCloseTo(p.amountGiven / 150_000 + p.daysWorked, 2);
      expect(p.balanceAmount).toBe(p.contributedAmount - p.quotaAmount!);
    }
  });

  it("asks about the namesakes and lists the contributor who is on no roster", () => {
    expect(report.ambiguous.map((a) => ({ id: a.id, options: a.options.map((o) => o.id) }))).toEqual(truth.ambiguous);
    expect(report.unlisted.map((u) => ({ id: u.id, name: u.name }))).toEqual(truth.unlisted);
    expect(report.units.find((u) => u.group === "pending")?.contributedAmount).toBeGreaterThan(0);
  });

  it("flags the unit where nobody took part and the units under 75 %", () => {
    const none = report.units.find((u) => u.unit === campaign.quotaCases.noneTookPart)!;
    expect(none.participationRate).toBe(0);
    expect(none.underThreshold).toBe(true);
    expect(none.shortfall).toBe(none.expectedAmount);
  });

  it("every contribution is counted once: the units add up to money + days × rate of all", () => {
    expect(report.units.reduce((n, u) => n + u.contributedAmount, 0)).toBe(truth.contributedTotal);
    expect(report.totals.contributedAmount).toBe(truth.contributedTotal);
  });

  it("enterprises under the minimum, hamlet totals and activities match the truth", () => {
    expect(report.enterprises.filter((e) => e.underMinimum).map((e) => e.name)).toEqual(truth.enterprisesUnderMinimum);
    expect(
      report.hamlets.map((h) => ({ hamlet: h.hamlet, listedHouseholds: h.listedHouseholds, householdsTakingPart: h.householdsTakingPart, days: h.days, amount: h.amount, inKindValue: h.inKindValue, landArea: h.landArea })),
    ).toEqual(truth.hamlets);
    expect(report.activities.map((a) => ({ date: a.date, units: a.units.map((u) => ({ unit: u.unit, present: u.present, headcount: u.headcount, underThreshold: u.underThreshold })) }))).toEqual(truth.activities);
    expect(report.activityYears).toEqual([{ year: truth.activitiesPerYear.year, activities: truth.activitiesPerYear.count, required: 4, underMinimum: truth.activitiesPerYear.underMinimum }]);
  });

  it("the JSON has the DESIGN.md fields", () => {
    const json = quotaJson(report);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["people", "units"]));
    for (const u of json.units) expect(Object.keys(u)).toEqual(expect.arrayContaining(["unit", "headcount", "expectedDays", "expectedAmount", "contributedAmount", "participationRate"]));
    for (const u of json.units) if (u.participationRate !== null) expect(u.participationRate).toBeGreaterThanOrEqual(0);
  });
});

describe("runQuota writes Định mức and Nhật ký, and keeps a person's decisions", () => {
  it("writes the sheet with totals, the total in words and the chart's data, then a settled match moves the money", async () => {
    const { book, campaign } = await sampleWorkbook();
    const first = await runQuota(book, { user: "Kế toán", now: () => new Date("2024-07-01T08:00:00Z") });
    const grid = await book.readSheet(QUOTA_SHEET);
    const text = grid.values.map((r) => r.map((v) => (v === null ? "" : String(v))).join("|")).join("\n");
    expect(text).toContain("BẢNG ĐỊNH MỨC NGÀY CÔNG");
    expect(text).toContain(moneyInWordsLine(first.totals.contributedAmount));
    expect(text).toContain("VII. SỐ LIỆU BIỂU ĐỒ");
    const log = await readLog(book);
    expect(log.at(-1)).toMatchObject({ step: "Định mức ngày công", user: "Kế toán" });

    const question = first.ambiguous[0];
    await settleMatch(book, question.id, question.options[0].id);
    const settings = await book.readSheet(SETTINGS_SHEET_NAME);
    expect(settings.values.some((r) => r[0] === MATCH_KEY_PREFIX + question.id && r[1] === question.options[0].id)).toBe(true);
    const second = await runQuota(book);
    expect(second.ambiguous).toEqual([]);
    const row = Number(question.options[0].id.split("!")[1]);
    const truth = quotaTruth(campaign, { [question.id]: row });
    expect(reportFigures(second)).toEqual({ people: truth.people, staffUnits: truth.staffUnits });

    await settleMatch(book, first.unlisted[0].id, NOT_LISTED);
    const third = await computeWorkbookQuotas(book);
    expect(third.unlisted[0]).toMatchObject({ id: first.unlisted[0].id, decided: true });
  });

  it("a bad Cấu hình value stops the step with a Vietnamese message naming the cell", async () => {
    const { book } = await sampleWorkbook();
    await runQuota(book);
    const grid = await book.readSheet(SETTINGS_SHEET_NAME);
    const row = grid.values.findIndex((r) => r[0] === "labourDayRate") + grid.origin.row;
    await book.updateCells(SETTINGS_SHEET_NAME, [{ row, col: 2, value: "một trăm" }]);
    const error = await runQuota(book).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).message).toContain(`Trang "Cấu hình", ô B${row} (labourDayRate)`);
  });

  it("a commune's own tiers and rate change every quota", async () => {
    const { book, campaign } = await sampleWorkbook();
    await computeWorkbookQuotas(book);
    const grid = await book.readSheet(SETTINGS_SHEET_NAME);
    const rowOf = (key: string) => grid.values.findIndex((r) => r[0] === key) + grid.origin.row;
    await book.updateCells(SETTINGS_SHEET_NAME, [
      { row: rowOf("labourDayRate"), col: 2, value: "200.000" },
      { row: rowOf("tier.1.minIncome"), col: 2, value: "6 triệu" },
      { row: rowOf("tier.1.days"), col: 2, value: "4" },
    ]);
    const r = await computeWorkbookQuotas(book);
    for (const p of r.people) {
      const s = campaign.staff.find((x) => x.row === p.row && x.inRoster)!;
      expect(p.quotaDays).toBe(s.income >= 6_000_000 ? 4 : 2);
      expect(p.quotaAmount).toBe(p.quotaDays! * 200_000);
    }
  });
});

describe("smaller generated campaigns", () => {
  it.each([
    [2, 3],
    [4, 6],
    [12, 10],
  ])("staffPerUnit %i, householdsPerHamlet %i: the figures are the truth's", async (staffPerUnit, householdsPerHamlet) => {
    const { book, campaign } = await sampleWorkbook({ staffPerUnit, householdsPerHamlet, seed: 11 + staffPerUnit });
    const truth = quotaTruth(campaign);
    const r = await computeWorkbookQuotas(book);
    expect(reportFigures(r)).toEqual({ people: truth.people, staffUnits: truth.staffUnits });
    expect(r.totals.contributedAmount).toBe(truth.contributedTotal);
    expect(generateCampaign({ staffPerUnit, householdsPerHamlet, seed: 11 + staffPerUnit }).contributions).toEqual(campaign.contributions);
  });
});

describe("a roster whose headers are not recognised, read through a mapping a person confirmed", () => {
  it("is read as a roster by Định mức, and not as a contribution list by Kiểm tra", async () => {
    const { MemoryWorkbook } = await import("../taskpane/memoryPort");
    const { confirmMapping } = await import("../../src/app/mapping");
    const { validateWorkbook } = await import("../../src/app/validate");
    const book = new MemoryWorkbook();
    book.addUserSheet({
      name: "Nhân sự",
      rows: [
        ["Cột 1", "Cột 2", "Cột 3", "Cột 4"],
        ["Nguyễn Văn An", "UBND xã", "Công chức", "5tr"],
        ["Lê Thị Bình", "UBND xã", "Nhân viên", "4,2 triệu"],
      ],
    });
    book.addUserSheet({
      name: "DS ủng hộ",
      rows: [
        ["STT", "Họ và tên", "Đơn vị", "Số tiền", "Ngày công"],
        [1, "Nguyễn Văn An", "UBND xã", "450.000", null],
        [2, "Lê Thị Bình", "UBND xã", null, 1],
      ],
    });
    expect((await computeWorkbookQuotas(book)).sources.rosters).toEqual([]);
    await confirmMapping(book, "Nhân sự", { kind: "roster", headerRows: [1], mapping: { name: "A", unit: "B", position: "C", income: "D" } });
    const r = await computeWorkbookQuotas(book);
    expect(r.sources.rosters).toEqual(["Nhân sự"]);
    expect(r.people.map((p) => [p.name, p.income, p.quotaDays, p.contributedAmount, p.status])).toEqual([
      ["Nguyễn Văn An", 5_000_000, 3, 450_000, "met"],
      ["Lê Thị Bình", 4_200_000, 2, 150_000, "short"],
    ]);
    expect((await validateWorkbook(book)).lists.map((l) => l.sheet)).toEqual(["DS ủng hộ"]);
  });
});
