/**
 * The web page in a real browser: Debian's Chromium, driven by playwright-core, on the built
 * dist/ served by scripts/serve.mjs. Run after `npx webpack --mode production`:
 *   npx jest -c jest.browser.config.js
 * Nothing may leave the machine: every request the page makes is recorded and checked.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { openXlsx, sampleWorkbook, saveXlsx } from "../../src/app/files";
import { CONTRIBUTION_SHEET, ROSTER_SHEET, STATEMENT_SHEET, WORKS_SHEET, type SampleCampaign } from "../../src/app/sample";
import { STEPS, notBuiltMessage } from "../../src/app/steps";
import { formatMoney } from "../../src/app/text";
import { validateWorkbook, type ValidationResult } from "../../src/app/validate";
import { main } from "../../src/cli/main";
import { LOG_SHEET } from "../../src/domain/log";
import { PAGE_SIZE } from "../../src/taskpane/components/DiagnosticList";
import { expectText, ROOT, useBrowser } from "./harness";

const SCREENSHOT = path.join(ROOT, "docs", "taskpane.png");
const UPLOAD_NAME = "Diem Mac 2024.xlsx";

const browser = useBrowser();
let page: Page;
let baseUrl: string;
beforeAll(() => {
  page = browser.page;
  baseUrl = browser.baseUrl;
});

describe("web page in Chromium", () => {
  let campaign: SampleCampaign;
  let upload: Buffer;
  /** The downloaded result workbook. */
  let resultBytes: Buffer;
  /** The contribution sheet's name cells as uploaded, by row. */
  const typed = new Map<number, unknown>();

  beforeAll(async () => {
    const sample = await sampleWorkbook();
    campaign = sample.campaign;
    upload = Buffer.from(await saveXlsx(sample.book));
    const rows = campaign.contributions.filter((c) => c.sheet === CONTRIBUTION_SHEET);
    for (const c of rows) typed.set(c.row, (await sample.book.readRange(CONTRIBUTION_SHEET, `B${c.row}`)).values[0][0]);
  });

  test("starts in web mode with the steps, the built ones ready and the others honest", async () => {
    await page.goto(`${baseUrl}taskpane.html`);
    await page.locator('[data-testid="app"][data-mode="web"]').waitFor();
    const labels = await page.getByTestId("steps").getByRole("tab").evaluateAll((tabs) => tabs.map((t) => t.getAttribute("aria-label")));
    expect(labels.map((l) => l?.replace(/^\d+\. /, "").replace(/ \(.*\)$/, ""))).toEqual(STEPS.map((s) => s.vi));

    // A built step's buttons wait for a workbook; a step not built says so and runs nothing.
    for (const step of STEPS) {
      await page.getByTestId(`step-${step.id}`).click();
      const panel = page.getByTestId(`panel-${step.id}`);
      await panel.waitFor({ state: "visible" });
      if (step.built) expect(await panel.getByTestId("not-built").count()).toBe(0);
      else {
        await expectText(panel.getByTestId("not-built"), notBuiltMessage(step));
        expect(await page.getByTestId(`run-${step.id}`).isDisabled()).toBe(true);
      }
    }
    expect(await page.getByTestId("validate-run").isDisabled()).toBe(true);
    expect(await page.getByTestId("normalize-run").isDisabled()).toBe(true);
    await page.getByTestId("step-input").click();
    await page.getByTestId("panel-input").waitFor({ state: "visible" });
    expect(await page.getByTestId("recognize-run").isDisabled()).toBe(true);
  });

  test("office.js's telemetry frame is switched off outside Office", async () => {
    // office.js outside Office opens a frame on Microsoft's telemetry service after 3 s, or at
    // once when asked to upload logs: ask now instead of waiting.
    const frames = await page.evaluate(() => {
      const osf = (window as unknown as { OSF?: { Logger?: { allowUploadingData?: () => void; ulsEndpoint?: unknown } } }).OSF;
      osf?.Logger?.allowUploadingData?.();
      return { hasProxy: Boolean(osf?.Logger?.ulsEndpoint), iframes: Array.from(document.querySelectorAll("iframe")).map((f) => f.src) };
    });
    expect(frames.iframes).toEqual([]);
    expect(frames.hasProxy).toBe(true); // office.js still builds it: the switch-off was needed
  });

  test("opens an .xlsx, recognises its tables, converts legacy names, downloads the result", async () => {
    await page.getByTestId("file-input").setInputFiles({
      name: UPLOAD_NAME,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: upload,
    });
    await expectText(page.getByTestId("file-name"), UPLOAD_NAME);

    // Nhận diện bảng
    await page.getByTestId("recognize-run").click();
    const card = (sheet: string) => page.locator(`[data-testid="sheet-result"][data-sheet="${sheet}"]`);
    await card(CONTRIBUTION_SHEET).waitFor();
    const expected: [string, string, string][] = [
      [CONTRIBUTION_SHEET, "contributions", "Danh sách ủng hộ"],
      [ROSTER_SHEET, "roster", "Danh sách cán bộ"],
      [STATEMENT_SHEET, "statement", "Sao kê tài khoản"],
      [WORKS_SHEET, "works", "Danh mục công trình"],
    ];
    for (const [sheet, kind, label] of expected) {
      expect(await card(sheet).getAttribute("data-kind")).toBe(kind);
      expect((await card(sheet).getByTestId("sheet-kind").textContent())?.trim()).toBe(label);
    }
    expect(await card(CONTRIBUTION_SHEET).getByTestId("sheet-header-rows").textContent()).toMatch(/^Tiêu đề ở dòng \d+(–\d+)?/);
    expect(await card(CONTRIBUTION_SHEET).getByTestId("sheet-mapping").textContent()).toContain("Họ và tên");
    await page.getByTestId("unsaved").waitFor();

    // Chuyển mã sang Unicode on the contribution sheet's name column (B).
    const rows = campaign.contributions.filter((c) => c.sheet === CONTRIBUTION_SHEET);
    // Typed in TCVN3, VNI or NFD, and so not the name as meant ("Ma Thanh Dung" is the same in VNI).
    const legacy = rows.filter((c) => c.encoding !== "unicode" && typed.get(c.row) !== c.name);
    expect(legacy.length).toBeGreaterThan(0);
    expect(legacy.some((c) => c.encoding === "tcvn3") && legacy.some((c) => c.encoding === "vni")).toBe(true);
    const range = `B${Math.min(...rows.map((c) => c.row))}:B${Math.max(...rows.map((c) => c.row))}`;
    await page.getByTestId("convert-sheet").click();
    await page.getByRole("option", { name: CONTRIBUTION_SHEET }).click();
    expect((await page.getByTestId("convert-sheet").textContent())?.trim()).toBe(CONTRIBUTION_SHEET);
    await page.getByTestId("convert-range").fill(range);
    await page.getByTestId("convert-preview").click();
    await page.getByTestId("convert-plan").waitFor();
    expect(await page.getByTestId("change-row").count()).toBe(legacy.length);
    const tcvn3 = legacy.find((c) => c.encoding === "tcvn3")!;
    const row = page.locator(`[data-testid="change-row"][data-address="B${tcvn3.row}"]`);
    expect(await row.getByTestId("change-after").textContent()).toBe(tcvn3.name);
    expect(await row.getByTestId("change-before").textContent()).toBe(typed.get(tcvn3.row));
    await page.getByTestId("convert-apply").click();
    await expectText(page.getByTestId("convert-notice"), `Đã chuyển ${legacy.length} ô sang Unicode`);

    // Tải sổ kết quả
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    expect(download.suggestedFilename()).toBe("Diem Mac 2024-chungsuc.xlsx");
    const file = await download.path();
    resultBytes = readFileSync(file);
    const result = await openXlsx(resultBytes, download.suggestedFilename());
    expect((await result.listSheets()).find((s) => s.name === LOG_SHEET)).toMatchObject({ owned: true });
    const log = await result.readSheet(LOG_SHEET);
    const steps = log.values.map((r) => r[2]);
    expect(steps).toContain("Nhận diện bảng");
    expect(steps).toContain("Chuyển mã sang Unicode");
    const names = await result.readRange(CONTRIBUTION_SHEET, range);
    const nameAt = (r: number) => names.values[r - names.origin.row][0];
    // Every name is now the Unicode one meant, the converted ones and the others alike.
    for (const c of rows) expect({ row: c.row, name: nameAt(c.row) }).toEqual({ row: c.row, name: c.name });
    expect(legacy.every((c) => nameAt(c.row) !== typed.get(c.row))).toBe(true);
    expect(await page.getByTestId("unsaved").count()).toBe(0);
  });

  test("the result dropped back on the page opens; Chung Sức's own sheets are not the user's", async () => {
    const dataTransfer = await page.evaluateHandle(
      ({ bytes, name }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
        return dt;
      },
      { bytes: [...resultBytes], name: "Diem Mac 2024-chungsuc.xlsx" },
    );
    await page.dispatchEvent('[data-testid="app"]', "dragover", { dataTransfer });
    await page.dispatchEvent('[data-testid="app"]', "drop", { dataTransfer });
    await expectText(page.getByTestId("file-name"), "Diem Mac 2024-chungsuc.xlsx");
    expect(await page.getByTestId("sheet-result").count()).toBe(0);
    await page.getByTestId("recognize-run").click();
    await page.getByTestId("sheet-results").waitFor();
    const sheets = await page.getByTestId("sheet-result").evaluateAll((els) => els.map((e) => e.getAttribute("data-sheet")));
    expect(sheets).toEqual(campaign.sheets.map((s) => s.name));
  });

  test("the language switch turns the pane to English", async () => {
    await page.getByTestId("lang-en").click();
    await expectText(page.getByTestId("recognize-run"), "Recognise tables");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByTestId("lang-vi").click();
    await expectText(page.getByTestId("recognize-run"), "Nhận diện bảng");
  });

  describe("step Kiểm tra on the uploaded workbook", () => {
    let expected: ValidationResult;
    let workDir: string;

    beforeAll(async () => {
      expected = await validateWorkbook(await openXlsx(upload));
      workDir = mkdtempSync(path.join(os.tmpdir(), "chung-suc-web-"));
    });

    afterAll(() => {
      if (workDir) rmSync(workDir, { recursive: true, force: true });
    });

    /** Tải sổ kết quả, opened again. */
    async function downloadResult() {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
      const bytes = readFileSync(await download.path());
      return openXlsx(bytes, download.suggestedFilename());
    }

    async function shownCount(severity: "error" | "warning" | "fixed"): Promise<number> {
      return Number(await page.getByTestId(`count-${severity}`).textContent());
    }

    test("Kiểm tra shows the counts the app finds in the same file", async () => {
      await page.getByTestId("file-input").setInputFiles({
        name: UPLOAD_NAME,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: upload,
      });
      await expectText(page.getByTestId("file-name"), UPLOAD_NAME);
      await page.getByTestId("step-validate").click();
      await page.getByTestId("validate-run").click();
      await page.getByTestId("validate-summary").waitFor();

      expect({ error: await shownCount("error"), warning: await shownCount("warning"), fixed: await shownCount("fixed") }).toEqual(expected.counts);
      expect(expected.counts.fixed).toBeGreaterThan(0);
      expect(await page.getByTestId("stat-rows").textContent()).toBe(String(expected.rows));
      expect(await page.getByTestId("stat-contributions").textContent()).toBe(String(expected.contributions.length));
      expect(await page.getByTestId("stat-total").textContent()).toBe(formatMoney(expected.contributions.reduce((n, c) => n + c.amount, 0)));

      // The first group with something in it is open, its items in the check's order.
      const first = (["error", "warning", "fixed"] as const).find((s) => expected.counts[s] > 0)!;
      expect(await page.getByTestId(`severity-${first}`).getAttribute("aria-selected")).toBe("true");
      const cells = await page.getByTestId("diagnostic").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
      expect(cells).toEqual(expected.diagnostics.filter((d) => d.severity === first).slice(0, PAGE_SIZE).map((d) => d.cell));

      // A file has no view to select a cell in: the item is marked instead, without an error.
      await page.getByTestId("severity-fixed").click();
      const fixedCells = await page.getByTestId("diagnostic").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
      expect(fixedCells).toEqual(expected.diagnostics.filter((d) => d.severity === "fixed").slice(0, PAGE_SIZE).map((d) => d.cell));
      const item = page.getByTestId("diagnostic").nth(1);
      await item.focus();
      await page.keyboard.press("Enter");
      expect(await item.getAttribute("aria-current")).toBe("true");
      expect(await page.getByTestId("error").count()).toBe(0);
      await page.getByTestId("diagnostic-filter").fill("TCVN3");
      const tcvn3 = expected.diagnostics.filter((d) => d.severity === "fixed" && d.message.includes("TCVN3"));
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="diagnostic"]').length === n, Math.min(tcvn3.length, PAGE_SIZE));
      await page.getByTestId("diagnostic-filter").fill("");
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="diagnostic"]').length === n, fixedCells.length);

      // The README's picture: the Kiểm tra panel at 360 × 800 after a check, one finding marked.
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.mouse.move(0, 0);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.getByTestId("panel-validate").evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 12));
      await page.screenshot({ path: SCREENSHOT, animations: "disabled", caret: "hide" });
    });

    test("Chuẩn hóa writes, cell for cell, the Chuẩn hóa sheet the command line writes", async () => {
      await page.getByTestId("normalize-run").click();
      await expectText(page.getByTestId("validate-notice"), `Đã ghi trang Chuẩn hóa: ${expected.contributions.length} khoản đóng góp`);
      const result = await downloadResult();
      const mine = await result.readSheet("Chuẩn hóa");

      const input = path.join(workDir, "vao.xlsx");
      const out = path.join(workDir, "ra.xlsx");
      writeFileSync(input, upload);
      const said: string[] = [];
      expect(await main(["normalize", input, "--out", out], { out: (t) => said.push(t), err: (t) => said.push(t) })).toBe(expected.counts.error ? 1 : 0);
      const cli = await (await openXlsx(readFileSync(out))).readSheet("Chuẩn hóa");

      expect(mine.values.length).toBeGreaterThan(expected.contributions.length);
      expect(mine.origin).toEqual(cli.origin);
      expect(mine.values).toEqual(cli.values);
      expect(mine.formats).toEqual(cli.formats);
      expect((await result.listSheets()).find((s) => s.name === "Chuẩn hóa")).toMatchObject({ owned: true });
      const steps = (await result.readSheet(LOG_SHEET)).values.map((r) => r[2]);
      expect(steps).toEqual(expect.arrayContaining(["Kiểm tra danh sách ủng hộ", "Chuẩn hóa danh sách ủng hộ"]));
      expect(await page.getByTestId("unsaved").count()).toBe(0);
    });

    test("Áp dụng sửa, once confirmed, keeps a copy of the sheet and writes Unicode names into it", async () => {
      const fixes = expected.diagnostics.filter((d) => d.severity === "fixed" && d.fix && d.sheet === CONTRIBUTION_SHEET);
      await page.getByTestId("severity-fixed").click();
      await page.getByTestId("apply-fixes").click();
      const dialog = page.getByTestId("apply-dialog");
      await dialog.waitFor();
      expect(await dialog.getByTestId("apply-dialog-cells").textContent()).toContain(`${fixes.length} ô sẽ được sửa trong trang "${CONTRIBUTION_SHEET}"`);
      expect(await dialog.getByTestId("apply-dialog-backup").textContent()).toContain("chép sang một trang mới");
      expect(await page.getByTestId("unsaved").count()).toBe(0); // nothing changed yet
      await dialog.getByTestId("apply-confirm").click();
      await expectText(page.getByTestId("validate-notice"), `Đã sửa ${fixes.length} ô trong trang "${CONTRIBUTION_SHEET}"`);
      await page.getByTestId("unsaved").waitFor();
      await page.waitForFunction((n) => document.querySelector('[data-testid="count-fixed"]')?.textContent === String(n), expected.counts.fixed - fixes.length);

      const result = await downloadResult();
      const sheets = await result.listSheets();
      const backup = sheets.find((s) => s.name.startsWith(`${CONTRIBUTION_SHEET} (gốc `));
      expect(backup).toMatchObject({ owned: true });
      expect(sheets.find((s) => s.name === CONTRIBUTION_SHEET)).toMatchObject({ owned: false });
      const rows = campaign.contributions.filter((c) => c.sheet === CONTRIBUTION_SHEET);
      const range = `B${Math.min(...rows.map((c) => c.row))}:B${Math.max(...rows.map((c) => c.row))}`;
      const names = await result.readRange(CONTRIBUTION_SHEET, range);
      const original = await result.readRange(backup!.name, range);
      const at = (g: typeof names, r: number) => g.values[r - g.origin.row][0];
      for (const c of rows) {
        expect({ row: c.row, name: at(names, c.row) }).toEqual({ row: c.row, name: c.name });
        expect({ row: c.row, typed: at(original, c.row) }).toEqual({ row: c.row, typed: typed.get(c.row) });
      }
      expect(rows.some((c) => typed.get(c.row) !== c.name)).toBe(true);
      const steps = (await result.readSheet(LOG_SHEET)).values.map((r) => r[2]);
      expect(steps).toContain("Áp dụng sửa vào trang của người dùng");
      // Read again, the sheet has nothing left to normalise in the cells that were fixed.
      const again = await validateWorkbook(result, { sheet: CONTRIBUTION_SHEET });
      expect(again.diagnostics.filter((d) => d.severity === "fixed" && d.fix)).toEqual([]);
    });
  });
});

/** Waits until an element's text contains the expected text (no fixed sleeps). */
