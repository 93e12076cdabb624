import {
  chapterInitialRange, chapterUpdateGrain, criterion, initBiases, learningRate, lossReduction, momentum, momentumForm, patternOrder, sweepBudget,
} from '../kit/shared-settings.js';
import { BIASES_LIKE_WEIGHTS, EQ16, EQ3, PDP_CH8 } from '../papers.js';
import { TABLE9 } from './paper.js';

const SUITE = "the suite's choice";

/** The negation experiment's settings, in the order the report lists them. */
export const negationSettings = {
  learningRate: learningRate({
    default: 0.1,
    paperStates: false,
    description: 'η of eq. 16 (the letter\'s ε), the step per presentation',
    source:
      `${SUITE}, made after exploratory runs of seeds 1–20 (which the default run also reports): the chapter gives no η for this run. ` +
      'At the η it gives for XOR and parity (0.5) and for the XOR local-minimum runs (0.25), with per-pattern updates and α = 0.9, none of the 20 seeds learned within 5,000 sweeps; ' +
      'η = 0.1, the Nature letter\'s ε (Fig. 1), is the largest of the papers\' values at which they learn. With batch updates, 19 of the 20 learned at η = 0.5 and at η = 0.1, ' +
      'but only 4 and 7 of those 19 decomposed into three XORs (the three-xors claim, its threshold fixed before any run); per-pattern updates in shuffled order: 20 of 20 learned, all 20 decomposed',
  }),
  momentum: momentum({ default: 0.9, paperStates: true, source: `${PDP_CH8}: "in most of our simulations α was about 0.9" (medium)`, description: 'α of eq. 16' }),
  initialRange: chapterInitialRange(),
  sweepBudget: sweepBudget({
    default: 5000,
    paperStates: false,
    source: `${SUITE}: the chapter gives no run length; in the exploratory runs the slowest seed to learn needed 544 sweeps, so 5,000 leaves room about 9 times over`,
  }),
  lossReduction: lossReduction({ default: 'sum', paperStates: true, source: `${EQ3}; the chapter's E is the same sum` }),
  momentumForm: momentumForm({ default: 'stored-step', paperStates: true, source: EQ16 }),
  updateGrain: chapterUpdateGrain(),
  patternOrder: patternOrder({ default: 'fixed', paperStates: false, source: `${SUITE}: the chapter gives no order; fixed, Table 9's vectors counted up in binary, flag first` }),
  initBiases: initBiases({ default: true, paperStates: false, source: BIASES_LIKE_WEIGHTS }),
  criterion: criterion({
    default: 'within-0.2',
    paperStates: false,
    source: `${SUITE}: ${TABLE9} prints the outputs as 0 and 1; within 0.2 of every target, as the suite's other experiments read "learned"`,
  }),
};

export type NegationSettings = typeof negationSettings;
