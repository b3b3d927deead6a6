/**
 * The normalization pass as the task pane and the web page run it: bundled for the browser and
 * timed inside Chromium's engine by bench/browser.ts.
 */
import { normalizationInput } from "./normalizationInput";
import { timedPasses, type PassRun } from "./passes";

declare global {
  var normalizationPasses: (passes: number) => PassRun;
}

globalThis.normalizationPasses = (passes) => {
  const { rows, normalize } = normalizationInput();
  return { rows, ms: timedPasses(normalize, passes) };
};
