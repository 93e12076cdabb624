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
