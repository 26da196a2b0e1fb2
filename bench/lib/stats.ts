/** Small numeric helpers of the harness: timing, medians, growth, formatting. Pure except `timeRuns`. */
import { performance } from "node:perf_hooks";

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface Timing {
  readonly medianMs: number;
  readonly samplesMs: readonly number[];
}

/**
 * Median of `runs` timed calls after one untimed warm-up (the JIT and the caches of the first call
 * are not what a user waits for twice). `prepare` runs before each call, outside the timing.
 */
export async function timeRuns<T>(runs: number, fn: (i: number) => T | Promise<T>, prepare?: (i: number) => void): Promise<Timing & { last: T }> {
  prepare?.(-1);
  let last = await fn(-1);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    prepare?.(i);
    const t0 = performance.now();
    last = await fn(i);
    samples.push(performance.now() - t0);
  }
  return { medianMs: median(samples), samplesMs: samples, last };
}

/** Time per item at the largest size over time per item at the smallest: 1 is perfectly linear. */
export function growthRatio(points: readonly { size: number; ms: number }[]): number {
  if (points.length < 2) return Number.NaN;
  const sorted = [...points].sort((a, b) => a.size - b.size);
  const a = sorted[0];
  const b = sorted[sorted.length - 1];
  return b.ms / b.size / (a.ms / a.size);
}

export const ratio = (a: number, b: number): number => (b > 0 && Number.isFinite(a) ? a / b : Number.NaN);

const GROUP = "\u202f";

/** 1234567.8 → "1 234 568" (≥ 100), "12,3" (≥ 10), "1,23", "0,0124"; NaN → "—". Russian separators. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "—";
  const abs = Math.abs(value);
  if (Number.isInteger(value)) return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  // Three significant digits below 1, so 0.0124 ms does not print as 0,01.
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 || abs === 0 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)));
  const [int, frac] = value.toFixed(digits).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  return frac ? `${grouped},${frac}` : grouped;
}

/** "1 000 000" style label for sizes. */
export const formatSize = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);

export const MB = 1024 * 1024;
