import { enumSetting, numberSetting } from '../kit/settings.js';
import {
  chapterInitialRange, criterion, initBiases, learningRate, lossReduction, momentum, momentumForm, patternOrder, sweepBudget, updateGrain, type Reading,
} from '../kit/shared-settings.js';
import { BIASES_LIKE_WEIGHTS, EQ3, EQ9 } from '../papers.js';
import { TARGET_CODINGS } from './data.js';
import { ESCAPE_FOOTNOTE, ESCAPE_LEARNING_RATE, FIG3, GRAIN_TEXT, MINIMUM_PRESENTATIONS, MOMENTUM_TEXT, TABLE1 } from './paper.js';

// The settings the three XOR experiments share, read once; each experiment gives its own ε and
// budget. The chapter's conventions differ from the Nature letter's in two places, both recorded
// here as settings: the update grain (per presentation) and the targets.

/** Settings of an XOR experiment with its own ε and sweep budget. */
export function xorSettings(rate: Reading<number>, budget: Reading<number>) {
  return {
    learningRate: learningRate({ ...rate, description: 'η (the chapter\'s ε), the learning rate of eq. 16' }),
    momentum: momentum({ default: 0.9, paperStates: true, source: MOMENTUM_TEXT }),
    initialRange: chapterInitialRange(),
    sweepBudget: sweepBudget(budget),
    lossReduction: lossReduction({ default: 'sum', paperStates: true, source: EQ3, alternatives: 'mean (shrinks every step by cases × outputs)' }),
    momentumForm: momentumForm({ default: 'stored-step', paperStates: true, source: `${EQ9}; the chapter's eq. 16 is the same rule` }),
    updateGrain: updateGrain({
      default: 'pattern',
      paperStates: false,
      source: `${GRAIN_TEXT}, so the weights change after every pattern; the chapter counts runs both in sweeps and in presentations`,
      alternatives: 'batch (one change per sweep, as in the Nature letter)',
    }),
    patternOrder: patternOrder({
      description: 'order of the four patterns within a sweep (per-pattern grain only)',
      default: 'fixed',
      paperStates: false,
      source: "the suite's reading: the chapter does not say it permutes the patterns; fixed order is Table 1's (00, 01, 10, 11)",
    }),
    targets: enumSetting(TARGET_CODINGS, {
      group: 'convention',
      description: 'the target values for "off" and "on"',
      default: '0-1',
      paperStates: true,
      source: TABLE1,
      alternatives: '0.1-0.9 (a recollection says these were "typically" used: low confidence)',
    }),
    initBiases: initBiases({ default: true, paperStates: false, source: BIASES_LIKE_WEIGHTS }),
    criterion: criterion({
      default: 'within-0.2',
      paperStates: false,
      source: `the chapter states none; ${FIG3}: the printed weights give 0.103/0.877/0.877/0.109, within 0.2 of every target`,
    }),
  };
}

/** The 2-2-1 experiment's two more settings: the footnote's larger η and how long a stuck run is continued under it. */
export const escapeSettings = {
  escapeRate: numberSetting({
    group: 'hyperparameter',
    description: 'η under which a run stuck in a Fig. 5 minimum is continued, and the fresh arm trained',
    default: ESCAPE_LEARNING_RATE,
    paperStates: true,
    source: ESCAPE_FOOTNOTE,
    min: 0,
    max: Number.MAX_VALUE,
  }),
  escapeBudget: numberSetting({
    group: 'hyperparameter',
    description: 'sweeps a stuck run is continued for, from its final weights',
    default: 2000,
    paperStates: false,
    source: `the suite's choice: more than the ${MINIMUM_PRESENTATIONS} presentations (about ${Math.round(MINIMUM_PRESENTATIONS / 4)} sweeps) the chapter's run took to get into its minimum`,
    min: 1,
    max: 10_000_000,
    integer: true,
  }),
};

export type XorSettings = ReturnType<typeof xorSettings>;
export type MinimumSettings = XorSettings & typeof escapeSettings;
