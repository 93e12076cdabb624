import { buildNet, subStream, type InitSpec, type PatternSet, type TrainConfig } from '../../engine/index.js';
import { startBeside, type ArmOutcome } from '../kit/arms.js';
import { trainArm } from './minimum-run.js';
import { widthNet } from './nets.js';

// The arms of the width series on one seed: 2-H-1 nets started on common random numbers (the kit's
// arms). Every value an H-unit net shares with the 2-2-1 net (hidden units 1–2 and their
// connections, the output bias) starts equal to the 2-2-1 net's on that seed; the rest is drawn
// from a stream of the arm's own, so adding or removing an arm shifts no other.

/** One width of one seed. */
export interface WidthOutcome extends ArmOutcome {
  hidden: number;
}

/** The H-unit net's initial parameters on a seed: the 2-2-1 net's where they share a value, the arm's own stream elsewhere. */
export function widthStart(experiment: string, hidden: number, seed: number, init: InitSpec, twoStart: Float64Array): Float64Array {
  return startBeside(buildNet(widthNet(hidden)), init, subStream(experiment, seed, `init/H=${hidden}`), { net: buildNet(widthNet(2)), start: twoStart });
}

export interface WidthTraining {
  experiment: string;
  seed: number;
  init: InitSpec;
  /** The 2-2-1 net's initial parameters on this seed. */
  twoStart: Float64Array;
  /** The 2-2-1 net's recipe (with any override applied); every arm trains with it. */
  recipe: TrainConfig;
  criterionId: string;
  patterns: PatternSet;
}

/** Trains the H-unit net of one seed and keeps what the claims read. */
export function trainWidth(hidden: number, t: WidthTraining, onSweep?: (sweep: number) => void): WidthOutcome {
  const start = widthStart(t.experiment, hidden, t.seed, t.init, t.twoStart);
  const arm = trainArm(widthNet(hidden), start, t.patterns, { ...t.recipe, ...(onSweep ? { onSweep } : {}) }, t.criterionId);
  return { hidden, sweepsToCriterion: arm.sweepsToCriterion, finalError: arm.finalError, diverged: arm.diverged };
}
