import { describe, expect, it } from 'vitest';
import { plainDescent } from '../../engine/index.js';
import { experiments } from '../../reproductions/registry.js';
import { cheapSettings } from '../helpers/cheap-settings.js';

// A comparison of optimizer variants relies on every experiment applying the override it is
// given; one that ignored it would report every variant as equal to the paper's setting.
describe('every experiment applies a training override', () => {
  for (const experiment of experiments) {
    it(experiment.id, () => {
      // A few sweeps are enough: the usual run moves its weights from the first sweep on.
      const { config } = cheapSettings(experiment);
      const usual = experiment.runSeed(config, 1);
      const frozen = experiment.runSeed(config, 1, undefined, { rule: plainDescent, grain: 'batch', learningRate: 0 });
      // With ε = 0 the gradient moves nothing, so an applied override ends elsewhere than the usual run.
      expect(frozen.weightsDigest).not.toBe(usual.weightsDigest);
    });
  }
});
