import type { RunRecord } from '../reports/contract/index.js';
import type { AnyExperiment, Experiment } from './kit/experiment.js';
import type { Settings } from './kit/settings.js';
import { familyTrees, familyTreesTuned } from './family-trees/index.js';
import { iterativeNets } from './iterative-nets/index.js';
import { symmetry } from './symmetry/index.js';
import { symmetryAblations } from './symmetry-ablations/index.js';

/**
 * Forgets an experiment's own run and settings types. Safe because an experiment only ever sees
 * the runs its own runSeed made and configs resolved from its own settings; this cast is the one
 * place that is relied on.
 */
const entry = <R extends RunRecord, S extends Settings>(experiment: Experiment<R, S>) => experiment as unknown as AnyExperiment;

/** Every experiment of the suite, in the order the report lists them. */
export const experiments: readonly AnyExperiment[] = [entry(symmetry), entry(symmetryAblations), entry(familyTrees), entry(familyTreesTuned), entry(iterativeNets)];

export function findExperiment(id: string): AnyExperiment | undefined {
  return experiments.find((e) => e.id === id);
}
