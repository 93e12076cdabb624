import { describe, expect, it } from 'vitest';
import { censoredQuantile, percentileRank, summarizeCensored } from '../../../reproductions/kit/statistics/censored.js';

describe('censored sweeps-to-criterion statistics', () => {
  it('takes type-7 quantiles: [10, 20, 30, 40] has median 25 and quartiles 17.5 and 32.5', () => {
    expect(censoredQuantile([40, 10, 30, 20], 0.5)).toBe(25);
    expect(censoredQuantile([40, 10, 30, 20], 0.25)).toBe(17.5);
    expect(censoredQuantile([40, 10, 30, 20], 0.75)).toBe(32.5);
  });

  it('keeps runs that never reached the criterion above every finite value', () => {
    // [10, 20, ∞]: the median is 20; the third quartile sits between 20 and ∞, so it is unknown
    expect(censoredQuantile([null, 10, 20], 0.5)).toBe(20);
    expect(censoredQuantile([null, 10, 20], 0.75)).toBeNull();
    expect(censoredQuantile([null, null, 5], 0.5)).toBeNull();
    expect(censoredQuantile([], 0.5)).toBeNull();
  });

  it('ranks a value among the runs, ties counting half and censored runs above', () => {
    // below 25: 10, 20 (2); ties: 25 (1); above: 30, never → (2 + 0.5) / 5 = 50%
    expect(percentileRank([10, 20, 25, 30, null], 25)).toBe(50);
    expect(percentileRank([null, null], 1)).toBe(0);
    expect(percentileRank([], 1)).toBeNull();
  });

  it('summarises reached counts and the distribution', () => {
    expect(summarizeCensored([100, null, 300, 200])).toEqual({ runs: 4, reached: 3, reachedFraction: 0.75, median: 250, q1: 175, q3: null });
  });
});
