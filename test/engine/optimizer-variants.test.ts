import { describe, expect, it } from 'vitest';
import { adam, nesterovMomentum, rmsprop } from '../../engine/index.js';

const f64 = (...v: number[]) => Float64Array.from(v);

describe('Nesterov momentum (step form)', () => {
  it('moves by the look-ahead step', () => {
    const w = f64(1);
    const s = nesterovMomentum.createState(1);
    // t = 1, g = 2, ε = 0.1, α = 0.9: Δ = 0 − 0.2 = −0.2; w = 1 + 0.9·(−0.2) − 0.2 = 0.62
    nesterovMomentum.apply(w, f64(2), s, { learningRate: 0.1, momentum: 0.9, step: 1 });
    expect(s[0]).toBeCloseTo(-0.2, 15);
    expect(w[0]).toBeCloseTo(0.62, 15);
    // t = 2, g = 1: Δ = 0.9·(−0.2) − 0.1 = −0.28; w = 0.62 + 0.9·(−0.28) − 0.1 = 0.268
    nesterovMomentum.apply(w, f64(1), s, { learningRate: 0.1, momentum: 0.9, step: 2 });
    expect(s[0]).toBeCloseTo(-0.28, 15);
    expect(w[0]).toBeCloseTo(0.268, 15);
  });
});

describe('RMSprop', () => {
  it('divides the step by the root of the running mean square', () => {
    const rule = rmsprop({ decay: 0.9, epsilon: 0 });
    const w = f64(1);
    const s = rule.createState(1);
    // t = 1, g = 2: s = 0.1·4 = 0.4; w = 1 − 0.01·2/√0.4 = 1 − 0.0316227766… = 0.9683772234
    rule.apply(w, f64(2), s, { learningRate: 0.01, momentum: 0, step: 1 });
    expect(s[0]).toBeCloseTo(0.4, 15);
    expect(w[0]).toBeCloseTo(1 - 0.02 / Math.sqrt(0.4), 15);
    expect(w[0]).toBeCloseTo(0.9683772234, 10);
    // t = 2, g = −1: s = 0.36 + 0.1 = 0.46; w = 0.9683772234 + 0.01/√0.46 = 0.9831214…
    rule.apply(w, f64(-1), s, { learningRate: 0.01, momentum: 0, step: 2 });
    expect(s[0]).toBeCloseTo(0.46, 15);
    expect(w[0]).toBeCloseTo(0.9683772234 + 0.01 / Math.sqrt(0.46), 10);
  });
});

describe('Adam', () => {
  it('takes a first step of ε·sign(g), whatever the gradient size (bias correction)', () => {
    const rule = adam({ beta1: 0.9, beta2: 0.999, epsilon: 0 });
    const w = f64(1, 1);
    const s = rule.createState(2);
    // t = 1: m = 0.1 g, v = 0.001 g²; m̂ = g, v̂ = g²; step = ε g / |g| = ±ε
    rule.apply(w, f64(5, -0.001), s, { learningRate: 0.01, momentum: 0, step: 1 });
    expect(w[0]).toBeCloseTo(0.99, 15);
    expect(w[1]).toBeCloseTo(1.01, 15);
  });
  it('follows the moments on the second step', () => {
    const rule = adam({ beta1: 0.9, beta2: 0.999, epsilon: 0 });
    const w = f64(0);
    const s = rule.createState(1);
    rule.apply(w, f64(1), s, { learningRate: 0.1, momentum: 0, step: 1 });
    // t = 2, g = 3: m = 0.09 + 0.3 = 0.39, v = 0.000999 + 0.009 = 0.009999
    // m̂ = 0.39 / 0.19 = 2.0526…, v̂ = 0.009999 / 0.001999 = 5.00200…; step = 0.1 · 2.0526 / 2.23652 = 0.091778…
    rule.apply(w, f64(3), s, { learningRate: 0.1, momentum: 0, step: 2 });
    expect(s.m[0]).toBeCloseTo(0.39, 15);
    expect(s.v[0]).toBeCloseTo(0.009999, 15);
    expect(w[0]).toBeCloseTo(-0.1 - (0.1 * (0.39 / 0.19)) / Math.sqrt(0.009999 / 0.001999), 14);
    expect(w[0]).toBeCloseTo(-0.19177, 4);
  });
});
