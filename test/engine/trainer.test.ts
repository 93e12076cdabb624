import { describe, expect, it } from 'vitest';
import {
  buildNet, constant, initialParameters, packPatterns, paperMomentum, parametersDigest, piecewise, rightSideOf, subStream, train,
  type NetSpec, type TrainConfig,
} from '../../engine/index.js';

// XOR with one hidden unit and direct input → output connections (a net with a skip connection).
const xorSpec: NetSpec = {
  groups: [
    { name: 'in', size: 2, kind: 'input' },
    { name: 'hidden', size: 1, kind: 'hidden', bias: 'hb' },
    { name: 'out', size: 1, kind: 'output', bias: 'ob' },
  ],
  projections: [
    { from: 'in', to: 'hidden', block: 'ih' },
    { from: 'hidden', to: 'out', block: 'ho' },
    { from: 'in', to: 'out', block: 'io' },
  ],
};
const xor = {
  count: 4,
  inputs: { in: [[0, 0], [0, 1], [1, 0], [1, 1]] },
  targets: { out: [[0], [1], [1], [0]] },
};

function config(over: Partial<TrainConfig> = {}): TrainConfig {
  return {
    sweeps: 3000,
    rule: paperMomentum,
    learningRate: constant(0.5),
    momentum: constant(0.9),
    grain: 'batch',
    loss: { reduction: 'sum' },
    tiedGradient: 'average',
    criteria: [rightSideOf('learned', 0.5)],
    stopWhenCriteriaMet: true,
    ...over,
  };
}

function run(seed: number, over: Partial<TrainConfig> = {}) {
  const net = buildNet(xorSpec);
  const params = initialParameters(net, { range: 1, biases: true }, subStream('xor', seed, 'init'));
  const result = train(net, params, packPatterns(net, xor), config(over));
  return { params, result };
}

describe('trainer', () => {
  it('learns XOR through a skip connection and stops at the criterion', () => {
    const { result } = run(1);
    expect(result.diverged).toBe(false);
    expect(result.reached.learned).toBe(result.sweeps);
    expect(result.sweeps).toBeLessThan(3000);
    expect(result.errors.length).toBe(result.sweeps + 1);
    expect(result.errors[result.sweeps]!).toBeLessThan(result.errors[0]!);
  });

  it('gives the same bits for the same seed, and other bits for another seed', () => {
    const a = run(2);
    const b = run(2);
    const c = run(3);
    expect(parametersDigest(a.params)).toBe(parametersDigest(b.params));
    expect(Array.from(a.result.errors)).toEqual(Array.from(b.result.errors));
    expect(parametersDigest(a.params)).not.toBe(parametersDigest(c.params));
  });

  it('runs the whole budget when told not to stop at the criterion', () => {
    const { result } = run(1, { sweeps: 50, stopWhenCriteriaMet: false });
    expect(result.sweeps).toBe(50);
    expect(result.errors.length).toBe(51);
  });

  it('uses the schedule value of each sweep', () => {
    // With ε = 0 for the first 10 sweeps nothing moves; from sweep 11 on, it does.
    const schedule = piecewise([{ fromSweep: 1, value: 0 }, { fromSweep: 11, value: 0.5 }]);
    const { result } = run(1, { sweeps: 12, stopWhenCriteriaMet: false, learningRate: schedule });
    expect(result.errors[10]).toBe(result.errors[0]);
    expect(result.errors[12]).not.toBe(result.errors[10]);
  });

  it('updates after every pattern when asked, in a fixed or a shuffled order', () => {
    const fixed = run(1, { grain: 'pattern', sweeps: 20, stopWhenCriteriaMet: false });
    const batch = run(1, { sweeps: 20, stopWhenCriteriaMet: false });
    const shuffled = run(1, { grain: 'pattern', sweeps: 20, stopWhenCriteriaMet: false, order: subStream('xor', 1, 'order') });
    expect(parametersDigest(fixed.params)).not.toBe(parametersDigest(batch.params));
    expect(parametersDigest(fixed.params)).not.toBe(parametersDigest(shuffled.params));
    expect(fixed.result.errors[20]!).toBeLessThan(fixed.result.errors[0]!);
  });

  it('flags a run whose error stops being finite and stops there', () => {
    const { result } = run(1, { learningRate: constant(Infinity), sweeps: 100 });
    expect(result.diverged).toBe(true);
    expect(Number.isFinite(result.errors[result.sweeps]!)).toBe(false);
    expect(result.sweeps).toBeLessThan(100);
  });
});
