// Family trees, Nature 323 (1986), Figs. 2–4: the experiment, declared. Every number the paper
// gives for it lives in ./paper.ts, with its citation.
import { beyondMargins, buildNet, jsonDigest, packPatterns, piecewise, rightSideOf, selectPatterns, subStream, type TrainConfig } from '../../engine/index.js';
import type { Experiment } from '../kit/experiment.js';
import { memoBySeed } from '../kit/controls.js';
import { experimentParts, layeredNet } from '../kit/layered-net.js';
import type { ConfigOf } from '../kit/settings.js';
import { MOMENTUM_RULES } from '../kit/shared-settings.js';
import { NATURE_1986 } from '../papers.js';
import { familyClaims } from './claims.js';
import { decayBalance } from './decay-balance.js';
import { family, familyCases, familyPatterns } from './data.js';
import { familyTreesNet } from './net.js';
import { heldOutIndices } from './outcomes.js';
import { familyTreesPersonCodeSvg } from './person-code-figure.js';
import { familyRecord, type FamilySeedData } from './record.js';
import type { FamilyRun } from './run.js';
import { familySettings, TUNED_CHANGES, TUNED_ID, tunedSettings, type FamilySettings } from './settings.js';

const ID = 'family-trees';
type Config = ConfigOf<FamilySettings>;
const cases = familyCases();
const patterns = familyPatterns(cases);

/** The training recipe of one configuration: two phases of ε and α, decay after every change, margins. */
export function familyTrainConfig(config: Config): TrainConfig {
  const early = config.earlySweeps;
  const phases = (a: number, b: number) => piecewise(early > 0 ? [{ fromSweep: 1, value: a }, { fromSweep: early + 1, value: b }] : [{ fromSweep: 1, value: b }]);
  return {
    sweeps: config.sweeps,
    rule: MOMENTUM_RULES[config.momentumForm],
    learningRate: phases(config.earlyLearningRate, config.learningRate), // ε
    momentum: phases(config.earlyMomentum, config.momentum), // α
    decay: { rate: { kind: 'constant', value: config.weightDecay }, target: config.decayTarget },
    grain: config.updateGrain,
    loss: { reduction: config.lossReduction, margin: { on: config.marginOn, off: config.marginOff, residual: config.marginResidual } },
    tiedGradient: 'average',
    criteria: [rightSideOf('train-correct', 0.5), beyondMargins('train-strict', config.marginOn, config.marginOff)],
    stopWhenCriteriaMet: false,
  };
}

/** A seed's split: the cases it holds out are drawn from its own `split` stream. */
function seedData(config: Config, seed: number): FamilySeedData {
  const heldIndices = heldOutIndices(subStream(ID, seed, 'split'), cases.length, config.heldOut);
  const trainIndices = cases.map((_, k) => k).filter((k) => !heldIndices.includes(k));
  return { train: selectPatterns(patterns, trainIndices), trainIndices, heldIndices };
}

const parts = layeredNet<FamilySettings, FamilySeedData, Pick<FamilyRun, 'heldOut' | 'training' | 'personCode' | 'fig3' | 'decay'>>({
  id: ID,
  net: (config) => familyTreesNet(config.biases),
  data: seedData,
  // Biases are drawn even when the net has none, which then draws nothing for them.
  init: (config) => ({ range: config.initialRange, biases: true }),
  recipe: familyTrainConfig,
  criterion: (config) => ({ id: 'train-correct', description: 'every training case correct (on-units above 0.5, others below)', budget: config.sweeps }),
  record: (trained) => familyRecord(trained, cases, patterns, familyTrainConfig(trained.config)),
});

/**
 * A seed at its initial weights with the decay measures, for the decay claims' control. Ablating
 * every weight costs about 0.15 s, and a report is judged again by merge, check and compare, so
 * the result is kept per (config, seed): a pure function of both, it cannot go stale.
 */
