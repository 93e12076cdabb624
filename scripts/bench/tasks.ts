import type { TrainingTask } from '../../baselines/task.js';
import { buildNet, constant, initialParameters, selectPatterns, subStream } from '../../engine/index.js';
import { familyTrainConfig, familyTreesNet, familyTrees } from '../../reproductions/family-trees.js';
import { familyCases, familyPatterns } from '../../reproductions/family-trees/data.js';
import { heldOutIndices } from '../../reproductions/family-trees/outcomes.js';
import { defaults } from '../../reproductions/settings.js';
import { PAPER_SWEEPS, symmetry, symmetryNet } from '../../reproductions/symmetry.js';
import { symmetryPatterns } from '../../reproductions/symmetry/data.js';

// The trainings the benchmark times: each experiment's seed 1 at its default settings, for the
// paper's sweep count, on the patterns the reproduction trains on. Net, data and recipe are the
// reproductions' own, imported rather than retyped.

export const TASK_IDS = ['symmetry', 'family-trees'] as const;
export type TaskId = (typeof TASK_IDS)[number];

export interface BenchTask extends TrainingTask {
  id: TaskId;
  /** Sweeps of the short run that checks an implementation against the engine before timing. */
  checkSweeps: number;
  description: string;
}

function symmetryTask(): BenchTask {
  const config = defaults(symmetry.settings);
  const net = buildNet(symmetryNet);
  return {
    id: 'symmetry',
    description: `symmetry (Fig. 1): 6-2-1 net, ${net.parameterCount} parameters, all 64 patterns, ${PAPER_SWEEPS} sweeps (the paper's count)`,
    spec: symmetryNet,
    patterns: symmetryPatterns(6, 'input', 'output'),
    initial: initialParameters(net, { range: config.initialRange as number, biases: config.initBiases as boolean }, subStream('symmetry', 1, 'init')),
    sweeps: PAPER_SWEEPS,
    learningRate: constant(config.learningRate as number),
    momentum: constant(config.momentum as number),
    decay: null,
    loss: { reduction: config.lossReduction as 'sum' | 'mean' },
    checkSweeps: 50,
  };
}

function familyTreesTask(): BenchTask {
  const config = defaults(familyTrees.settings);
  const spec = familyTreesNet(config.biases as boolean);
  const net = buildNet(spec);
  const cases = familyCases();
  // The training cases of seed 1, split as the reproduction splits them.
  const held = heldOutIndices(subStream('family-trees', 1, 'split'), cases.length, config.heldOut as number);
  const kept = cases.map((_, k) => k).filter((k) => !held.includes(k));
  const recipe = familyTrainConfig(config);
  return {
    id: 'family-trees',
    description: `family trees (Figs. 2–4): 36-6+6-12-6-24 net, ${net.parameterCount} parameters, ${kept.length} training cases, ${recipe.sweeps} sweeps (the paper's count)`,
    spec,
    patterns: selectPatterns(familyPatterns(cases), kept),
    initial: initialParameters(net, { range: config.initialRange as number, biases: true }, subStream('family-trees', 1, 'init')),
    sweeps: recipe.sweeps,
    learningRate: recipe.learningRate,
    momentum: recipe.momentum,
    decay: recipe.decay ?? null,
    loss: recipe.loss,
    // Past sweep 20, so that the change of ε and α is part of the check.
    checkSweeps: 30,
  };
}

export function benchTask(id: TaskId): BenchTask {
  return id === 'symmetry' ? symmetryTask() : familyTreesTask();
}
