import { describe, expect, it } from 'vitest';
import { buildNet } from '../../../engine/index.js';
import { tcNet, tcPatterns, tcStimuli } from '../../../reproductions/t-c/data.js';
import { detectorCentres, patchAt } from '../../../reproductions/t-c/layout.js';
import { C_SHAPE, extent, orientations, T_SHAPE } from '../../../reproductions/t-c/shapes.js';

describe('the T–C stimuli', () => {
  it('builds a T of a bar of 3 with a stem of 2, and a 3 × 2 C, of 5 squares each, in 4 distinct orientations', () => {
    expect(T_SHAPE).toHaveLength(5);
    expect(C_SHAPE).toHaveLength(5);
    expect(extent(orientations(T_SHAPE)[0]!)).toEqual([3, 3]);
    expect(orientations(C_SHAPE).map(extent)).toEqual([[3, 2], [2, 3], [3, 2], [2, 3]]);
    for (const shape of [T_SHAPE, C_SHAPE]) expect(new Set(orientations(shape).map((s) => JSON.stringify(s))).size).toBe(4);
  });

  it('places each orientation at every place it fits: 4 × 9 T and 4 × 12 C on a 5 × 5 retina', () => {
    const all = tcStimuli(5);
    expect(all.filter((s) => s.shape === 'T')).toHaveLength(36);
    expect(all.filter((s) => s.shape === 'C')).toHaveLength(48);
    expect(all.every((s) => s.image.reduce((a, b) => a + b, 0) === 5)).toBe(true);
    expect(new Set(all.map((s) => s.image.join(''))).size).toBe(all.length);
  });

  it('gives each detector the 3 × 3 patch around its centre, 0 off the retina, targets 1 for T and 0 for C', () => {
    const side = 5;
    const centres = detectorCentres(side);
    expect(centres).toHaveLength(49);
    const image = Array.from({ length: 25 }, (_, k) => k + 1);
    expect(patchAt(image, side, [0, 0])).toEqual([0, 0, 0, 0, 1, 2, 0, 6, 7]);
    expect(patchAt(image, side, [2, 2])).toEqual([7, 8, 9, 12, 13, 14, 17, 18, 19]);
    const p = tcPatterns(side);
    expect(p.count).toBe(84);
    expect(p.targets['output']!.slice(0, 36).every((t) => t[0] === 1)).toBe(true);
    expect(p.targets['output']!.slice(36).every((t) => t[0] === 0)).toBe(true);
  });

  it('ties every detector to one 3 × 3 field and one bias: 9 + 1 shared parameters, a readout weight per detector', () => {
    const net = buildNet(tcNet(5));
    const field = net.blocks.find((b) => b.name === 'field')!;
    expect(field).toMatchObject({ rows: 1, cols: 9, copies: 49 });
    expect(net.blocks.find((b) => b.name === 'detectorBias')).toMatchObject({ length: 1, copies: 49 });
    expect(net.blocks.filter((b) => b.name.startsWith('readout'))).toHaveLength(49);
  });
});
