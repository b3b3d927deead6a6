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

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LATER_PASSES = 3;

export type Record = (step: string, items: number, ms: number) => void;

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

export async function runBrowserNormalizationBenchmark(record: Record): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`Bỏ qua bước Chromium: không có ${CHROMIUM} (apt-get install chromium, hoặc đặt CHROMIUM_PATH).`);
    return;
  }
  const script = await browserBundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--js-flags=--expose-gc"],
  });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.addScriptTag({ content: script });
    const { rows, ms } = await page.evaluate((passes) => globalThis.normalizationPasses(passes), 1 + LATER_PASSES);
    const later = ms.slice(1).sort((a, b) => a - b);
    record("chuẩn hóa 100.000 dòng trong Chromium, lần đầu", rows, ms[0]);
    record(`chuẩn hóa 100.000 dòng trong Chromium, lần sau (trung vị ${LATER_PASSES})`, rows, later[later.length >> 1]);
  } finally {
    await browser.close();
  }
}
