import { PDP_CH8 } from '../papers.js';

// Every number PDP vol. 1, ch. 8 gives for the parity task, with its citation and the confidence
// the spec gives it (high: read off a printed figure or table; medium: quoted from the text by one
// secondary source that gives the page).

export const FIG6 = `${PDP_CH8}, Fig. 6 (pp. 334–335)`;
export const TABLE3 = `${PDP_CH8}, Table 3 (pp. 334–335)`;
export const RUN_TEXT = `${PDP_CH8}, the text on the 4-bit parity run (pp. 334–335; medium: quoted by one secondary source)`;
export const MOMENTUM_TEXT = `${PDP_CH8}, eq. 16 and "in most of our simulations α was about 0.9" (medium)`;

/** The task (high): the output is on when an odd number of the inputs are on. */
export const TASK = 'output 1 when an odd number of the N inputs are on, 0 otherwise';

/** Table 3's net: 4 inputs, 4 hidden units, 1 output (high). */
export const PAPER_WIDTH = 4;

/** The run: solved all 16 patterns after 2,825 presentations (medium). */
export const PAPER_PRESENTATIONS = 2825;
/** … at η = 0.5 (medium). */
export const PAPER_LEARNING_RATE = 0.5;
/** "In most of our simulations α was about 0.9" (medium; not said of this run in particular). */
export const PAPER_MOMENTUM = 0.9;

/**
 * Table 3 (high): for each number of inputs on, the learned hidden pattern and the output. Read
 * across a row, the 4 hidden units; read down a column, one unit over the counts 0–4.
 */
export const TABLE_3: ReadonlyArray<{ inputsOn: number; hidden: readonly number[]; output: number }> = [
  { inputsOn: 0, hidden: [1, 1, 1, 1], output: 0 },
  { inputsOn: 1, hidden: [1, 0, 1, 1], output: 1 },
  { inputsOn: 2, hidden: [1, 0, 1, 0], output: 0 },
  { inputsOn: 3, hidden: [0, 0, 1, 0], output: 1 },
  { inputsOn: 4, hidden: [0, 0, 0, 0], output: 0 },
];

/**
 * Fig. 6's paradigm for N inputs (high unless marked): N hidden units, hidden unit k (1-based)
 * with bias 0.5 − k, so it comes on when at least k inputs are on; every input→hidden weight +1
 * (medium); output bias −0.5; hidden→output weights alternating in sign, unit 1 positive.
 */
export const PARADIGM = {
  inputToHidden: 1,
  /** Bias of hidden unit k is firstHiddenBias + (k − 1) · hiddenBiasStep: −0.5, −1.5, … */
  firstHiddenBias: -0.5,
  hiddenBiasStep: -1,
  outputBias: -0.5,
} as const;
