import {
  buildNet, initialParameters, packPatterns, subStream, train,
  type InitSpec, type Net, type NetSpec, type PatternSet, type TrainConfig,
} from '../../engine/index.js';
import type { ArmOutcome } from './run.js';

// The 3-hidden net trained beside the minimal net on one seed, on common random numbers: every
// value it shares with the minimal net (the same block name, row and column) starts equal to the
// minimal net's initial value on that seed; the rest (the third hidden unit's weights) is drawn
// from a stream of its own, so it shifts nothing else.

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

export interface ArmTraining {
  experiment: string;
  seed: number;
  init: InitSpec;
  /** The minimal net and its initial parameters on this seed. */
  minimal: { spec: NetSpec; start: Float64Array };
  /** The minimal net's recipe (with any override applied): the arm trains the same way. */
  recipe: TrainConfig;
  criterionId: string;
  patterns: PatternSet;
}

/** The arm's initial parameters: the minimal net's where they share a value, its own stream elsewhere. */
export function armStart(arm: NetSpec, t: Pick<ArmTraining, 'experiment' | 'seed' | 'init' | 'minimal'>): Float64Array {
  const net = buildNet(arm);
  const params = initialParameters(net, t.init, subStream(t.experiment, t.seed, 'init/threeHidden'));
  shareStart(buildNet(t.minimal.spec), t.minimal.start, net, params);
  return params;
}

/** Trains the arm on one seed and keeps what the claims read. */
export function trainArm(arm: NetSpec, t: ArmTraining, onSweep?: (sweep: number) => void): ArmOutcome {
  const net = buildNet(arm);
  const result = train(net, armStart(arm, t), packPatterns(net, t.patterns), { ...t.recipe, ...(onSweep ? { onSweep } : {}) });
  const final = result.errors[result.errors.length - 1]!;
  return { sweepsToCriterion: result.reached[t.criterionId] ?? null, finalError: Number.isFinite(final) ? final : null, diverged: result.diverged };
}
