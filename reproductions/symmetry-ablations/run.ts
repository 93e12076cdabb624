import type { RunRecord } from '../../reports/contract/index.js';

/** The arms trained beside the letter's 6-2-1 net on every seed. */
export const ARMS = ['noHidden', 'threeHidden', 'direct', 'plainDescent'] as const;
export type ArmId = (typeof ARMS)[number];

/** One arm of one seed. */
export interface ArmOutcome {
  /** Sweeps until the experiment's criterion first held; null when not reached within the budget. */
  sweepsToCriterion: number | null;
  /** E after the last sweep; null when it was not a finite number. */
  finalError: number | null;
  /** True when E stopped being a finite number and training stopped there. */
  diverged: boolean;
}

/**
 * One seed of the ablations. The shared fields (weights, error curve, sweeps to criterion …) are
 * the letter's 6-2-1 net with α as set; `arms` holds the other nets and plain descent, trained
 * from the same seed with their shared weights starting equal.
 */
export interface AblationRun extends RunRecord {
  arms: Record<ArmId, ArmOutcome>;
}

/** The 6-2-1 arm, read from the run's shared fields. */
export const paperArm = (run: Pick<RunRecord, 'sweepsToCriterion' | 'finalError' | 'diverged'>): ArmOutcome => ({
  sweepsToCriterion: run.sweepsToCriterion,
  finalError: run.finalError,
  diverged: run.diverged,
});

/** A run in which one arm's outcome is replaced by the 6-2-1 arm's: the claims' controls. */
export const withPaperAs = (run: AblationRun, ...arms: ArmId[]): AblationRun => ({
  ...run,
  arms: { ...run.arms, ...Object.fromEntries(arms.map((a) => [a, paperArm(run)])) },
});
