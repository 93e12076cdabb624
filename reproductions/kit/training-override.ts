import { constant, type TrainConfig, type UpdateRule } from '../../engine/index.js';
import type { Grain } from '../../reports/contract/index.js';

/**
 * What a comparison of optimizer variants changes in an experiment's training: the update rule,
 * its grain and, where the variant sets them, a constant ε and α in place of the experiment's
 * schedules. Everything else (data, net, initial weights, loss, criteria) stays the experiment's.
 */
export interface TrainingOverride {
  rule: UpdateRule<any>;
  grain: Grain;
  learningRate?: number;
  momentum?: number;
}

export function withOverride(config: TrainConfig, override: TrainingOverride | undefined): TrainConfig {
  if (!override) return config;
  return {
    ...config,
    rule: override.rule,
    grain: override.grain,
    ...(override.learningRate !== undefined ? { learningRate: constant(override.learningRate) } : {}),
    ...(override.momentum !== undefined ? { momentum: constant(override.momentum) } : {}),
  };
}
