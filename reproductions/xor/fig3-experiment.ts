// XOR with one hidden unit and direct connections, PDP vol. 1 ch. 8, Fig. 3. Every number the
// chapter gives for it lives in ./paper.ts, with its citation.
import { jsonDigest } from '../../engine/index.js';
import type { Experiment } from '../kit/experiment.js';
import { experimentParts } from '../kit/layered-net.js';
import { PDP_CH8 } from '../papers.js';
import { xorPatterns } from './data.js';
import { fig3Claims } from './fig3-claims.js';
import type { XorRun } from './measures.js';
import { netFigure } from './net-figure.js';
import { fig3Net, noHiddenNet } from './nets.js';
import { FIG3_LEARNING_RATE, FIG3_RUN, FIG3_SWEEPS, FIG3_WEIGHTS } from './paper.js';
import { xorSettings, type XorSettings } from './settings.js';
import { xorNet } from './xor-net.js';

const ID = 'xor';

const settings = xorSettings(
  { default: FIG3_LEARNING_RATE, paperStates: true, source: FIG3_RUN },
  { default: 10 * FIG3_SWEEPS, paperStates: false, source: `the suite's choice: 10 × the chapter's ${FIG3_SWEEPS} sweeps` },
);

const parts = xorNet(ID, () => fig3Net);
const withoutHidden = xorNet(ID, () => noHiddenNet);

export const xor: Experiment<XorRun, XorSettings> = {
  id: ID,
  title: 'XOR with one hidden unit and direct connections (PDP ch. 8, Fig. 3)',
  citation: `${PDP_CH8}, Figs. 2–3, Table 1`,
  summary:
    'A net with 2 inputs, 1 hidden unit and direct input→output connections learns exclusive-or (Table 1); by default the weights change after every pattern (the chapter\'s eq. 16).',
  sources: [PDP_CH8],
  // About 2 ms a seed on one core (no seed gets stuck at the defaults): 300 seeds take about 0.6 s,
  // enough for the stuck rate's interval to show "rare" if no seed gets stuck.
  defaultSeeds: 300,
  settings,
  paperSweeps: [FIG3_SWEEPS],
  ...experimentParts(parts),
  dataset: (config) => {
    const patterns = xorPatterns(config.targets);
    return {
      description: `Table 1: the 4 pairs of bits, target ${config.targets === '0-1' ? '1' : '0.9'} exactly when they differ`,
      patterns: patterns.count,
      digest: jsonDigest(patterns),
      paperWeights: FIG3_WEIGHTS,
    };
  },
  printedWeights: FIG3_WEIGHTS,
  claims: (config) =>
    fig3Claims(config, {
      train: (c, seed) => ({ ...parts.runSeed(c, seed), measures: {} }),
      withoutHidden: (c, seed) => ({ ...withoutHidden.runSeed(c, seed), measures: {} }),
    }),
  figures: [netFigure<XorSettings>({ id: ID, spec: fig3Net, printed: FIG3_WEIGHTS, paperName: 'Fig. 3' })],
};
