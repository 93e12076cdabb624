import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../reproductions/kit/claims.js';
import { judgeRuns } from '../../../reproductions/kit/judge.js';
import { defaults } from '../../../reproductions/kit/settings.js';
import { symmetryAblations } from '../../../reproductions/symmetry-ablations/index.js';
import type { AblationRun, ArmOutcome } from '../../../reproductions/symmetry-ablations/run.js';

// The decision rules on hand-made runs: each can say "reproduced", "partial" and "not reproduced",
// and a diverged training is not read as evidence.

const claims = new Map(symmetryAblations.claims(defaults(symmetryAblations.settings)).map((c) => [c.id, c as Claim<AblationRun>]));
const claim = (id: string) => claims.get(id)!;
const arm = (sweeps: number | null, diverged = false): ArmOutcome => ({ sweepsToCriterion: sweeps, finalError: sweeps === null ? 4 : 0.3, diverged });

/** A run whose 6-2-1 net took `paper` sweeps (null: stuck), with the given arms (by default: no hidden stuck, others like the 6-2-1 net). */
function run(seed: number, paper: number | null, arms: Partial<AblationRun['arms']> = {}): AblationRun {
  return {
    seed, sweepsRun: paper ?? 100, sweepsToCriterion: paper, criteria: {}, finalError: paper === null ? 4 : 0.3, diverged: false,
    weightsDigest: '0'.repeat(64), weights: null, errorCurve: { sweeps: [], errors: [] }, measures: {},
    arms: { noHidden: arm(null), threeHidden: arm(paper), direct: arm(paper), plainDescent: arm(paper), ...arms },
  };
}
const seeds = (n: number, make: (seed: number) => AblationRun) => Array.from({ length: n }, (_, k) => make(k + 1));

describe('extra connections: Wilson intervals of the stuck rates must separate', () => {
  // 6-2-1 stuck on 20 of 40 seeds
  const paper = (seed: number) => (seed <= 20 ? null : 500);

  it('reproduced when both richer nets are stuck clearly less often; the control still fails', () => {
    const { judgement } = judgeRuns(claim('extra-connections'), seeds(40, (s) => run(s, paper(s), { threeHidden: arm(600), direct: arm(700) })));
    expect(judgement.verdict).toBe('reproduced');
    expect(judgement.control.fails).toBe(true);
  });

  it('partial when one does', () => {
    const { judgement } = judgeRuns(claim('extra-connections'), seeds(40, (s) => run(s, paper(s), { direct: arm(700) })));
    expect(judgement.verdict).toBe('partial');
  });

  it('not reproduced when a difference is too small to separate', () => {
    const { judgement } = judgeRuns(claim('extra-connections'), seeds(40, (s) => run(s, paper(s), { threeHidden: arm(s <= 15 ? null : 600), direct: arm(s <= 15 ? null : 600) })));
    expect(judgement.verdict).toBe('not-reproduced');
  });
});

describe('momentum: P(fewer sweeps) with its bootstrap interval above ½', () => {
  it('partial when momentum wins more often but the interval reaches ½', () => {
    // α = 0.9 faster on 6 seeds, slower on 4
    const { judgement } = judgeRuns(claim('momentum'), seeds(10, (s) => run(s, 500, { plainDescent: arm(s <= 6 ? 900 : 300) })));
    expect(judgement.statistics.probabilityFewer).toBe(0.6);
    expect(judgement.statistics.fewerLo!).toBeLessThanOrEqual(0.5);
    expect(judgement.verdict).toBe('partial');
  });

  it('not reproduced when both arms stay stuck: every seed ties at ½', () => {
    const { judgement } = judgeRuns(claim('momentum'), seeds(10, (s) => run(s, null, { plainDescent: arm(null) })));
    expect(judgement.statistics.probabilityFewer).toBe(0.5);
    expect(judgement.verdict).toBe('not-reproduced');
  });

  it('gives the same interval on every judging (the bootstrap has its own seeded stream)', () => {
    const rs = seeds(10, (s) => run(s, 500, { plainDescent: arm(s <= 7 ? 900 : 300) }));
    expect(judgeRuns(claim('momentum'), rs).judgement.statistics).toEqual(judgeRuns(claim('momentum'), rs).judgement.statistics);
  });
});

describe('hidden units required', () => {
  it('not reproduced when a net without hidden units reached the criterion on one seed', () => {
    const { judgement } = judgeRuns(claim('hidden-units-required'), seeds(10, (s) => run(s, 500, { noHidden: arm(s === 3 ? 800 : null) })));
    expect(judgement.verdict).toBe('not-reproduced');
  });

  it('not testable when every no-hidden training diverged', () => {
    const { judgement } = judgeRuns(claim('hidden-units-required'), seeds(5, (s) => run(s, null, { noHidden: arm(null, true) })));
    expect(judgement.verdict).toBe('not-testable');
  });
});
