// The entry of every worker thread of the seed pool: trains one seed of one experiment. The
// experiment travels by id and is looked up in the registry here, because functions (runSeed,
// the claims) cannot be posted between threads; config and seed are plain data.
import type { TrainedRun } from '../../reproductions/experiment.js';
import { findExperiment } from '../../reproductions/registry.js';
import type { Config } from '../../reproductions/settings.js';

export interface SeedTask {
  experimentId: string;
  config: Config;
  seed: number;
}

export default function trainSeed(task: SeedTask): TrainedRun {
  const experiment = findExperiment(task.experimentId);
  if (!experiment) throw new Error(`seed worker: unknown experiment "${task.experimentId}"`);
  return experiment.runSeed(task.config, task.seed);
}
