// Binary addition with the fewest hidden units, PDP vol. 1 ch. 8, Fig. 10: the chapter's net built
// by hand (2 hidden units, one feeding the other, direct input→output connections), measured as
// printed, and the same net trained from seeds beside the 3-hidden net of Fig. 11 on common random
// numbers. A variant of the addition experiment, in its folder.
import { jsonDigest } from '../../engine/index.js';
import type { Experiment, SweepProgress, TrainedRun } from '../kit/experiment.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import type { ConfigOf } from '../kit/settings.js';
import { initOf } from '../kit/shared-settings.js';
import { withOverride, type TrainingOverride } from '../kit/training-override.js';
import { PDP_CH8 } from '../papers.js';
import { trainArm } from './arms.js';
import { fig10Weights, LOGISTIC_SCALE } from './hand-built.js';
import { minimalClaims } from './minimal-claims.js';
import { additionNet, minimalNet } from './nets.js';
import { FIG10_THRESHOLD_WEIGHTS } from './paper.js';
import type { MinimalRun } from './run.js';
import { additionSettings, type AdditionSettings } from './settings.js';
import { additionParts, patterns } from './training.js';
import { additionWeightsFigure } from './weights-figure.js';

const ID = 'addition-minimal';
type Config = ConfigOf<AdditionSettings>;

const parts = additionParts(ID, () => minimalNet);
const PRINTED = fig10Weights();

/** The minimal net, then the 3-hidden net from the same seed; progress counts both against two budgets. */
function runSeed(config: Config, seed: number, progress?: SweepProgress, override?: TrainingOverride): TrainedRun<MinimalRun> {
  const total = 2 * config.sweepBudget;
  const shared = parts.runSeed(config, seed, progress && ((t) => progress(t, total)), override);
  const threeHidden = trainArm(
    additionNet(3, config.hiddenLinks),
    {
      experiment: ID,
      seed,
      init: initOf(config),
      minimal: { spec: minimalNet, start: parts.training!(config, seed).initial },
      // The order stream is made afresh, so both nets see the patterns in the same order (common random numbers).
      recipe: withOverride(momentumRecipe(config, { experiment: ID, seed }), override),
      criterionId: config.criterion,
      patterns,
    },
    progress && ((t) => progress(config.sweepBudget + t, total)),
  );
  return { ...shared, threeHidden };
}

export const additionMinimal: Experiment<MinimalRun, AdditionSettings> = {
  id: ID,
  title: 'Binary addition: the minimal net with 2 hidden units (PDP ch. 8, Fig. 10)',
  citation: `${PDP_CH8}, Fig. 10, Table 8`,
  summary:
    "Fig. 10's hand-built net (2 hidden units, the low carry feeding the high one, direct input→output connections) measured as printed, " +
    'and the same architecture trained from each seed beside the 3-hidden net of Fig. 11, both from shared initial weights: how often each gets stuck.',
  sources: [PDP_CH8],
  // Two nets a seed, each running the whole budget when it does not learn (about 0.2 s a seed on one
  // core at the defaults); 10 seeds and the control's 3 retrained minimal nets take about 2.5 s.
  defaultSeeds: 10,
  settings: additionSettings,
  paperSweeps: [],
  net: parts.net,
  criterion: parts.criterion,
  runSeed,
  printedWeights: PRINTED,
  // Given weights have no seed to train the 3-hidden net from: the comparison does not apply to them.
  evaluateWeights: (config, json) => ({ ...parts.evaluateWeights!(config, json), threeHidden: null }),
  training: parts.training,
  dataset: () => ({
    description:
      'the 16 pairs of 2-bit numbers of Table 8, inputs (a₁, a₀, b₁, b₀), targets the 3-bit sum (s₂, s₁, s₀). ' +
      `Each seed also trains the 3-hidden net of the addition experiment's architecture, from the minimal net's initial values where they share a weight`,
    patterns: patterns.count,
    digest: jsonDigest(patterns),
    // Fig. 10 as drawn (threshold units) and as measured (× the stated scale) travel in the report.
    paperWeights: FIG10_THRESHOLD_WEIGHTS,
    logisticScale: LOGISTIC_SCALE,
  }),
  // The control retrains only the minimal net: its claim reads nothing of the 3-hidden net.
  claims: (config) => minimalClaims(config, (c, seed) => ({ ...parts.runSeed(c, seed), threeHidden: null, measures: {} })),
  figures: [
    additionWeightsFigure<MinimalRun, AdditionSettings>(
      `${ID}-weights.svg`,
      "The incoming weights and bias of every unit, one row per unit: a typical seed's minimal net (the converged seed with the median sweeps to " +
        `criterion; the median final error when none converged) beside the chapter's Fig. 10 as the suite measures it (its threshold weights × ${LOGISTIC_SCALE}).`,
      { weights: PRINTED, heading: `The chapter: Fig. 10 × ${LOGISTIC_SCALE}`, detail: 'built by hand with threshold units; +1, −2, biases −1.5 and −0.5, scaled' },
    ),
  ],
};
