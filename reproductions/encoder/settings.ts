import { enumSetting } from '../kit/settings.js';
import { criterion, initBiases, initialRange, learningRate, lossReduction, momentum, momentumForm, sweepBudget, updateGrain } from '../kit/shared-settings.js';
import { EQ3 } from '../papers.js';
import { ALPHA_TEXT, EQ16, ETA_ELSEWHERE, PER_PRESENTATION, TABLE4 } from './paper.js';

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
  initialRange: initialRange({
    default: 0.3,
    paperStates: false,
    source: 'the chapter says only "small random weights"; ±0.3 is the range the Nature letter states for its symmetry net',
  }),
  sweepBudget: sweepBudget({ default: BUDGET, paperStates: false, source: `the suite's choice: ${BUDGET} sweeps (${BUDGET * 8} presentations at N = 8); the chapter gives no run length` }),
  lossReduction: lossReduction({ default: 'sum', paperStates: true, source: EQ3, alternatives: 'mean (shrinks every step by cases × outputs)' }),
  momentumForm: momentumForm({ default: 'stored-step', paperStates: true, source: EQ16 }),
  updateGrain: updateGrain({ default: 'pattern', paperStates: false, source: PER_PRESENTATION, alternatives: 'batch (one change per sweep, as the Nature letter)' }),
  patternOrder: enumSetting(['fixed', 'shuffled'], {
    group: 'convention',
    description: 'order of patterns within a sweep (per-pattern grain only)',
    default: 'fixed',
    paperStates: false,
    source: "the order of Table 4; the chapter does not say",
    alternatives: "shuffled every sweep from the seed's order stream",
  }),
  initBiases: initBiases({ default: true, paperStates: false, source: 'biases are weights from a unit that is always on, drawn like the other weights' }),
  criterion: criterion({
    default: 'within-0.2',
    paperStates: false,
    source: "the suite's choice: every output within 0.2 of its 0/1 target, so the codes are read off a net that clearly maps each pattern onto itself",
  }),
};

export type EncoderSettings = typeof encoderSettings;
