import type { NetSpec, PatternSet } from '../../engine/index.js';
import { DATA_BITS, HIDDEN_UNITS } from './paper.js';

// Table 9, generated from its rule: every one of the 16 vectors of a flag and 3 data bits, counted
// up in binary with the flag as the most significant bit; the target is each data bit XOR the flag.

export const INPUTS = 1 + DATA_BITS;

const bitsOf = (k: number, width: number): number[] => Array.from({ length: width }, (_, i) => (k >> (width - 1 - i)) & 1);

export function negationPatterns(): PatternSet {
  const count = 2 ** INPUTS;
  const inputs = Array.from({ length: count }, (_, k) => bitsOf(k, INPUTS));
  // input 0 is the flag, inputs 1–3 the data bits
  const targets = inputs.map(([flag, ...bits]) => bits.map((b) => b ^ flag!));
  return { count, inputs: { input: inputs }, targets: { output: targets } };
}

/** Fig. 12's net: 4 inputs → 3 hidden → 3 outputs, plus a direct connection from every input to every output. */
export const negationNet: NetSpec = {
  groups: [
    { name: 'input', size: INPUTS, kind: 'input' },
    { name: 'hidden', size: HIDDEN_UNITS, kind: 'hidden', bias: 'hiddenBias' },
    { name: 'output', size: DATA_BITS, kind: 'output', bias: 'outputBias' },
  ],
  projections: [
    { from: 'input', to: 'hidden', block: 'inputToHidden' },
    { from: 'hidden', to: 'output', block: 'hiddenToOutput' },
    { from: 'input', to: 'output', block: 'inputToOutput' },
  ],
};
