import type { RunRecord } from '../../reports/contract/index.js';
import type { ArmOutcome } from '../kit/arms.js';

/**
 * One seed of addition-minimal: the shared fields are the minimal (Fig. 10) net's; `threeHidden` is
 * the 3-hidden net trained from the same seed, its shared weights starting equal. Null where there
 * is no seed to train it from: given weights (the printed ones) measured by evaluateWeights.
 */
export interface MinimalRun extends RunRecord {
  threeHidden: ArmOutcome | null;
}
