import { describe, expect, it } from 'vitest';
import {
  buildNet, constant, copySets, copySpread, initialParameters, packPatterns, paperMomentum, spreadToCopies, subStream, train, trainInSets,
  twinDeviation, unroll, unrolledPatterns, untie, type SetStep, type TiedGradient,
} from '../../engine/index.js';

// A fully connected 2-unit recurrent net with biases, run for T = 3 steps, and its untied twin in
// which each of the 3 copies of every block is a separate set of numbers.
const unrolled = unroll({
  groups: [{ name: 's', size: 2, kind: 'unit', bias: 'b' }],
  projections: [{ from: 's', to: 's', block: 'w' }],
  iterations: 3,
  clamped: { s: [0] },
  scored: { s: [1, 2, 3] },
});
const starts = [[0, 0], [0, 1], [1, 0], [1, 1]];
const set = unrolledPatterns(unrolled, 4, (_g, _t, p) => starts[p]!, (_g, t, p) => (t % 2 === 1 ? [starts[p]![1]!, starts[p]![0]!] : starts[p]!));
const tied = buildNet(unrolled.spec);
const twin = untie(unrolled.spec);
const twinNet = buildNet(twin.spec);
const sets = copySets(tied, twinNet, twin);
const initial = initialParameters(tied, { range: 0.5, biases: true }, subStream('test', 7, 'init'));
const SWEEPS = 400;
const hyper = { rule: paperMomentum, learningRate: constant(0.5), momentum: constant(0.9), loss: { reduction: 'sum' as const } };

function twinRun(step: SetStep) {
  const params = spreadToCopies(tied, initial, twinNet, sets);
  const spreads: number[] = [];
  const snapshots: Float64Array[] = [];
  trainInSets(twinNet, params, packPatterns(twinNet, set), sets, {
    ...hyper, sweeps: SWEEPS, step, onSweep: (_t, _e, p) => { spreads.push(copySpread(p, sets)); snapshots.push(Float64Array.from(p)); },
  });
  return { spreads, snapshots };
}

function tiedRun(tiedGradient: TiedGradient) {
  const params = Float64Array.from(initial);
  const snapshots: Float64Array[] = [];
  train(tied, params, packPatterns(tied, set), {
    ...hyper, sweeps: SWEEPS, grain: 'batch', tiedGradient, criteria: [], stopWhenCriteriaMet: false, onSweep: () => snapshots.push(Float64Array.from(params)),
  });
  return snapshots;
}

describe('the untied twin of an unrolled net', () => {
  it('gives every copy of a tied block a block of its own', () => {
    expect(twin.copies).toEqual({ w: ['w#1', 'w#2', 'w#3'], b: ['b#1', 'b#2', 'b#3'] });
    expect(twinNet.parameterCount).toBe(3 * tied.parameterCount);
    expect(twinNet.blocks.every((b) => b.copies === 1)).toBe(true);
  });

  for (const step of ['average', 'sum'] as const) {
    it(`keeps the copies bit-identical over ${SWEEPS} sweeps when every copy changes by the ${step} of their gradients`, () => {
      const { spreads, snapshots } = twinRun(step);
      expect(spreads.length).toBe(SWEEPS + 1);
      expect(spreads.every((s) => s === 0)).toBe(true);
      // Training moved the weights, so the identity is not that of weights standing still.
      expect(Math.max(...snapshots[SWEEPS]!.map((v, k) => Math.abs(v - snapshots[0]![k]!)))).toBeGreaterThan(1);
    });

    it(`follows the tied net trained by the engine's trainer ('${step}'), sweep by sweep`, () => {
      const { snapshots } = twinRun(step);
      const tiedSnapshots = tiedRun(step);
      expect(tiedSnapshots.length).toBe(SWEEPS + 1);
      const worst = Math.max(...tiedSnapshots.map((p, t) => twinDeviation(tied, p, snapshots[t]!, sets)));
      expect(worst).toBeLessThanOrEqual(1e-12);
    });
  }

  it('lets the copies drift apart when each follows its own ∂E/∂w', () => {
    const { spreads } = twinRun('separate');
    expect(spreads[0]).toBe(0);
    expect(spreads[SWEEPS]!).toBeGreaterThan(0.1);
  });

  it('does not follow the tied net under the other rule', () => {
    const { snapshots } = twinRun('sum');
    const tiedSnapshots = tiedRun('average');
    expect(twinDeviation(tied, tiedSnapshots[SWEEPS]!, snapshots[SWEEPS]!, sets)).toBeGreaterThan(0.1);
  });
});
