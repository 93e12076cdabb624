import type { NetSpec, PatternSet } from '../../engine/index.js';
import { layeredNet, type LayeredNetKit } from '../kit/layered-net.js';
import type { ConfigOf } from '../kit/settings.js';
import { xorPatterns } from './data.js';
import { readActivations, type XorFields } from './measures.js';
import { criterionOf, xorInit, xorRecipe } from './recipe.js';
import type { XorSettings } from './settings.js';

// One XOR net trained the chapter's way by the kit (build → initialise → train → record), with its
// final outputs and hidden activations recorded on every run, printed weights included.

type Config = ConfigOf<XorSettings>;

export function xorNet(id: string, net: (config: Config) => NetSpec, rate?: (config: Config) => number): LayeredNetKit<XorSettings, XorFields> {
  return layeredNet<XorSettings, { train: PatternSet }, XorFields>({
    id,
    net,
    data: (config) => ({ train: xorPatterns(config.targets) }),
    init: xorInit,
    recipe: (config, seed) => xorRecipe(id, config, seed, rate ? rate(config) : config.learningRate),
    criterion: criterionOf,
    record: ({ net: built, params, data }) => readActivations(built, params, data.train),
  });
}
