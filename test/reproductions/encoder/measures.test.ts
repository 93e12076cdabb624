import { describe, expect, it } from 'vitest';
import { defaults } from '../../../reproductions/kit/settings.js';
import { encoderClaims } from '../../../reproductions/encoder/claims.js';
import { encoderPatterns, hiddenUnitsFor } from '../../../reproductions/encoder/data.js';
import {
  areDistinct, binarisedDistinct, intermediateCount, minPairwiseDistance, usesIntermediateValues,
} from '../../../reproductions/encoder/measures.js';
import { TABLE5_CODES } from '../../../reproductions/encoder/paper.js';
import type { EncoderRun } from '../../../reproductions/encoder/run.js';
import { encoderSettings } from '../../../reproductions/encoder/settings.js';

/** The 8 corners of the cube in counting order: a pure binary number. */
const binary = Array.from({ length: 8 }, (_, p) => [(p >> 2) & 1, (p >> 1) & 1, p & 1]);
/** Every hidden unit at 0.5 give or take a little, as small initial weights leave them. */
const untrained = Array.from({ length: 8 }, (_, p) => [0.5 + 0.01 * p, 0.5 - 0.005 * p, 0.49]);

describe('encoder data (Table 4)', () => {
  it('maps each of N one-hot patterns onto itself, with log₂N hidden units', () => {
    const set = encoderPatterns(8);
    expect(set.count).toBe(8);
    expect(set.inputs.input![0]).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(set.inputs.input![7]).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(set.targets.output).toEqual(set.inputs.input);
    expect([4, 8, 16].map(hiddenUnitsFor)).toEqual([2, 3, 4]);
  });
});

describe("Table 5's printed codes, measured by the claims' own measures (codes, not weights: measure-weights cannot load them)", () => {
  it('are distinct: least distance 1/√2 (e.g. (.5, 0, 0) and (0, 0, .5)), above the bound 0.5', () => {
    expect(minPairwiseDistance(TABLE5_CODES)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(areDistinct(TABLE5_CODES)).toBe(true);
  });

  it('are not a pure binary number: binarised at 0.5 their 0.5s fall on neither side', () => {
    expect(binarisedDistinct(TABLE5_CODES)).toBe(false);
    // and rounding the 0.5s either way merges two codes
    const up = TABLE5_CODES.map((c) => c.map((v) => (v >= 0.5 ? 1 : 0)).join(''));
    const down = TABLE5_CODES.map((c) => c.map((v) => (v > 0.5 ? 1 : 0)).join(''));
    expect(new Set(up).size).toBe(7);
    expect(new Set(down).size).toBe(7);
  });

  it('use intermediate values as well as 0 and 1: four of the 24 values', () => {
    expect(intermediateCount(TABLE5_CODES)).toBe(4);
    expect(usesIntermediateValues(TABLE5_CODES)).toBe(true);
  });

  it("appear in the claims' paper values", () => {
    const claims = encoderClaims(defaults(encoderSettings), { train: () => { throw new Error('not trained'); }, untrained: () => { throw new Error('not trained'); } });
    const byId = Object.fromEntries(claims.map((c) => [c.id, c]));
    expect(byId['distinct-codes']!.paperValue).toContain('least distance 0.707 (holds)');
    expect(byId['intermediate-values']!.paperValue).toContain('4 of 24 values intermediate');
    const asRun = { codes: TABLE5_CODES.map((c) => [...c]), sweepsToCriterion: 1 } as unknown as EncoderRun;
    expect(byId['distinct-codes']!.measure(asRun)).toBe(true);
    expect(byId['intermediate-values']!.measure(asRun)).toBe(true);
  });
});

describe('the code measures can fail', () => {
  it('a pure binary number is distinct but uses no intermediate value', () => {
    expect(areDistinct(binary)).toBe(true);
    expect(binarisedDistinct(binary)).toBe(true);
    expect(intermediateCount(binary)).toBe(0);
    expect(usesIntermediateValues(binary)).toBe(false);
  });

  it('codes that have not left 0.5 are neither distinct nor "as well as 0 and 1"', () => {
    expect(areDistinct(untrained)).toBe(false);
    expect(intermediateCount(untrained)).toBe(24);
    expect(usesIntermediateValues(untrained)).toBe(false);
  });

  it('more than half the values intermediate fails; exactly half holds', () => {
    const half = binary.map((c, p) => (p < 4 ? [0.5, 0.5, 0.5] : c));
    expect(intermediateCount(half)).toBe(12);
    expect(usesIntermediateValues(half)).toBe(true);
    expect(usesIntermediateValues(half.map((c, p) => (p === 4 ? [0.5, c[1]!, c[2]!] : c)))).toBe(false);
  });
});
