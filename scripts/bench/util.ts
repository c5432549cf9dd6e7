import { performance } from 'node:perf_hooks';

/** mulberry32: tiny, fast, good enough for benchmark data; seeded so runs are comparable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The value below which a share `p` of the sorted samples fall. */
export function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? 0;
}

/** Times `once` over `runs` runs after `warmup` unmeasured ones: mean and p95 in milliseconds. */
export function measure(once: () => void, runs: number, warmup: number): { mean: number; p95: number } {
  for (let i = 0; i < warmup; i++) once();
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    once();
    samples[i] = performance.now() - t0;
  }
  const sorted = Float64Array.from(samples).sort();
  return { mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, p95: percentile(sorted, 0.95) };
}
