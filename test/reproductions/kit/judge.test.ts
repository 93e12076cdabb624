import { describe, expect, it } from 'vitest';
import { fractionClaim, summarizeFraction, type Claim } from '../../../reproductions/kit/claims.js';
import { judge, judgeRuns } from '../../../reproductions/kit/judge.js';

type Run = { ok: boolean | null; included: boolean };

const claim: Claim<Run> = fractionClaim<Run>({
  id: 'c',
  statement: 's',
  citation: 'x',
  definition: 'd',
  paperValue: 'p',
  population: { label: 'included runs', includes: (r) => r.included },
  measure: (r) => r.ok,
  reproducedAt: 0.8,
  partialAt: 0.5,
  control: { name: 'all fail', description: 'every run fails', runs: (population) => population.map(() => ({ ok: false, included: true })) },
});

const runs = (oks: boolean[], excluded = 0): Run[] => [
  ...oks.map((ok) => ({ ok, included: true })),
  ...Array.from({ length: excluded }, () => ({ ok: false, included: false })),
];

describe('the generic judge', () => {
  it('reproduced at ≥ 80%, partial at ≥ 50%, otherwise not reproduced', () => {
    expect(judgeRuns(claim, runs([true, true, true, true, false])).judgement.verdict).toBe('reproduced');
    expect(judgeRuns(claim, runs([true, true, false, false])).judgement.verdict).toBe('partial');
    expect(judgeRuns(claim, runs([true, false, false])).judgement.verdict).toBe('not-reproduced');
  });

  it('measures only the population, and keeps the statistic and threshold that decided', () => {
    const { values, judgement } = judgeRuns(claim, runs([true, true, true, false], 10));
    expect(values.length).toBe(4);
    expect(judgement.statistics).toEqual({ runs: 4, holds: 3, fraction: 0.75 });
    expect(judgement.verdict).toBe('partial');
    expect(judgement.decidedBy).toBe('fraction = 0.75 meets >= 0.5');
    expect(judgement.reproducedWhen[0]).toMatchObject({ statistic: 'fraction', threshold: 0.8, value: 0.75, holds: false });
  });

  it('calls a claim with nothing to measure not testable, saying why, instead of passing or refuting it', () => {
    const { judgement } = judgeRuns(claim, runs([], 5));
    expect(judgement.statistics.fraction).toBeNull();
    expect(judgement.verdict).toBe('not-testable');
    expect(judgement.decidedBy).toBe('nothing to measure: 0 of 5 seeds qualify (included runs)');
    expect(judgement.population).toEqual({ label: 'included runs', runs: 0, of: 5 });
  });

  it('judges the control beside the claim, and holds a claim whose control does not fail at partial', () => {
    const good = judgeRuns(claim, runs([true, true, true, true, true])).judgement;
    expect(good.control).toMatchObject({ name: 'all fail', runs: 5, verdict: 'not-reproduced', fails: true });
    expect(good.verdict).toBe('reproduced');
    const blind = { ...claim, control: { ...claim.control, runs: (population: readonly Run[]) => population } };
    const held = judgeRuns(blind, runs([true, true, true, true, true])).judgement;
    expect(held.control.fails).toBe(false);
    expect(held.verdict).toBe('partial');
    expect(held.decidedBy).toContain('the control (all fail) did not fail, so at most partial');
  });

  it("with partial 'any', one of several conditions is enough for partial", () => {
    const expectation = {
      reproduced: [
        { statistic: 'a', op: 'between' as const, threshold: [5, 95] as [number, number] },
        { statistic: 'b', op: '>=' as const, threshold: 0.5 },
      ],
      partial: 'any' as const,
    };
    expect(judge({ a: 50, b: 0.9 }, { expectation }).verdict).toBe('reproduced');
    expect(judge({ a: 99, b: 0.9 }, { expectation }).verdict).toBe('partial');
    expect(judge({ a: 99, b: 0.1 }, { expectation }).verdict).toBe('not-reproduced');
    expect(judge({ a: null, b: 0.1 }, { expectation }).verdict).toBe('not-reproduced');
    expect(judge({ a: null, b: null }, { expectation }, 'why').verdict).toBe('not-testable');
  });

  it('counts only boolean measures in a fraction', () => {
    expect(summarizeFraction([true, null, false, true])).toEqual({ runs: 3, holds: 2, fraction: 2 / 3 });
  });
});
