import { enumSetting } from '../kit/settings.js';
import { criterion, initBiases, initialRange, learningRate, lossReduction, momentum, momentumForm, sweepBudget, updateGrain } from '../kit/shared-settings.js';
import { EQ3 } from '../papers.js';
import { HIDDEN_LINKS } from './nets.js';
import { ALPHA_TEXT, EQ16, ETA_ELSEWHERE, FIG11, PER_PRESENTATION, TABLE8 } from './paper.js';

// The settings of both addition experiments (the learned 3-hidden net, and the minimal net beside
// it). The chapter states none of them for addition: ε is the value of its XOR and parity runs, α
// its general one, and every other value is the suite's, fixed before any run was seen.

/** The suite's budget: no run length is given for addition. */
const BUDGET = 5000;

export const additionSettings = {
  learningRate: learningRate({ default: 0.5, paperStates: false, source: ETA_ELSEWHERE }),
  momentum: momentum({ default: 0.9, paperStates: true, source: ALPHA_TEXT }),
  initialRange: initialRange({
    default: 0.3,
    paperStates: false,
    source: 'the chapter says only "small random weights"; ±0.3 is the range the Nature letter states for its symmetry net',
  }),
  sweepBudget: sweepBudget({ default: BUDGET, paperStates: false, source: `the suite's choice: ${BUDGET} sweeps (${BUDGET * 16} presentations); the chapter gives no run length` }),
  hiddenLinks: enumSetting(HIDDEN_LINKS, {
    group: 'convention',
    description: "which lower hidden unit feeds which higher one in the 3-hidden net (the minimal net has one link either way)",
    default: 'chain',
    paperStates: false,
    source: `${FIG11}: its legible labels show two links, 1→2 (+5) and 2→3 (−2), so the chain is the reading with no link the figure does not show`,
    alternatives: 'all: every lower hidden unit feeds every higher one (adds 1→3)',
  }),
  lossReduction: lossReduction({ default: 'sum', paperStates: true, source: EQ3, alternatives: 'mean (shrinks every step by cases × outputs)' }),
  momentumForm: momentumForm({ default: 'stored-step', paperStates: true, source: EQ16 }),
  updateGrain: updateGrain({ default: 'pattern', paperStates: false, source: PER_PRESENTATION, alternatives: 'batch (one change per sweep, as the Nature letter)' }),
  patternOrder: enumSetting(['fixed', 'shuffled'], {
    group: 'convention',
    description: 'order of patterns within a sweep (per-pattern grain only)',
    default: 'fixed',
    paperStates: false,
    source: `the order of ${TABLE8}; the chapter does not say`,
    alternatives: "shuffled every sweep from the seed's order stream",
  }),
  initBiases: initBiases({ default: true, paperStates: false, source: 'biases are weights from a unit that is always on, drawn like the other weights' }),
  criterion: criterion({
    default: 'within-0.2',
    paperStates: false,
    source: "the suite's choice: every one of the 48 outputs within 0.2 of its 0/1 target, so \"learned\" means every sum bit is clearly right",
  }),
};

export type AdditionSettings = typeof additionSettings;
