import { describe, expect, it } from 'vitest';
import { buildNet, initialParameters, marginResidual, packPatterns, selectPatterns, subStream, train } from '../../../engine/index.js';
import { familyCases, familyPatterns } from '../../../reproductions/family-trees/data.js';
import { familyTrainConfig } from '../../../reproductions/family-trees/index.js';
import { familyTreesNet } from '../../../reproductions/family-trees/net.js';
import { familySettings, type FamilySettings } from '../../../reproductions/family-trees/settings.js';
import { defaults, type ConfigOf } from '../../../reproductions/kit/settings.js';

const cases = familyCases();
const first100 = cases.map((_, k) => k).slice(0, 100);

function trainFor(sweeps: number, over: Partial<ConfigOf<FamilySettings>> = {}) {
  const config = { ...defaults(familySettings), ...over, sweeps };
  const net = buildNet(familyTreesNet(true));
  const start = initialParameters(net, { range: 0.3, biases: true }, subStream('family-trees', 1, 'init'));
  const params = Float64Array.from(start);
  const result = train(net, params, packPatterns(net, selectPatterns(familyPatterns(cases), first100)), familyTrainConfig(config));
  return { net, start, params, result };
}

describe('the family-tree schedule', () => {
  it('switches ε from 0.005 to 0.01 and α from 0.5 to 0.9 at sweep 21', () => {
    const recipe = familyTrainConfig(defaults(familySettings));
    expect(recipe.learningRate).toEqual({ kind: 'piecewise', pieces: [{ fromSweep: 1, value: 0.005 }, { fromSweep: 21, value: 0.01 }] });
    expect(recipe.momentum).toEqual({ kind: 'piecewise', pieces: [{ fromSweep: 1, value: 0.5 }, { fromSweep: 21, value: 0.9 }] });
  });

  it("eq. 9's stored step and accumulated-gradient momentum agree until the switch and part right after it", () => {
    const gap = (a: Float64Array, b: Float64Array) => Math.max(...a.map((v, k) => Math.abs(v - b[k]!)));
    const paper20 = trainFor(20);
    const acc20 = trainFor(20, { momentumForm: 'accumulated-gradient' });
    const paper21 = trainFor(21);
    const acc21 = trainFor(21, { momentumForm: 'accumulated-gradient' });
    // Same ε for 20 sweeps: the two forms are the same algebra, equal up to rounding.
    expect(gap(paper20.params, acc20.params)).toBeLessThan(1e-12);
    // Sweep 21 doubles ε: the accumulated form rescales its whole history by the new ε.
    expect(gap(paper21.params, acc21.params)).toBeGreaterThan(1e-6);
  });
});

describe('weight decay after every weight change', () => {
  it('shrinks every parameter by 0.2% per sweep when nothing else moves them', () => {
    const { net, start, params } = trainFor(1, { earlySweeps: 0, learningRate: 0, momentum: 0 });
    start.forEach((w, k) => expect(params[k]).toBe(w * (1 - 0.002)));
    expect(net.blocks.some((b) => b.kind === 'bias')).toBe(true);
  });

  it('leaves biases alone when decay is on weights only', () => {
    const { net, start, params } = trainFor(1, { earlySweeps: 0, learningRate: 0, momentum: 0, decayTarget: 'weights' });
    for (const b of net.blocks) {
      for (let k = b.offset; k < b.offset + b.length; k++) expect(params[k]).toBe(b.kind === 'bias' ? start[k] : start[k]! * (1 - 0.002));
    }
  });
});

describe('the 0.2 / 0.8 margin', () => {
  const target = { on: 0.8, off: 0.2, residual: 'target' as const };
  const edge = { on: 0.8, off: 0.2, residual: 'edge' as const };
  it('counts outputs inside the band as error-free', () => {
    expect(marginResidual(0.9, 1, target)).toBe(0);
    expect(marginResidual(0.1, 0, target)).toBe(0);
    expect(marginResidual(0.9, 1, edge)).toBe(0);
  });
  it('takes y − d outside the band, or the distance to the band edge', () => {
    // on-unit at 0.7: y − d = −0.3; to the edge 0.8: −0.1
    expect(marginResidual(0.7, 1, target)).toBeCloseTo(-0.3, 15);
    expect(marginResidual(0.7, 1, edge)).toBeCloseTo(-0.1, 15);
    // off-unit at 0.3: y − d = 0.3; to the edge 0.2: 0.1
    expect(marginResidual(0.3, 0, target)).toBeCloseTo(0.3, 15);
    expect(marginResidual(0.3, 0, edge)).toBeCloseTo(0.1, 15);
  });
});
