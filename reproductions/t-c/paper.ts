import { PDP_CH8 } from '../papers.js';

// What PDP vol. 1, ch. 8 says about the T–C problem (Figs. 13–15), with its citations and the
// confidence the spec gives it. The chapter prints receptive fields, not whole nets, and gives no
// retina size, hidden-layer size, η or run length.

export const FIG13 = `${PDP_CH8}, Fig. 13 (the T and the C) and its text`;
export const FIG14 = `${PDP_CH8}, Fig. 14 (the net: 3 × 3 receptive fields with shared weights)`;
export const FIG15 = `${PDP_CH8}, Fig. 15 (receptive fields found in different runs) and its text`;

export const TASK_STATEMENT =
  'Paraphrased (high): a block T and a block C of 5 squares each, in any of 4 orientations and anywhere on the retina; the output unit says which, whatever the position.';
export const KINDS_STATEMENT =
  'Paraphrased from Fig. 15 (high): different runs found different receptive fields: an on-centre off-surround field, a vertical bar detector, a diagonal bar detector and a compactness detector.';
export const DIAGONAL_QUOTE = 'a T activates five such detectors whereas a C activates only three';
export const COMPACTNESS_QUOTE = 'the C is more compact than the T (Fig. 15D: all nine weights −2; the T turns off 21 detectors, the C 20)';

/** Fig. 15C's counts (high): detectors a T and a C activate. */
export const DIAGONAL_COUNTS = { T: 5, C: 3 } as const;
/** Fig. 15D's counts (high): detectors a T and a C turn off. */
export const COMPACTNESS_COUNTS = { T: 21, C: 20 } as const;

/** Fig. 15's idealised weights (high): A centre +2 surround −1, B column +1 flanks −1, D all −2. */
export const CENTRE_WEIGHT = 2;
export const SURROUND_WEIGHT = -1;
export const BAR_WEIGHT = 1;
export const FLANK_WEIGHT = -1;
export const COMPACT_WEIGHT = -2;
