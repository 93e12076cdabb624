// Symmetry detection, Nature 323 (1986), Fig. 1: the experiment, declared. Every number the paper
// gives for it lives in ./paper.ts, with its citation.
import { jsonDigest, type NetSpec } from '../../engine/index.js';
import type { RunRecord } from '../../reports/contract/index.js';
import type { Experiment } from '../kit/experiment.js';
import { experimentParts, layeredNet } from '../kit/layered-net.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import { criterionOf, initOf } from '../kit/shared-settings.js';
import { NATURE_1986 } from '../papers.js';
import { symmetryClaims } from './claims.js';
import { symmetryPatterns } from './data.js';
import { PAPER_SWEEPS, PAPER_WEIGHTS, PDP_FIG9, PDP_FIG9_WEIGHTS, WIDTH } from './paper.js';
import { symmetrySettings, type SymmetrySettings } from './settings.js';
import { symmetryWeightsSvg } from './weights-figure.js';

const ID = 'symmetry';

export const symmetryNet: NetSpec = {
  groups: [
    { name: 'input', size: WIDTH, kind: 'input' },
    { name: 'hidden', size: 2, kind: 'hidden', bias: 'hiddenBias' },
    { name: 'output', size: 1, kind: 'output', bias: 'outputBias' },
  ],
  projections: [
    { from: 'input', to: 'hidden', block: 'inputToHidden' },
    { from: 'hidden', to: 'output', block: 'hiddenToOutput' },
  ],
};

const patterns = symmetryPatterns(WIDTH, 'input', 'output');

const parts = layeredNet<SymmetrySettings, { train: typeof patterns }, object>({
  id: ID,
  net: () => symmetryNet,
  data: () => ({ train: patterns }),
  init: initOf,
  // The paper's training of this net: up to sweepBudget sweeps, stopping once both readings of
  // "learned" hold (both are tracked, so both learning claims can be judged).
  recipe: (config, seed) => momentumRecipe(config, { experiment: ID, seed }),
  criterion: criterionOf,
});

export const symmetry: Experiment<RunRecord, SymmetrySettings> = {
  id: ID,
  title: 'Symmetry detection (Nature Fig. 1)',
  citation: `${NATURE_1986}, Fig. 1`,
  summary: 'A 6-2-1 net learns to output 1 exactly when its 6-bit input is mirror-symmetric about its centre; all 64 vectors are the training set.',
  sources: [NATURE_1986],
  defaultSeeds: 200,
  settings: symmetrySettings,
  paperSweeps: [PAPER_SWEEPS],
  ...experimentParts(parts),
  benchmarked: true,
  dataset: () => ({
    description: `all ${patterns.count} vectors of ${WIDTH} bits; target 1 for the ${patterns.targets.output!.filter((t) => t[0] === 1).length} mirror-symmetric ones`,
    patterns: patterns.count,
    digest: jsonDigest(patterns),
    // The printed Fig. 1 weights travel in the report, so a reader of the JSON has them too.
    paperWeights: PAPER_WEIGHTS,
  }),
  printedWeights: PAPER_WEIGHTS,
  otherPrintedWeights: { 'pdp-fig9': { citation: PDP_FIG9, weights: PDP_FIG9_WEIGHTS } },
  claims: (config) => symmetryClaims(config, { train: (c, seed) => ({ ...parts.runSeed(c, seed), measures: {} }), untrained: (c, seed) => ({ ...parts.untrainedRun(c, seed), measures: {} }) }),
  figures: [
    {
      file: `${ID}-weights.svg`,
      name: "Hinton diagram of the symmetry net's weights",
      caption:
        "A typical seed (the converged seed with the median sweeps to criterion) beside the weights printed in Nature Fig. 1, laid out like the paper's net: inputs at the bottom, the two hidden units with their biases, the output on top.",
      drawable: ({ runs }) => runs.some((r) => r.weights !== null),
      render: ({ report }) => symmetryWeightsSvg(report, PAPER_WEIGHTS),
    },
  ],
};
