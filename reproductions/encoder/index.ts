// The encoder problem, PDP vol. 1 ch. 8, Fig. 7 and Tables 4–5: N one-hot patterns mapped onto
// themselves through log₂N hidden units. Every number the chapter gives for it lives in ./paper.ts.
import { jsonDigest, type NetSpec } from '../../engine/index.js';
import type { Experiment } from '../kit/experiment.js';
import { experimentParts, layeredNet } from '../kit/layered-net.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import type { ConfigOf } from '../kit/settings.js';
import { criterionOf, initOf } from '../kit/shared-settings.js';
import { PDP_CH8 } from '../papers.js';
import { encoderClaims } from './claims.js';
import { encoderCodesSvg } from './codes-figure.js';
import { encoderPatterns, hiddenUnitsFor } from './data.js';
import { TABLE5_CODES } from './paper.js';
import { hiddenCodes, type EncoderRun } from './run.js';
import { encoderSettings, type EncoderSettings } from './settings.js';

const ID = 'encoder';
type Config = ConfigOf<EncoderSettings>;

const widthOf = (config: Config) => Number(config.width);

/** N inputs → log₂N hidden → N outputs, every layer fully connected to the next (Fig. 7). */
export function encoderNet(width: number): NetSpec {
  return {
    groups: [
      { name: 'input', size: width, kind: 'input' },
      { name: 'hidden', size: hiddenUnitsFor(width), kind: 'hidden', bias: 'hiddenBias' },
      { name: 'output', size: width, kind: 'output', bias: 'outputBias' },
    ],
    projections: [
      { from: 'input', to: 'hidden', block: 'inputToHidden' },
      { from: 'hidden', to: 'output', block: 'hiddenToOutput' },
    ],
  };
}

const parts = layeredNet<EncoderSettings, { train: ReturnType<typeof encoderPatterns> }, Pick<EncoderRun, 'codes'>>({
  id: ID,
  net: (config) => encoderNet(widthOf(config)),
  data: (config) => ({ train: encoderPatterns(widthOf(config)) }),
  init: initOf,
  // The recipe stops once the criteria are met, so the codes are those of a net that has just learned.
  recipe: (config, seed) => momentumRecipe(config, { experiment: ID, seed }),
  criterion: criterionOf,
  // The workspace holds the forward pass of every pattern under the final weights.
  record: ({ net, result }) => ({ codes: hiddenCodes(net, result.workspace) }),
});

export const encoder: Experiment<EncoderRun, EncoderSettings> = {
  id: ID,
  title: 'Encoder: N one-hot patterns through log₂N hidden units (PDP ch. 8, Tables 4–5)',
  citation: `${PDP_CH8}, Fig. 7, Tables 4–5`,
  summary:
    'An 8-3-8 net (4-2-4 and 16-4-16 by the width setting) learns to reproduce each of the N one-hot patterns at its output through ' +
    'log₂N hidden units; the claims read the hidden code of every pattern at the sweep the net first meets its criterion.',
  sources: [PDP_CH8],
  defaultSeeds: 200,
  settings: encoderSettings,
  // The chapter gives no run length for the encoder.
  paperSweeps: [],
  ...experimentParts(parts),
  dataset: (config) => {
    const patterns = encoderPatterns(widthOf(config));
    return {
      description: `the ${patterns.count} one-hot vectors of ${patterns.count} bits, each its own target`,
      patterns: patterns.count,
      digest: jsonDigest(patterns),
      // Table 5's printed codes travel in the report, so a reader of the JSON has them too.
      paperCodes: TABLE5_CODES.map((c) => [...c]),
    };
  },
  claims: (config) =>
    encoderClaims(config, {
      train: (c, seed) => ({ ...parts.runSeed(c, seed), measures: {} }),
      untrained: (c, seed) => ({ ...parts.untrainedRun(c, seed), measures: {} }),
    }),
  figures: [
    {
      file: `${ID}-codes.svg`,
      name: 'hidden codes of the encoder, a typical seed beside Table 5',
      caption:
        "The hidden code of every input pattern, as Table 5 prints it: one row per pattern, one square per hidden unit, its area the unit's activation " +
        '(a full square is 1, none is 0), the value printed beside it. A typical seed (the converged seed with the median sweeps to criterion) beside the chapter\'s codes.',
      drawable: ({ runs }) => runs.some((r) => r.codes.length > 0),
      render: ({ report, runs }) => encoderCodesSvg(report, runs, TABLE5_CODES),
    },
  ],
};
