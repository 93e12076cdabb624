// Statistics of "sweeps to criterion" where a run that never reached the criterion is kept as
// censored (null): it counts as larger than every finite value, never dropped.

import type { CensoredSummary } from '../../../reports/contract/index.js';

export type Censored = number | null;

/** Sorted ascending with censored values (as +∞) last. */
function sortedWithInfinity(values: readonly Censored[]): number[] {
  return values.map((v) => (v === null ? Infinity : v)).sort((a, b) => a - b);
}

/**
 * The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics (Hyndman & Fan
 * type 7, R's default). Null when it depends on a censored value, or when there are no values.
 */
export function censoredQuantile(values: readonly Censored[], q: number): number | null {
  const sorted = sortedWithInfinity(values);
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  if (lo === hi || b === a) return Number.isFinite(a) ? a : null;
  if (!Number.isFinite(b)) return null;
  return a + (h - lo) * (b - a);
}

/**
 * Percentile rank of `value` (0–100): the share of runs below it, counting ties as half.
 * Censored runs count as above it (the caller's budget must exceed `value`).
 */
export function percentileRank(values: readonly Censored[], value: number): number | null {
  if (values.length === 0) return null;
  let below = 0;
  let ties = 0;
  for (const v of values) {
    if (v === null) continue;
    if (v < value) below += 1;
    else if (v === value) ties += 1;
  }
  return (100 * (below + 0.5 * ties)) / values.length;
}

/** The shape is the contract's (reports/contract/statistics.ts). */
export type { CensoredSummary } from '../../../reports/contract/index.js';

export function summarizeCensored(values: readonly Censored[]): CensoredSummary {
  const reached = values.filter((v) => v !== null).length;
  return {
    runs: values.length,
    reached,
    reachedFraction: values.length === 0 ? null : reached / values.length,
    median: censoredQuantile(values, 0.5),
    q1: censoredQuantile(values, 0.25),
    q3: censoredQuantile(values, 0.75),
  };
}
