import { enumSetting } from '../kit/settings.js';
import {
  chapterInitialRange, chapterUpdateGrain, criterion, initBiases, learningRate, lossReduction, momentum, momentumForm, patternOrder, sweepBudget,
} from '../kit/shared-settings.js';
import { ALPHA_TEXT, EQ16, EQ3 } from '../papers.js';
import { ETA_ELSEWHERE, TABLE4 } from './paper.js';

// The encoder's settings. The chapter states none of them for this problem: ε is the value of its
// XOR and parity runs, α its general one, and every other value is the suite's, fixed before any
// run was seen.

/** The suite's budget: no run length is given for the encoder. */
const BUDGET = 5000;

export const encoderSettings = {
  width: enumSetting(['8', '4', '16'], {
    group: 'hyperparameter',
    description: 'N, the number of one-hot patterns; the net is N-log₂N-N',
    default: '8',
    paperStates: true,
    source: `${TABLE4}: 8-3-8`,
    alternatives: '4 (4-2-4) and 16 (16-4-16), the same problem at other sizes',
  }),
  learningRate: learningRate({ default: 0.5, paperStates: false, source: ETA_ELSEWHERE }),
  momentum: momentum({ default: 0.9, paperStates: true, source: ALPHA_TEXT }),
  initialRange: chapterInitialRange(),
  sweepBudget: sweepBudget({ default: BUDGET, paperStates: false, source: `the suite's choice: ${BUDGET} sweeps (${BUDGET * 8} presentations at N = 8); the chapter gives no run length` }),
  lossReduction: lossReduction({ default: 'sum', paperStates: true, source: EQ3, alternatives: 'mean (shrinks every step by cases × outputs)' }),
  momentumForm: momentumForm({ default: 'stored-step', paperStates: true, source: EQ16 }),
  updateGrain: chapterUpdateGrain(),
  patternOrder: patternOrder({ default: 'fixed', paperStates: false, source: 'the order of Table 4; the chapter does not say' }),
  initBiases: initBiases({ default: true, paperStates: false, source: 'biases are weights from a unit that is always on, drawn like the other weights' }),
  criterion: criterion({
    default: 'within-0.2',
    paperStates: false,
    source: "the suite's choice: every output within 0.2 of its 0/1 target, so the codes are read off a net that clearly maps each pattern onto itself",
  }),
};

export type EncoderSettings = typeof encoderSettings;
