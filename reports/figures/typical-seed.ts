import type { ParamsJson } from '../../engine/index.js';
import type { RunRecord } from '../contract/index.js';

// Which seed a weight diagram shows. A figure of one seed is only honest if the seed is chosen by
// a rule fixed in advance, never by looking for the prettiest weights; these are those rules.

/** A run whose final weights are all finite numbers, so that a diagram can draw them. */
export type WeightedRun = RunRecord & { weights: ParamsJson };

/** Only runs with weights to draw: a diverged run has none and is never the typical seed. */
const weighted = (runs: readonly RunRecord[]): WeightedRun[] => runs.filter((r): r is WeightedRun => r.weights !== null);

export interface TypicalSeed<R extends RunRecord = WeightedRun> {
  run: R;
  /** The rule and its outcome, in a few words for the figure's subtitle (the seed is named apart). */
  rule: string;
}

/** The lower median of a list already sorted (for an even count: the element below the middle). */
const lowerMedian = <T>(sorted: readonly T[]): T => sorted[Math.floor((sorted.length - 1) / 2)]!;

/** Sorted by a key, ties broken by the smaller seed, so the choice never depends on input order. */
function sortedBy<R extends RunRecord>(runs: readonly R[], key: (r: R) => number): R[] {
  return [...runs].sort((a, b) => key(a) - key(b) || a.seed - b.seed);
}

/**
 * The converged seed with the median sweeps to criterion (lower median for an even count). When no
 * seed converged, falls back to the median final error over all seeds, and says so.
 */
export function medianSweepsSeed(runs: readonly RunRecord[]): TypicalSeed | null {
  const converged = weighted(runs).filter((r) => r.sweepsToCriterion !== null);
  if (converged.length === 0) {
    const fallback = medianFinalErrorSeed(runs);
    return fallback && { run: fallback.run, rule: `none converged; ${fallback.rule}` };
  }
  const run = lowerMedian(sortedBy(converged, (r) => r.sweepsToCriterion!));
  return {
    run,
    rule: `median of ${converged.length} converged seeds by sweeps to criterion (${run.sweepsToCriterion} sweeps)`,
  };
}

/**
 * The seed with the median final error over all seeds (lower median; a diverged run counts as the
 * largest error). Works when no seed meets the criterion, as in a fixed-length training.
 */
export function medianFinalErrorSeed(runs: readonly RunRecord[]): TypicalSeed | null {
  const drawable = weighted(runs);
  if (drawable.length === 0) return null;
  const run = lowerMedian(sortedBy(drawable, (r) => r.finalError ?? Infinity));
  const error = run.finalError === null ? 'not finite' : String(Number(run.finalError.toPrecision(3)));
  const left = runs.length - drawable.length;
  return { run, rule: `median of ${drawable.length} seeds by final error (E = ${error})${left > 0 ? `, ${left} diverged seeds left out` : ''}` };
}

/**
 * The run with the median of any numeric key (lower median; ties to the smaller seed), among the
 * runs where the key is defined. `what` names the key in the rule, e.g. "digits right on the test set".
 */
export function medianBySeed<R extends RunRecord>(runs: readonly R[], key: (r: R) => number | null, what: string): TypicalSeed<R> | null {
  const measured = runs.filter((r) => key(r) !== null);
  if (measured.length === 0) return null;
  const run = lowerMedian(sortedBy(measured, (r) => key(r)!));
  return { run, rule: `median of ${measured.length} seeds by ${what} (${String(Number(key(run)!.toPrecision(3)))})` };
}
