import { describe, expect, it } from 'vitest';
import { buildNet, constant, initialParameters, packPatterns, paperMomentum, subStream, train, type TrainConfig } from '../../../engine/index.js';
import { decayBalance } from '../../../reproductions/family-trees/decay-balance.js';
import { oneHotPatterns, oneHotSpec } from '../../helpers/one-hot-net.js';

const net = buildNet(oneHotSpec);
const patterns = packPatterns(net, oneHotPatterns(1));
const recipe = (sweeps: number): TrainConfig => ({
  sweeps,
  rule: paperMomentum,
  learningRate: constant(0.5),
  momentum: constant(0.5),
  decay: { rate: constant(0.02), target: 'all' },
  grain: 'batch',
  loss: { reduction: 'sum' },
  tiedGradient: 'average',
  criteria: [],
  stopWhenCriteriaMet: false,
});

describe('decay against ∂E/∂w (the letter: "the decay was balanced by ∂E/∂w")', () => {
  it("a net trained to rest under strong decay meets the steady state of eq. 9 with decay: ∂E/∂w = k·w at the predicted k", () => {
    const params = initialParameters(net, { range: 1, biases: true }, subStream('test', 1, 'init'));
    train(net, params, patterns, recipe(4000));
    const b = decayBalance(net, params, patterns, recipe(4000), 1)!;
    expect(b.slope / b.predictedSlope).toBeCloseTo(1, 3);
    expect(b.cosine).toBeGreaterThan(0.999);
    expect(b.cosineP).toBe(1 / 1000);
    // the predicted k: −(1 − α)·d / (ε·(1 − d))
    expect(b.predictedSlope).toBeCloseTo((-0.5 * 0.02) / (0.5 * 0.98), 15);
  });

  it('the initial weights are not at rest: the measure fails there', () => {
    const params = initialParameters(net, { range: 1, biases: true }, subStream('test', 1, 'init'));
    const b = decayBalance(net, params, patterns, recipe(0), 1)!;
    const ratio = b.slope / b.predictedSlope;
    expect(b.cosineP > 0.05 || ratio < 0.5 || ratio > 2).toBe(true);
  });

  it('weights that matter more are larger after training, in rank order beyond chance', () => {
    const params = initialParameters(net, { range: 1, biases: true }, subStream('test', 2, 'init'));
    train(net, params, patterns, recipe(4000));
    const b = decayBalance(net, params, patterns, recipe(4000), 2)!;
    expect(b.usefulness).toBeGreaterThan(0);
    expect(b.usefulnessP).toBeLessThanOrEqual(0.05);
  });

  it('says nothing for a recipe without decay', () => {
    const params = initialParameters(net, { range: 1, biases: true }, subStream('test', 1, 'init'));
    const { decay: _none, ...noDecay } = recipe(0);
    expect(decayBalance(net, params, patterns, noDecay, 1)).toBeNull();
  });
});
