import { shuffleInto, subStream } from '../../engine/index.js';
import { personCodeOf } from './record.js';
import type { FamilyRun } from './run.js';

/**
 * The person-code claims' control: the run's person-code weights with the people's identities
 * shuffled (one seeded shuffle of the 24 columns), measured again with nulls drawn from other
 * streams. Whatever the net learned, a shuffled code can encode nationality, generation, branch or
 * twins only by chance, so each test should pass on about ALPHA of the seeds. Null for a run with
 * no finite weights.
 */
export function permutedIdentities(run: FamilyRun): FamilyRun | null {
  const code = run.weights?.personToCode as number[][] | undefined;
  if (!code) return null;
  const order = new Array<number>(code[0]!.length);
  shuffleInto(order, subStream('family-trees', run.seed, 'control-people'));
  const shuffled = code.map((unit) => order.map((k) => unit[k]!));
  return { ...run, personCode: personCodeOf(shuffled, run.seed, 'control-null') };
}
