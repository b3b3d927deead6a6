/**
 * The normalization pass timed in Chromium: Excel's task pane (WebView2 on Windows, the browser
 * for Excel on the web) and the web page run the engine in Chromium's V8, not in node's. Uses
 * the Chromium the browser tests use (CHROMIUM_PATH or /usr/bin/chromium) with no network: the
 * bundle is handed to a blank page. Without Chromium the step says so and is skipped.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { recordPasses, type PassRun, type Record } from "./passes";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function browserBundle(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(__dirname, "..", "bench", "browserPass.ts")],
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: "es2022",
    minify: true,
    logLevel: "warning",
  });
  return out.outputFiles[0].text;
}

/**
 * Each run launches its own browser, so that its first pass compiles the code afresh, as a task
 * pane opened in Excel does.
 */
export async function runBrowserNormalizationBenchmark(runs: number, laterPasses: number, record: Record): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`Bỏ qua bước Chromium: không có ${CHROMIUM} (apt-get install chromium, hoặc đặt CHROMIUM_PATH).`);
    return;
  }
  const script = await browserBundle();
  const results: PassRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await freshBrowserRun(script, 1 + laterPasses));
  recordPasses(results, "chuẩn hóa 100.000 dòng trong Chromium", record);
}

async function freshBrowserRun(script: string, passes: number): Promise<PassRun> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--js-flags=--expose-gc"],
  });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.addScriptTag({ content: script });
    return await page.evaluate((n) => globalThis.normalizationPasses(n), passes);
  } finally {
    await browser.close();
  }
}
