import { describe, expect, it } from 'vitest';
import { tcStimuli } from '../../../reproductions/t-c/data.js';
import { IDEALISED, kindOf, meanCounts, switchedDetectors } from '../../../reproductions/t-c/fields.js';
import { COMPACTNESS_COUNTS } from '../../../reproductions/t-c/paper.js';

describe("the classifier of a 3 × 3 field and Fig. 15's counts", () => {
  it("reads the chapter's four fields as their kinds", () => {
    expect(kindOf(IDEALISED.A.weights)).toBe('centre-surround');
    expect(kindOf(IDEALISED.B.weights)).toBe('bar');
    expect(kindOf(IDEALISED.C.weights)).toBe('diagonal');
    expect(kindOf(IDEALISED.D.weights)).toBe('compactness');
  });

  it('treats a field and its negative alike, any row or column as a bar, and a mixed field as other', () => {
    expect(kindOf(IDEALISED.A.weights.map((w) => -w))).toBe('centre-surround');
    expect(kindOf([1, 1, 1, -1, -1, -1, -1, -1, -1])).toBe('bar');
    expect(kindOf([-1, -1, 1, -1, 1, -1, 1, -1, -1])).toBe('diagonal');
    expect(kindOf([1, -1, 1, -1, 1, -1, 1, -1, 1])).toBe('other');
    expect(kindOf([1, 0, -1, -1, -1, -1, -1, -1, -1])).toBe('other');
  });

  it("gives the chapter's compactness counts exactly: the T turns off 21 detectors, the C 20, at every place and orientation", () => {
    for (const side of [5, 6]) {
      const all = tcStimuli(side);
      for (const s of all) expect(switchedDetectors(IDEALISED.D, s, side)).toBe(COMPACTNESS_COUNTS[s.shape]);
    }
  });

  it('gives the idealised diagonal field 4 against 3 on this layout (the chapter says 5 against 3)', () => {
    expect(meanCounts(IDEALISED.C, tcStimuli(5), 5)).toEqual({ T: 4, C: 3 });
  });
});

describe('the chance share of the kinds claim', () => {
  it('is the binomial upper tail: P(X ≥ 0) = 1, P(X ≥ 1 of 4) = 1 − (1 − p)⁴', async () => {
    const { binomialUpperTail, CHANCE_KIND_SHARE } = await import('../../../reproductions/t-c/claims.js');
    expect(binomialUpperTail(0, 8, CHANCE_KIND_SHARE)).toBe(1);
    expect(binomialUpperTail(1, 4, CHANCE_KIND_SHARE)).toBeCloseTo(1 - (1 - CHANCE_KIND_SHARE) ** 4, 12);
    expect(binomialUpperTail(2, 2, 0.5)).toBeCloseTo(0.25, 12);
  });
});
