import { buildNet, packPatterns, subStream, train, type InitSpec, type NetSpec, type PatternSet, type TrainConfig } from '../../engine/index.js';
import { armOutcome, startBeside, type ArmOutcome } from '../kit/arms.js';

// The 3-hidden net trained beside the minimal net on one seed, on common random numbers (the kit's
// arms): every value it shares with the minimal net starts equal to the minimal net's initial value
// on that seed; the rest (the third hidden unit's weights) is drawn from a stream of its own.

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
  return startBeside(buildNet(arm), t.init, subStream(t.experiment, t.seed, 'init/threeHidden'), { net: buildNet(t.minimal.spec), start: t.minimal.start });
}

/** Trains the arm on one seed and keeps what the claims read. */
export function trainArm(arm: NetSpec, t: ArmTraining, onSweep?: (sweep: number) => void): ArmOutcome {
  const net = buildNet(arm);
  const result = train(net, armStart(arm, t), packPatterns(net, t.patterns), { ...t.recipe, ...(onSweep ? { onSweep } : {}) });
  return armOutcome(result, t.criterionId);
}
