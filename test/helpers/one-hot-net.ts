import { subStream, type NetSpec, type PatternSet } from '../../engine/index.js';

/**
 * A small net in the family-tree style: two one-hot input groups, each coded by its own hidden
 * group, a skip connection from a one-hot group to the output, and an input group feeding two
 * groups — every way a one-hot input can be used.
 */
export const oneHotSpec: NetSpec = {
  groups: [
    { name: 'a', size: 5, kind: 'input' },
    { name: 'b', size: 3, kind: 'input' },
    { name: 'aCode', size: 3, kind: 'hidden', bias: 'aCodeBias' },
    { name: 'bCode', size: 2, kind: 'hidden', bias: 'bCodeBias' },
    { name: 'central', size: 4, kind: 'hidden', bias: 'centralBias' },
    { name: 'out', size: 5, kind: 'output', bias: 'outBias' },
  ],
  projections: [
    { from: 'a', to: 'aCode', block: 'aToCode' },
    { from: 'b', to: 'bCode', block: 'bToCode' },
    { from: 'aCode', to: 'central', block: 'aCodeToCentral' },
    { from: 'bCode', to: 'central', block: 'bCodeToCentral' },
    { from: 'b', to: 'central', block: 'bToCentral' },
    { from: 'central', to: 'out', block: 'centralToOut' },
    { from: 'a', to: 'out', block: 'aToOut' },
  ],
};

const oneHot = (size: number, k: number) => Array.from({ length: size }, (_, u) => (u === k ? 1 : 0));

/** All 15 pairs (a, b), one-hot, with one or two random target units on. */
export function oneHotPatterns(seed: number): PatternSet {
  const stream = subStream('one-hot-net', seed, 'patterns');
  const a: number[][] = [];
  const b: number[][] = [];
  const out: number[][] = [];
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 3; j++) {
      a.push(oneHot(5, i));
      b.push(oneHot(3, j));
      const target = oneHot(5, stream.int(5));
      if (stream.next() < 0.3) target[stream.int(5)] = 1;
      out.push(target);
    }
  }
  return { count: a.length, inputs: { a, b }, targets: { out } };
}
