import { describe, expect, it } from 'vitest';
import { familyCases } from '../../../reproductions/family-trees/data.js';
import { familyTrees, familyTreesTuned } from '../../../reproductions/family-trees/index.js';
import { FIG3_CASE } from '../../../reproductions/family-trees/paper.js';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { runExperiment } from '../../../scripts/app/run-experiment.js';

const LEARNED_ONLY = ['generalisation', 'nationality-unit', 'generation-unit', 'branch-unit', 'twin-code', 'decay-balance', 'weight-usefulness', 'fig3-colin-aunts'];

describe('the family-tree claims', () => {
  it("Fig. 3's case is generated from the trees with the two answers the paper shows", () => {
    const colin = familyCases().find((c) => c.person === FIG3_CASE.person && c.relation === FIG3_CASE.relation)!;
    expect(colin.answers.slice().sort()).toEqual(FIG3_CASE.answers.slice().sort());
  });

  it("under the paper's recipe, nothing learned: the claims about learned seeds are not testable, say why, and point to the recipe that learns", async () => {
    const { config } = resolveSettings(familyTrees.settings, [{ key: 'sweeps', raw: '40' }]);
    // four seeds: a permutation control passes on about 5% of seeds, so on two it may reach 50% by chance
    const report = await runExperiment(familyTrees, config, [], [1, 2, 3, 4]);
    for (const id of LEARNED_ONLY) {
      const claim = report.claims.find((c) => c.id === id)!;
      expect(claim.verdict).toBe('not-testable');
      expect(claim.population).toMatchObject({ runs: 0, of: 4, dependsOn: 'training-set-learned' });
      expect(claim.decidedBy).toBe('nothing to measure: 0 of 4 seeds qualify (seeds that learned the training set)');
      expect(claim.story).toContain('`family-trees-tuned`');
    }
    const training = report.claims.find((c) => c.id === 'training-set-learned')!;
    expect(training.verdict).toBe('not-reproduced');
    expect(training.story).toContain('0 of 4 seeds');
    // every control has something to measure even though no seed learned, and fails
    for (const claim of report.claims) expect(claim.control.fails, claim.id).toBe(true);
  });

  it('on the recipe that learns, the same claims are judged on the seeds that learned, and every control fails', async () => {
    const { config } = resolveSettings(familyTreesTuned.settings, [{ key: 'sweeps', raw: '800' }]);
    const report = await runExperiment(familyTreesTuned, config, [], [1, 2, 3]);
    const learned = report.claims.find((c) => c.id === 'training-set-learned')!.statistics.holds!;
    expect(learned).toBeGreaterThan(0);
    for (const id of LEARNED_ONLY) {
      const claim = report.claims.find((c) => c.id === id)!;
      expect(claim.population.runs).toBe(learned);
      expect(claim.verdict).not.toBe('not-testable');
    }
    for (const claim of report.claims) expect(claim.control.fails, claim.id).toBe(true);
    // the tuned experiment does not point elsewhere
    expect(report.claims.every((c) => !c.story?.includes('`family-trees-tuned`'))).toBe(true);
  });
});
