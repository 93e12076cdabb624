import type { RunRecord } from '../reports/types.js';
import type { Experiment } from './experiment.js';
import { symmetry } from './symmetry.js';

/** Every experiment of the suite, in the order the report lists them. */
export const experiments: ReadonlyArray<Experiment<RunRecord>> = [symmetry];

export function findExperiment(id: string): Experiment<RunRecord> | undefined {
  return experiments.find((e) => e.id === id);
}
