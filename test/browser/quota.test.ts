/**
 * Step Định mức on the web page in Chromium, on the bundled sample ("Dùng sổ mẫu"): the figures
 * are the generator's truth and the domain's, the chart renders as SVG with the sheet's figures, a
 * name that matches two people is settled by a person, and the downloaded workbook carries the
 * Định mức sheet with the same figures. Run after `npx webpack --mode production`.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openXlsx, sampleWorkbook } from "../../src/app/files";
import { computeWorkbookQuotas, QUOTA_SHEET, type QuotaReport } from "../../src/app/quota";
import type { SampleCampaign } from "../../src/app/sample";
import { formatMoney } from "../../src/app/text";
import { chartUnits } from "../../src/domain/quota";
import { quotaTruth, reportFigures, type QuotaTruth } from "../fixtures/quotaTruth";
import { expectText, useBrowser } from "./harness";

const browser = useBrowser();
let page: Page;
let baseUrl: string;
beforeAll(() => {
  page = browser.page;
  baseUrl = browser.baseUrl;
});

const percent = (r: number) => `${(Math.round(r * 1000) / 10).toString().replace(".", ",")}%`;

describe("Định mức in Chromium", () => {
  let campaign: SampleCampaign;
  let truth: QuotaTruth;
  let expected: QuotaReport;

  beforeAll(async () => {
    const sample = await sampleWorkbook();
    campaign = sample.campaign;
    truth = quotaTruth(campaign);
    expected = await computeWorkbookQuotas(sample.book);
  });

  test("runs on the sample: totals, units, flags and the chart are the truth's", async () => {
    await page.goto(`${baseUrl}taskpane.html`);
    await page.locator('[data-testid="app"][data-mode="web"]').waitFor();
    await page.getByTestId("use-sample").click();
    await page.getByTestId("file-name").waitFor();
    await page.getByTestId("step-quota").click();
    await page.getByTestId("panel-quota").waitFor({ state: "visible" });
    expect(await page.getByTestId("panel-quota").getByTestId("not-built").count()).toBe(0);
    await page.getByTestId("quota-run").click();
    await page.getByTestId("quota-notice").waitFor({ timeout: 60_000 });

    await expectText(page.getByTestId("quota-people"), String(truth.people.length));
    await expectText(page.getByTestId("quota-contributed"), formatMoney(truth.contributedTotal));
    await expectText(page.getByTestId("quota-expected"), formatMoney(expected.totals.expectedAmount));
    for (const u of truth.staffUnits) {
      const card = page.locator(`[data-testid="quota-unit"][data-unit="${u.unit}"]`);
      expect((await card.getByTestId("unit-amounts").textContent())?.trim()).toBe(`${formatMoney(u.contributedAmount)} / ${formatMoney(u.expectedAmount)} đ`);
      expect((await card.getByTestId("unit-rate").textContent())?.trim()).toBe(percent(u.participationRate));
    }
    const flags = await page.getByTestId("quota-flag").allTextContents();
    expect(flags).toContain(`${campaign.quotaCases.noneTookPart}: tỷ lệ tham gia 0%, dưới mức tối thiểu`);

    // The chart renders: an SVG of real size with one bar per unit and series, the sheet's figures.
    const svg = page.getByTestId("quota-chart-svg");
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    expect(box && box.width > 200 && box.height > 100).toBe(true);
    const bars = await page.getByTestId("chart-bar").evaluateAll((els) =>
      els.map((e) => ({ category: e.getAttribute("data-category"), series: e.getAttribute("data-series"), value: Number(e.getAttribute("data-value")), height: Number(e.getAttribute("height")) })),
    );
    const shown = chartUnits(expected);
    expect(bars.filter((b) => b.series === "Đã đóng góp (đồng)").map((b) => [b.category, b.value])).toEqual(shown.map((u) => [u.unit, u.contributedAmount]));
    expect(bars.filter((b) => b.series === "Định mức (đồng)").map((b) => [b.category, b.value])).toEqual(shown.map((u) => [u.unit, u.expectedAmount]));
    // A unit that gave nothing has a flat bar; the others are drawn to scale.
    const none = bars.find((b) => b.category === campaign.quotaCases.noneTookPart && b.series === "Đã đóng góp (đồng)")!;
    expect(none.height).toBe(0);
    const tallest = Math.max(...bars.map((b) => b.value));
    const top = bars.find((b) => b.value === tallest)!;
    for (const b of bars) expect(b.height).toBeCloseTo((top.height * b.value) / tallest, 5);
  });

  test("settles the namesakes, and the downloaded workbook has Định mức with the same figures", async () => {
    const question = page.getByTestId("ambiguous-match");
    await question.waitFor();
    expect(await question.getAttribute("data-id")).toBe(truth.ambiguous[0].id);
    const option = question.locator('[data-testid="ambiguous-option"]').first();
    const chosen = (await option.getAttribute("data-option"))!;
    await option.check();
    await question.getByTestId("ambiguous-confirm").click();
    await page.getByTestId("ambiguous-match").waitFor({ state: "detached", timeout: 60_000 });
    const settled = quotaTruth(campaign, { [truth.ambiguous[0].id]: Number(chosen.split("!")[1]) });
    const unit = settled.staffUnits.find((u) => u.unit === campaign.quotaCases.namesake!.unit)!;
    const card = page.locator(`[data-testid="quota-unit"][data-unit="${unit.unit}"]`);
    await expectText(card.getByTestId("unit-amounts"), `${formatMoney(unit.contributedAmount)} / ${formatMoney(unit.expectedAmount)} đ`);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const book = await openXlsx(readFileSync(await download.path()), download.suggestedFilename());
    expect((await book.listSheets()).find((s) => s.name === QUOTA_SHEET)?.owned).toBe(true);
    // The downloaded workbook keeps the person's choice: computed again, it gives the settled truth.
    const again = await computeWorkbookQuotas(book);
    expect(reportFigures(again)).toEqual({ people: settled.people, staffUnits: settled.staffUnits });
    const grid = await book.readSheet(QUOTA_SHEET);
    const names = grid.values.map((r) => r[1]);
    for (const u of settled.staffUnits) {
      const row = grid.values[names.indexOf(u.unit)];
      expect([row[2], row[3], row[6], row[9]]).toEqual([u.headcount, u.participants, u.expectedAmount, u.contributedAmount]);
    }
  });
});
