// The T–C problem, PDP vol. 1 ch. 8, Figs. 13–15: a T or a C anywhere on a retina, seen through one
// shared 3 × 3 receptive field. Every number the chapter gives for it lives in ./paper.ts.
import { jsonDigest, type PatternSet } from '../../engine/index.js';
import type { RunRecord } from '../../reports/contract/index.js';
import type { Experiment } from '../kit/experiment.js';
import { experimentParts, layeredNet } from '../kit/layered-net.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import { criterionOf, initOf } from '../kit/shared-settings.js';
import { PDP_CH8 } from '../papers.js';
import { tcClaims } from './claims.js';
import { tcNet, tcPatterns } from './data.js';
import { IDEALISED } from './fields.js';
import { tcFieldsSvg } from './fields-figure.js';
import { tcSettings, type TcSettings } from './settings.js';

const ID = 't-c';

const parts = layeredNet<TcSettings, { train: PatternSet }, object>({
  id: ID,
  net: (config) => tcNet(config.retinaSide),
  data: (config) => ({ train: tcPatterns(config.retinaSide) }),
  init: initOf,
  recipe: (config, seed) => ({ ...momentumRecipe(config, { experiment: ID, seed }), tiedGradient: config.tiedGradient }),
  criterion: criterionOf,
});

export const tc: Experiment<RunRecord, TcSettings> = {
  id: ID,
  title: 'The T–C problem: one shared 3 × 3 receptive field (PDP ch. 8, Figs. 13–15)',
  citation: `${PDP_CH8}, Figs. 13–15`,
  summary:
    'A block T or a block C (5 squares each, 4 orientations, every place on a 5 × 5 retina) is told apart by one output unit fed by a detector at every 3 × 3 patch that overlaps the retina. ' +
    'All detectors share exactly one 3 × 3 receptive field and one bias: each detector reads a copy of its patch (the copies are data, not parameters) through the same tied weight block, ' +
    "and reaches the output by a weight of its own. The claims read the learned field as one of Fig. 15's kinds and check the chapter's detector counts on it. " +
    'The chapter prints fields, not nets, so there are no printed weights to measure; its four fields are measured by the same functions in the claims\' paper values.',
  sources: [PDP_CH8],
  // Measured on one core: about 0.17 s a seed; 12 seeds take about 2 s (16 took 2.6 s).
  defaultSeeds: 12,
  settings: tcSettings,
  // The chapter gives no run length for this net.
  paperSweeps: [],
  ...experimentParts(parts),
  dataset: (config) => {
    const patterns = tcPatterns(config.retinaSide);
    return {
      description: `a T (target 1) and a C (target 0), each in 4 orientations at every place on a ${config.retinaSide} × ${config.retinaSide} retina (generated), seen as ${(config.retinaSide + 2) ** 2} patches of 3 × 3`,
      patterns: patterns.count,
      digest: jsonDigest(patterns),
      idealisedFields: Object.fromEntries(Object.entries(IDEALISED).map(([k, f]) => [k, { weights: [...f.weights], bias: f.bias }])),
    };
  },
  claims: (config) => tcClaims(config, { untrained: (c, seed) => ({ ...parts.untrainedRun(c, seed), measures: {} }) }, tcPatterns(config.retinaSide).count),
  figures: [
    {
      file: `${ID}-fields.svg`,
      name: "Hinton diagrams of learned receptive fields beside Fig. 15's four",
      caption:
        "The shared 3 × 3 field of one converged seed per kind found (the converged seed with the median sweeps to criterion among those of that kind), with its detector bias, " +
        "beside the chapter's four fields A–D as Fig. 15 gives them (biases the suite's).",
      drawable: ({ runs }) => runs.some((r) => r.weights !== null && r.sweepsToCriterion !== null),
      render: ({ report }) => tcFieldsSvg(report),
    },
  ],
};
