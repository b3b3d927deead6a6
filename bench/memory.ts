/**
 * How fast this machine's memory answers right now. On a shared machine it changes by a factor
 * of two from minute to minute, and every step of the benchmark moves with it: measured before
 * and after the steps, it tells which phase a run's figures were taken in.
 */
const SLOTS = 1 << 24;
const READS = 4_000_000;

/** Builds a random chain over 64 MB; `probeMemory` follows it. */
export function memoryChain(): Int32Array {
  const chain = new Int32Array(SLOTS);
  let x = 12_345;
  for (let i = 0; i < SLOTS; i++) {
    x = (Math.imul(x, 1_103_515_245) + 12_345) | 0;
    chain[i] = (x >>> 8) & (SLOTS - 1);
  }
  return chain;
}

/** Four million reads, each at the place the last one gave: none can start before the last ends. */
export function probeMemory(chain: Int32Array): number {
  let at = 0;
  for (let i = 0; i < READS; i++) at = chain[at];
  return at;
}
