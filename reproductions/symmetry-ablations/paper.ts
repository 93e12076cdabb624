import { EQ9 } from '../papers.js';

// What Nature 323 (1986) says that the ablations judge, with its citations. The letter's own
// symmetry run (Fig. 1) is judged by the symmetry experiment; these are its remaining claims
// about the same task.

export const FIG1 = 'Nature 323 (1986), Fig. 1 caption';

/** "a net with six input units" (Fig. 1): the width of the input vectors. */
export const WIDTH = 6;

/** Hidden units: the letter's opening contrast between nets with and without them, and Fig. 1's net. */
export const HIDDEN_UNITS_TEXT = 'Nature 323 (1986), p. 533 (nets with and without hidden units) and Fig. 1';
export const HIDDEN_UNITS_STATEMENT =
  'Paraphrased: no net without hidden units can detect mirror symmetry; learning "becomes more interesting but more difficult when we introduce hidden units", and Fig. 1 solves the task with two.';

/** The closing discussion of the error surface. */
export const LOCAL_MINIMA_TEXT = 'Nature 323 (1986), closing discussion of local minima (p. 536)';
export const LOCAL_MINIMA_STATEMENT =
  'We have only encountered this undesirable behaviour in networks that have just enough connections to perform the task. ' +
  'Adding a few more connections creates extra dimensions in weight-space and these dimensions provide paths around the barriers ' +
  'that create poor local minima in the lower dimensional subspaces.';

/** Eq. 9 and the sentence that introduces it. */
export const MOMENTUM_TEXT = `${EQ9} and the text before it`;
export const MOMENTUM_STATEMENT =
  'It can be significantly improved, without sacrificing the simplicity and locality, by using an acceleration method in which the ' +
  'current gradient is used to modify the velocity of the point in weight space instead of its position: Δw(t) = −ε ∂E/∂w(t) + α Δw(t−1).';
