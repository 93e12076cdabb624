import type { ParamsJson } from '../../engine/index.js';
import type { SymmetryWeights } from './measures.js';

// Every number Nature 323 (1986) gives for the symmetry task, with its citation.

export const CAPTION = 'Nature 323 (1986), Fig. 1 caption';

/** "a net with six input units" (Fig. 1): the width of the input vectors. */
export const WIDTH = 6;

/** "The learning required 1,425 sweeps through the set of 64 possible input vectors." */
export const PAPER_SWEEPS = 1425;

/** The weights printed in Fig. 1 (read off the figure; inputs top to bottom). */
export const PAPER_WEIGHTS: ParamsJson & SymmetryWeights = {
  inputToHidden: [
    [14.2, -3.6, 7.2, -7.2, 3.6, -14.2],
    [-14.2, 3.6, -7.1, 7.1, -3.6, 14.2],
  ],
  hiddenBias: [-1.1, -1.1],
  hiddenToOutput: [[-8.8, -8.8]],
  outputBias: [6.4],
};

export const PDP_FIG9 = 'PDP vol. 1 (1986), ch. 8, Fig. 9';

/**
 * The chapter's own run of the same net (Fig. 9; inputs 1–6 left to right, read off the figure):
 * a different run from Fig. 1, not to be mixed with it. Here the ratio runs 1:2:4 from the outside in.
 */
export const PDP_FIG9_WEIGHTS: ParamsJson & SymmetryWeights = {
  inputToHidden: [
    [-3.18, 6.32, -12.56, 12.56, -6.33, 3.17],
    [3.16, -6.34, 12.52, -12.51, 6.31, -3.17],
  ],
  hiddenBias: [-1.0, -1.0],
  hiddenToOutput: [[-9.44, -9.44]],
  outputBias: [6.89],
};
