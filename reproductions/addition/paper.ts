import type { ParamsJson } from '../../engine/index.js';
import { PDP_CH8 } from '../papers.js';

// What PDP vol. 1, ch. 8 says about binary addition (Figs. 10–11, Table 8), with its citations.
// The chapter gives no learning rate and no run length for it; what it says of all its runs (eq. 16,
// α) is in ../papers.ts.

export const TABLE8 = `${PDP_CH8}, Table 8 (two 2-bit numbers and their 3-bit sum)`;
export const FIG10 = `${PDP_CH8}, Fig. 10 (the minimal net for addition, built by hand)`;
export const FIG11 = `${PDP_CH8}, Fig. 11 (the learned addition net: 3 hidden units with connections among them)`;
export const STUCK_SOURCE =
  'a recollection of the chapter, not its printed text (low confidence): no count, rate or run length is known';
export const ETA_ELSEWHERE = `${PDP_CH8}, pp. 330–335: XOR (Fig. 3) and 4-bit parity were run at η = 0.5 (medium); none is given for addition`;

/** Bits of each addend: inputs 1 and 3 are the high-order bits, inputs 2 and 4 the low-order ones. */
export const ADDEND_BITS = 2;

export const FIG10_STATEMENT =
  'Paraphrased from Fig. 10: a net with 2 hidden units and direct input→output connections adds two 2-bit numbers; one hidden unit detects the ' +
  'carry out of the low-order bits, the other detects both high-order bits on, or one of them plus that carry.';
export const FIG11_STATEMENT =
  'Paraphrased from Fig. 11: a net with 3 hidden units, connections among them and direct input→output connections learns to add two 2-bit numbers.';
export const STUCK_STATEMENT =
  'Recollected, not quoted: the minimal 2-hidden-unit net tends to get stuck in local minima, while one more hidden unit solves the task.';

/**
 * Fig. 10 as threshold units (high for the numbers, the wiring derived from the text): every drawn
 * weight +1 except the two −2s, hidden thresholds 1.5 and output thresholds 0.5. Inputs are
 * (a₁, a₀, b₁, b₀), outputs (s₂, s₁, s₀). hidden1 is the low carry c = [a₀ + b₀ ≥ 1.5]; hidden2 is
 * the high carry [a₁ + b₁ + c ≥ 1.5]; s₀ = [a₀ + b₀ − 2c ≥ 0.5]; s₁ = [a₁ + b₁ + c − 2·hidden2 ≥ 0.5];
 * s₂ = hidden2. An undrawn connection is 0.
 */
export const FIG10_THRESHOLD_WEIGHTS: ParamsJson = {
  inputToHidden1: [[0, 1, 0, 1]],
  hidden1Bias: [-1.5],
  inputToHidden2: [[1, 0, 1, 0]],
  hidden1ToHidden2: [[1]],
  hidden2Bias: [-1.5],
  inputToOutput: [
    [0, 0, 0, 0],
    [1, 0, 1, 0],
    [0, 1, 0, 1],
  ],
  hidden1ToOutput: [[0], [1], [-2]],
  hidden2ToOutput: [[1], [-2], [0]],
  outputBias: [-0.5, -0.5, -0.5],
};

/** Fig. 11's legible labels (medium): hidden biases in the chain's order, and the two links between hidden units. */
export const FIG11_LABELS = { hiddenBias: [0, 11, 3], hidden1ToHidden2: 5, hidden2ToHidden3: -2 };
