import { describe, expect, it } from 'vitest';
import {
  backward, buildNet, createWorkspace, forward, OutputLoss, packPatterns, subStream,
  type LossSpec, type Net, type NetSpec, type PatternSet,
} from '../../engine/index.js';
import { symmetryNet } from '../../reproductions/symmetry/index.js';
import { randomPatterns, skipTiedSpec } from '../helpers/random-net.js';
import { referenceBackward, referenceForward } from '../helpers/reference-passes.js';
import { oneHotPatterns, oneHotSpec } from '../helpers/one-hot-net.js';

// The fast passes must give the very bits of the reference passes (the engine's passes before any
// speed work): outputs, ∂E/∂x buffers, gradients and E, for whole batches and single patterns,
// including saturated units and non-finite weights, where skipping zero inputs would not be exact.

function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): string | null {
  if (a.length !== b.length) return `lengths ${a.length} and ${b.length}`;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return `index ${k}: ${a[k]} vs ${b[k]}`;
  return null;
}

function compare(spec: NetSpec, set: PatternSet, params: Float64Array, lossSpec: LossSpec, ranges: Array<[number, number]>): void {
  const net: Net = buildNet(spec);
  const packed = packPatterns(net, set);
  const mine = createWorkspace(net, packed);
  const ref = createWorkspace(net, packed);
  const loss = new OutputLoss(lossSpec, packed.count, mine.outputUnits);
  for (const [p0, p1] of ranges) {
    const gMine = new Float64Array(net.parameterCount).fill(0.25);
    const gRef = new Float64Array(net.parameterCount).fill(0.25);
    forward(net, params, mine, p0, p1);
    referenceForward(net, params, ref, p0, p1);
    const eMine = backward(net, params, gMine, mine, loss, p0, p1);
    const eRef = referenceBackward(net, params, gRef, ref, loss, p0, p1);
    expect(Object.is(eMine, eRef), `E over [${p0}, ${p1}): ${eMine} vs ${eRef}`).toBe(true);
    expect(sameBits(gMine, gRef), `gradient over [${p0}, ${p1})`).toBeNull();
    net.groups.forEach((g, gi) => {
      expect(sameBits(mine.act[gi]!, ref.act[gi]!), `outputs of ${g.name}`).toBeNull();
      expect(sameBits(mine.delta[gi]!, ref.delta[gi]!), `∂E/∂x of ${g.name}`).toBeNull();
    });
  }
}

function randomParams(net: Net, seed: number, range: number): Float64Array {
  const stream = subStream('passes-test', seed, 'init');
  return Float64Array.from({ length: net.parameterCount }, () => stream.uniform(-range, range));
}

const sum: LossSpec = { reduction: 'sum' };
const margin: LossSpec = { reduction: 'sum', margin: { on: 0.8, off: 0.2, residual: 'target' } };
const wholeAndSingles = (count: number): Array<[number, number]> => [[0, count], [0, 1], [count - 1, count], [2, 5]];

describe('fast passes equal the reference passes bit for bit', () => {
  const cases: Array<[string, NetSpec, PatternSet, LossSpec]> = [
    ['a net with a skip connection, tied blocks and dense inputs', skipTiedSpec, randomPatterns(skipTiedSpec, 13, 1), sum],
    ['the symmetry net on binary inputs', symmetryNet, randomPatterns(symmetryNet, 9, 2), sum],
    ['a net with two one-hot input groups and a margin', oneHotSpec, oneHotPatterns(3), margin],
    ['the same net, mean reduction', oneHotSpec, oneHotPatterns(4), { reduction: 'mean' }],
  ];
  for (const [name, spec, set, lossSpec] of cases) {
    it(name, () => {
      const net = buildNet(spec);
      for (const [seed, range] of [[1, 0.3], [2, 3], [3, 40]] as const) {
        compare(spec, set, randomParams(net, seed, range), lossSpec, wholeAndSingles(set.count));
      }
    });
  }

  it('with non-finite weights, where 0 · w is not 0', () => {
    const net = buildNet(oneHotSpec);
    for (const bad of [Infinity, -Infinity, NaN]) {
      const params = randomParams(net, 5, 1);
      params[3] = bad;
      compare(oneHotSpec, oneHotPatterns(5), params, margin, wholeAndSingles(15));
    }
  });

  it('with weights so large that ∂E/∂y overflows to infinity', () => {
    const net = buildNet(oneHotSpec);
    const params = randomParams(net, 6, 1e300);
    compare(oneHotSpec, oneHotPatterns(6), params, sum, wholeAndSingles(15));
  });
});
