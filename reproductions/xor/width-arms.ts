import { buildNet, initialParameters, subStream, type InitSpec, type Net, type PatternSet, type TrainConfig } from '../../engine/index.js';
import { trainArm } from './minimum-run.js';
import { widthNet } from './nets.js';

// The arms of the width series on one seed: 2-H-1 nets started on common random numbers. Every
// value an H-unit net shares with the 2-2-1 net (hidden units 1–2 and their connections, the output
// bias) starts equal to the 2-2-1 net's on that seed; the rest is drawn from a stream of the arm's
// own, so adding or removing an arm shifts no other.

/** One width of one seed. */
export interface WidthOutcome {
  hidden: number;
  /** Sweeps until the criterion first held; null when not reached within the budget. */
  sweepsToCriterion: number | null;
  finalError: number | null;
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

/** The H-unit net's initial parameters on a seed: the 2-2-1 net's where they share a value, the arm's own stream elsewhere. */
export function widthStart(experiment: string, hidden: number, seed: number, init: InitSpec, twoStart: Float64Array): Float64Array {
  const net = buildNet(widthNet(hidden));
  const params = initialParameters(net, init, subStream(experiment, seed, `init/H=${hidden}`));
  shareStart(buildNet(widthNet(2)), twoStart, net, params);
  return params;
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
