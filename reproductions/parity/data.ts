import type { NetSpec, PatternSet } from '../../engine/index.js';

// The parity task and its net, generated for any width N: every one of the 2^N input vectors,
// counted up in binary (most significant bit first), target 1 when an odd number of bits are on.

export const bitsOf = (k: number, width: number): number[] => Array.from({ length: width }, (_, i) => (k >> (width - 1 - i)) & 1);

/** How many inputs are on in each of the 2^N patterns, in pattern order. */
export function inputsOn(width: number): number[] {
  return Array.from({ length: 2 ** width }, (_, k) => bitsOf(k, width).reduce((a, b) => a + b, 0));
}

export function parityPatterns(width: number): PatternSet {
  const count = 2 ** width;
  const inputs = Array.from({ length: count }, (_, k) => bitsOf(k, width));
  return { count, inputs: { input: inputs }, targets: { output: inputsOn(width).map((on) => [on % 2]) } };
}

/** Fig. 6's net: N inputs → N hidden units → 1 output, no direct connections. */
export function parityNet(width: number): NetSpec {
  return {
    groups: [
      { name: 'input', size: width, kind: 'input' },
      { name: 'hidden', size: width, kind: 'hidden', bias: 'hiddenBias' },
      { name: 'output', size: 1, kind: 'output', bias: 'outputBias' },
    ],
    projections: [
      { from: 'input', to: 'hidden', block: 'inputToHidden' },
      { from: 'hidden', to: 'output', block: 'hiddenToOutput' },
    ],
  };
}
