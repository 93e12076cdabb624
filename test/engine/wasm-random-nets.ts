import { subStream, type NetSpec, type PatternSet, type RandomStream } from '../../engine/index.js';

// Random layered nets for the WebAssembly kernel tests: one to three input groups (some one-hot,
// which the passes read through their sparse index, some dense), hidden and output groups of 1 to
// 13 units, projections from any earlier group (skip connections), tied weight blocks, shared
// bias blocks, groups without a bias, output groups that feed later groups; pattern counts from
// 1 to 37, odd and even, so every tail of the two-lane loops is taken.

export interface RandomNet {
  spec: NetSpec;
  patterns: PatternSet;
}

const pick = <T>(s: RandomStream, xs: readonly T[]): T => xs[s.int(xs.length)]!;

export function randomNet(seed: number): RandomNet {
  const s = subStream('wasm-random-net', seed, 'spec');
  const inputs = 1 + s.int(3);
  const computed = 2 + s.int(4);
  const groups: NetSpec['groups'] = [];
  const oneHot = new Set<string>();
  for (let k = 0; k < inputs; k++) {
    const name = `in${k}`;
    groups.push({ name, size: 1 + s.int(9), kind: 'input' });
    if (s.next() < 0.5) oneHot.add(name);
  }
  const biases: Array<{ name: string; size: number }> = [];
  const projections: NetSpec['projections'] = [];
  const blocks: Array<{ name: string; rows: number; cols: number }> = [];
  for (let k = 0; k < computed; k++) {
    const name = `g${k}`;
    const last = k === computed - 1;
    const size = 1 + s.int(13);
    const kind = last || s.next() < 0.2 ? 'output' : 'hidden';
    // A bias of its own, one shared with an earlier group of the same size, or none.
    const shared = biases.find((b) => b.size === size);
    const r = s.next();
    const bias = r < 0.15 ? undefined : r < 0.4 && shared ? shared.name : `b${k}`;
    if (bias !== undefined && bias === `b${k}`) biases.push({ name: bias, size });
    groups.push({ name, size, kind, ...(bias !== undefined ? { bias } : {}) });
    const earlier = groups.slice(0, -1);
    const count = bias === undefined ? 1 + s.int(3) : s.int(4);
    const from = new Set<string>([pick(s, earlier).name]);
    for (let q = 1; q < count; q++) from.add(pick(s, earlier).name);
    for (const f of from) {
      const cols = groups.find((g) => g.name === f)!.size;
      const same = blocks.find((b) => b.rows === size && b.cols === cols);
      const block = same && s.next() < 0.5 ? same.name : `w${k}_${f}`;
      if (block !== same?.name) blocks.push({ name: block, rows: size, cols });
      projections.push({ from: f, to: name, block });
    }
  }
  const spec: NetSpec = { groups, projections };
  return { spec, patterns: patternsFor(spec, oneHot, 1 + s.int(37), seed) };
}

function patternsFor(spec: NetSpec, oneHot: ReadonlySet<string>, count: number, seed: number): PatternSet {
  const s = subStream('wasm-random-net', seed, 'patterns');
  const rows = (make: () => number[]) => Array.from({ length: count }, make);
  const hot = (size: number) => {
    const on = s.int(size);
    return Array.from({ length: size }, (_, u) => (u === on ? 1 : 0));
  };
  const inputs: PatternSet['inputs'] = {};
  const targets: PatternSet['targets'] = {};
  for (const g of spec.groups) {
    if (g.kind === 'input') {
      inputs[g.name] = oneHot.has(g.name)
        ? rows(() => hot(g.size))
        : rows(() => Array.from({ length: g.size }, () => (s.next() < 0.2 ? 0 : s.uniform(-1, 1))));
    }
    if (g.kind === 'output') targets[g.name] = rows(() => Array.from({ length: g.size }, () => (s.next() < 0.5 ? 0 : 1)));
  }
  return { count, inputs, targets };
}
