/**
 * Phân bổ and Phê duyệt on the web page in Chromium: the sample workbook ("Dùng sổ mẫu"),
 * preview, write both sheets, approve with a confirmed name, download, and the downloaded
 * workbook holds both documents, protected, with the approval in Nhật ký; an edit made to the
 * downloaded file after approval is found when the file is opened again.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { ALLOCATION_SHEET, DECISION_SHEET, planAllocation } from "../../src/app/allocate";
import { openXlsx, sampleWorkbook, saveXlsx } from "../../src/app/files";
import { readLog } from "../../src/app/journal";
import { WORKS_SHEET } from "../../src/app/sample";
import { formatMoney } from "../../src/app/text";
import type { XlsxWorkbook } from "../../src/xlsx/workbook";
import { expectText, useBrowser } from "./harness";

const browser = useBrowser();
let page: Page;
let baseUrl: string;
beforeAll(() => {
  page = browser.page;
  baseUrl = browser.baseUrl;
});

async function downloadResult(): Promise<XlsxWorkbook> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  return openXlsx(readFileSync(await download.path()), download.suggestedFilename());
}

describe("Phân bổ and Phê duyệt in Chromium", () => {
  test("allocates the sample, approves it, and the downloaded workbook carries both documents and the approval", async () => {
    const { book } = await sampleWorkbook();
    const expected = await planAllocation(book);

    await page.goto(`${baseUrl}taskpane.html`);
    await page.locator('[data-testid="app"][data-mode="web"]').waitFor();
    await page.getByTestId("use-sample").click();
    await page.getByTestId("file-name").waitFor();

    await page.getByTestId("step-allocate").click();
    await page.getByTestId("panel-allocate").waitFor({ state: "visible" });
    await page.getByTestId("allocate-preview").click();
    await page.getByTestId("allocate-result").waitFor();
    await expectText(page.getByTestId("allocate-total"), formatMoney(expected.allocation.allocated));
    await expectText(page.getByTestId("allocate-unallocated"), formatMoney(expected.allocation.unallocated));
    expect(await page.getByTestId("allocate-line").count()).toBe(expected.allocation.lines.length);
    await page.getByTestId("allocate-run").click();
    await page.getByTestId("allocate-written").waitFor();
    expect(await page.getByTestId("allocate-approval-state").getAttribute("data-state")).toBe("draft");

    await page.getByTestId("step-approve").click();
    await page.getByTestId("panel-approve").waitFor({ state: "visible" });
    await page.getByTestId("approve-review").click();
    await page.getByTestId("approve-summary").waitFor();
    await page.getByTestId("approve-name").fill("Ma Đình Việt");
    await page.getByTestId("approve-run").click();
    await page.getByTestId("approve-notice").waitFor();
    await page.locator('[data-testid="approval-state"][data-state="approved"]').waitFor();
    await expectText(page.getByTestId("approval-state"), "Đã phê duyệt");

    const result = await downloadResult();
    const names = (await result.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([ALLOCATION_SHEET, DECISION_SHEET]));
    const appendix = (await result.readSheet(ALLOCATION_SHEET)).values;
    expect(appendix[0][0]).toBe("Phụ lục");
    expect(appendix.find((r) => r[2] === "TỔNG CỘNG")?.[8]).toBe(expected.allocation.allocated);
    const decision = (await result.readSheet(DECISION_SHEET)).values.flat();
    expect(decision).toContain("QUYẾT ĐỊNH:");
    expect(decision).toContain("- Lưu: VT.");
    for (const name of [ALLOCATION_SHEET, DECISION_SHEET]) {
      expect(Boolean((result.book.getWorksheet(name) as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet)).toBe(true);
    }
    const log = await readLog(result);
    expect(log.map((e) => e.step)).toEqual(expect.arrayContaining(["Phân bổ kinh phí cho công trình", "Phê duyệt phân bổ"]));

    // Someone edits the works list of the downloaded file, then opens it on the page again.
    const works = await result.readSheet(WORKS_SHEET);
    const row = works.values.findIndex((r) => r[0] === "CT02") + works.origin.row;
    await result.updateCells(WORKS_SHEET, [{ row, col: 7, value: 45_000_000 }]);
    await page.getByTestId("file-input").setInputFiles({
      name: "da sua.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await saveXlsx(result)),
    });
    await expectText(page.getByTestId("file-name"), "da sua.xlsx");
    await page.getByTestId("step-approve").click();
    await page.locator('[data-testid="approval-state"][data-state="changed"]').waitFor({ timeout: 30_000 });
    await expectText(page.getByTestId("approval-changes"), "Danh mục công trình đã thay đổi");
  }, 180_000);
});
