// The letter's remaining claims on the symmetry task (Nature 323, 1986): hidden units are needed,
// a few more connections lead around local minima, and momentum speeds learning. Every seed
// trains the letter's 6-2-1 net and four arms beside it from shared initial weights.
import { jsonDigest, type PatternSet } from '../../engine/index.js';
import type { Experiment, SweepProgress, TrainedRun } from '../kit/experiment.js';
import { layeredNet } from '../kit/layered-net.js';
import { symmetryPatterns } from '../kit/mirror-symmetry.js';
import { momentumRecipe } from '../kit/momentum-recipe.js';
import type { ConfigOf } from '../kit/settings.js';
import { criterionOf, initOf } from '../kit/shared-settings.js';
import { withOverride, type TrainingOverride } from '../kit/training-override.js';
import { NATURE_1986 } from '../papers.js';
import { ARM_SPECS, trainArm } from './arms.js';
import { ablationClaims } from './claims.js';
import { paperNet } from './nets.js';
import { WIDTH } from './paper.js';
import { ARMS, type AblationRun, type ArmId, type ArmOutcome } from './run.js';
import { ablationSettings, type AblationSettings } from './settings.js';

const ID = 'symmetry-ablations';
type Config = ConfigOf<AblationSettings>;

const patterns = symmetryPatterns(WIDTH, 'input', 'output');

/**
 * The letter's training of the symmetry task (Fig. 1), as in the symmetry experiment; every arm
 * uses it. There is no patternOrder setting here, so the order is fixed and the seed names no stream.
 */
const recipe = (config: Config, seed: number) => momentumRecipe(config, { experiment: ID, seed });

/** The letter's 6-2-1 arm: the kit trains it and fills the run's shared fields. */
const paper = layeredNet<AblationSettings, { train: PatternSet }, object>({
  id: ID,
  net: () => paperNet,
  data: () => ({ train: patterns }),
  init: initOf,
  recipe,
  criterion: criterionOf,
});

/**
 * Trains the 6-2-1 net, then every arm from the same seed (an override of the update rule applies
 * to all of them). Progress counts the sweeps of all five trainings against five budgets.
 */
function runSeed(config: Config, seed: number, progress?: SweepProgress, override?: TrainingOverride): TrainedRun<AblationRun> {
  const total = (ARMS.length + 1) * config.sweepBudget;
  const shared = paper.runSeed(config, seed, progress && ((t) => progress(t, total)), override);
  const training = {
    experiment: ID,
    seed,
    init: initOf(config),
    // The kit's initial weights for this seed: those the 6-2-1 run above started from.
    paperStart: paper.training!(config, seed).initial,
    recipe: withOverride(recipe(config, seed), override),
    criterionId: config.criterion,
    patterns,
  };
  const arms = {} as Record<ArmId, ArmOutcome>;
  ARMS.forEach((arm, k) => {
    const offset = (k + 1) * config.sweepBudget;
    arms[arm] = trainArm(arm, training, progress && ((t) => progress(offset + t, total)));
  });
  return { ...shared, arms };
}

export const symmetryAblations: Experiment<AblationRun, AblationSettings> = {
  id: ID,
  title: 'Symmetry ablations: hidden units, extra connections, momentum',
  citation: `${NATURE_1986}, Fig. 1, eq. 9 and closing discussion`,
  summary:
    "The letter's 6-2-1 symmetry net beside four arms trained from the same seeds: no hidden units, a third hidden unit, direct " +
    'input→output connections, and plain descent (α = 0). The standard figures show the 6-2-1 net.',
  sources: [NATURE_1986],
  // Arms that never converge run the whole budget (the no-hidden net and plain descent always do):
  // about 0.3 s a seed on one core at the default budget, so 30 seeds take about 10 s.
  defaultSeeds: 24,
  settings: ablationSettings,
  // These claims compare arms; the letter's 1,425 sweeps are the symmetry experiment's claim.
  paperSweeps: [],
  net: paper.net,
  criterion: paper.criterion,
  runSeed,
  dataset: () => ({
    description:
      `all ${patterns.count} vectors of ${WIDTH} bits; target 1 for the ${patterns.targets.output!.filter((t) => t[0] === 1).length} mirror-symmetric ones. ` +
      `Arms: ${ARMS.map((a) => ARM_SPECS[a].description).join('; ')}`,
    patterns: patterns.count,
    digest: jsonDigest(patterns),
  }),
  claims: (config) => ablationClaims(ID, config),
  figures: [],
};
