/**
 * Định mức inside Excel (the Office.js adapter on the fake workbook): the same figures as on the
 * .xlsx file and as the generator's truth, and a real chart added over the sheet's own cells.
 */
import { sampleWorkbook } from "../../src/app/files";
import { computeWorkbookQuotas, QUOTA_SHEET, quotaJson, runQuota } from "../../src/app/quota";
import { ensureSettingsSheet } from "../../src/app/settings";
import { chartUnits } from "../../src/domain/quota";
import { FakeExcel } from "./fakeExcel";
import { portOver } from "./harness";
import { seedOfDoc } from "./seed";
import { quotaTruth, reportFigures } from "../fixtures/quotaTruth";

describe("Định mức in Excel", () => {
  it("computes the truth's figures, the same as on the .xlsx file, and adds a column chart of contributed against expected", async () => {
    const { book: file, campaign } = await sampleWorkbook();
    const excel = new FakeExcel(campaign.sheets.map(seedOfDoc));
    const port = portOver(excel);
    await ensureSettingsSheet(port, campaign.settings);

    const inExcel = await runQuota(port);
    const inFile = await computeWorkbookQuotas(file);
    const truth = quotaTruth(campaign);
    expect(reportFigures(inExcel)).toEqual({ people: truth.people, staffUnits: truth.staffUnits });
    expect(quotaJson(inExcel)).toEqual(quotaJson(inFile));

    const sheet = excel.sheet(QUOTA_SHEET)!;
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    const shown = chartUnits(inExcel);
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      seriesBy: "Columns",
      title: "Đã đóng góp so với định mức theo đơn vị",
      legendPosition: "Bottom",
      valueFormat: "#,##0",
      categories: shown.map((u) => u.unit),
      series: [
        { name: "Định mức (đồng)", values: shown.map((u) => u.expectedAmount) },
        { name: "Đã đóng góp (đồng)", values: shown.map((u) => u.contributedAmount) },
      ],
    });
    expect(chart.position?.from).toMatch(/^E\d+$/);
    const addCall = excel.syncs.flatMap((s) => s.ops).filter((op) => op.includes("charts.add"));
    expect(addCall).toHaveLength(1);

    // A second run re-creates the sheet: still one chart.
    await runQuota(port);
    expect(excel.sheet(QUOTA_SHEET)!.charts).toHaveLength(1);
  });
});
