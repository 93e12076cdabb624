import { buildNet, constant, packPatterns, subStream, train, type InitSpec, type Net, type NetSpec, type PatternSet, type TrainConfig } from '../../engine/index.js';
import { armOutcome, startBeside, type ArmOutcome } from '../kit/arms.js';
import { directNet, noHiddenNet, paperNet, threeHiddenNet } from './nets.js';
import type { ArmId } from './run.js';

// The arms a seed trains beside the letter's 6-2-1 net, and how each starts: common random
// numbers (the kit's arms). Every value a net shares with the 6-2-1 net starts equal to the 6-2-1
// net's initial value on that seed; the rest (the third hidden unit, the direct connections) is
// drawn from a stream of the arm's own, so no arm shifts another.

interface ArmSpec {
  net: NetSpec;
  /** In words, for the report. */
  description: string;
  /** α for this arm instead of the experiment's (plain descent). */
  momentum?: number;
}

export const ARM_SPECS: Record<ArmId, ArmSpec> = {
  noHidden: { net: noHiddenNet, description: '6 → 1 with no hidden units (inputs straight to the output)' },
  threeHidden: { net: threeHiddenNet, description: '6-3-1: one more hidden unit' },
  direct: { net: directNet, description: '6-2-1 plus a direct connection from every input to the output' },
  plainDescent: { net: paperNet, description: '6-2-1 with α = 0: plain descent, eq. 8', momentum: 0 },
};

const compiled = new Map<NetSpec, Net>();
const netOf = (spec: NetSpec): Net => {
  const known = compiled.get(spec);
  if (known) return known;
  const net = buildNet(spec);
  compiled.set(spec, net);
  return net;
};

/** The arm's initial parameters on a seed: the 6-2-1 net's where the two nets share a value, its own stream elsewhere. */
export function armStart(experiment: string, arm: ArmId, seed: number, init: InitSpec, paperStart: Float64Array): Float64Array {
  return startBeside(netOf(ARM_SPECS[arm].net), init, subStream(experiment, seed, `init/${arm}`), { net: netOf(paperNet), start: paperStart });
}

export interface ArmTraining {
  experiment: string;
  seed: number;
  init: InitSpec;
  /** The 6-2-1 net's initial parameters on this seed. */
  paperStart: Float64Array;
  /** The 6-2-1 arm's recipe (with any override applied); an arm changes only α. */
  recipe: TrainConfig;
  criterionId: string;
  patterns: PatternSet;
}

/** Trains one arm of one seed and keeps what the claims read. */
export function trainArm(arm: ArmId, t: ArmTraining, onSweep?: (sweep: number) => void): ArmOutcome {
  const spec = ARM_SPECS[arm];
  const net = netOf(spec.net);
  const params = armStart(t.experiment, arm, t.seed, t.init, t.paperStart);
  const recipe: TrainConfig = {
    ...t.recipe,
    ...(spec.momentum !== undefined ? { momentum: constant(spec.momentum) } : {}),
    ...(onSweep ? { onSweep } : {}),
  };
  const result = train(net, params, packPatterns(net, t.patterns), recipe);
  return armOutcome(result, t.criterionId);
}
