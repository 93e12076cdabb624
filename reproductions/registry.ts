import type { RunRecord } from '../reports/types.js';
import type { Experiment } from './experiment.js';
import { familyTrees } from './family-trees.js';
import { iterativeNets } from './iterative-nets.js';
import { symmetry } from './symmetry.js';

/**
 * Forgets an experiment's own run type. Safe because an experiment's claims only ever see the
 * runs its own runSeed made; the cast is the one place this is relied on.
 */
const entry = <R extends RunRecord>(experiment: Experiment<R>) => experiment as unknown as Experiment<RunRecord>;

/** Every experiment of the suite, in the order the report lists them. */
export const experiments: ReadonlyArray<Experiment<RunRecord>> = [symmetry, entry(familyTrees), entry(iterativeNets)];

export function findExperiment(id: string): Experiment<RunRecord> | undefined {
  return experiments.find((e) => e.id === id);
}
