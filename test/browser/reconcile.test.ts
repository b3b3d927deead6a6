/**
 * The Đối chiếu step in a real browser, on the sample workbook (its "Sao kê" sheet): read the
 * statement, reconcile, accept the cash deposit from the keyboard, download the result and find
 * the Đối chiếu and Duyệt đối chiếu sheets in it.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openXlsx, sampleWorkbook } from "../../src/app/files";
import { STATEMENT_SHEET } from "../../src/app/sample";
import { readDecisions } from "../../src/domain/reconcile/sheet";
import { expectText, useBrowser } from "./harness";

const browser = useBrowser();
let page: Page;
beforeAll(() => {
  page = browser.page;
});

describe("Đối chiếu in Chromium", () => {
  test("reconciles the sample's statement, reviews from the keyboard, downloads Đối chiếu", async () => {
    const { campaign } = await sampleWorkbook();
    await page.goto(`${browser.baseUrl}taskpane.html`);
    await page.locator('[data-testid="app"][data-mode="web"]').waitFor();
    await page.getByTestId("use-sample").first().click();
    await page.getByTestId("file-name").waitFor();
    await page.getByTestId("step-reconcile").click();
    const panel = page.getByTestId("panel-reconcile");
    await panel.waitFor({ state: "visible" });
    expect(await panel.getByTestId("not-built").count()).toBe(0);

    // The statement as read (the sample's own sheet), then the reconciliation.
    await page.getByTestId("statement-read").click();
    await expectText(page.getByTestId("statement-sheet-name"), STATEMENT_SHEET);
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-totals").waitFor({ timeout: 60_000 });
    const transfers = campaign.statement.filter((l) => l.pays.length === 1).length;
    await expectText(page.getByTestId("reconcile-totals"), String(transfers));
    await expectText(page.getByTestId("reconcile-balance"), "đầu kỳ + ghi có − ghi nợ = cuối kỳ");
    await expectText(page.getByTestId("reconcile-review"), "A hoặc Enter: chấp nhận");

    // The one proposal is the cash deposit: accept it with the keyboard.
    const deposit = campaign.statement.find((l) => l.description.startsWith("NOP TIEN MAT"))!;
    const item = page.getByTestId(`reconcile-line-${deposit.row}`);
    await item.waitFor();
    expect(await item.getAttribute("aria-selected")).toBe("true");
    await expectText(item, "Nộp tiền mặt");
    await page.getByTestId("reconcile-list").focus();
    await page.keyboard.press("a");
    await expectText(page.getByTestId("reconcile-review"), `Đã ghi quyết định "Chấp nhận" cho dòng ${deposit.row}`);
    await expectText(item, "Đã duyệt");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const result = await openXlsx(readFileSync(await download.path()), download.suggestedFilename());
    const names = (await result.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Đối chiếu", "Duyệt đối chiếu", "Nhật ký"]));
    const decisions = readDecisions(await result.readSheet("Duyệt đối chiếu"));
    expect(decisions.map((d) => [d.sheet, d.row, d.action])).toEqual([[STATEMENT_SHEET, deposit.row, "accept"]]);
    const sheet = await result.readSheet("Đối chiếu");
    const text = sheet.values.flat().join("\n");
    expect(text).toContain("I. CÁC DÒNG SAO KÊ");
    expect(text).toContain("Đã duyệt");
  }, 180_000);
});