const decayControls = new Map<string, FamilyRun>();
function untrainedWithDecay(config: Config, seed: number): FamilyRun {
  const key = `${JSON.stringify(config)}#${seed}`;
  const known = decayControls.get(key);
  if (known) return known;
  const { spec, patterns, initial, recipe } = parts.training(config, seed);
  const net = buildNet(spec);
  const run: FamilyRun = { ...parts.untrainedRun(config, seed), measures: {}, decay: decayBalance(net, initial, packPatterns(net, patterns), recipe, seed) };
  // A bound, so a long-lived process judging many configs does not grow without end.
  if (decayControls.size >= 64) decayControls.delete(decayControls.keys().next().value!);
  decayControls.set(key, run);
  return run;
}

/** What tells the paper's family-tree experiment apart from its variant on a recipe that learns. */
interface Variant {
  id: string;
  title: string;
  summary: string;
  defaultSeeds: number;
  settings: FamilySettings;
  /** The experiment that judges the claims about learned seeds on a recipe that learns, if not this one. */
  learningRecipe?: string;
  /** Only the paper's recipe is benchmarked: the tuned one trains the same net. */
  benchmarked: boolean;
}

function familyExperiment(v: Variant): Experiment<FamilyRun, FamilySettings> {
  return {
    id: v.id,
    title: v.title,
    citation: `${NATURE_1986}, Figs. 2–4`,
    summary: v.summary,
    sources: [NATURE_1986],
    defaultSeeds: v.defaultSeeds,
    settings: v.settings,
    // The paper trains for a fixed 1,500 sweeps and reports no sweeps to a criterion.
    paperSweeps: [],
    ...experimentParts(parts),
    benchmarked: v.benchmarked,
    dataset: () => ({
      description: `${cases.length} ⟨person, relationship⟩ cases with ${cases.reduce((n, c) => n + c.answers.length, 0)} facts, generated from the two trees`,
      patterns: cases.length,
      digest: jsonDigest(cases),
      people: family.people,
      cases,
    }),
    claims: (config) =>
      familyClaims(config, {
        // Memoised: several claims share the initial-weights control.
        untrained: memoBySeed((seed) => ({ ...parts.untrainedRun(config, seed), measures: {} })),
        untrainedWithDecay: (seed) => untrainedWithDecay(config, seed),
        ...(v.learningRecipe ? { learningRecipe: v.learningRecipe } : {}),
      }),
    figures: [
      {
        file: `${v.id}-person-code.svg`,
        name: `Hinton diagram of the ${v.id} net's person code`,
        caption:
          'The weights from the 24 people to the 6 person-code units of a typical seed (the median by final error), English row above Italian row in the column order of Nature Fig. 4.',
        drawable: ({ runs }) => runs.some((r) => r.weights !== null),
        render: ({ report }) => familyTreesPersonCodeSvg(report, family.people),
      },
    ],
  };
}

const SUMMARY =
  'A net learns the 104 ⟨person, relationship⟩ cases of two isomorphic family trees (English and Italian) from 100 of them, ' +
  'is tested on the 4 it never saw, and builds a distributed code of the people in its first hidden layer.';

export const familyTrees = familyExperiment({
  id: ID,
  title: 'Family trees (Nature Figs. 2–4)',
  summary: SUMMARY,
  defaultSeeds: 30,
  settings: familySettings,
  learningRecipe: TUNED_ID,
  benchmarked: true,
});

/**
 * The same task on a recipe that learns, so the claims about learned seeds can be judged at all:
 * the paper's recipe learns nothing (see the family-trees experiment's story).
 */
export const familyTreesTuned = familyExperiment({
  id: TUNED_ID,
  title: 'Family trees on a recipe that learns (not the paper\'s recipe)',
  summary: `${SUMMARY} Trained as in the paper except for the three settings the suite found necessary together: ${TUNED_CHANGES}.`,
  defaultSeeds: 24,
  settings: tunedSettings,
  benchmarked: false,
});
