// Bundles the node entry points (CLI, benchmarks) with esbuild; dependencies stay in node_modules.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function buildNode() {
  await build({
    absWorkingDir: root,
    entryPoints: { cli: "src/cli/index.ts", bench: "bench/index.ts" },
    outdir: "dist",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildNode();
