import { describe, expect, it } from 'vitest';
import { buildNet, gradientCheck, initialParameters, packPatterns, subStream, type LossSpec } from '../../engine/index.js';
import { randomPatterns, skipTiedSpec } from '../helpers/random-net.js';

const losses: Array<[string, LossSpec]> = [
  ['summed error', { reduction: 'sum' }],
  ['mean error', { reduction: 'mean' }],
  ['margin error, residual to the target', { reduction: 'sum', margin: { on: 0.8, off: 0.2, residual: 'target' } }],
  ['margin error, residual to the band edge', { reduction: 'sum', margin: { on: 0.8, off: 0.2, residual: 'edge' } }],
];

describe('backward pass against central differences', () => {
  const net = buildNet(skipTiedSpec);

  it('lays out tied blocks once and counts their copies', () => {
    expect(net.blocks.map((b) => [b.name, b.copies])).toEqual([
      ['tied', 2],
      ['sharedBias', 2],
      ['bOut', 1],
      ['skip', 1],
      ['outBias', 1],
    ]);
    expect(net.parameterCount).toBe(9 + 3 + 6 + 6 + 2);
  });

  for (const [name, loss] of losses) {
    for (const seed of [1, 2, 3]) {
      it(`agrees on a random net with a skip connection and tied blocks (${name}, seed ${seed})`, () => {
        const patterns = packPatterns(net, randomPatterns(skipTiedSpec, 7, seed));
        // Wide initial weights so that outputs spread across the margin band and its edges.
        const params = initialParameters(net, { range: 2, biases: true }, subStream('test', seed, 'init'));
        const result = gradientCheck(net, params, patterns, loss);
        expect(result.maxRelativeError).toBeLessThan(1e-6);
        // The check must have something to check: a gradient that is not all zeros.
        expect(Math.max(...result.analytic.map(Math.abs))).toBeGreaterThan(1e-4);
      });
    }
  }

  it('catches a wrong gradient', () => {
    const patterns = packPatterns(net, randomPatterns(skipTiedSpec, 7, 1));
    const params = initialParameters(net, { range: 2, biases: true }, subStream('test', 1, 'init'));
    // A margin loss checked as if it were the plain loss must disagree somewhere.
    const margin = gradientCheck(net, params, patterns, { reduction: 'sum', margin: { on: 0.8, off: 0.2, residual: 'edge' } });
    const plain = gradientCheck(net, params, patterns, { reduction: 'sum' });
    const mismatch = margin.analytic.some((g, k) => Math.abs(g - plain.numeric[k]!) > 1e-3);
    expect(mismatch).toBe(true);
  });
});
