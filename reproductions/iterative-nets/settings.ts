import { enumSetting, numberSetting } from '../kit/settings.js';
import { criterion, initBiases, initialRange, learningRate, lossReduction, momentum, momentumForm, sweepBudget } from '../kit/shared-settings.js';
import { BIASES_LIKE_WEIGHTS, EQ3, EQ9 } from '../papers.js';
import { FIG5, FIG5_ITERATIONS, HIDDEN_UNITS, OUTPUT_INITIAL_STATE, OUTPUT_INITIAL_STATE_SOURCE, SEQUENCE_TABLES } from './paper.js';

const SUITE = "the suite's choice";
const PILOT = 'pilot seeds 1001–1020 (never reported; training criterion only)';
const whole = (description: string, value: number, max: number, source: string, paperStates = false) =>
  numberSetting({ group: 'hyperparameter', description, default: value, paperStates, source, min: 1, max, integer: true });

/** The iterative-net experiment's settings, in the order the report lists them. */
export const iterativeSettings = {
  learningRate: learningRate({
    description: 'ε of eq. 9, for all three tasks',
    default: 0.2,
    paperStates: false,
    source: `${SUITE}: the papers give no ε for their recurrent runs; on ${PILOT}, ε = 0.2 brought 18 of 20 sequence nets and all 20 shift registers to the training criterion, ε from 0.05 to 0.3 no more (15–18 of 20), ε = 0.5 only 3 of 12 sequence nets`,
  }),
  momentum: momentum({ description: 'α of eq. 9, for all three tasks', default: 0.9, paperStates: false, source: `${SUITE}: α = 0.9 as in Nature Fig. 1` }),
  initialRange: initialRange({ default: 0.3, paperStates: false, source: `${SUITE}: r = 0.3 as in Nature Fig. 1` }),
  fig5Iterations: whole('T, iterations of the Fig. 5 chain (T + 1 layers)', FIG5_ITERATIONS, 50, FIG5, true),
  fig5Sweeps: sweepBudget({ description: 'sweeps over which the tied chain and its untied twin are compared', default: 1000, paperStates: false, source: SUITE }),
  shiftUnits: numberSetting({ group: 'hyperparameter', description: 'units of the shift register (fully connected, self-connections and biases included)', default: 3, paperStates: false, source: `${SUITE}: PDP ch. 8 describes a small fully connected net`, min: 2, max: 10, integer: true }),
  shiftIterations: whole('T, steps the shift register runs (3 steps rotate a 3-bit pattern once round, so each bit reaches unit 1 once)', 3, 50, SUITE),
  shiftBudget: sweepBudget({ description: 'sweeps allowed to the shift register before a seed counts as "not learned"', default: 2000, paperStates: false, source: `${SUITE}: read out at unit 1, the slowest of the ${PILOT} needed 68 sweeps (every unit scored at every step: 30)` }),
  sequenceHiddenUnits: whole('recurrent hidden units of the sequence net', HIDDEN_UNITS, 500, SEQUENCE_TABLES, true),
  sequenceBudget: sweepBudget({
    description: 'sweeps allowed to learn the 20 training sequences',
    default: 2000,
    paperStates: false,
    source: `${SUITE}: the slowest of the ${PILOT} that learned needed 1301 sweeps; a sweep costs about a millisecond`,
  }),
  tiedGradient: enumSetting(['average', 'sum'], {
    group: 'convention',
    description: "how a set of corresponding (tied) weights turns its copies' ∂E/∂w into one change",
    default: 'average',
    paperStates: true,
    source: `${FIG5}: "we average ∂E/∂w for all the weights in each set of corresponding weights"`,
    alternatives: 'sum (the 1987 PDP simulator; T times the effective ε)',
  }),
  lossReduction: lossReduction({ description: 'E summed over cases, scored steps and outputs, or averaged', default: 'sum', paperStates: true, source: EQ3 }),
  momentumForm: momentumForm({ default: 'stored-step', paperStates: true, source: EQ9 }),
  initBiases: initBiases({ default: true, paperStates: false, source: BIASES_LIKE_WEIGHTS }),
  criterion: criterion({
    description: 'when the shift register and the sequence net count as having learned their training set',
    default: 'within-0.2',
    paperStates: false,
    source: `${SUITE}, as for Nature Fig. 1: every scored output within 0.2 of its target`,
    alternatives: 'right-side: every scored output on the right side of 0.5',
  }),
  fig5FdStep: numberSetting({
    group: 'convention',
    description: 'step h of the central differences that check the averaged gradient',
    default: 1e-4,
    paperStates: false,
    source: `${SUITE}: central differences err by about h² (truncation) and by about 1e-16 · E / h (rounding of E); h = 1e-4 keeps both far below 1e-6 of the derivative for E and weights of order 1 to 10`,
    min: 1e-9,
    max: 1e-2,
  }),
  shiftScoredSteps: enumSetting(['read-out', 'every-step', 'last-step'], {
    group: 'convention',
    description: 'what of the shift register is compared with its target: unit 1 alone at every step (the register read out at one end), every unit at every step, or every unit at step T',
    default: 'read-out',
    paperStates: false,
    source:
      `${SUITE}, so that the task cannot be learned without error carried back through time: read out at unit 1, every bit must reach it through the other units, and on ${PILOT} ` +
      'all 20 learned the shift and none learned with the gradient cut between time steps. Every unit scored at every step makes each step a one-layer function of the last target: 20 of 20 learned it with the gradient cut. ' +
      'The last step only: with T = 3 on 3 units the target is the pattern itself (1 of 20 learned nets formed the shift; 15 of 20 learned with the gradient cut); ' +
      'with T = 2 all 20 learned with the gradient cut too, the tied last copy alone finding the shift (5) or the shift with complement (7), as backpropagation did (3 and 8 of 20); ' +
      '4 units with T = 2 likewise (15 of 20 learned with the cut); with T = 3, only 3 of 20 learned at all',
    alternatives: 'every-step; last-step: only the state after T steps',
  }),
  sequenceInitialState: numberSetting({
    group: 'convention',
    description: 'state of the hidden units before step 1',
    default: 0,
    paperStates: false,
    source: `${SUITE}: units at rest are off; the chapter gives the starting state of the output units only (Table 11)`,
    min: 0,
    max: 1,
    alternatives: `0.5, the output of a unit with no net input; ${OUTPUT_INITIAL_STATE}, as the output units`,
  }),
  sequenceOutputInitialState: numberSetting({
    group: 'convention',
    description: 'state of the digit (output) units before step 1; in this net they feed no unit, so it changes no output or weight',
    default: OUTPUT_INITIAL_STATE,
    paperStates: true,
    source: OUTPUT_INITIAL_STATE_SOURCE,
    min: 0,
    max: 1,
    alternatives: '0, units at rest are off',
  }),
  sequenceStepWeighting: enumSetting(['equal'], { group: 'convention', description: 'weight of each scored step (3–6) in E', default: 'equal', paperStates: false, source: `${SUITE}: E is summed over the scored steps like over cases (eq. 3)`, alternatives: 'none implemented' }),
  digitReading: enumSetting(['most-active', 'alone-above-half'], {
    group: 'convention',
    description: 'which digit a vector of 3 outputs stands for',
    default: 'most-active',
    paperStates: false,
    source: `${SUITE}: the digit of the most active output unit`,
    alternatives: 'alone-above-half: the one unit above 0.5, none if not exactly one',
  }),
};

export type IterativeSettings = typeof iterativeSettings;
