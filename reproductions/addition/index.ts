// Binary addition, PDP vol. 1 ch. 8, Fig. 11 and Table 8: a net with 3 hidden units, connections
// among them and direct input→output connections learns to add two 2-bit numbers. The minimal
// net of Fig. 10 is the experiment addition-minimal (./minimal.ts). Every number the chapter gives
// lives in ./paper.ts.
import { jsonDigest } from '../../engine/index.js';
import type { RunRecord } from '../../reports/contract/index.js';
import type { Experiment } from '../kit/experiment.js';
import { experimentParts } from '../kit/layered-net.js';
import { PDP_CH8 } from '../papers.js';
import { learningClaim } from './claims.js';
import { additionNet } from './nets.js';
import { FIG11_LABELS } from './paper.js';
import { additionSettings, type AdditionSettings } from './settings.js';
import { additionParts, patterns } from './training.js';
import { additionWeightsFigure } from './weights-figure.js';

const ID = 'addition';

const parts = additionParts(ID, (config) => additionNet(3, config.hiddenLinks));

export const addition: Experiment<RunRecord, AdditionSettings> = {
  id: ID,
  title: 'Binary addition: the learned net with 3 hidden units (PDP ch. 8, Fig. 11)',
  citation: `${PDP_CH8}, Fig. 11, Table 8`,
  summary:
    'Two 2-bit numbers in (inputs a₁ a₀ b₁ b₀), their 3-bit sum out: a net of 3 hidden units, each feeding the next (or every higher one, by the ' +
    'hiddenLinks setting), with every input also connected straight to every output, learns all 16 cases of Table 8.',
  sources: [PDP_CH8],
  // A seed that never learns runs the whole budget (about 0.12 s on one core at the defaults, where
  // none learns); 12 seeds and the control's 3 retrained ones take about 2 s.
  defaultSeeds: 12,
  settings: additionSettings,
  // The chapter gives no run length for addition.
  paperSweeps: [],
  ...experimentParts(parts),
  dataset: () => ({
    description: 'the 16 pairs of 2-bit numbers of Table 8, inputs (a₁, a₀, b₁, b₀), targets the 3-bit sum (s₂, s₁, s₀)',
    patterns: patterns.count,
    digest: jsonDigest(patterns),
    // Fig. 11's weights are legible only in part: its labels travel in the report as the chapter prints them.
    paperLabels: FIG11_LABELS,
  }),
  claims: (config) => [learningClaim(config, 'the 3-hidden net', (c, seed) => ({ ...parts.runSeed(c, seed), measures: {} }))],
  figures: [
    additionWeightsFigure<RunRecord, AdditionSettings>(
      `${ID}-weights.svg`,
      "The incoming weights and bias of every unit of a typical seed's 3-hidden net (the converged seed with the median sweeps to criterion), one row per unit. " +
        "The chapter's Fig. 11 is legible only in part (hidden biases 0, +11, +3; links +5 and −2), so it is not drawn beside it.",
      null,
    ),
  ],
};
