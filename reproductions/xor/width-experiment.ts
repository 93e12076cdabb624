// Presentations to solve XOR against the number of hidden units, PDP vol. 1 ch. 8 (data the chapter
// attributes to Chauvin): 2-H-1 nets for H = 1 … 32 trained on every seed from common random numbers.
// An experiment of its own, not claims of xor-2-2-1: six trainings a seed need far fewer seeds than
// counting rare minima does, so each keeps its own seed count within the time budget, and its own figure.
import { jsonDigest } from '../../engine/index.js';
import { runOutcome } from '../kit/arms.js';
import type { Experiment, SweepProgress, TrainedRun } from '../kit/experiment.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import type { ConfigOf } from '../kit/settings.js';
import { initOf } from '../kit/shared-settings.js';
import { withOverride, type TrainingOverride } from '../kit/training-override.js';
import { PDP_CH8 } from '../papers.js';
import { xorPatterns } from './data.js';
import { widthNet } from './nets.js';
import { WIDTH_INTERCEPT, WIDTH_LEARNING_RATE, WIDTH_TEXT, WIDTHS } from './paper.js';
import { xorSettings, type XorSettings } from './settings.js';
import { trainWidth, type WidthOutcome } from './width-arms.js';
import { FIT_FROM, widthClaims, type WidthRun } from './width-claims.js';
import { widthFigure } from './width-figure.js';
import { xorNet } from './xor-net.js';

const ID = 'xor-width';
type Config = ConfigOf<XorSettings>;

const settings = xorSettings(
  { default: WIDTH_LEARNING_RATE, paperStates: true, source: WIDTH_TEXT },
  {
    default: 2000,
    paperStates: false,
    source: `the suite's choice: about 7 × the chapter's largest count (${WIDTH_INTERCEPT} presentations) even when a presentation is read as a whole sweep`,
  },
);

/** The 2-2-1 net: the run's shared fields (and the standard charts) are its. */
const two = xorNet(ID, () => widthNet(FIT_FROM));

/** Trains the 2-2-1 net, then every other width from the same seed; progress counts every training against one budget each. */
function runSeed(config: Config, seed: number, progress?: SweepProgress, override?: TrainingOverride): TrainedRun<WidthRun> {
  const total = WIDTHS.length * config.sweepBudget;
  const run = two.runSeed(config, seed, progress && ((t) => progress(t, total)), override);
  const training = {
    experiment: ID,
    seed,
    init: initOf(config),
    twoStart: two.training!(config, seed).initial,
    recipe: withOverride(momentumRecipe(config, { experiment: ID, seed }), override),
    criterionId: config.criterion,
    patterns: xorPatterns(config.targets),
  };
  const own: WidthOutcome = { hidden: FIT_FROM, ...runOutcome(run) };
  let done = 0;
  const series = WIDTHS.map((hidden) => {
    if (hidden === FIT_FROM) return own;
    done += 1;
    const offset = done * config.sweepBudget;
    return trainWidth(hidden, training, progress && ((t) => progress(offset + t, total)));
  });
  return { ...run, series };
}

export const xorWidth: Experiment<WidthRun, XorSettings> = {
  id: ID,
  title: 'XOR and the number of hidden units (PDP ch. 8, data attributed to Chauvin)',
  citation: `${PDP_CH8}, XOR with H hidden units`,
  summary:
    `2-H-1 nets without direct connections learn exclusive-or at η = ${WIDTH_LEARNING_RATE} for H = ${WIDTHS.join(', ')}, every width on every seed from ` +
    'common random numbers. The standard figures show the 2-2-1 net.',
  sources: [PDP_CH8],
  // About 30 ms a seed on one core (six trainings; H = 1 always runs its whole budget): 50 seeds take about 1.5 s.
  defaultSeeds: 50,
  settings,
  paperSweeps: [],
  net: two.net,
  criterion: two.criterion,
  runSeed,
  training: two.training,
  dataset: (config) => {
    const patterns = xorPatterns(config.targets);
    return {
      description: `Table 1: the 4 pairs of bits, target ${config.targets === '0-1' ? '1' : '0.9'} exactly when they differ. Widths H = ${WIDTHS.join(', ')}`,
      patterns: patterns.count,
      digest: jsonDigest(patterns),
    };
  },
  claims: (config) => widthClaims(ID, config, WIDTHS),
  figures: [widthFigure(ID)],
};
