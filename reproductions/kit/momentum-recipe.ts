import { constant, subStream, type TrainConfig } from '../../engine/index.js';
import type { GrainName } from '../../reports/contract/grain-names.js';
import { LEARNED, LOSS_REDUCTIONS, MOMENTUM_RULES, PATTERN_ORDERS } from './shared-settings.js';

// The suite's training of a layered net with momentum (the letter's eq. 9, the chapter's eq. 16):
// constant ε and α, the update grain and pattern order as set, both readings of "learned" tracked,
// stopping once they hold. Written once, so every experiment that trains this way hands the engine
// the same TrainConfig (the same fields, `order` only when the patterns are shuffled) and a change
// to the recipe reaches all of them at once.

/** The settings the recipe reads. An experiment without a patternOrder setting trains in fixed order. */
export interface MomentumConfig {
  readonly sweepBudget: number;
  readonly momentumForm: keyof typeof MOMENTUM_RULES;
  readonly learningRate: number;
  readonly momentum: number;
  readonly updateGrain: GrainName;
  readonly patternOrder?: (typeof PATTERN_ORDERS)[number];
  readonly lossReduction: (typeof LOSS_REDUCTIONS)[number];
}

/** Both readings of "learned" are tracked on every run, so the claims can judge the one the criterion setting picks. */
export const TRACKED = [LEARNED['right-side'], LEARNED['within-0.2']];

/** Which training of which seed the recipe is for. */
export interface RecipeOf {
  /** The experiment id: a shuffled order comes from subStream(experiment, seed, stream). */
  experiment: string;
  seed: number;
  /** The order stream's purpose: 'order', or a name of its own for a second net of the seed, so it shifts no other. */
  stream?: string;
  /** ε for this training instead of the config's (an arm at another rate). */
  learningRate?: number;
}

export function momentumRecipe(config: MomentumConfig, { experiment, seed, stream = 'order', learningRate = config.learningRate }: RecipeOf): TrainConfig {
  return {
    sweeps: config.sweepBudget,
    rule: MOMENTUM_RULES[config.momentumForm],
    learningRate: constant(learningRate), // ε (the chapter's η)
    momentum: constant(config.momentum), // α
    grain: config.updateGrain,
    ...(config.patternOrder === 'shuffled' ? { order: subStream(experiment, seed, stream) } : {}),
    loss: { reduction: config.lossReduction },
    tiedGradient: 'average',
    criteria: TRACKED,
    stopWhenCriteriaMet: true,
  };
}
