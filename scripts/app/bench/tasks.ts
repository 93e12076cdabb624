import type { TrainingTask } from '../../../baselines/task.js';
import { buildNet, type Schedule } from '../../../engine/index.js';
import type { AnyExperiment } from '../../../reproductions/kit/experiment.js';
import { defaults } from '../../../reproductions/kit/settings.js';
import { experiments, findExperiment } from '../../../reproductions/registry.js';

// The trainings the benchmark times: each experiment's seed 1 at its default settings, exactly as
// the experiment trains it (its own `training`: net, data, initial weights and recipe), for the
// paper's sweep count where the paper gives one, else the experiment's budget.

/** Experiments that ask to be benchmarked and expose one seed's training: the benchmark's tasks. */
export const benchExperiments = (): AnyExperiment[] => experiments.filter((e) => e.benchmarked === true && e.training !== undefined);
export const taskIds = (): string[] => benchExperiments().map((e) => e.id);

export interface BenchTask extends TrainingTask {
  /** Sweeps of the short run that checks an implementation against the engine before timing. */
  checkSweeps: number;
  description: string;
}

/** Long enough to pass a change of ε and α early in training (the family-tree recipe changes at sweep 21). */
const CHECK_SWEEPS = 50;

export function benchTask(id: string): BenchTask {
  const experiment = findExperiment(id);
  if (!experiment?.training) throw new Error(`${id} exposes no training to time`);
  const config = defaults(experiment.settings);
  const { spec, patterns, initial, recipe } = experiment.training(config, 1);
  const sweeps = experiment.paperSweeps[0] ?? recipe.sweeps;
  const parameters = buildNet(spec).parameterCount;
  const decay = recipe.decay ? { rate: recipe.decay.rate as Schedule, target: recipe.decay.target } : null;
  return {
    id,
    description: `${experiment.title}: ${parameters} parameters, ${patterns.count} training patterns, ${sweeps} sweeps`,
    spec,
    patterns,
    initial,
    sweeps,
    learningRate: recipe.learningRate,
    momentum: recipe.momentum,
    decay,
    loss: recipe.loss,
    checkSweeps: Math.min(CHECK_SWEEPS, sweeps),
  };
}
