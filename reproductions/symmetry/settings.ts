import {
  criterion, initBiases, initialRange, learningRate, lossReduction, momentum, momentumForm, patternOrder, sweepBudget, updateGrain,
} from '../kit/shared-settings.js';
import { BIASES_LIKE_WEIGHTS, EQ3, EQ9 } from '../papers.js';
import { CAPTION, PAPER_SWEEPS } from './paper.js';

/** The symmetry experiment's settings, in the order the report lists them. */
export const symmetrySettings = {
  learningRate: learningRate({ default: 0.1, paperStates: true, source: CAPTION }),
  momentum: momentum({ default: 0.9, paperStates: true, source: CAPTION }),
  initialRange: initialRange({ default: 0.3, paperStates: true, source: CAPTION }),
  sweepBudget: sweepBudget({ default: 10 * PAPER_SWEEPS, paperStates: false, source: "the suite's choice: 10 × the paper's 1,425 sweeps" }),
  lossReduction: lossReduction({ default: 'sum', paperStates: true, source: EQ3, alternatives: 'mean (shrinks every step by cases × outputs)' }),
  momentumForm: momentumForm({ default: 'stored-step', paperStates: true, source: EQ9 }),
  updateGrain: updateGrain({ default: 'batch', paperStates: true, source: `${CAPTION}: "adjusted on the basis of the accumulated gradient after each sweep"` }),
  patternOrder: patternOrder({ default: 'fixed', paperStates: false, source: 'fixed order, input vectors counted up in binary' }),
  initBiases: initBiases({ default: true, paperStates: false, source: BIASES_LIKE_WEIGHTS }),
  criterion: criterion({
    default: 'within-0.2',
    paperStates: false,
    source: 'the printed weights give outputs ≥ 0.881 and ≤ 0.156, i.e. within 0.2 of every target',
  }),
};

export type SymmetrySettings = typeof symmetrySettings;
