import { subStream } from '../../engine/index.js';
import type { Statistics } from '../kit/claims.js';
import { censoredQuantile, type Censored } from '../kit/statistics/censored.js';
import { bootstrapInterval } from '../kit/statistics/intervals.js';
import { correlation, ranks } from '../kit/statistics/rank.js';
import type { WidthOutcome } from './width-arms.js';

// The width series' trend as pure functions of the runs: medians per width, a least-squares line
// through them against log₂H, a rank correlation with a null from relabelling widths within each
// seed, and a bootstrap interval over seeds for the line's relative slope.

/** A seed's series, one outcome per width in the series' order. */
export interface SeriesRun {
  series: WidthOutcome[];
}

export const BOOTSTRAP = { resamples: 2000, confidence: 0.95 };
export const PERMUTATIONS = 999;
/** The level at which the fall counts as more than chance. */
export const ALPHA = 0.05;

/** The widths a trend is fitted over: those from `from` on (H = 1 without direct connections cannot represent XOR). */
export const fittedWidths = (runs: readonly SeriesRun[], from: number): number[] => (runs[0]?.series ?? []).map((o) => o.hidden).filter((h) => h >= from);

const sweepsAt = (run: SeriesRun, hidden: number): Censored => run.series.find((o) => o.hidden === hidden)?.sweepsToCriterion ?? null;

/** Least squares y = a + b·x; null when fewer than two points or a y is missing. */
export function fitLine(x: readonly number[], y: ReadonlyArray<number | null>): { a: number; b: number } | null {
  if (x.length < 2 || y.some((v) => v === null)) return null;
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = (y as number[]).reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  x.forEach((v, k) => {
    sxy += (v - mx) * ((y[k] as number) - my);
    sxx += (v - mx) ** 2;
  });
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

/** The sweeps of every seed at each width: columns[k][s] is seed s at widths[k]. */
export const columnsOf = (runs: readonly SeriesRun[], widths: readonly number[]): Censored[][] => widths.map((h) => runs.map((r) => sweepsAt(r, h)));

/** Medians per width and the line through them against log₂H; `relativeSlope` is b over the line's value at the first width. */
export function medianLine(columns: ReadonlyArray<readonly Censored[]>, widths: readonly number[]) {
  const medians = columns.map((c) => censoredQuantile(c, 0.5));
  const x = widths.map(Math.log2);
  const line = fitLine(x, medians);
  const atFirst = line ? line.a + line.b * x[0]! : null;
  return { medians, line, relativeSlope: line && atFirst !== null && atFirst > 0 ? line.b / atFirst : null };
}

const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));

/** The `index`-th of the k! orders of 0..k−1 (Lehmer code), written into `out` (length k). */
export function nthPermutation(index: number, out: Int32Array): void {
  const left = Array.from({ length: out.length }, (_, j) => j);
  for (let j = 0; j < out.length; j++) {
    const f = factorial(out.length - 1 - j);
    const d = Math.floor(index / f);
    index -= d * f;
    out[j] = left.splice(d, 1)[0]!;
  }
}

/**
 * Spearman's ρ of log₂H against sweeps to criterion over every (seed, width), a run that never got
 * there ranking above all that did; and a one-sided p-value for a fall: the share of relabellings of
 * the widths within each seed (the arms of a seed are exchangeable when width does not matter) whose
 * ρ is at least as negative, (1 + count) / (1 + permutations).
 */
export function trendTest(experiment: string, runs: readonly SeriesRun[], widths: readonly number[]): { rho: number | null; p: number | null } {
  const k = widths.length;
  if (runs.length === 0 || k < 2) return { rho: null, p: null };
  const values = runs.flatMap((r) => widths.map((h) => sweepsAt(r, h) ?? Infinity));
  const valueRanks = ranks(values);
  const x = runs.flatMap(() => widths.map(Math.log2));
  const rho = correlation(ranks(x), valueRanks);
  const stream = subStream(experiment, 0, 'permutation/width-trend');
  const order = new Int32Array(k);
  const xRanks = ranks(x);
  const permuted = new Float64Array(x.length);
  const orders = factorial(k);
  let asExtreme = 0;
  for (let t = 0; t < PERMUTATIONS; t++) {
    for (let s = 0; s < runs.length; s++) {
      // One draw per seed picks one of the k! orders uniformly (a shuffle would take k − 1 draws).
      nthPermutation(stream.int(orders), order);
      for (let j = 0; j < k; j++) permuted[s * k + j] = xRanks[s * k + order[j]!]!;
    }
    if (correlation(permuted, valueRanks) <= rho) asExtreme += 1;
  }
  return { rho, p: (1 + asExtreme) / (1 + PERMUTATIONS) };
}

/** The per-seed measure: ρ of log₂H against sweeps over one seed's widths (null when every width tied). */
export function seedRho(run: SeriesRun, widths: readonly number[]): number | null {
  const v = widths.map((h) => sweepsAt(run, h) ?? Infinity);
  if (v.every((y) => y === v[0])) return null;
  return correlation(ranks(widths.map(Math.log2)), ranks(v));
}

/** Every statistic of the trend claim. */
export function trendStatistics(experiment: string, runs: readonly SeriesRun[], from: number): Statistics {
  const widths = fittedWidths(runs, from);
  const columns = columnsOf(runs, widths);
  const { medians, line, relativeSlope } = medianLine(columns, widths);
  const { rho, p } = trendTest(experiment, runs, widths);
  const stream = subStream(experiment, 0, 'bootstrap/width-slope');
  // Resamples of seeds, each keeping its widths together (the pairing of common random numbers).
  const seeds = runs.map((_, s) => s);
  const resampled = (sample: readonly number[]) => medianLine(columns.map((c) => sample.map((s) => c[s]!)), widths).relativeSlope;
  const interval = bootstrapInterval(seeds, resampled, { ...BOOTSTRAP, random: stream.next });
  const below = (runs[0]?.series ?? []).filter((o) => o.hidden < from).map((o) => o.hidden);
  return {
    runs: runs.length,
    rho,
    trendP: p,
    intercept: line?.a ?? null,
    slope: line?.b ?? null,
    relativeSlope,
    relativeSlopeLo: interval?.lo ?? null,
    relativeSlopeHi: interval?.hi ?? null,
    ...Object.fromEntries(widths.map((h, k) => [`medianH${h}`, medians[k]!])),
    ...Object.fromEntries([...below, ...widths].map((h) => [`reachedH${h}`, runs.filter((r) => sweepsAt(r, h) !== null).length])),
  };
}
