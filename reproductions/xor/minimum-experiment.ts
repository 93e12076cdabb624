// XOR with two hidden units and no direct connections, PDP vol. 1 ch. 8, Figs. 4–5: how often the
// net gets stuck, whether it gets stuck in Fig. 5's minimum, and whether η ≥ 0.5 escapes it.
import { jsonDigest } from '../../engine/index.js';
import type { Experiment, SweepProgress, TrainedRun } from '../kit/experiment.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import type { ConfigOf } from '../kit/settings.js';
import { withOverride, type TrainingOverride } from '../kit/training-override.js';
import { PDP_CH8 } from '../papers.js';
import { xorPatterns } from './data.js';
import { fig5Reading, type XorRun } from './measures.js';
import { minimumClaims } from './minimum-claims.js';
import { finalParams, trainArm, type MinimumRun } from './minimum-run.js';
import { fig5Seed } from './minimum-stats.js';
import { netFigure } from './net-figure.js';
import { fig4Net, noHiddenNet } from './nets.js';
import { FIG5_WEIGHTS, LOCAL_MINIMA_TEXT, MINIMUM_LEARNING_RATE, MINIMUM_PRESENTATIONS } from './paper.js';
import { escapeSettings, xorSettings, type MinimumSettings } from './settings.js';
import { xorNet } from './xor-net.js';

const ID = 'xor-2-2-1';
type Config = ConfigOf<MinimumSettings>;

const settings = {
  ...xorSettings(
    { default: MINIMUM_LEARNING_RATE, paperStates: true, source: `${LOCAL_MINIMA_TEXT}: the minimum of Fig. 5 was reached at η = 0.25` },
    {
      default: 5000,
      paperStates: false,
      source: `the suite's choice: about 3 × the ${MINIMUM_PRESENTATIONS} presentations (about ${Math.round(MINIMUM_PRESENTATIONS / 4)} sweeps) after which the chapter's run sat in its minimum`,
    },
  ),
  ...escapeSettings,
};

const parts = xorNet(ID, () => fig4Net);
const withoutHidden = xorNet(ID, () => noHiddenNet);

/** The fields a run at the chapter's η gets beside the kit's: its Fig. 5 reading and, when it sits in that minimum, the continuation. */
function minimumFields(config: Config, seed: number, run: TrainedRun<XorRun>, override?: TrainingOverride, progress?: (sweep: number) => void) {
  const fig5 = fig5Reading(run);
  const start = fig5 ? finalParams(fig4Net, run) : null;
  if (!start) return { fig5, continuation: null };
  const patterns = xorPatterns(config.targets);
  const onward = { ...config, sweepBudget: config.escapeBudget };
  const go = (rate: number, offset: number) => {
    const recipe = withOverride(momentumRecipe(onward, { experiment: ID, seed, learningRate: rate, stream: 'order/continuation' }), override);
    return trainArm(fig4Net, start, patterns, { ...recipe, ...(progress ? { onSweep: (t: number) => progress(offset + t) } : {}) }, config.criterion).sweepsToCriterion;
  };
  return { fig5, continuation: { atEscapeRate: go(config.escapeRate, 0), atLearningRate: go(config.learningRate, config.escapeBudget) } };
}

/**
 * Trains the 2-2-1 net at η, then the fresh arm at escapeRate from the same initial weights, then
 * (for a net in a Fig. 5 minimum) the two continuations. Progress counts every training against
 * two budgets and two continuations.
 */
function runSeed(config: Config, seed: number, progress?: SweepProgress, override?: TrainingOverride): TrainedRun<MinimumRun> {
  const total = 2 * config.sweepBudget + 2 * config.escapeBudget;
  const report = (offset: number) => progress && ((t: number) => progress(offset + t, total));
  const run = parts.runSeed(config, seed, report(0), override);
  const freshRecipe = withOverride(momentumRecipe(config, { experiment: ID, seed, learningRate: config.escapeRate }), override);
  const onSweep = report(config.sweepBudget);
  const fresh = trainArm(fig4Net, parts.training!(config, seed).initial, xorPatterns(config.targets), { ...freshRecipe, ...(onSweep ? { onSweep } : {}) }, config.criterion);
  return { ...run, fresh, ...minimumFields(config, seed, run, override, report(2 * config.sweepBudget)) };
}

export const xor221: Experiment<MinimumRun, MinimumSettings> = {
  id: ID,
  title: 'XOR with two hidden units: local minima (PDP ch. 8, Figs. 4–5)',
  citation: `${PDP_CH8}, Figs. 4–5 and the text on local minima`,
  summary:
    'A 2-2-1 net without direct connections learns exclusive-or at η = 0.25; the seeds that get stuck are counted, read for the Fig. 5 kind of ' +
    'minimum, and continued from there at η = 0.5. A fresh run at η = 0.5 from the same initial weights is trained beside each.',
  sources: [PDP_CH8],
  // About 9 ms a seed on one core (a stuck seed runs its whole budget, and its two continuations): 200
  // seeds, the "hundreds" at which the chapter saw 2 minima, take about 1.8 s.
  defaultSeeds: 200,
  settings,
  paperSweeps: [],
  net: parts.net,
  criterion: parts.criterion,
  runSeed,
  // Given weights (the printed Fig. 5) are read for the minimum and continued from it; no fresh arm.
  evaluateWeights: (config, params) => {
    const run = parts.evaluateWeights!(config, params);
    return { ...run, fresh: null, ...minimumFields(config, 0, run) };
  },
  training: parts.training,
  dataset: (config) => {
    const patterns = xorPatterns(config.targets);
    return {
      description: `Table 1: the 4 pairs of bits, target ${config.targets === '0-1' ? '1' : '0.9'} exactly when they differ. Fresh arm and continuations at η = ${config.escapeRate}`,
      patterns: patterns.count,
      digest: jsonDigest(patterns),
      paperWeights: FIG5_WEIGHTS,
    };
  },
  printedWeights: FIG5_WEIGHTS,
  claims: (config) =>
    minimumClaims(config, (c, seed) => ({ ...withoutHidden.runSeed(c, seed), measures: {}, fig5: null, fresh: null, continuation: null })),
  figures: [
    netFigure<MinimumSettings, MinimumRun>({
      id: ID,
      spec: fig4Net,
      printed: FIG5_WEIGHTS,
      paperName: 'Fig. 5',
      pick: fig5Seed,
      caption:
        "A seed stuck in the Fig. 5 kind of minimum (the one with the median final error among them; when none is, the converged seed with the median sweeps) beside the net printed in Fig. 5: each line is a weight (blue positive, orange negative, width ∝ |w|), each unit shows its bias; the outputs on the four patterns are printed below.",
    }),
  ],
};
