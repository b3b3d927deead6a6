/**
 * What every browser test file shares: the built dist/ served by scripts/serve.mjs, Debian's
 * Chromium driven by playwright-core, and the checks that nothing leaves the machine. A test file
 * calls `useBrowser()` once at top level and reads `page` / `baseUrl` from it inside its tests.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts `node scripts/serve.mjs 0` (a free port) and reads the address it prints. */
function startServe(): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "serve.mjs"), "0"], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start: ${out}${err}`)), 15_000);
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /Mở trình duyệt tại http:\/\/localhost:(\d+)\/taskpane\.html/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${m[1]}/` });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited with ${code}: ${out}${err}`));
    });
  });
}

export function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    const u = new URL(url);
    return u.protocol === "http:" && (u.hostname === "127.0.0.1" || u.hostname === "localhost");
  } catch {
    return false;
  }
}

export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Every request of every page of the context, service workers and downloads included. */
  requests: string[];
  pageErrors: string[];
}

/**
 * Registers beforeAll / afterAll / afterEach for the calling test file: a server and a browser
 * of its own, and after each test no page error, no request off the machine, no CSP violation.
 */
export function useBrowser(): BrowserSession {
  const session = { requests: [] as string[], pageErrors: [] as string[] } as BrowserSession;
  let server: ChildProcessWithoutNullStreams | undefined;
  let userDataDir = "";

  beforeAll(async () => {
    if (!existsSync(path.join(DIST, "taskpane.html"))) {
      throw new Error("dist/taskpane.html is missing: run `npx webpack --mode production` before the browser tests.");
    }
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium).`);
    const started = await startServe();
    server = started.child;
    session.baseUrl = started.url;
    userDataDir = mkdtempSync(path.join(os.tmpdir(), "chung-suc-chromium-"));
    session.context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 360, height: 800 },
      acceptDownloads: true,
      locale: "vi-VN",
    });
    // Content-Security-Policy violations: something tried to load what the policy forbids.
    await session.context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    session.page = session.context.pages()[0] ?? (await session.context.newPage());
    session.context.on("request", (r) => session.requests.push(r.url()));
    session.page.on("pageerror", (e) => session.pageErrors.push(`${e.name}: ${e.message}`));
  }, 60_000);

  afterAll(async () => {
    await session.context?.close();
    server?.kill();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.requests.filter((u) => !isLocal(u))).toEqual([]);
    expect(await session.page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])).toEqual([]);
  });

  return session;
}

/** Waits until the element shows `expected` (its text then named in the failure). */
export async function expectText(locator: ReturnType<Page["getByTestId"]>, expected: string): Promise<void> {
  await locator.waitFor();
  try {
    await locator.filter({ hasText: expected }).waitFor({ timeout: 10_000 });
  } catch {
    expect(await locator.textContent()).toContain(expected);
  }
}
