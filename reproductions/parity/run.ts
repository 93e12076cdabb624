import type { RunRecord } from '../../reports/contract/index.js';
import type { ArmOutcome } from '../kit/arms.js';
import type { HiddenReading } from './measures.js';

/** One width N of the success-by-N finding on one seed: an N-N-1 net trained on N-bit parity. */
export interface WidthOutcome extends ArmOutcome {
  width: number;
  /** On a net that learned: whether every hidden unit is a threshold on the count; null otherwise. */
  hiddenThresholds: boolean | null;
}

/**
 * One seed of the parity experiment. The shared fields are the main N-N-1 net (N = the width
 * setting, 4 as in Table 3); `hidden` reads its hidden units over every pattern at its final
 * weights; `widths` holds every width of the success-by-N finding this seed trained, the main
 * net's included (empty for weights measured from a file).
 */
export interface ParityRun extends RunRecord {
  hidden: HiddenReading;
  /** The patterns (as bit strings) whose output misses the experiment's criterion at the final weights. */
  missed: string[];
  widths: WidthOutcome[];
}
