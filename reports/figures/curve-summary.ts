import type { RunRecord } from '../contract/index.js';

// Per-sweep summaries of many seeds' error curves, for the learning-curve figure. Each run samples
// its curve at its own sweeps, so the quartiles are taken on one common grid, each curve read off by
// linear interpolation. A run that stopped early (at the criterion) keeps its last E from then on:
// dropping it instead would leave only the slow seeds and push the median up.

/** E of one run at sweep t: interpolated between samples, held after the last; null if not finite. */
export function errorAt(run: RunRecord, t: number): number | null {
  const { sweeps, errors } = run.errorCurve;
  if (sweeps.length === 0) return null;
  if (t >= sweeps[sweeps.length - 1]!) return errors[errors.length - 1] ?? null;
  if (t <= sweeps[0]!) return errors[0] ?? null;
  let hi = 1;
  while (sweeps[hi]! < t) hi += 1;
  const [t0, t1, e0, e1] = [sweeps[hi - 1]!, sweeps[hi]!, errors[hi - 1], errors[hi]];
  if (e0 === null || e1 === null || e0 === undefined || e1 === undefined) return null;
  return e0 + ((t - t0) / (t1 - t0)) * (e1 - e0);
}

/** `points` + 1 whole sweeps spread evenly over [0, last]. */
export function sweepGrid(last: number, points = 200): number[] {
  const grid = new Set<number>();
  for (let k = 0; k <= points; k += 1) grid.add(Math.round((k * last) / points));
  return [...grid];
}

/** Type-7 quantile of sorted values (R's default), as the report's own statistics use. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.ceil(h)]!;
  return a === b ? a : a + (h - lo) * (b - a);
}

export interface CurveQuartiles {
  sweep: number;
  q1: number;
  median: number;
  q3: number;
}

/** Quartiles of E over the runs at each grid sweep. A non-finite E ranks above every finite one. */
export function curveQuartiles(runs: readonly RunRecord[], grid: readonly number[]): CurveQuartiles[] {
  const rows: CurveQuartiles[] = [];
  if (runs.length === 0) return rows;
  for (const sweep of grid) {
    const values = runs.map((r) => errorAt(r, sweep) ?? Infinity).sort((a, b) => a - b);
    const [q1, median, q3] = [0.25, 0.5, 0.75].map((q) => quantileSorted(values, q)) as [number, number, number];
    // A quartile that lands on a diverged run has no value to draw.
    if (Number.isFinite(q1) && Number.isFinite(median) && Number.isFinite(q3)) rows.push({ sweep, q1: round(q1), median: round(median), q3: round(q3) });
  }
  return rows;
}

/** Six significant digits, like the report's curves: enough for a picture, stable in the SVG. */
export const round = (v: number): number => Number(v.toPrecision(6));
