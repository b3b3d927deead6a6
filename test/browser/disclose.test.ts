/**
 * Công khai in the web page, in Chromium: upload the sample, choose, build, download; the
 * downloaded workbook holds the same three sheets the CLI writes from the same file.
 *   npx webpack --mode production && npx jest -c jest.browser.config.js test/browser/disclose.test.ts
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { openXlsx, sampleWorkbook, saveXlsx } from "../../src/app/files";
import { formatMoney } from "../../src/app/text";
import { main } from "../../src/cli/main";
import { LOG_SHEET } from "../../src/domain/log";
import { expectText, useBrowser } from "./harness";

const browser = useBrowser();
let page: Page;

describe("Công khai in the web page", () => {
  let upload: Buffer;
  beforeAll(async () => {
    page = browser.page;
    upload = Buffer.from(await saveXlsx((await sampleWorkbook()).book));
  });

  test("builds Công khai, Báo cáo and Khen thưởng and downloads them, as the CLI writes them", async () => {
    await page.goto(`${browser.baseUrl}taskpane.html`);
    await page.getByTestId("file-input").setInputFiles({ name: "Diem Mac 2024.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: upload });
    await expectText(page.getByTestId("file-name"), "Diem Mac 2024.xlsx");
    await page.getByTestId("step-disclose").click();
    await page.getByTestId("panel-disclose").waitFor({ state: "visible" });
    const run = page.getByTestId("disclose-run");
    await run.waitFor();
    await page.waitForFunction(() => !(document.querySelector('[data-testid="disclose-run"]') as HTMLButtonElement | null)?.disabled);
    await page.getByTestId("disclose-scope").selectOption("received");
    await page.getByTestId("disclose-sort").selectOption("name");
    await run.click();
    await page.getByTestId("disclose-summary").waitFor();
    await expectText(page.getByTestId("disclose-done"), "Công khai");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const web = await openXlsx(readFileSync(await download.path()), download.suggestedFilename());

    const dir = mkdtempSync(path.join(os.tmpdir(), "chungsuc-disclose-web-"));
    const input = path.join(dir, "in.xlsx");
    const out = path.join(dir, "out.xlsx");
    writeFileSync(input, upload);
    const io = { out: () => undefined, err: () => undefined };
    expect(await main(["disclose", input, "--out", out, "--scope", "received", "--sort", "name"], io)).toBe(0);
    const cli = await openXlsx(readFileSync(out));
    // The documents carry today's date in both: same day, same sheets.
    for (const name of ["Công khai", "Báo cáo", "Khen thưởng"]) expect((await web.readSheet(name)).values).toEqual((await cli.readSheet(name)).values);
    const values = (await web.readSheet("Công khai")).values;
    const total = values.find((r) => r[1] === "TỔNG CỘNG")!;
    await expectText(page.getByTestId("disclose-total"), formatMoney(total[9] as number));
    expect(values.some((r) => typeof r[1] === "string" && r[1].startsWith("CÁC KHOẢN ĐÃ ĐĂNG KÝ"))).toBe(true);
    expect((await web.readSheet(LOG_SHEET)).values.some((r) => String(r[2]).startsWith("Công khai"))).toBe(true);
    expect((await web.readSheet("Cấu hình")).values.some((r) => r[0] === "disclose.scope" && r[1] === "received")).toBe(true);
  });
});
