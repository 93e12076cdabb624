import { accumulatedMomentum, paperMomentum, rightSideOf, withinOf, type Criterion, type UpdateRule } from '../../engine/index.js';
import { GRAINS, type GrainName as Grain } from '../../reports/contract/grain-names.js';
import { PER_PRESENTATION } from '../papers.js';
import { booleanSetting, enumSetting, numberSetting, type Setting } from './settings.js';

// The settings several experiments share, declared once: their meaning, type and range. Each
// experiment gives its own reading (default, whether the paper states it, where it comes from),
// and may word the description for its own task.

/** One experiment's reading of a shared setting. */
export interface Reading<V> {
  default: V;
  paperStates: boolean;
  source: string;
  description?: string;
  alternatives?: string;
}

/** The shared declaration with the experiment's reading on top (absent fields keep the shared wording). */
function read<V, T extends { description: string; alternatives?: string }>(shared: T, r: Reading<V>) {
  const { description, alternatives, ...rest } = r;
  return { ...shared, ...rest, ...(description !== undefined ? { description } : {}), ...(alternatives !== undefined ? { alternatives } : {}) };
}

/**
 * ε of eq. 9. Any finite number ≥ 0: an absurd one is a legitimate way to make a run diverge, and
 * the report records it as diverged rather than refusing it.
 */
export const learningRate = (r: Reading<number>): Setting<number> =>
  numberSetting(read({ group: 'hyperparameter', description: 'ε, the learning rate of eq. 9', min: 0, max: Number.MAX_VALUE }, r));

/** α of eq. 9. */
export const momentum = (r: Reading<number>): Setting<number> =>
  numberSetting(read({ group: 'hyperparameter', description: 'α, the momentum of eq. 9', min: 0, max: 1 }, r));

export const initialRange = (r: Reading<number>): Setting<number> =>
  numberSetting(read({ group: 'hyperparameter', description: 'initial parameters uniform in [−r, r]', min: 0, max: 100 }, r));

/** The sweep budget: at most this many sweeps per seed. */
export const sweepBudget = (r: Reading<number>): Setting<number> =>
  numberSetting(read({ group: 'hyperparameter', description: 'sweeps allowed before a seed counts as "not reached"', min: 1, max: 10_000_000, integer: true }, r));

export const LOSS_REDUCTIONS = ['sum', 'mean'] as const;
export const lossReduction = (r: Reading<(typeof LOSS_REDUCTIONS)[number]>) =>
  enumSetting(LOSS_REDUCTIONS, read({ group: 'convention', description: 'E summed over cases and outputs, or averaged', alternatives: 'mean' }, r));

/** The momentum conventions an experiment can be run under, by name (PAPER.md §6). */
export const MOMENTUM_RULES: Record<'stored-step' | 'accumulated-gradient', UpdateRule<Float64Array>> = {
  'stored-step': paperMomentum,
  'accumulated-gradient': accumulatedMomentum,
};
const MOMENTUM_FORMS = ['stored-step', 'accumulated-gradient'] as const;
export const momentumForm = (r: Reading<(typeof MOMENTUM_FORMS)[number]>) =>
  enumSetting(MOMENTUM_FORMS, read({ group: 'convention', description: 'what momentum stores', alternatives: 'accumulated-gradient (TensorFlow.js)' }, r));

export const updateGrain = (r: Reading<Grain>) =>
  enumSetting(GRAINS, read({ group: 'convention', description: 'weights change once per sweep (batch) or after every pattern', alternatives: 'pattern (online)' }, r));

export const PATTERN_ORDERS = ['fixed', 'shuffled'] as const;
/** Meaningful at the per-pattern grain only: a batch step sums over the patterns in any order. */
export const patternOrder = (r: Reading<(typeof PATTERN_ORDERS)[number]>) =>
  enumSetting(
    PATTERN_ORDERS,
    read({ group: 'convention', description: 'order of patterns within a sweep (per-pattern grain only)', alternatives: "shuffled every sweep from the seed's order stream" }, r),
  );

export const initBiases = (r: Reading<boolean>) =>
  booleanSetting(read({ group: 'convention', description: 'biases drawn like weights (true) or started at zero', alternatives: 'biases start at zero' }, r));

/** The initial weights as the initialRange and initBiases settings describe them. */
export const initOf = (config: { readonly initialRange: number; readonly initBiases: boolean }) => ({ range: config.initialRange, biases: config.initBiases });

/** When a net counts as having learned its training set: the two readings of the papers' words. */
export const LEARNED: Record<'within-0.2' | 'right-side', Criterion> = {
  'within-0.2': withinOf('within-0.2', 0.2),
  'right-side': rightSideOf('right-side', 0.5),
};
const LEARNED_IDS = ['within-0.2', 'right-side'] as const;
export const criterion = (r: Reading<(typeof LEARNED_IDS)[number]>) =>
  enumSetting(LEARNED_IDS, read({ group: 'convention', description: 'when the net counts as having learned', alternatives: 'right-side: every output on the right side of 0.5' }, r));

/** The criterion a run's sweepsToCriterion counts to, as the criterion setting picks it, within the sweep budget. */
export const criterionOf = (config: { readonly criterion: (typeof LEARNED_IDS)[number]; readonly sweepBudget: number }) => ({
  id: config.criterion,
  description: LEARNED[config.criterion].description,
  budget: config.sweepBudget,
});

// Readings the companion chapter's experiments (PDP vol. 1, ch. 8) share: the same default from the
// same words of the chapter, declared once so that every report quotes the chapter the same way.

/** eq. 16 indexes Δw by presentation, so the weights change after every pattern. */
export const chapterUpdateGrain = () =>
  updateGrain({ default: 'pattern', paperStates: false, source: PER_PRESENTATION, alternatives: 'batch (one change per sweep, as the Nature letter)' });

/** The chapter says only "small random weights": the range its authors state for the letter's symmetry net. */
export const chapterInitialRange = () =>
  initialRange({
    default: 0.3,
    paperStates: false,
    source: 'the suite\'s reading: the chapter says only "small random weights"; ±0.3 is the range the same authors state in Nature 323 (1986), Fig. 1',
  });
