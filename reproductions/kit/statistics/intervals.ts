// Uncertainty, as a layer apart from the metrics: a percentile bootstrap over seeds with the
// randomness passed in, and the Wilson score interval for a success rate.

import type { Interval, OpenInterval } from '../../../reports/contract/index.js';

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** The shapes are the contract's (reports/contract/statistics.ts). */
export type { Interval, OpenInterval } from '../../../reports/contract/index.js';

/** Wilson score interval for k successes out of n; null when n is 0. */
export function wilsonInterval(k: number, n: number, z = Z95): Interval | null {
  if (n === 0) return null;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 (k = n) the bound is exactly 0 (1); rounding would leave 1e-17 there.
  return { lo: k === 0 ? 0 : Math.max(0, centre - half), hi: k === n ? 1 : Math.min(1, centre + half) };
}

export interface BootstrapOptions {
  resamples: number;
  /** e.g. 0.95 */
  confidence: number;
  /** A uniform draw in [0, 1): the caller's seeded stream. */
  random: () => number;
}

/**
 * Percentile bootstrap interval of `statistic` over resamples (with replacement) of the items.
 * Resamples whose statistic is null (e.g. a median that depends on a censored run) count as +∞.
 * Null when there are no items; an end is null when it falls on such a resample.
 */
export function bootstrapInterval<T>(
  items: readonly T[],
  statistic: (sample: readonly T[]) => number | null,
  { resamples, confidence, random }: BootstrapOptions,
): OpenInterval | null {
  const n = items.length;
  if (n === 0) return null;
  const stats: number[] = [];
  const sample = new Array<T>(n);
  for (let b = 0; b < resamples; b++) {
    for (let k = 0; k < n; k++) sample[k] = items[Math.floor(random() * n)]!;
    stats.push(statistic(sample) ?? Infinity);
  }
  stats.sort((a, b) => a - b);
  const pick = (q: number) => {
    const v = stats[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))]!;
    return Number.isFinite(v) ? v : null;
  };
  const tail = (1 - confidence) / 2;
  return { lo: pick(tail), hi: pick(1 - tail) };
}
