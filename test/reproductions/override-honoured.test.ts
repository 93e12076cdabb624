import { describe, expect, it } from 'vitest';
import { plainDescent } from '../../engine/index.js';
import { experiments } from '../../reproductions/registry.js';
import { defaults } from '../../reproductions/settings.js';

// A comparison of optimizer variants relies on every experiment applying the override it is
// given; one that ignored it would report every variant as equal to the paper's setting.
describe('every experiment applies a training override', () => {
  for (const experiment of experiments) {
    it(experiment.id, () => {
      const config = defaults(experiment.settings);
      const usual = experiment.runSeed(config, 1);
      const frozen = experiment.runSeed(config, 1, undefined, { rule: plainDescent, grain: 'batch', learningRate: 0 });
      // With ε = 0 the gradient moves nothing, so an applied override ends elsewhere than the usual run.
      expect(frozen.weightsDigest).not.toBe(usual.weightsDigest);
    }, 30_000);
  }
});
