import { beforeAll, describe, expect, it } from 'vitest';
import { judgeRuns } from '../../../reproductions/kit/judge.js';
import { defaults } from '../../../reproductions/kit/settings.js';
import { xor221 } from '../../../reproductions/xor/index.js';
import type { MinimumRun } from '../../../reproductions/xor/minimum-run.js';
import { signTest } from '../../../reproductions/xor/minimum-stats.js';

// The 2-2-1 claims on seeds trained for real with short budgets: at these settings seeds 1 and 2
// learn, 10 and 30 end in a Fig. 5 minimum (in its all-off form), and 13 stops where three patterns
// share one hidden code (E ≈ 1/3).

const config = { ...defaults(xor221.settings), sweepBudget: 1500, escapeBudget: 300 };
const claims = new Map(xor221.claims(config).map((c) => [c.id, c]));
let runs: MinimumRun[];

beforeAll(() => {
  runs = [1, 2, 10, 13, 30].map((seed) => ({ ...xor221.runSeed(config, seed), measures: {} }));
});

describe('a seed of the 2-2-1 experiment', () => {
  it('records the fresh arm on every seed and a continuation only where the net sits in a Fig. 5 minimum', () => {
    expect(runs.every((r) => r.fresh !== null)).toBe(true);
    expect(runs.map((r) => r.fig5?.variant ?? null)).toEqual([null, null, 'off', null, 'off']);
    expect(runs.map((r) => r.continuation !== null)).toEqual([false, false, true, false, true]);
  });

  it('starts the fresh arm from the same initial weights: with ε equal to the run\'s it is the same training', () => {
    const same = { ...config, escapeRate: config.learningRate };
    const run = xor221.runSeed(same, 1);
    expect(run.fresh!.sweepsToCriterion).toBe(run.sweepsToCriterion);
    expect(run.fresh!.finalError).toBe(run.finalError);
  });
});

describe('local minima are rare', () => {
  it('3 of 5 stuck is far from rare: not reproduced; without the hidden layer every seed is stuck, so the control fails', () => {
    const { judgement } = judgeRuns(claims.get('local-minima-rare')!, runs);
    expect(judgement.statistics).toMatchObject({ stuck: 3, fig5: 2 });
    expect(judgement.verdict).toBe('not-reproduced');
    expect(judgement.control.fails).toBe(true);
  });
});

describe('the Fig. 5 kind of minimum', () => {
  it('is recognised in 2 of the 3 stuck seeds; applied to the solved seeds it never fires, so the control fails', () => {
    const { judgement } = judgeRuns(claims.get('fig5-minimum')!, runs);
    expect(judgement.statistics).toMatchObject({ runs: 3, holds: 2, fig5Off: 2, fig5On: 0 });
    expect(judgement.verdict).toBe('reproduced');
    expect(judgement.control).toMatchObject({ name: 'solved seeds', runs: 2, fails: true });
  });
});

describe('η ≥ 0.5 escapes the minimum', () => {
  it('neither Fig. 5 seed escapes at η = 0.5: not reproduced; the control (continued at η = 0.25) fails too', () => {
    const { judgement } = judgeRuns(claims.get('escape-eta')!, runs);
    expect(judgement.statistics).toMatchObject({ runs: 2, holds: 0, pairedSeeds: 5, mainStuck: 3 });
    expect(judgement.verdict).toBe('not-reproduced');
    expect(judgement.control.fails).toBe(true);
  });

  it('can pass: runs that escaped at η = 0.5 but not at η = 0.25 reproduce it, and their control fails', () => {
    const escaped = runs.map((r) => (r.continuation ? { ...r, continuation: { atEscapeRate: 120, atLearningRate: null } } : r));
    const { judgement } = judgeRuns(claims.get('escape-eta')!, escaped);
    expect(judgement.verdict).toBe('reproduced');
    expect(judgement.control.fails).toBe(true);
  });
});

describe('the sign test on discordant seeds', () => {
  it('is exact: 0 against 6 gives 2 · (½)⁶; an even split gives 1; no discordant seed, nothing', () => {
    expect(signTest(0, 6)).toBeCloseTo(2 / 64, 12);
    expect(signTest(6, 0)).toBeCloseTo(2 / 64, 12);
    expect(signTest(3, 3)).toBe(1);
    expect(signTest(0, 0)).toBeNull();
  });
});
