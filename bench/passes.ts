/** The normalization passes of one fresh engine (a node process or a Chromium page), timed. */
export interface PassRun {
  rows: number;
  /** The first pass, then the later ones. */
  ms: number[];
}

/** Each pass starts on a collected heap, as the other steps do. */
export function timedPasses(normalize: () => unknown, passes: number): number[] {
  const collect = (globalThis as { gc?: () => void }).gc;
  const ms: number[] = [];
  for (let i = 0; i < passes; i++) {
    collect?.();
    const start = performance.now();
    normalize();
    ms.push(performance.now() - start);
  }
  return ms;
}

export type Record = (step: string, items: number, ms: number) => void;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2).replace(".", ",");

/** Two rows: the median first pass and the median later pass, each with its range in the step's name. */
export function recordPasses(runs: PassRun[], what: string, record: Record): void {
  const first = runs.map((r) => r.ms[0]);
  const later = runs.flatMap((r) => r.ms.slice(1));
  const range = (ms: number[]) => `${seconds(Math.min(...ms))}–${seconds(Math.max(...ms))} s`;
  record(`${what}, lần đầu (trung vị ${first.length} lần chạy mới; ${range(first)})`, runs[0].rows, median(first));
  record(`${what}, lần sau (trung vị ${later.length}; ${range(later)})`, runs[0].rows, median(later));
}
