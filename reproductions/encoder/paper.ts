import { PDP_CH8 } from '../papers.js';

// What PDP vol. 1, ch. 8 says about the encoder problem (Fig. 7, Tables 4–5), with its citations.
// The chapter gives no learning rate and no run length for it; what it says of all its runs (eq. 16,
// α) is in ../papers.ts.

export const TABLE4 = `${PDP_CH8}, Fig. 7 and Table 4 (the encoder problem)`;
export const TABLE5 = `${PDP_CH8}, Table 5 (hidden codes learned on the 8-3-8 encoder)`;
/** The chapter's run lengths and rates are stated for XOR and parity, not for the encoder. */
export const ETA_ELSEWHERE = `${PDP_CH8}, pp. 330–335: XOR (Fig. 3) and 4-bit parity were run at η = 0.5 (medium); none is given for the encoder`;

/** Table 4's problem: 8 one-hot patterns through log₂8 = 3 hidden units. */
export const TABLE4_WIDTH = 8;

export const BINARY_STATEMENT =
  'If the hidden units take on binary values, the hidden units must form a binary number to encode each of the input patterns. ' +
  'This is exactly what the system learns to do.';

export const LEARNING_STATEMENT =
  'Paraphrased: N orthogonal input patterns are mapped onto themselves through log₂N hidden units (Table 4: 8-3-8), and the system learns it.';

export const INTERMEDIATE_STATEMENT =
  'Paraphrased from Table 5 and its discussion: the learned codes use intermediate values (0.5) as well as 0 and 1, ' +
  'so they are distinct but not a pure binary number.';

/**
 * Table 5: the hidden code (3 units) the chapter's run learned for each input pattern 10000000 …
 * 00000001, in that order, as printed (rounded to 0, 0.5 and 1). These are activations, not
 * weights: the chapter prints no weights of this net.
 */
export const TABLE5_CODES: readonly (readonly number[])[] = [
  [0.5, 0, 0],
  [0, 1, 0],
  [1, 1, 0],
  [1, 1, 1],
  [0, 1, 1],
  [0.5, 0, 1],
  [1, 0, 0.5],
  [0, 0, 0.5],
];
