import { subStream } from '../../engine/index.js';
import { stuckStatistics as outcomeStatistics, type ArmOutcome } from '../kit/arms.js';
import type { Statistics } from '../kit/claims.js';
import { censoredQuantile, type Censored } from '../kit/statistics/censored.js';
import { bootstrapInterval } from '../kit/statistics/intervals.js';
import { probabilityFewer } from '../kit/statistics/robust.js';
import { paperArm, type AblationRun, type ArmId } from './run.js';

// The statistics the ablation claims are judged by, as pure functions of the runs: stuck rates
// with Wilson intervals, and a paired probability of needing fewer sweeps with a seeded bootstrap
// interval (as the suite's comparison of optimizer variants computes it).

/** The arms as the claims name them: the letter's 6-2-1 net is `paper`. */
export type ArmName = ArmId | 'paper';

export const armOf = (run: AblationRun, arm: ArmName): ArmOutcome => (arm === 'paper' ? paperArm(run) : run.arms[arm]);

/** Resamples and confidence of the bootstrap, as the comparison of optimizer variants uses. */
export const BOOTSTRAP = { resamples: 2000, confidence: 0.95 };

/**
 * Strictly above ½ for a `≥` condition: ½ + 10⁻⁹ lies below the smallest step above ½ that a
 * paired probability over n seeds can take, 1/(2n), for any n below 5·10⁸.
 */
export const ABOVE_HALF = 0.5 + 1e-9;

/** For one arm over the seeds: the kit's stuck statistics (`<arm>Stuck`, `<arm>StuckRate` …), named by the arm. */
export const stuckStatistics = (runs: readonly AblationRun[], arm: ArmName): Statistics => outcomeStatistics(runs.map((r) => armOf(r, arm)), arm);

/**
 * How clearly `richer` gets stuck less often than the 6-2-1 net: `<richer>Gap` is the 6-2-1 net's
 * lower Wilson end minus the richer net's upper end (≥ 0: the intervals do not overlap, the richer
 * net below); `<richer>ReverseGap` the same the other way (≥ 0: the richer net clearly more often).
 */
export function separation(s: Statistics, richer: ArmId): Statistics {
  const gap = (lo: number | null | undefined, hi: number | null | undefined) => (lo === null || lo === undefined || hi === null || hi === undefined ? null : lo - hi);
  return {
    [`${richer}Gap`]: gap(s.paperStuckLo, s[`${richer}StuckHi`]),
    [`${richer}ReverseGap`]: gap(s[`${richer}StuckLo`], s.paperStuckHi),
  };
}

/** Sweeps to criterion of an arm, seed by seed; a seed that never got there is censored (null). */
export const sweepsOf = (runs: readonly AblationRun[], arm: ArmName): Censored[] => runs.map((r) => armOf(r, arm).sweepsToCriterion);

/** 1 when `a` needs fewer sweeps than `b` on the run's seed, ½ for a tie (both censored), 0 otherwise. */
export function fewerScore(run: AblationRun, a: ArmName, b: ArmName): number {
  return probabilityFewer([armOf(run, a).sweepsToCriterion], [armOf(run, b).sweepsToCriterion])!;
}

/**
 * P(`a` needs fewer sweeps than `b` on the same seed), censored runs counting as slower, with a
 * 95% percentile-bootstrap interval over seeds from the experiment's own stream (seed 0, which no
 * training uses), so it is as repeatable as the runs. Also each arm's reached count and median.
 */
export function pairedFewer(experiment: string, runs: readonly AblationRun[], a: ArmName, b: ArmName): Statistics {
  const pairs = runs.map((r) => [armOf(r, a).sweepsToCriterion, armOf(r, b).sweepsToCriterion] as const);
  const stream = subStream(experiment, 0, `bootstrap/fewer/${a}-${b}`);
  const fewer = (sample: ReadonlyArray<readonly [Censored, Censored]>) => probabilityFewer(sample.map((p) => p[0]), sample.map((p) => p[1]));
  const interval = bootstrapInterval(pairs, fewer, { ...BOOTSTRAP, random: stream.next });
  const reached = (arm: ArmName) => sweepsOf(runs, arm).filter((s) => s !== null).length;
  return {
    probabilityFewer: fewer(pairs),
    fewerLo: interval?.lo ?? null,
    fewerHi: interval?.hi ?? null,
    [`${a}Reached`]: reached(a),
    [`${b}Reached`]: reached(b),
    [`${a}MedianSweeps`]: censoredQuantile(sweepsOf(runs, a), 0.5),
    [`${b}MedianSweeps`]: censoredQuantile(sweepsOf(runs, b), 0.5),
  };
}
