import type { NetSpec, PatternSet } from '../../engine/index.js';
import { layeredNet, type LayeredNetKit } from '../kit/layered-net.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import type { ConfigOf } from '../kit/settings.js';
import { criterionOf, initOf } from '../kit/shared-settings.js';
import { xorPatterns } from './data.js';
import { readActivations, type XorFields } from './measures.js';
import type { XorSettings } from './settings.js';

// One XOR net trained the chapter's way by the kit (build → initialise → train → record), with its
// final outputs and hidden activations recorded on every run, printed weights included. Every net
// and arm of the XOR experiments trains with the kit's momentum recipe: up to the budget, stopping
// once both readings of "learned" hold; an arm changes only ε (and its order stream's name).

type Config = ConfigOf<XorSettings>;

export function xorNet(id: string, net: (config: Config) => NetSpec): LayeredNetKit<XorSettings, XorFields> {
  return layeredNet<XorSettings, { train: PatternSet }, XorFields>({
    id,
    net,
    data: (config) => ({ train: xorPatterns(config.targets) }),
    init: initOf,
    recipe: (config, seed) => momentumRecipe(config, { experiment: id, seed }),
    criterion: criterionOf,
    record: ({ net: built, params, data }) => readActivations(built, params, data.train),
  });
}
