import { describe, expect, it } from 'vitest';
import { bootstrapInterval, wilsonInterval } from '../../../reproductions/kit/statistics/intervals.js';
import { interquartileMean, probabilityFewer } from '../../../reproductions/kit/statistics/robust.js';
import { successByBudget } from '../../../reproductions/kit/statistics/success-curve.js';

describe('Wilson interval', () => {
  it('8 of 10 at 95% is [0.4902, 0.9433]', () => {
    const i = wilsonInterval(8, 10)!;
    expect(i.lo).toBeCloseTo(0.4902, 4);
    expect(i.hi).toBeCloseTo(0.9433, 4);
  });
  it('0 of 10 starts at 0 and reaches 0.2775; no runs gives no interval', () => {
    const i = wilsonInterval(0, 10)!;
    expect(i.lo).toBe(0);
    expect(i.hi).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('percentile bootstrap with the randomness passed in', () => {
  it('takes the percentiles of the resampled statistic', () => {
    // Draws 0, 0, 0 pick item 0 three times (mean 1); 0.99 × 3 pick item 2 (mean 3).
    const draws = [0, 0, 0, 0.99, 0.99, 0.99];
    let k = 0;
    const mean = (s: readonly number[]) => s.reduce((a, b) => a + b, 0) / s.length;
    const ci = bootstrapInterval([1, 2, 3], mean, { resamples: 2, confidence: 0.5, random: () => draws[k++]! });
    expect(ci).toEqual({ lo: 1, hi: 3 });
  });
  it('gives no interval for no items, and an open end where the statistic is unknown', () => {
    expect(bootstrapInterval([], () => 1, { resamples: 10, confidence: 0.95, random: () => 0 })).toBeNull();
    expect(bootstrapInterval([1], () => null, { resamples: 10, confidence: 0.95, random: () => 0 })).toEqual({ lo: null, hi: null });
  });
});

describe('interquartile mean', () => {
  it('averages the middle half: 1..8 gives mean(3, 4, 5, 6) = 4.5', () => {
    expect(interquartileMean([8, 1, 7, 2, 6, 3, 5, 4])).toBe(4.5);
  });
  it('keeps censored runs as +∞: known when they are trimmed, unknown when they are in the middle', () => {
    expect(interquartileMean([1, 2, 3, null])).toBe(2.5);
    expect(interquartileMean([1, null, null, null])).toBeNull();
    expect(interquartileMean([])).toBeNull();
  });
});

describe('probability of needing fewer sweeps, paired by seed', () => {
  it('scores a win 1, a tie ½ and a loss 0', () => {
    // 1 < 2 win; 5 > 3 loss; never vs never tie; never vs 4 loss → 1.5 / 4
    expect(probabilityFewer([1, 5, null, null], [2, 3, null, 4])).toBe(0.375);
    expect(probabilityFewer([], [])).toBeNull();
    expect(() => probabilityFewer([1], [])).toThrow(/same length/);
  });
});

describe('success by budget (Kaplan–Meier)', () => {
  it('is the share reached by each sweep count when every run has the same budget', () => {
    expect(successByBudget([10, 20, null, 20], [100, 100, 100, 100])).toEqual([
      { sweeps: 0, fraction: 0 },
      { sweeps: 10, fraction: 0.25 },
      { sweeps: 20, fraction: 0.75 },
    ]);
  });
  it('drops a censored run from the risk set after its own budget', () => {
    // t = 10: 3 at risk, 1 event → S = 2/3; t = 30: the run censored at 20 has left, 1 at risk → S = 0
    const curve = successByBudget([10, null, 30], [100, 20, 100]);
    expect(curve.map((p) => p.sweeps)).toEqual([0, 10, 30]);
    expect(curve[1]!.fraction).toBeCloseTo(1 / 3, 15);
    expect(curve[2]!.fraction).toBe(1);
  });
});
