import { criterion, initBiases, initialRange, learningRate, lossReduction, momentum, momentumForm, sweepBudget, updateGrain } from '../kit/shared-settings.js';
import { BIASES_LIKE_WEIGHTS, EQ3, EQ9 } from '../papers.js';
import { FIG1 } from './paper.js';

// The symmetry task's settings (Fig. 1), read the same way as the symmetry experiment reads them,
// so the 6-2-1 arm here is that experiment's net. Every arm trains with them; the plain-descent
// arm changes only α, to 0.

/** The symmetry experiment's budget: 10 × the letter's 1,425 sweeps. */
const BUDGET = 14_250;

/** The ablation experiment's settings, in the order the report lists them. */
export const ablationSettings = {
  learningRate: learningRate({ default: 0.1, paperStates: true, source: FIG1 }),
  momentum: momentum({
    default: 0.9,
    paperStates: true,
    source: FIG1,
    description: 'α, the momentum of eq. 9 (every arm but plain descent, which has α = 0)',
  }),
  initialRange: initialRange({ default: 0.3, paperStates: true, source: FIG1 }),
  sweepBudget: sweepBudget({
    default: BUDGET,
    paperStates: false,
    source: "the symmetry experiment's budget (10 × the letter's 1,425 sweeps), so the 6-2-1 arm here is that experiment's run; every arm gets it",
  }),
  lossReduction: lossReduction({ default: 'sum', paperStates: true, source: EQ3, alternatives: 'mean (shrinks every step by cases × outputs)' }),
  momentumForm: momentumForm({ default: 'stored-step', paperStates: true, source: EQ9 }),
  updateGrain: updateGrain({ default: 'batch', paperStates: true, source: `${FIG1}: "adjusted on the basis of the accumulated gradient after each sweep"` }),
  initBiases: initBiases({ default: true, paperStates: false, source: BIASES_LIKE_WEIGHTS }),
  criterion: criterion({
    default: 'within-0.2',
    paperStates: false,
    source: 'as the symmetry experiment: the printed weights give outputs ≥ 0.881 and ≤ 0.156, i.e. within 0.2 of every target',
  }),
};

export type AblationSettings = typeof ablationSettings;
