import type { ParamsJson } from '../../engine/index.js';
import { PAPER_WIDTH, PARADIGM } from './paper.js';

// Fig. 6's paradigm as weights of the N-N-1 net. The chapter draws it for threshold units and
// prints no scale: with weights of ±1 and biases of −0.5, −1.5, … a logistic unit's net input is
// only ±0.5 from zero at best (outputs 0.38/0.62), so the paradigm would not solve parity in a
// logistic net. Two readings are the suite's, not the chapter's:
//  - the hidden→output weights alternate +1, −1, +1, … (Fig. 6 gives their signs, not their size);
//    with the output bias −0.5 the output's net input is then +0.5 for an odd count, −0.5 for an even;
//  - every weight and bias is multiplied by PARADIGM_SCALE, so that every net input is at least
//    0.5 · 10 = 5 from zero (logistic within 0.007 of 0 or 1) and the logistic units act as the
//    paradigm's thresholds.

/** Size of the alternating hidden→output weights before scaling (the suite's reading). */
export const PARADIGM_OUTPUT_MAGNITUDE = 1;
/** The factor on every weight and bias (the suite's choice; see above). */
export const PARADIGM_SCALE = 10;

/** The paradigm for `width` inputs, every value multiplied by `scale`, as blocks of the parity net. */
export function paradigmWeights(width: number, scale: number): ParamsJson {
  const units = Array.from({ length: width }, (_, k) => k);
  return {
    inputToHidden: units.map(() => units.map(() => scale * PARADIGM.inputToHidden)),
    hiddenBias: units.map((k) => scale * (PARADIGM.firstHiddenBias + k * PARADIGM.hiddenBiasStep)),
    // unit 1 (on from one input on) pushes the output on, unit 2 off again, …
    hiddenToOutput: [units.map((k) => scale * PARADIGM_OUTPUT_MAGNITUDE * (k % 2 === 0 ? 1 : -1))],
    outputBias: [scale * PARADIGM.outputBias],
  };
}

/** The paradigm of Fig. 6 for the chapter's 4-bit net, scaled: the experiment's printed weights. */
export const PRINTED_WEIGHTS: ParamsJson = paradigmWeights(PAPER_WIDTH, PARADIGM_SCALE);
