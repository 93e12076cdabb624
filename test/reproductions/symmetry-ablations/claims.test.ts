import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../../reproductions/kit/claims.js';
import { judgeRuns } from '../../../reproductions/kit/judge.js';
import { defaults } from '../../../reproductions/kit/settings.js';
import { symmetryAblations } from '../../../reproductions/symmetry-ablations/index.js';
import type { AblationRun } from '../../../reproductions/symmetry-ablations/run.js';

// Each claim and its control on a few seeds trained for real. The seeds are ones on which the
// 6-2-1 net learns within a short budget, so the whole file trains in well under a second.

const SEEDS = [9, 16, 21, 23, 27];
const config = { ...defaults(symmetryAblations.settings), sweepBudget: 1200 };
const claims = new Map(symmetryAblations.claims(config).map((c) => [c.id, c]));
const claim = (id: string) => claims.get(id)! as Claim<AblationRun>;
let runs: AblationRun[];

beforeAll(() => {
  runs = SEEDS.map((seed) => ({ ...symmetryAblations.runSeed(config, seed), measures: {} }));
});

describe('a seed of the ablations', () => {
  it('records the 6-2-1 net in the shared fields and every arm beside it', () => {
    const run = runs[0]!;
    expect(Object.keys(run.weights!).sort()).toEqual(['hiddenBias', 'hiddenToOutput', 'inputToHidden', 'outputBias']);
    expect(Object.keys(run.arms).sort()).toEqual(['direct', 'noHidden', 'plainDescent', 'threeHidden']);
    expect(runs.every((r) => r.sweepsToCriterion !== null && r.sweepsToCriterion <= config.sweepBudget)).toBe(true);
  });

  it('reports progress over the five trainings against five budgets', () => {
    const budgets = new Set<number>();
    let last = 0;
    symmetryAblations.runSeed({ ...config, sweepBudget: 20 }, 1, (sweep, budget) => {
      budgets.add(budget);
      last = sweep;
    });
    expect([...budgets]).toEqual([100]);
    expect(last).toBe(100);
  });
});

describe('hidden units required', () => {
  it('holds: the net without hidden units never learns; its control (the 6-2-1 net in its place) fails', () => {
    const { judgement } = judgeRuns(claim('hidden-units-required'), runs);
    expect(judgement.statistics.fraction).toBe(1);
    expect(judgement.control.fails).toBe(true);
    expect(judgement.verdict).toBe('reproduced');
  });
});

describe('a few more connections lead around local minima', () => {
  it('is not reproduced on these seeds: the richer nets get stuck more, not less; the control (6-2-1 against itself) fails', () => {
    const { judgement } = judgeRuns(claim('extra-connections'), runs);
    const s = judgement.statistics;
    expect(s.paperStuck).toBe(0);
    expect(s.directStuck! + s.threeHiddenStuck!).toBeGreaterThan(0);
    expect(judgement.verdict).toBe('not-reproduced');
    expect(judgement.control.fails).toBe(true);
    expect(judgement.control.statistics.threeHiddenStuck).toBe(0);
  });
});

describe('momentum improves convergence', () => {
  it('holds: α = 0.9 needs fewer sweeps than α = 0 on every seed; its control (α = 0.9 against itself) gives P = ½ and fails', () => {
    const { judgement } = judgeRuns(claim('momentum'), runs);
    expect(judgement.statistics.probabilityFewer).toBe(1);
    expect(judgement.statistics.fewerLo).toBe(1);
    expect(judgement.verdict).toBe('reproduced');
    expect(judgement.control.statistics.probabilityFewer).toBe(0.5);
    expect(judgement.control.fails).toBe(true);
  });
});
