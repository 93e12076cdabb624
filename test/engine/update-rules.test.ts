import { describe, expect, it } from 'vitest';
import { accumulatedMomentum, applyDecay, buildNet, decayRanges, paperMomentum, plainDescent } from '../../engine/index.js';
import { skipTiedSpec } from '../helpers/random-net.js';

const f64 = (...v: number[]) => Float64Array.from(v);

describe('plain descent (eq. 8)', () => {
  it('steps against the gradient by ε', () => {
    // w = [1, −2], g = [0.5, −4], ε = 0.1: w − εg = [1 − 0.05, −2 + 0.4] = [0.95, −1.6]
    const w = f64(1, -2);
    plainDescent.apply(w, f64(0.5, -4), null, { learningRate: 0.1, momentum: 0.9, step: 1 });
    expect(Array.from(w)).toEqual([0.95, -1.6]);
  });
});

describe("the paper's momentum (eq. 9) stores the previous step", () => {
  it('adds α times the previous step to −ε times the gradient', () => {
    const w = f64(1);
    const state = paperMomentum.createState(1);
    // step 1: Δw = −0.1·2 + 0.9·0 = −0.2;          w = 0.8
    paperMomentum.apply(w, f64(2), state, { learningRate: 0.1, momentum: 0.9, step: 1 });
    expect(state[0]).toBeCloseTo(-0.2, 15);
    expect(w[0]).toBeCloseTo(0.8, 15);
    // step 2: Δw = −0.1·1 + 0.9·(−0.2) = −0.28;    w = 0.52
    paperMomentum.apply(w, f64(1), state, { learningRate: 0.1, momentum: 0.9, step: 2 });
    expect(state[0]).toBeCloseTo(-0.28, 15);
    expect(w[0]).toBeCloseTo(0.52, 15);
    // step 3, zero gradient: Δw = 0.9·(−0.28) = −0.252; w = 0.268
    paperMomentum.apply(w, f64(0), state, { learningRate: 0.1, momentum: 0.9, step: 3 });
    expect(w[0]).toBeCloseTo(0.268, 15);
  });

  it('parts from the accumulated-gradient form as soon as ε changes', () => {
    // Two steps with g = 1: ε = 0.005, α = 0.5, then ε = 0.01, α = 0.9 (a schedule switch).
    // eq. 9:        Δw1 = −0.005;            Δw2 = −0.01 + 0.9·(−0.005) = −0.0145
    // accumulated:  v1 = 1, Δw1 = −0.005;    v2 = 0.9·1 + 1 = 1.9, Δw2 = −0.01·1.9 = −0.019
    const paper = f64(0);
    const acc = f64(0);
    const ps = paperMomentum.createState(1);
    const as = accumulatedMomentum.createState(1);
    paperMomentum.apply(paper, f64(1), ps, { learningRate: 0.005, momentum: 0.5, step: 1 });
    accumulatedMomentum.apply(acc, f64(1), as, { learningRate: 0.005, momentum: 0.5, step: 1 });
    expect(paper[0]).toBeCloseTo(-0.005, 15);
    expect(acc[0]).toBeCloseTo(-0.005, 15);
    paperMomentum.apply(paper, f64(1), ps, { learningRate: 0.01, momentum: 0.9, step: 2 });
    accumulatedMomentum.apply(acc, f64(1), as, { learningRate: 0.01, momentum: 0.9, step: 2 });
    expect(paper[0]).toBeCloseTo(-0.0195, 15);
    expect(acc[0]).toBeCloseTo(-0.024, 15);
  });
});

describe('multiplicative weight decay', () => {
  it('shrinks every listed parameter by the rate', () => {
    // rate 0.002: w ← 0.998 w; [10, −5, 0] → [9.98, −4.99, 0]
    const w = f64(10, -5, 0);
    applyDecay(w, [[0, 3]], 0.002);
    expect(w[0]).toBeCloseTo(9.98, 13);
    expect(w[1]).toBeCloseTo(-4.99, 13);
    expect(w[2]).toBe(0);
  });

  it('decays weights only, or every parameter', () => {
    const net = buildNet(skipTiedSpec);
    const weights = decayRanges(net, 'weights');
    const all = decayRanges(net, 'all');
    const covered = (ranges: Array<[number, number]>) => ranges.reduce((n, [a, b]) => n + b - a, 0);
    expect(covered(all)).toBe(net.parameterCount);
    // 3 shared bias values and 2 output biases are left alone
    expect(covered(weights)).toBe(net.parameterCount - 5);
  });
});
