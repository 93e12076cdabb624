import type { TrainConfig } from '../../engine/index.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import type { ConfigOf } from '../kit/settings.js';
import type { ParitySettings } from './settings.js';

// The chapter's training of a parity net (the kit's momentum recipe), shared by the main net and
// every width of the success-by-N finding, so that N is the only thing that changes between them.

export const PARITY_ID = 'parity';

/** `stream` names the seed's order stream, so each width shuffles (when asked) from its own. */
export const parityRecipe = (config: ConfigOf<ParitySettings>, seed: number, stream = 'order'): TrainConfig =>
  momentumRecipe(config, { experiment: PARITY_ID, seed, stream });
