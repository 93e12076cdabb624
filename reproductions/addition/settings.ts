import { enumSetting } from '../kit/settings.js';
import {
  chapterInitialRange, chapterUpdateGrain, criterion, initBiases, learningRate, lossReduction, momentum, momentumForm, patternOrder, sweepBudget,
} from '../kit/shared-settings.js';
import { ALPHA_TEXT, EQ16, EQ3 } from '../papers.js';
import { HIDDEN_LINKS } from './nets.js';
import { ETA_ELSEWHERE, FIG11, TABLE8 } from './paper.js';

// The settings of both addition experiments (the learned 3-hidden net, and the minimal net beside
// it). The chapter states none of them for addition: ε is the value of its XOR and parity runs, α
// its general one, and every other value is the suite's, fixed before any run was seen.

/** The suite's budget: no run length is given for addition. */
const BUDGET = 5000;

export const additionSettings = {
  learningRate: learningRate({ default: 0.5, paperStates: false, source: ETA_ELSEWHERE }),
  momentum: momentum({ default: 0.9, paperStates: true, source: ALPHA_TEXT }),
  initialRange: chapterInitialRange(),
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
  updateGrain: chapterUpdateGrain(),
  patternOrder: patternOrder({ default: 'fixed', paperStates: false, source: `the order of ${TABLE8}; the chapter does not say` }),
  initBiases: initBiases({ default: true, paperStates: false, source: 'biases are weights from a unit that is always on, drawn like the other weights' }),
  criterion: criterion({
    default: 'within-0.2',
    paperStates: false,
    source: "the suite's choice: every one of the 48 outputs within 0.2 of its 0/1 target, so \"learned\" means every sum bit is clearly right",
  }),
};

export type AdditionSettings = typeof additionSettings;
