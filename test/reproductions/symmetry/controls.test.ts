import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { symmetry } from '../../../reproductions/symmetry/index.js';
import { runExperiment } from '../../../scripts/app/run-experiment.js';

describe('the symmetry claims and their controls', () => {
  it('every control fails: ε = 0 never reaches the criterion, and initial weights show none of the structure', async () => {
    const { config } = resolveSettings(symmetry.settings, [{ key: 'sweepBudget', raw: '3000' }]);
    const report = await runExperiment(symmetry, config, [], [1, 2, 3, 4, 5, 6]);
    const byId = Object.fromEntries(report.claims.map((c) => [c.id, c]));
    for (const id of ['learning-right-side', 'learning-within-0.2']) {
      expect(byId[id]!.control).toMatchObject({ name: 'ε = 0', runs: 3, verdict: 'not-reproduced', fails: true });
      expect(byId[id]!.control.statistics.reachedFraction).toBe(0);
    }
    for (const id of ['mirror-antisymmetry', 'ratio-1-2-4', 'bias-signs', 'opposite-hidden-units']) {
      expect(byId[id]!.control).toMatchObject({ name: 'initial weights', runs: 6, fails: true });
    }
    // the structure claims are judged on the converged seeds, the controls on every seed
    expect(byId['mirror-antisymmetry']!.population.runs).toBe(report.criterion.summary.reached);
    expect(byId['mirror-antisymmetry']!.population.of).toBe(6);
  });

  it('the printed Fig. 1 weights hold every structure claim, so the controls are not failing for want of a measure that can pass', () => {
    const { config } = resolveSettings(symmetry.settings, []);
    const printed = { ...symmetry.evaluateWeights!(config, symmetry.printedWeights), measures: {} };
    for (const claim of symmetry.claims(config).slice(2)) expect(claim.measure(printed), claim.id).toBe(true);
  });
});
