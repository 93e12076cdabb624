import { constant, subStream, type TrainConfig } from '../../engine/index.js';
import type { ConfigOf } from '../kit/settings.js';
import { LEARNED, MOMENTUM_RULES } from '../kit/shared-settings.js';
import type { ParitySettings } from './settings.js';

// The chapter's training of a parity net, shared by the main net and every width of the
// success-by-N finding, so that N is the only thing that changes between them.

export const PARITY_ID = 'parity';

/** Both readings of "learned" are tracked on every run; the criterion setting picks the judged one. */
export const TRACKED = [LEARNED['right-side'], LEARNED['within-0.2']];

/** `stream` names the seed's order stream, so each width shuffles (when asked) from its own. */
export function parityRecipe(config: ConfigOf<ParitySettings>, seed: number, stream = 'order'): TrainConfig {
  return {
    sweeps: config.sweepBudget,
    rule: MOMENTUM_RULES[config.momentumForm],
    learningRate: constant(config.learningRate), // η (eq. 16)
    momentum: constant(config.momentum), // α (eq. 16)
    grain: config.updateGrain,
    ...(config.patternOrder === 'shuffled' ? { order: subStream(PARITY_ID, seed, stream) } : {}),
    loss: { reduction: config.lossReduction },
    tiedGradient: 'average',
    criteria: TRACKED,
    stopWhenCriteriaMet: true,
  };
}
