// Exclusive-or in PDP vol. 1, ch. 8 (Figs. 2–5, Table 1): three experiments declared in one folder.
// `xor`: Fig. 3's net (one hidden unit, direct connections) learns it; `xor-2-2-1`: Fig. 4's net
// and its local minimum (Fig. 5); `xor-width`: solving time against the number of hidden units.
export { xor } from './fig3-experiment.js';
export { xor221 } from './minimum-experiment.js';
export { xorWidth } from './width-experiment.js';
