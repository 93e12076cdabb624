import { constant, subStream, type NetSpec, type PatternSet, type TrainConfig } from '../../engine/index.js';
import { layeredNet, type LayeredNetKit } from '../kit/layered-net.js';
import type { ConfigOf } from '../kit/settings.js';
import { LEARNED, MOMENTUM_RULES } from '../kit/shared-settings.js';
import { additionPatterns } from './data.js';
import type { AdditionSettings } from './settings.js';

// How both addition experiments train a net: the same data, initial range and recipe, so the
// minimal net and the 3-hidden net differ only in their hidden units.

type Config = ConfigOf<AdditionSettings>;

export const patterns: PatternSet = additionPatterns();
/** Both readings of "learned" are tracked on every run; the criterion setting picks the one the claims read. */
const TRACKED = [LEARNED['right-side'], LEARNED['within-0.2']];

export const initOf = (config: Config) => ({ range: config.initialRange, biases: config.initBiases });

/**
 * One seed's training. The order stream is made afresh on every call, so two nets trained from the
 * same seed see the patterns in the same order (common random numbers).
 */
export const recipeOf = (id: string, config: Config, seed: number): TrainConfig => ({
  sweeps: config.sweepBudget,
  rule: MOMENTUM_RULES[config.momentumForm],
  learningRate: constant(config.learningRate), // ε
  momentum: constant(config.momentum), // α
  grain: config.updateGrain,
  ...(config.patternOrder === 'shuffled' ? { order: subStream(id, seed, 'order') } : {}),
  loss: { reduction: config.lossReduction },
  tiedGradient: 'average',
  criteria: TRACKED,
  stopWhenCriteriaMet: true,
});

/** The kit's parts for one addition net, its random streams named by `id`. */
export function additionParts(id: string, net: (config: Config) => NetSpec): LayeredNetKit<AdditionSettings, object> {
  return layeredNet<AdditionSettings, { train: PatternSet }, object>({
    id,
    net,
    data: () => ({ train: patterns }),
    init: initOf,
    recipe: (config, seed) => recipeOf(id, config, seed),
    criterion: (config) => ({ id: config.criterion, description: LEARNED[config.criterion].description, budget: config.sweepBudget }),
  });
}
