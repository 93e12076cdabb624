import type { ParamsJson } from '../../engine/index.js';
import { PDP_CH8 } from '../papers.js';

// Every number PDP vol. 1, ch. 8 gives for exclusive-or (Figs. 2–5, Table 1, pp. 330–334), with
// its citation and confidence: high = read off a printed figure or table; medium = the text as one
// secondary source quotes it with its page.

export const TABLE1 = `${PDP_CH8}, Table 1 (high confidence)`;
export const FIG3 = `${PDP_CH8}, Fig. 3 (weights read off the printed figure; high confidence)`;
export const FIG3_RUN = `${PDP_CH8}, text on Fig. 3, p. 332 (quoted by one secondary source; medium confidence)`;
export const FIG4 = `${PDP_CH8}, Fig. 4 (high confidence)`;
export const FIG5 = `${PDP_CH8}, Fig. 5 (weights read off the printed figure; high confidence)`;
export const LOCAL_MINIMA_TEXT = `${PDP_CH8}, local minima of XOR, pp. 332–333 (quoted by one secondary source; medium confidence)`;
export const ESCAPE_FOOTNOTE = `${PDP_CH8}, footnote on the XOR local minimum (quoted by one secondary source; medium confidence)`;
export const WIDTH_TEXT = `${PDP_CH8}, data attributed to Chauvin on XOR and the number of hidden units (medium confidence)`;
export const MOMENTUM_TEXT = `${PDP_CH8}: "in most of our simulations α was about 0.9" (medium confidence; not stated for XOR itself)`;
export const GRAIN_TEXT = `${PDP_CH8}, eq. 16 indexes Δw by presentation n (medium confidence)`;

/** Table 1: the output is 1 exactly when the two inputs differ (00→0, 01→1, 10→1, 11→0). */
export const xorOf = (a: number, b: number): number => (a === b ? 0 : 1);

/** Fig. 3's run: "558 sweeps" at η = 0.5 (medium). */
export const FIG3_SWEEPS = 558;
export const FIG3_LEARNING_RATE = 0.5;

/**
 * Fig. 3's learned net, in the suite's block names (input order: left, right). Input→hidden −6.4
 * each, hidden bias +2.2, input→output −4.2 each, hidden→output −9.4, output bias +6.3. Recomputed
 * from these rounded weights: 00→0.103, 01→0.877, 10→0.877, 11→0.109.
 */
export const FIG3_WEIGHTS: ParamsJson = {
  inputToHidden: [[-6.4, -6.4]],
  hiddenBias: [2.2],
  inputToOutput: [[-4.2, -4.2]],
  hiddenToOutput: [[-9.4]],
  outputBias: [6.3],
};
/** The outputs PDP8.md recomputes from Fig. 3's rounded weights, patterns 00, 01, 10, 11. */
export const FIG3_OUTPUTS = [0.103, 0.877, 0.877, 0.109];

/**
 * Fig. 5, the local-minimum net (2-2-1; rows are the left and right hidden units, columns the left
 * and right inputs): left input → left hidden −2.0, → right hidden +4.3; right input → left hidden
 * +9.2, → right hidden +8.8; hidden biases +2.0 and −0.1; hidden→output −4.5 and +5.3; output bias
 * −0.8. Recomputed: 00→0.096, 10→0.898, 01→0.500, 11→0.500.
 */
export const FIG5_WEIGHTS: ParamsJson = {
  inputToHidden: [
    [-2.0, 9.2],
    [4.3, 8.8],
  ],
  hiddenBias: [2.0, -0.1],
  hiddenToOutput: [[-4.5, 5.3]],
  outputBias: [-0.8],
};
/** Fig. 5's outputs as PDP8.md recomputes them, patterns 00, 01, 10, 11 (input order: left, right). */
export const FIG5_OUTPUTS = [0.096, 0.5, 0.898, 0.5];

/** "Only two" local minima over "hundreds" of XOR runs, both with the 2-2-1 net (medium). */
export const LOCAL_MINIMA_SEEN = 2;
/** "Hundreds" read at its least: 200 runs. */
export const HUNDREDS_AT_LEAST = 200;
/** The run shown in Fig. 5 reached its minimum after 6,587 presentations at η = 0.25 (medium). */
export const MINIMUM_PRESENTATIONS = 6587;
export const MINIMUM_LEARNING_RATE = 0.25;
/** The footnote: with η ≥ 0.5 the system escapes this minimum (medium). */
export const ESCAPE_LEARNING_RATE = 0.5;

/** Chauvin's data: presentations to solve XOR ≈ 280 − 33·log₂H for H hidden units, at η = 0.25 (medium). */
export const WIDTH_INTERCEPT = 280;
export const WIDTH_SLOPE = -33;
export const WIDTH_LEARNING_RATE = 0.25;
/** The widths the suite's series trains (the chapter's data run "up to about 40" units). */
export const WIDTHS = [1, 2, 4, 8, 16, 32] as const;

export const LOCAL_MINIMA_STATEMENT =
  'Over "hundreds" of XOR runs the system reached a local minimum in only two, both with the two-hidden-unit net (Fig. 4).';
export const FIG5_STATEMENT =
  'Fig. 5: the right input turns both hidden units on, their output weights cancel, and the output sits at 0.5 on two patterns.';
export const ESCAPE_STATEMENT = 'Footnote: with η ≥ 0.5 the system escapes this local minimum.';
export const WIDTH_STATEMENT =
  'Presentations to solve XOR fall roughly as 280 − 33·log₂H with the number H of hidden units (about 245 at H = 2, about 120 at H = 32), η = 0.25.';
