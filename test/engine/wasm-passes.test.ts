import { describe, expect, it } from 'vitest';
import {
  backward, buildNet, createWorkspace, forward, OutputLoss, packPatterns, subStream,
  type LossSpec, type Net, type NetSpec, type PatternSet,
} from '../../engine/index.js';
import { kernelBacking, openWorkspace } from '../../engine/wasm/kernel-workspace.js';
import { familyTreesNet } from '../../reproductions/family-trees/net.js';
import { symmetryNet } from '../../reproductions/symmetry/index.js';
import { oneHotPatterns, oneHotSpec } from '../helpers/one-hot-net.js';
import { randomPatterns, skipTiedSpec } from '../helpers/random-net.js';
import { randomNet } from './wasm-random-nets.js';

// The WebAssembly passes must give the very bits of the TypeScript passes: outputs, ∂E/∂x, ∂E/∂w
// and E, on whole batches and on single patterns and slices, with the gradient buffer in
// WebAssembly memory (a trainer's) or the caller's own (copied in and out), with and without the
// gradient cut, on saturated units and non-finite weights, where skipping zero inputs is not exact.

/**
 * Equal bit patterns, signs of zero included, except that any NaN equals any NaN: where two NaNs
 * of different signs meet, IEEE 754 leaves the result's sign to the machine, and V8 picks the
 * operand order as it compiles. The TypeScript passes themselves give other NaN signs once their
 * code is optimised than in their first runs, so no test of NaN bits could hold for them either.
 */
function sameBits(a: Float64Array, b: Float64Array): string | null {
  if (a.length !== b.length) return `lengths ${a.length} and ${b.length}`;
  const x = new BigUint64Array(Float64Array.from(a).buffer);
  const y = new BigUint64Array(Float64Array.from(b).buffer);
  for (let k = 0; k < x.length; k++) {
    if (x[k] !== y[k] && !(Number.isNaN(a[k]) && Number.isNaN(b[k]))) return `index ${k}: ${a[k]} vs ${b[k]}`;
  }
  return null;
}

function compare(spec: NetSpec, set: PatternSet, params: Float64Array, lossSpec: LossSpec, ranges: Array<[number, number]>, cut = false): void {
  const net: Net = buildNet(spec);
  const packed = packPatterns(net, set);
  const open = openWorkspace(net, packed, true);
  const plain = createWorkspace(net, packed);
  const backing = kernelBacking(open.ws)!;
  expect(backing, 'a workspace in WebAssembly memory').toBeDefined();
  const loss = new OutputLoss(lossSpec, packed.count, plain.outputUnits);
  try {
    for (const [p0, p1] of ranges) {
      for (const own of [true, false]) {
        const gWasm = own ? open.grad : new Float64Array(net.parameterCount);
        gWasm.fill(0.25);
        const gTs = new Float64Array(net.parameterCount).fill(0.25);
        forward(net, params, open.ws, p0, p1);
        // The public passes handed the workspace to the kernels: they copied the parameters in.
        expect(sameBits(backing.params, params), 'parameters in WebAssembly memory').toBeNull();
        forward(net, params, plain, p0, p1);
        const eWasm = backward(net, params, gWasm, open.ws, loss, p0, p1, cut);
        const eTs = backward(net, params, gTs, plain, loss, p0, p1, cut);
        const at = `over [${p0}, ${p1})${own ? '' : ', caller-owned gradient'}`;
        expect(sameBits(Float64Array.of(eWasm), Float64Array.of(eTs)), `E ${at}`).toBeNull();
        expect(sameBits(gWasm, gTs), `gradient ${at}`).toBeNull();
        net.groups.forEach((g, gi) => {
          expect(sameBits(open.ws.act[gi]!, plain.act[gi]!), `outputs of ${g.name} ${at}`).toBeNull();
          expect(sameBits(open.ws.delta[gi]!, plain.delta[gi]!), `∂E/∂x of ${g.name} ${at}`).toBeNull();
        });
      }
    }
  } finally {
    open.close();
  }
}

function randomParams(net: Net, seed: number, range: number): Float64Array {
  const stream = subStream('wasm-passes-test', seed, 'init');
  return Float64Array.from({ length: net.parameterCount }, () => stream.uniform(-range, range));
}

const sum: LossSpec = { reduction: 'sum' };
const target: LossSpec = { reduction: 'sum', margin: { on: 0.8, off: 0.2, residual: 'target' } };
const edge: LossSpec = { reduction: 'mean', margin: { on: 0.9, off: 0.1, residual: 'edge' } };
const slices = (count: number): Array<[number, number]> =>
  ([[0, count], [0, 1], [count - 1, count], [Math.min(2, count - 1), Math.min(5, count)], [1, count], [0, count]] as Array<[number, number]>).filter(([a, b]) => a < b);

describe('WebAssembly passes equal the TypeScript passes bit for bit', () => {
  const family = familyTreesNet();
  const familySet = randomPatterns(family, 21, 3);
  const cases: Array<[string, NetSpec, PatternSet, LossSpec]> = [
    ['a net with a skip connection, tied blocks and dense inputs', skipTiedSpec, randomPatterns(skipTiedSpec, 13, 1), sum],
    ['the symmetry net on binary inputs', symmetryNet, randomPatterns(symmetryNet, 64, 2), sum],
    ['a net with two one-hot input groups and a margin', oneHotSpec, oneHotPatterns(3), target],
    ['the same net, mean reduction, edge residual', oneHotSpec, oneHotPatterns(4), edge],
    ['the family-tree net on dense inputs', family, familySet, target],
  ];
  for (const [name, spec, set, lossSpec] of cases) {
    it(name, () => {
      const net = buildNet(spec);
      for (const [seed, range] of [[1, 0.3], [2, 3], [3, 40]] as const) {
        compare(spec, set, randomParams(net, seed, range), lossSpec, slices(set.count));
        compare(spec, set, randomParams(net, seed, range), lossSpec, slices(set.count), true);
      }
    });
  }

  it('on 60 random nets: sizes, skip connections, tied blocks, shared biases, one-hot inputs', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { spec, patterns } = randomNet(seed);
      const net = buildNet(spec);
      const lossSpec = [sum, target, edge][seed % 3]!;
      compare(spec, patterns, randomParams(net, seed, seed % 4 === 0 ? 12 : 1), lossSpec, slices(patterns.count), seed % 5 === 0);
    }
  });

  it('with non-finite weights, where 0 · w is not 0', () => {
    const net = buildNet(oneHotSpec);
    for (const bad of [Infinity, -Infinity, NaN]) {
      for (const at of [3, 20, net.parameterCount - 1]) {
        const params = randomParams(net, 5, 1);
        params[at] = bad;
        compare(oneHotSpec, oneHotPatterns(5), params, target, slices(15));
      }
    }
  });

  it('with weights so large that units saturate and ∂E/∂y overflows to infinity', () => {
    const net = buildNet(oneHotSpec);
    compare(oneHotSpec, oneHotPatterns(6), randomParams(net, 6, 1e300), sum, slices(15));
    compare(oneHotSpec, oneHotPatterns(7), randomParams(net, 7, 800), sum, slices(15));
  });
});
