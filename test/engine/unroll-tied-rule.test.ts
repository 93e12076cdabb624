import { describe, expect, it } from 'vitest';
import { buildNet, constant, packPatterns, plainDescent, train, unroll, unrolledPatterns, type TiedGradient } from '../../engine/index.js';

// One unit with a self-connection w and no bias, started at s(0) = 1, run for T = 2 steps and
// scored at step 2 against d = 1. Worked by hand with w = 0.5:
//   y1 = σ(0.5 · 1)      = 0.6224593312018546
//   y2 = σ(0.5 · y1)     = 0.5771853801446523
//   δ2 = (y2 − 1) y2 (1 − y2)            = −0.10318470181130271
//   copy s@1 → s@2: ∂E/∂w = δ2 · y1             = −0.06422828047972629
//   copy s@0 → s@1: ∂E/∂w = δ2 · w · y1 (1 − y1) · 1 = −0.012124393984035364
//   sum = −0.07635267446376165, average = sum / 2 = −0.038176337231880825
// One sweep of plain descent with ε = 1 moves w by −(average) or −(sum).
const unrolled = unroll({
  groups: [{ name: 's', size: 1, kind: 'unit' }],
  projections: [{ from: 's', to: 's', block: 'w' }],
  iterations: 2,
  clamped: { s: [0] },
  scored: { s: [2] },
});
const net = buildNet(unrolled.spec);
const patterns = packPatterns(net, unrolledPatterns(unrolled, 1, () => [1], () => [1]));

function stepOnce(tiedGradient: TiedGradient): number {
  const params = Float64Array.from([0.5]);
  train(net, params, patterns, {
    sweeps: 1, rule: plainDescent, learningRate: constant(1), momentum: constant(0), grain: 'batch',
    loss: { reduction: 'sum' }, tiedGradient, criteria: [], stopWhenCriteriaMet: false,
  });
  return params[0]!;
}

describe('the tied-weight rule on a hand-worked example', () => {
  it('has one block with two copies', () => {
    expect(net.blocks.map((b) => [b.name, b.copies])).toEqual([['w', 2]]);
  });

  it("'average' steps by the mean of the copies' ∂E/∂w (the paper's rule)", () => {
    expect(stepOnce('average')).toBeCloseTo(0.5 + 0.038176337231880825, 14);
  });

  it("'sum' steps by their sum, T times as far", () => {
    expect(stepOnce('sum')).toBeCloseTo(0.5 + 0.07635267446376165, 14);
    expect((stepOnce('sum') - 0.5) / (stepOnce('average') - 0.5)).toBeCloseTo(2, 12);
  });
});
