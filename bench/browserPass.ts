/**
 * The normalization pass as the task pane and the web page run it: bundled for the browser and
 * timed inside Chromium's engine by bench/browser.ts. Each pass starts on a collected heap, as
 * the node steps do.
 */
import { normalizationInput } from "./normalizationInput";

declare global {
  var normalizationPasses: (passes: number) => { rows: number; ms: number[] };
}

globalThis.normalizationPasses = (passes) => {
  const { rows, normalize } = normalizationInput();
  const collect = (globalThis as { gc?: () => void }).gc;
  const ms: number[] = [];
  for (let i = 0; i < passes; i++) {
    collect?.();
    const start = performance.now();
    normalize();
    ms.push(performance.now() - start);
  }
  return { rows, ms };
};
