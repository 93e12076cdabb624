import { initialParameters, type InitSpec, type Net, type RandomStream, type TrainResult } from '../../engine/index.js';
import type { RunRecord } from '../../reports/contract/index.js';
import type { Statistics } from './claims.js';
import { censoredQuantile } from './statistics/censored.js';
import { wilsonInterval } from './statistics/intervals.js';

// Arms: nets an experiment trains beside its own on the same seed, to compare with it on common
// random numbers. Every value an arm shares with the base net (the same block, the same row and
// column) starts equal to the base net's initial value on that seed; the rest is drawn from a
// stream of the arm's own, so adding or removing an arm shifts no other net's start.

/** What the claims read of one arm of one seed. */
export interface ArmOutcome {
  /** Sweeps until the experiment's criterion first held; null when not reached within the budget. */
  sweepsToCriterion: number | null;
  /** E after the last sweep; null when it was not a finite number. */
  finalError: number | null;
  /** True when E stopped being a finite number and training stopped there. */
  diverged: boolean;
}

/** Copies into `to` every value it shares with `from`: the same block name, a row and column inside both shapes. */
export function shareStart(fromNet: Net, from: Float64Array, toNet: Net, to: Float64Array): void {
  for (const b of toNet.blocks) {
    const a = fromNet.blocks.find((x) => x.name === b.name);
    if (!a) continue;
    // both blocks are (rows, cols), row-major; a bias block is (size, 1)
    for (let j = 0; j < Math.min(a.rows, b.rows); j++) {
      for (let i = 0; i < Math.min(a.cols, b.cols); i++) to[b.offset + j * b.cols + i] = from[a.offset + j * a.cols + i]!;
    }
  }
}

/** An arm's initial parameters: drawn from the arm's own `stream`, then the base net's wherever the two share a value. */
export function startBeside(net: Net, init: InitSpec, stream: RandomStream, base: { net: Net; start: Float64Array }): Float64Array {
  const params = initialParameters(net, init, stream);
  shareStart(base.net, base.start, net, params);
  return params;
}

/** An arm's outcome from its training. */
export function armOutcome(result: TrainResult, criterionId: string): ArmOutcome {
  const final = result.errors[result.errors.length - 1]!;
  return { sweepsToCriterion: result.reached[criterionId] ?? null, finalError: Number.isFinite(final) ? final : null, diverged: result.diverged };
}

/** The base net's outcome, read from a run's shared fields, to compare with its arms. */
export const runOutcome = (run: Pick<RunRecord, 'sweepsToCriterion' | 'finalError' | 'diverged'>): ArmOutcome => ({
  sweepsToCriterion: run.sweepsToCriterion,
  finalError: run.finalError,
  diverged: run.diverged,
});

/** Not reaching the criterion within the budget (a diverged training among them). */
export const stuck = (outcome: ArmOutcome): boolean => outcome.sweepsToCriterion === null;

/**
 * For one net over the seeds: `<name>Stuck` (how many seeds did not reach the criterion),
 * `<name>StuckRate` with its 95% Wilson interval `<name>StuckLo`/`<name>StuckHi`, and
 * `<name>StuckError`, the median final E of those seeds (where a stuck net sits on the error surface).
 */
export function stuckStatistics(outcomes: readonly ArmOutcome[], name: string): Statistics {
  const stuckOnes = outcomes.filter(stuck);
  const interval = wilsonInterval(stuckOnes.length, outcomes.length);
  const errors = stuckOnes.flatMap((o) => (o.finalError === null ? [] : [o.finalError]));
  return {
    [`${name}Stuck`]: stuckOnes.length,
    [`${name}StuckRate`]: outcomes.length === 0 ? null : stuckOnes.length / outcomes.length,
    [`${name}StuckLo`]: interval?.lo ?? null,
    [`${name}StuckHi`]: interval?.hi ?? null,
    [`${name}StuckError`]: errors.length === 0 ? null : censoredQuantile(errors, 0.5),
  };
}
