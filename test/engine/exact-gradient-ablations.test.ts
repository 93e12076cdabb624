import { describe, expect, it } from 'vitest';
import { buildNet, initialParameters, subStream, type NetSpec } from '../../engine/index.js';
import { symmetryPatterns } from '../../reproductions/kit/mirror-symmetry.js';
import { resolveSettings } from '../../reproductions/kit/settings.js';
import { ARM_SPECS, armStart } from '../../reproductions/symmetry-ablations/arms.js';
import { symmetryAblations } from '../../reproductions/symmetry-ablations/index.js';
import { paperNet } from '../../reproductions/symmetry-ablations/nets.js';
import { WIDTH } from '../../reproductions/symmetry-ablations/paper.js';
import { ARMS } from '../../reproductions/symmetry-ablations/run.js';
import { certify, expectCertified, recipeFor } from '../helpers/certify-gradient.js';

// The symmetry ablations' nets certified exactly (see exact-gradient.test.ts for the method): the
// letter's 6-2-1 net and every arm (no hidden units, a third hidden unit, direct input→output
// connections, plain descent), each from the initial weights a run of the seed starts from. The
// experiment has no training(), so the nets, data and starts are read from its modules.

const ID = symmetryAblations.id;
const patterns = symmetryPatterns(WIDTH, 'input', 'output');

describe('symmetry ablations: exact gradient of the 6-2-1 net and of every arm', () => {
  for (const lossReduction of ['sum', 'mean']) {
    for (const initBiases of ['true', 'false']) {
      it(`lossReduction ${lossReduction}, initBiases ${initBiases}: seeds 1 and 2, initial weights × 1 and × 5`, () => {
        const overrides = [{ key: 'lossReduction', raw: lossReduction }, { key: 'initBiases', raw: initBiases }];
        const { config } = resolveSettings(symmetryAblations.settings, overrides);
        expect(symmetryAblations.net(config)).toEqual(paperNet);
        const init = { range: config.initialRange, biases: config.initBiases };
        for (const seed of [1, 2]) {
          // The kit's stream for the 6-2-1 net; every arm starts from it where the two nets share a value.
          const paperStart = initialParameters(buildNet(paperNet), init, subStream(ID, seed, 'init'));
          const nets: Array<[NetSpec, Float64Array]> = [[paperNet, paperStart], ...ARMS.map((arm): [NetSpec, Float64Array] => [ARM_SPECS[arm].net, armStart(ID, arm, seed, init, paperStart)])];
          for (const [spec, start] of nets) {
            for (const factor of [1, 5]) {
              expectCertified(certify(spec, patterns, start.map((w) => w * factor), recipeFor({ reduction: config.lossReduction }, 'average')));
            }
          }
        }
      });
    }
  }
});
