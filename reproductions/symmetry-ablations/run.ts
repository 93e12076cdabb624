import type { RunRecord } from '../../reports/contract/index.js';
import { runOutcome, type ArmOutcome } from '../kit/arms.js';

export type { ArmOutcome } from '../kit/arms.js';

/** The arms trained beside the letter's 6-2-1 net on every seed. */
export const ARMS = ['noHidden', 'threeHidden', 'direct', 'plainDescent'] as const;
export type ArmId = (typeof ARMS)[number];

/**
 * One seed of the ablations. The shared fields (weights, error curve, sweeps to criterion …) are
 * the letter's 6-2-1 net with α as set; `arms` holds the other nets and plain descent, trained
 * from the same seed with their shared weights starting equal.
 */
export interface AblationRun extends RunRecord {
  arms: Record<ArmId, ArmOutcome>;
}

/** The 6-2-1 arm, read from the run's shared fields. */
export const paperArm = runOutcome;

/** A run in which one arm's outcome is replaced by the 6-2-1 arm's: the claims' controls. */
export const withPaperAs = (run: AblationRun, ...arms: ArmId[]): AblationRun => ({
  ...run,
  arms: { ...run.arms, ...Object.fromEntries(arms.map((a) => [a, paperArm(run)])) },
});
