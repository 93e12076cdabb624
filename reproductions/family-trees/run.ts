import type { RunRecord } from '../../reports/contract/index.js';
import type { DecayBalance } from './decay-balance.js';
import type { CaseOutcome } from './outcomes.js';
import type { AttributeMatch, TwinTest } from './person-code.js';

/** One seed of the family-tree task: the shared fields, plus how it did on each case and its person code. */
export interface FamilyRun extends RunRecord {
  heldOut: CaseOutcome[];
  training: { cases: number; correct: number; strictlyCorrect: number };
  personCode: { nationality: AttributeMatch; generation: AttributeMatch; branch: AttributeMatch; twin: TwinTest };
  /** The case of Nature Fig. 3, ⟨Colin, aunt⟩, whether the seed trained on it or held it out. */
  fig3: CaseOutcome & { heldOut: boolean };
  /** Weight decay against ∂E/∂w at the end; measured on seeds that learned their training set (and, for the control, on untrained nets), else null. */
  decay: DecayBalance | null;
}
