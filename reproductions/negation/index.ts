// Negation, PDP vol. 1 ch. 8, Table 9 and Fig. 12: the experiment, declared. Every number the
// chapter gives for it lives in ./paper.ts, with its citation.
import { jsonDigest, type PatternSet } from '../../engine/index.js';
import type { RunRecord } from '../../reports/contract/index.js';
import type { Experiment } from '../kit/experiment.js';
import { experimentParts, layeredNet } from '../kit/layered-net.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import { criterionOf, initOf } from '../kit/shared-settings.js';
import { PDP_CH8 } from '../papers.js';
import { negationClaims } from './claims.js';
import { negationNet, negationPatterns } from './data.js';
import { PAPER_HIDDEN_BIASES, PAPER_OUTPUT_BIASES, TASK } from './paper.js';
import { negationSettings, type NegationSettings } from './settings.js';
import { negationWeightsSvg } from './weights-figure.js';

const ID = 'negation';
const patterns = negationPatterns();
const PAPER_BIASES = { hidden: PAPER_HIDDEN_BIASES, output: PAPER_OUTPUT_BIASES };

const parts = layeredNet<NegationSettings, { train: PatternSet }, object>({
  id: ID,
  net: () => negationNet,
  data: () => ({ train: patterns }),
  init: initOf,
  recipe: (config, seed) => momentumRecipe(config, { experiment: ID, seed }),
  criterion: criterionOf,
});

export const negation: Experiment<RunRecord, NegationSettings> = {
  id: ID,
  title: 'Negation (PDP ch. 8, Table 9 and Fig. 12)',
  citation: `${PDP_CH8}, Table 9 and Fig. 12`,
  summary:
    'A 4-3-3 net with direct input→output connections learns Table 9: a negation flag and 3 bits in, the bits out, complemented when the flag is on. ' +
    'The chapter reads its learned net as three XORs of the flag with each bit; it prints no full net (only biases, at medium confidence), so there are no printed weights to measure.',
  sources: [PDP_CH8],
  // Measured on one core: about 0.01 s a seed that learns, about 0.1 s one that runs the whole
  // budget; 100 seeds take about 1.5 s.
  defaultSeeds: 100,
  settings: negationSettings,
  // The chapter gives no run length for this net.
  paperSweeps: [],
  ...experimentParts(parts),
  dataset: () => ({
    description: `all ${patterns.count} vectors of a flag and 3 bits (Table 9, generated); target: ${TASK}`,
    patterns: patterns.count,
    digest: jsonDigest(patterns),
    paperBiases: PAPER_BIASES,
  }),
  claims: (config) => negationClaims(config, { untrained: (c, seed) => ({ ...parts.untrainedRun(c, seed), measures: {} }) }),
  figures: [
    {
      file: `${ID}-weights.svg`,
      name: "Hinton diagram of the negation net's weights",
      caption:
        'A typical seed (the converged seed with the median sweeps to criterion), laid out like Fig. 12: the flag and three bits at the bottom, the three hidden units, the three outputs with their direct connections on top; ' +
        'each hidden unit is labelled with the bit it pairs with the flag, when it does.',
      drawable: ({ runs }) => runs.some((r) => r.weights !== null),
      render: ({ report }) => negationWeightsSvg(report, PAPER_BIASES),
    },
  ],
};
