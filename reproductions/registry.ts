import type { RunRecord } from '../reports/contract/index.js';
import type { AnyExperiment, Experiment } from './kit/experiment.js';
import type { Settings } from './kit/settings.js';
import { addition } from './addition/index.js';
import { additionMinimal } from './addition/minimal.js';
import { encoder } from './encoder/index.js';
import { familyTrees, familyTreesTuned } from './family-trees/index.js';
import { iterativeNets } from './iterative-nets/index.js';
import { negation } from './negation/index.js';
import { parity } from './parity/index.js';
import { symmetry } from './symmetry/index.js';
import { tc } from './t-c/index.js';
import { xor, xor221, xorWidth } from './xor/index.js';
import { symmetryAblations } from './symmetry-ablations/index.js';

/**
 * Forgets an experiment's own run and settings types. Safe because an experiment only ever sees
 * the runs its own runSeed made and configs resolved from its own settings; this cast is the one
 * place that is relied on.
 */
const entry = <R extends RunRecord, S extends Settings>(experiment: Experiment<R, S>) => experiment as unknown as AnyExperiment;

/** Every experiment of the suite, in the order the report lists them. */
export const experiments: readonly AnyExperiment[] = [
  // Nature 1986
  entry(symmetry),
  entry(symmetryAblations),
  entry(familyTrees),
  entry(familyTreesTuned),
  entry(iterativeNets),
  // PDP vol. 1 ch. 8
  entry(xor),
  entry(xor221),
  entry(xorWidth),
  entry(parity),
  entry(encoder),
  entry(negation),
  entry(addition),
  entry(additionMinimal),
  entry(tc),
];

export function findExperiment(id: string): AnyExperiment | undefined {
  return experiments.find((e) => e.id === id);
}
