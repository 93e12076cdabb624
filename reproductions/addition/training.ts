import type { NetSpec, PatternSet } from '../../engine/index.js';
import { layeredNet, type LayeredNetKit } from '../kit/layered-net.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import type { ConfigOf } from '../kit/settings.js';
import { criterionOf, initOf } from '../kit/shared-settings.js';
import { additionPatterns } from './data.js';
import type { AdditionSettings } from './settings.js';

// How both addition experiments train a net: the same data, initial range and recipe (the kit's
// momentum recipe), so the minimal net and the 3-hidden net differ only in their hidden units.

type Config = ConfigOf<AdditionSettings>;

export const patterns: PatternSet = additionPatterns();

/** The kit's parts for one addition net, its random streams named by `id`. */
export function additionParts(id: string, net: (config: Config) => NetSpec): LayeredNetKit<AdditionSettings, object> {
  return layeredNet<AdditionSettings, { train: PatternSet }, object>({
    id,
    net,
    data: () => ({ train: patterns }),
    init: initOf,
    recipe: (config, seed) => momentumRecipe(config, { experiment: id, seed }),
    criterion: criterionOf,
  });
}
