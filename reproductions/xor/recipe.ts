import { constant, subStream, type TrainConfig } from '../../engine/index.js';
import type { ConfigOf } from '../kit/settings.js';
import { LEARNED, MOMENTUM_RULES } from '../kit/shared-settings.js';
import type { XorSettings } from './settings.js';

// The chapter's training of an XOR net, one recipe for every net and arm: up to the budget, stopping
// once both readings of "learned" hold. An arm changes only ε (and its order stream's name).

type Config = ConfigOf<XorSettings>;

/** Both readings of "learned" are tracked on every run; the criterion setting picks the one judged. */
export const TRACKED = [LEARNED['right-side'], LEARNED['within-0.2']];

export const criterionOf = (config: Config) => ({ id: config.criterion, description: LEARNED[config.criterion].description, budget: config.sweepBudget });

/** The recipe of one seed; `purpose` names the order stream, so an arm can shuffle on its own. */
export function xorRecipe(experiment: string, config: Config, seed: number, rate = config.learningRate, purpose = 'order'): TrainConfig {
  return {
    sweeps: config.sweepBudget,
    rule: MOMENTUM_RULES[config.momentumForm],
    learningRate: constant(rate), // η
    momentum: constant(config.momentum), // α
    grain: config.updateGrain,
    ...(config.patternOrder === 'shuffled' ? { order: subStream(experiment, seed, purpose) } : {}),
    loss: { reduction: config.lossReduction },
    tiedGradient: 'average',
    criteria: TRACKED,
    stopWhenCriteriaMet: true,
  };
}

export const xorInit = (config: Config) => ({ range: config.initialRange, biases: config.initBiases });
