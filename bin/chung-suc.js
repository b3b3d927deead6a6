#!/usr/bin/env node
// Runs the CLI, building it from src/ first when the build is missing or older than the sources,
// so `npm ci && npx chung-suc demo` works without a separate build step.
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const built = path.join(root, "dist", "cli.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

async function run() {
  const stale = !fs.existsSync(built) || fs.statSync(built).mtimeMs < newestSource(path.join(root, "src"));
  if (stale) {
    const { buildNode } = await import(path.join(root, "scripts", "build-cli.mjs"));
    await buildNode();
  }
  require(built);
}

run().catch((e) => {
  process.stderr.write(`Không khởi động được Chung Sức: ${e && e.message ? e.message : e}\n`);
  process.exitCode = 2;
});
