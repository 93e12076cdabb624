import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { inputsOn } from '../../../reproductions/parity/data.js';
import { parity } from '../../../reproductions/parity/index.js';
import { readCount, readHidden } from '../../../reproductions/parity/measures.js';
import { paradigmWeights } from '../../../reproductions/parity/paradigm.js';
import { TABLE_3 } from '../../../reproductions/parity/paper.js';

/** Hidden outputs feature-major (unit u of pattern p at u · patterns + p) from one function per unit. */
const layer = (width: number, units: Array<(bits: number[]) => number>) => {
  const patterns = 2 ** width;
  const bits = (p: number) => Array.from({ length: width }, (_, i) => (p >> (width - 1 - i)) & 1);
  return units.flatMap((f) => Array.from({ length: patterns }, (_, p) => f(bits(p))));
};
const sum = (b: number[]) => b.reduce((a, c) => a + c, 0);

describe('a hidden unit as a threshold on the count', () => {
  it("reads every column of Table 3 as a falling threshold, switching at 3, 1, 4 and 2 inputs on", () => {
    const counts = TABLE_3.map((r) => r.inputsOn);
    const columns = [0, 1, 2, 3].map((u) => readCount(TABLE_3.map((r) => r.hidden[u]!), counts, 4));
    expect(columns.every((c) => c.threshold && c.polarity === 'falling')).toBe(true);
    expect(columns.map((c) => c.boundary)).toEqual([3, 1, 4, 2]);
    const table = readHidden(TABLE_3.flatMap((_, u) => TABLE_3.map((r) => r.hidden[u]!)), 4, counts, 4);
    expect(table).toMatchObject({ allThresholds: true, boundaries: 4, falling: 4, binaryShare: 1 });
  });

  it('fails a unit that is on for one and three inputs on (it changes twice)', () => {
    const r = readCount([0, 1, 0, 1, 0], [0, 1, 2, 3, 4], 4);
    expect(r).toMatchObject({ profile: [0, 1, 0, 1, 0], threshold: false, polarity: null });
  });

  it('fails a unit that tells apart two patterns with the same count (it reads an input, not the count)', () => {
    const r = readCount(layer(3, [(b) => b[0]!]), inputsOn(3), 3);
    expect(r.threshold).toBe(false);
    expect(r.profile).toEqual([0, null, null, 1]);
  });

  it('keeps a constant unit as the degenerate threshold, and binarises at 0.5', () => {
    expect(readCount([0.9, 0.8, 0.7, 0.6], [0, 1, 1, 2], 2)).toMatchObject({ threshold: true, polarity: 'constant', boundary: null });
    expect(readCount([0.5, 0.51, 0.51, 0.51], [0, 1, 1, 2], 2)).toMatchObject({ threshold: true, polarity: 'rising', boundary: 1 });
  });

  it('tells a net that counts with one input complemented: not the claim, but anyPolarity', () => {
    const flipped = (k: number) => (b: number[]) => (b[0]! + b[1]! + b[2]! + (1 - b[3]!) >= k ? 0.95 : 0.05);
    const reading = readHidden(layer(4, [flipped(1), flipped(2), flipped(3), flipped(4)]), 4, inputsOn(4), 4);
    expect(reading.allThresholds).toBe(false);
    expect(reading.anyPolarity).toBe(true);
    const straight = readHidden(layer(4, [1, 2, 3, 4].map((k) => (b: number[]) => (sum(b) >= k ? 0.95 : 0.05))), 4, inputsOn(4), 4);
    expect(straight).toMatchObject({ allThresholds: true, anyPolarity: true, boundaries: 4, falling: 0 });
  });
});

describe("the printed weights: Fig. 6's paradigm, scaled", () => {
  const { config } = resolveSettings(parity.settings, []);

  it('solves 4-bit parity and is read as four rising thresholds at 1, 2, 3, 4 inputs on', () => {
    const run = parity.evaluateWeights!(config, parity.printedWeights);
    expect(run.sweepsToCriterion).toBe(0);
    expect(run.missed).toEqual([]);
    expect(run.hidden.allThresholds).toBe(true);
    expect(run.hidden.units.map((u) => [u.polarity, u.boundary])).toEqual([['rising', 1], ['rising', 2], ['rising', 3], ['rising', 4]]);
    const claims = parity.claims(config);
    const countClaim = claims.find((c) => c.id === 'count-thresholds')!;
    expect(countClaim.population.includes({ ...run, measures: {} })).toBe(true);
    expect(countClaim.measure({ ...run, measures: {} })).toBe(true);
  });

  it('unscaled (±1, biases −0.5 …), the logistic net is not a solution: why the scale is needed', () => {
    const run = parity.evaluateWeights!(config, paradigmWeights(4, 1));
    expect(run.criteria).toEqual({ 'right-side': null, 'within-0.2': null });
    expect(run.missed.length).toBeGreaterThan(0);
  });
});
