import type { RunRecord } from '../../reports/contract/index.js';
import type { CaseOutcome } from './outcomes.js';
import type { UnitMatch } from './person-code.js';

/** One seed of the family-tree task: the shared fields, plus how it did on each case and its person code. */
export interface FamilyRun extends RunRecord {
  heldOut: CaseOutcome[];
  training: { cases: number; correct: number; strictlyCorrect: number };
  personCode: { nationality: UnitMatch; generation: UnitMatch; branch: UnitMatch; twinNearest: number };
}
