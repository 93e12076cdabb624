import { describe, expect, it } from 'vitest';
import { buildNet, evaluate, importParams, packPatterns, withinOf } from '../../../engine/index.js';
import type { RunRecord } from '../../../reports/contract/index.js';
import { defaults } from '../../../reproductions/kit/settings.js';
import { symmetryPatterns } from '../../../reproductions/symmetry/data.js';
import { symmetry, symmetryNet } from '../../../reproductions/symmetry/index.js';
import { sortedPairMagnitudes } from '../../../reproductions/symmetry/measures.js';
import { PAPER_WEIGHTS } from '../../../reproductions/symmetry/paper.js';

const structureClaims = symmetry.claims(defaults(symmetry.settings)).filter((c) => !c.id.startsWith('learning'));
const asRun = (weights: typeof PAPER_WEIGHTS) => ({ sweepsToCriterion: 100, weights }) as unknown as RunRecord;
const clone = () => JSON.parse(JSON.stringify(PAPER_WEIGHTS)) as typeof PAPER_WEIGHTS;

describe("the paper's printed Fig. 1 weights", () => {
  it('solve the task: outputs ≥ 0.88 on symmetric and ≤ 0.16 on other vectors', () => {
    const net = buildNet(symmetryNet);
    const params = importParams(net, PAPER_WEIGHTS);
    const patterns = packPatterns(net, symmetryPatterns(6, 'input', 'output'));
    const ws = evaluate(net, params, patterns);
    const y = Array.from(ws.act[2]!);
    const d = Array.from(ws.targets[2]!);
    expect(Math.min(...y.filter((_, k) => d[k] === 1))).toBeGreaterThanOrEqual(0.88);
    expect(Math.max(...y.filter((_, k) => d[k] === 0))).toBeLessThanOrEqual(0.16);
    expect(withinOf('within', 0.2).met(net, ws)).toBe(true);
  });

  it('have mirror-pair magnitudes 3.6 : 7.2 : 14.2', () => {
    expect(sortedPairMagnitudes(PAPER_WEIGHTS.inputToHidden[0]!)).toEqual([3.6, 7.2, 14.2]);
  });

  for (const claim of structureClaims) {
    it(`satisfy the structure measure ${claim.id}`, () => {
      expect(claim.measure(asRun(PAPER_WEIGHTS))).toBe(true);
    });
  }
});

describe('deliberately broken weights fail each structure measure', () => {
  const broken: Record<string, (w: typeof PAPER_WEIGHTS) => void> = {
    // the mirror partner of the first weight no longer cancels it
    'mirror-antisymmetry': (w) => { w.inputToHidden[0]![5] = -10; },
    // magnitudes 1:3:4 instead of 1:2:4
    'ratio-1-2-4': (w) => { w.inputToHidden[1]![2] = -10.7; w.inputToHidden[1]![3] = 10.7; },
    // a positive hidden bias
    'bias-signs': (w) => { w.hiddenBias[1] = 1.1; },
    // both hidden units with the same signs
    'opposite-hidden-units': (w) => { w.inputToHidden[1] = [...w.inputToHidden[0]!]; },
  };
  for (const claim of structureClaims) {
    it(`${claim.id} fails when broken`, () => {
      const w = clone();
      broken[claim.id]!(w);
      expect(claim.measure(asRun(w))).toBe(false);
      // and every other measure still holds, so each break is specific
      for (const other of structureClaims.filter((c) => c.id !== claim.id)) expect(other.measure(asRun(w))).toBe(true);
    });
  }
});

describe('symmetry data', () => {
  it('generates all 64 vectors, 8 of them symmetric', () => {
    const set = symmetryPatterns(6, 'input', 'output');
    expect(set.count).toBe(64);
    expect(set.targets.output!.filter((t) => t[0] === 1).length).toBe(8);
    expect(set.inputs.input![0b100001]).toEqual([1, 0, 0, 0, 0, 1]);
    expect(set.targets.output![0b100001]).toEqual([1]);
    expect(set.targets.output![0b100000]).toEqual([0]);
  });
});
