import { describe, expect, it } from 'vitest';
import { decomposition, pairedBit, type NegationWeights } from '../../../reproductions/negation/measures.js';

/** A net in Fig. 12's shape that computes three XORs by hand: hidden unit h pairs the flag with bit `pairs[h]`. */
function xorNet(pairs: number[]): NegationWeights {
  return {
    inputToHidden: pairs.map((bit) => [0, 1, 2, 3].map((i) => (i === 0 || i === bit ? -6 : 0.3))),
    hiddenBias: [2, 2, 2],
    hiddenToOutput: [0, 1, 2].map((j) => pairs.map((bit) => (bit === j + 1 ? -10 : 0.5))),
    inputToOutput: [0, 1, 2].map((j) => [0, 1, 2, 3].map((i) => (i === 0 || i === j + 1 ? -4 : 0))),
    outputBias: [6, 6, 6],
  };
}

describe('a hidden unit pairing the flag with a bit', () => {
  it('finds the bit when the flag and one bit are the two largest |w|, at least twice the third', () => {
    expect(pairedBit([-6.5, -0.4, -6.2, 0])).toBe(2);
    expect(pairedBit([3, 0.1, 0.2, -6])).toBe(3);
    expect(pairedBit([-6, -3, 1.5, 0])).toBe(1); // 3 ≥ 2 × 1.5: just dominant
  });

  it('finds none when the pair is not dominant, or the flag is not in it', () => {
    expect(pairedBit([-6, -3, 1.6, 0])).toBeNull(); // 3 < 2 × 1.6
    expect(pairedBit([0.1, -6, 6, 0.2])).toBeNull(); // two bits, no flag
    expect(pairedBit([-6, -5.9, 5.8, 0])).toBeNull();
  });
});

describe('the net as three XORs', () => {
  it('holds when the three units pair the flag with three different bits', () => {
    expect(decomposition(xorNet([2, 1, 3]))).toEqual({ bits: [2, 1, 3], xors: true, ownUnit: true });
  });

  it('fails when two units pair the flag with the same bit', () => {
    expect(decomposition(xorNet([1, 1, 3]))).toMatchObject({ bits: [1, 1, 3], xors: false, ownUnit: null });
  });

  it('reports (as context) an output whose strongest hidden weight is another bit\'s unit', () => {
    const w = xorNet([1, 2, 3]);
    w.hiddenToOutput[0] = [0.5, -10, 0.5];
    expect(decomposition(w)).toMatchObject({ xors: true, ownUnit: false });
  });
});
