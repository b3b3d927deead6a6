// npm test: typecheck, lint, unit + property + contract tests, the production build, then the
// browser tests on the built web page. Stops at the first failing stage; prints one total line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "chungsuc-test-"));
const totals = { passed: 0, failed: 0 };
const started = Date.now();

function stage(name, command, args, jestReport) {
  const t0 = Date.now();
  process.stderr.write(`\n=== ${name}: ${command} ${args.join(" ")}\n`);
  const r = spawnSync(command, args, { stdio: "inherit", shell: false });
  if (jestReport) {
    try {
      const report = JSON.parse(readFileSync(jestReport, "utf8"));
      totals.passed += report.numPassedTests;
      totals.failed += report.numFailedTests;
    } catch {
      // jest wrote no report: it failed before running, and its exit status says so.
    }
  }
  process.stderr.write(`=== ${name}: ${r.status === 0 ? "ok" : "FAILED"} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  if (r.status !== 0) {
    console.log(`tests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(r.status ?? 1);
  }
}

const npx = "npx";
stage("typecheck", npx, ["tsc", "-p", "tsconfig.json", "--noEmit"]);
stage("typecheck tests", npx, ["tsc", "-p", "test/tsconfig.json", "--noEmit"]);
stage("lint", npx, ["eslint", "."]);
const unit = path.join(dir, "unit.json");
stage("unit, property and contract tests", npx, ["jest", "--ci", "--json", `--outputFile=${unit}`], unit);
stage("build (cli)", "node", ["scripts/build-cli.mjs"]);
stage("build (task pane, functions, manifest)", npx, ["webpack", "--mode", "production"]);
const browser = path.join(dir, "browser.json");
stage("browser tests", npx, ["jest", "--ci", "-c", "jest.browser.config.js", "--json", `--outputFile=${browser}`], browser);
process.stderr.write(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
