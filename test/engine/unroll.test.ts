import { describe, expect, it } from 'vitest';
import {
  buildNet, evaluate, gradientCheck, initialParameters, NetSpecError, packPatterns, stepName, subStream, unroll, unrolledPatterns,
  type RecurrentSpec,
} from '../../engine/index.js';

// A recurrent net with an input group clamped at some steps only, a hidden group feeding itself
// and an output group scored at two steps; T = 4.
const spec: RecurrentSpec = {
  groups: [
    { name: 'x', size: 2, kind: 'input' },
    { name: 'h', size: 3, kind: 'unit', bias: 'hb' },
    { name: 'y', size: 2, kind: 'unit', bias: 'yb' },
  ],
  projections: [
    { from: 'x', to: 'h', block: 'xh' },
    { from: 'h', to: 'h', block: 'hh' },
    { from: 'h', to: 'y', block: 'hy' },
    { from: 'y', to: 'h', block: 'yh' },
  ],
  iterations: 4,
  clamped: { x: [0, 2] },
  scored: { y: [2, 4] },
};

const stream = subStream('test', 1, 'patterns');
const rows = (count: number, size: number) => Array.from({ length: count }, () => Array.from({ length: size }, () => stream.next()));
const inputs = { 0: rows(5, 2), 2: rows(5, 2) } as Record<number, number[][]>;
const targets = { 2: rows(5, 2).map((r) => r.map((v) => (v < 0.5 ? 0 : 1))), 4: rows(5, 2).map((r) => r.map((v) => (v < 0.5 ? 0 : 1))) } as Record<number, number[][]>;
const unrolled = unroll(spec);
const set = unrolledPatterns(unrolled, 5, (_g, t, p) => inputs[t]![p]!, (_g, t, p) => targets[t]![p]!);

describe('unrolling an iterative net', () => {
  const net = buildNet(unrolled.spec);

  it('lays out one layer per step, inputs at steps 0..T−1 and units at 1..T, scored steps as outputs', () => {
    const kinds = Object.fromEntries(unrolled.spec.groups.map((g) => [g.name, g.kind]));
    expect(kinds).toEqual({
      'x@0': 'input', 'h@0': 'input', 'y@0': 'input',
      'x@1': 'input', 'h@1': 'hidden', 'y@1': 'hidden',
      'x@2': 'input', 'h@2': 'hidden', 'y@2': 'output',
      'x@3': 'input', 'h@3': 'hidden', 'y@3': 'hidden',
      'h@4': 'hidden', 'y@4': 'output',
    });
    expect(unrolled.spec.projections.filter((p) => p.to === 'h@3')).toEqual([
      { from: 'x@2', to: 'h@3', block: 'xh' },
      { from: 'h@2', to: 'h@3', block: 'hh' },
      { from: 'y@2', to: 'h@3', block: 'yh' },
    ]);
  });

  it('ties every block across the T steps: one block, T copies', () => {
    expect(net.blocks.map((b) => [b.name, b.copies])).toEqual([
      ['xh', 4], ['hh', 4], ['yh', 4], ['hb', 4], ['hy', 4], ['yb', 4],
    ]);
    expect(net.parameterCount).toBe(3 * 2 + 3 * 3 + 3 * 2 + 3 + 2 + 2 * 3);
  });

  it('holds unclamped inputs and unclamped starting states at their rest value', () => {
    expect(set.inputs['x@1']!.every((r) => Array.from(r).every((v) => v === 0))).toBe(true);
    expect(set.inputs['h@0']!.every((r) => Array.from(r).every((v) => v === 0))).toBe(true);
    expect(set.inputs['x@2']).toEqual(inputs[2]);
    const resting = unroll({ ...spec, groups: spec.groups.map((g) => (g.name === 'h' ? { ...g, rest: 0.5 } : g)) });
    const held = unrolledPatterns(resting, 5, (_g, t, p) => inputs[t]![p]!, (_g, t, p) => targets[t]![p]!);
    expect(Array.from(held.inputs['h@0']![3]!)).toEqual([0.5, 0.5, 0.5]);
  });

  it('computes what the recurrence computes, step by step', () => {
    const params = initialParameters(net, { range: 1, biases: true }, subStream('test', 2, 'init'));
    const ws = evaluate(net, params, packPatterns(net, set));
    const block = (name: string) => net.blocks.find((b) => b.name === name)!;
    const w = (name: string, j: number, i: number) => params[block(name).offset + j * block(name).cols + i]!;
    const sigma = (v: number) => 1 / (1 + Math.exp(-v));
    for (let p = 0; p < 5; p++) {
      // s_j(t) = σ(b_j + Σ_i w_ji s_i(t − 1)): the recurrence, written out without the engine.
      let x = inputs[0]![p]!;
      let h = [0, 0, 0];
      let y = [0, 0];
      for (let t = 1; t <= 4; t++) {
        const h2 = h.map((_, j) => sigma(w('hb', j, 0) + x.reduce((s, v, i) => s + w('xh', j, i) * v, 0) + h.reduce((s, v, i) => s + w('hh', j, i) * v, 0) + y.reduce((s, v, i) => s + w('yh', j, i) * v, 0)));
        const y2 = y.map((_, j) => sigma(w('yb', j, 0) + h.reduce((s, v, i) => s + w('hy', j, i) * v, 0)));
        [h, y] = [h2, y2];
        x = t === 2 ? inputs[2]![p]! : [0, 0];
        const gi = net.groups.findIndex((g) => g.name === stepName('y', t));
        for (let u = 0; u < 2; u++) expect(ws.act[gi]![u * 5 + p]).toBeCloseTo(y[u]!, 12);
      }
    }
  });

  it('passes a gradient check through T = 4 steps of tied blocks', () => {
    const params = initialParameters(net, { range: 1.5, biases: true }, subStream('test', 3, 'init'));
    const result = gradientCheck(net, params, packPatterns(net, set), { reduction: 'sum' });
    expect(result.maxRelativeError).toBeLessThan(1e-6);
    expect(Math.min(...Array.from(result.analytic, Math.abs))).toBeGreaterThan(1e-6);
  });

  it('rejects descriptions it cannot unroll', () => {
    const bad = (over: Partial<RecurrentSpec>) => () => unroll({ ...spec, ...over });
    expect(bad({ iterations: 0 })).toThrow(NetSpecError);
    expect(bad({ clamped: { x: [4] } })).toThrow(/outside 0..3/);
    expect(bad({ clamped: { h: [1] } })).toThrow(/outside 0..0/);
    expect(bad({ scored: { x: [1] } })).toThrow(/only a unit group/);
    expect(bad({ scored: { y: [0] } })).toThrow(/outside 1..4/);
    expect(bad({ scored: { y: [] } })).toThrow(/at least one scored step/);
    expect(bad({ projections: [{ from: 'h', to: 'x', block: 'hx' }] })).toThrow(/must end at a unit group/);
    expect(bad({ projections: [{ from: 'q', to: 'h', block: 'qh' }] })).toThrow(/unknown group "q"/);
    expect(bad({ groups: [...spec.groups, { name: 'a@b', size: 1, kind: 'unit' }] })).toThrow(/may not contain/);
  });
});
