// Parity, PDP vol. 1 ch. 8, Fig. 6 and Table 3: the experiment, declared. Every number the chapter
// gives for it lives in ./paper.ts, with its citation.
import { jsonDigest, type PatternSet } from '../../engine/index.js';
import type { Experiment, SweepProgress, TrainedRun } from '../kit/experiment.js';
import { layeredNet } from '../kit/layered-net.js';
import type { ConfigOf } from '../kit/settings.js';
import { criterionOf, initOf } from '../kit/shared-settings.js';
import type { TrainingOverride } from '../kit/training-override.js';
import { PDP_CH8 } from '../papers.js';
import { parityClaims } from './claims.js';
import { bitsOf, inputsOn, parityNet, parityPatterns } from './data.js';
import { hiddenByCountFigure, parityWeightsFigure } from './figures.js';
import { readHidden } from './measures.js';
import { PRINTED_WEIGHTS } from './paradigm.js';
import { PAPER_PRESENTATIONS, TABLE_3, TASK } from './paper.js';
import { PARITY_ID, parityRecipe } from './recipe.js';
import type { ParityRun } from './run.js';
import { extraWidths, mainWidth, trainWidth } from './widths.js';
import { paritySettings, type ParitySettings } from './settings.js';

const ID = PARITY_ID;
type Config = ConfigOf<ParitySettings>;

/** The patterns whose output misses the criterion: outside 0.2 of the target, or on the wrong side of 0.5. */
function missed(config: Config, outputs: ArrayLike<number>, targets: ArrayLike<number>): string[] {
  const misses = (y: number, d: number) => (config.criterion === 'within-0.2' ? Math.abs(y - d) > 0.2 : d >= 0.5 ? y <= 0.5 : y >= 0.5);
  return Array.from({ length: targets.length }, (_, p) => p).filter((p) => misses(outputs[p]!, targets[p]!)).map((p) => bitsOf(p, config.width).join(''));
}

const parts = layeredNet<ParitySettings, { train: PatternSet }, Pick<ParityRun, 'hidden' | 'missed' | 'widths'>>({
  id: ID,
  net: (config) => parityNet(config.width),
  data: (config) => ({ train: parityPatterns(config.width) }),
  init: initOf,
  recipe: (config, seed) => parityRecipe(config, seed),
  criterion: criterionOf,
  // The hidden layer read over every pattern at the final weights; the other widths are added by runSeed.
  record: ({ net, result, config }) => {
    const ws = result.workspace;
    const output = net.groups.findIndex((g) => g.name === 'output');
    return {
      hidden: readHidden(ws.act[net.groups.findIndex((g) => g.name === 'hidden')]!, config.width, inputsOn(config.width), config.width),
      missed: missed(config, ws.act[output]!, ws.targets[output]!),
      widths: [],
    };
  },
});

/** The main net, then every other width of the success-by-N finding; progress counts all their budgets. */
function runSeed(config: Config, seed: number, progress?: SweepProgress, override?: TrainingOverride): TrainedRun<ParityRun> {
  const others = extraWidths(config, seed);
  const total = (others.length + 1) * config.sweepBudget;
  const main = parts.runSeed(config, seed, progress && ((t) => progress(t, total)), override);
  const widths = others.map((width, k) =>
    trainWidth(config, seed, width, { ...(override ? { override } : {}), ...(progress ? { onSweep: (t: number) => progress((k + 1) * config.sweepBudget + t, total) } : {}) }),
  );
  return { ...main, widths: [...widths, mainWidth(config, main)].sort((a, b) => a.width - b.width) };
}

/** Every net of a seed at its initial weights, for the controls. */
function untrained(config: Config, seed: number): ParityRun {
  const main = parts.untrainedRun(config, seed);
  const widths = extraWidths(config, seed).map((width) => trainWidth(config, seed, width, { sweeps: 0 }));
  return { ...main, widths: [...widths, mainWidth(config, main)].sort((a, b) => a.width - b.width), measures: {} };
}

export const parity: Experiment<ParityRun, ParitySettings> = {
  id: ID,
  title: 'Parity (PDP ch. 8, Fig. 6 and Table 3)',
  citation: `${PDP_CH8}, Fig. 6 and Table 3`,
  summary:
    'An N-N-1 net learns N-bit parity (output 1 when an odd number of inputs are on) from all 2^N patterns: the chapter\'s 4-4-1 net, whose hidden units are read over the number of inputs on, ' +
    'and the same net at other widths for a success-by-N finding. The printed weights are Fig. 6\'s paradigm for N = 4, scaled (the chapter gives no scale).',
  sources: [PDP_CH8],
  // Measured on one core: about 0.1 s a seed (a seed that never learns runs the 4-bit net's whole
  // budget, plus the 2- and 3-bit nets), so 20 seeds take about 2.5 s with the claims' controls.
  defaultSeeds: 20,
  settings: paritySettings,
  paperSweeps: [PAPER_PRESENTATIONS],
  net: parts.net,
  criterion: parts.criterion,
  runSeed,
  evaluateWeights: parts.evaluateWeights,
  training: parts.training,
  dataset: (config) => {
    const patterns = parityPatterns(config.width);
    return {
      description: `all ${patterns.count} vectors of ${config.width} bits; ${TASK}. Other widths trained per seed: ${extraWidths(config, 1).join(', ') || 'none'} (widths above ${config.width} only on seeds 1 … ${config.largeWidthSeeds})`,
      patterns: patterns.count,
      digest: jsonDigest(patterns),
      // Table 3 and the scaled paradigm travel in the report, so a reader of the JSON has them too.
      table3: TABLE_3,
      paradigmWeights: PRINTED_WEIGHTS,
    };
  },
  printedWeights: PRINTED_WEIGHTS,
  claims: (config) => parityClaims(config, { untrained }),
  figures: [parityWeightsFigure(ID), hiddenByCountFigure(ID)],
};
