import type { RunRecord } from '../../reports/contract/index.js';

/** The 3-hidden net trained beside the minimal net on the same seed. */
export interface ArmOutcome {
  /** Sweeps until the experiment's criterion first held; null when not reached within the budget. */
  sweepsToCriterion: number | null;
  /** E after the last sweep; null when it was not a finite number. */
  finalError: number | null;
  diverged: boolean;
}

/**
 * One seed of addition-minimal: the shared fields are the minimal (Fig. 10) net's; `threeHidden` is
 * the 3-hidden net trained from the same seed, its shared weights starting equal. Null where there
 * is no seed to train it from: given weights (the printed ones) measured by evaluateWeights.
 */
export interface MinimalRun extends RunRecord {
  threeHidden: ArmOutcome | null;
}

/** The minimal net's outcome, read from a run's shared fields. */
export const minimalArm = (run: Pick<RunRecord, 'sweepsToCriterion' | 'finalError' | 'diverged'>): ArmOutcome => ({
  sweepsToCriterion: run.sweepsToCriterion,
  finalError: run.finalError,
  diverged: run.diverged,
});

/** Not reaching the criterion within the budget (a diverged training among them). */
export const stuck = (outcome: ArmOutcome): boolean => outcome.sweepsToCriterion === null;
