// Statistics of timing samples as plain functions of an array (no state, no randomness).
import type { TimingSummary } from '../../../reports/contract/index.js';

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sample standard deviation (n − 1); 0 for a single sample. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1));
}

/** Two-sided 97.5% quantiles of Student's t for 1–30 degrees of freedom; 1.96 beyond. */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** Relative margin of error of the mean at 95%, in percent (as tinybench reports it); 0 for one sample. */
export function relativeMarginOfError(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const t = T975[n - 2] ?? 1.96;
  return (100 * t * standardDeviation(values)) / Math.sqrt(n) / mean(values);
}

/** The summary the benchmark's JSON reports for a list of timings. */
export type Summary = TimingSummary;

export function summarize(values: readonly number[]): Summary {
  return {
    samples: values.length,
    median: median(values),
    mean: mean(values),
    min: Math.min(...values),
    max: Math.max(...values),
    sd: standardDeviation(values),
    rme: relativeMarginOfError(values),
  };
}
