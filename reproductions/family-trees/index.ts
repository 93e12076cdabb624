// Family trees, Nature 323 (1986), Figs. 2–4: the experiment, declared. Every number the paper
// gives for it lives in ./paper.ts, with its citation.
import { beyondMargins, jsonDigest, piecewise, rightSideOf, selectPatterns, subStream, type TrainConfig } from '../../engine/index.js';
import type { Experiment } from '../kit/experiment.js';
import { layeredNet } from '../kit/layered-net.js';
import type { ConfigOf } from '../kit/settings.js';
import { MOMENTUM_RULES } from '../kit/shared-settings.js';
import { NATURE_1986 } from '../papers.js';
import { familyClaims } from './claims.js';
import { family, familyCases, familyPatterns } from './data.js';
import { familyTreesNet } from './net.js';
import { heldOutIndices } from './outcomes.js';
import { familyTreesPersonCodeSvg } from './person-code-figure.js';
import { familyRecord, type FamilySeedData } from './record.js';
import type { FamilyRun } from './run.js';
import { familySettings, type FamilySettings } from './settings.js';

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

const parts = layeredNet<FamilySettings, FamilySeedData, Pick<FamilyRun, 'heldOut' | 'training' | 'personCode'>>({
  id: ID,
  net: (config) => familyTreesNet(config.biases),
  data: seedData,
  // Biases are drawn even when the net has none, which then draws nothing for them.
  init: (config) => ({ range: config.initialRange, biases: true }),
  recipe: familyTrainConfig,
  criterion: (config) => ({ id: 'train-correct', description: 'every training case correct (on-units above 0.5, others below)', budget: config.sweeps }),
  record: (trained) => familyRecord(trained, cases, patterns),
});

export const familyTrees: Experiment<FamilyRun, FamilySettings> = {
  id: ID,
  title: 'Family trees (Nature Figs. 2–4)',
  citation: `${NATURE_1986}, Figs. 2–4`,
  summary:
    'A net learns the 104 ⟨person, relationship⟩ cases of two isomorphic family trees (English and Italian) from 100 of them, ' +
    'is tested on the 4 it never saw, and builds a distributed code of the people in its first hidden layer.',
  sources: [NATURE_1986],
  defaultSeeds: 50,
  settings: familySettings,
  // The paper trains for a fixed 1,500 sweeps and reports no sweeps to a criterion.
  paperSweeps: [],
  ...parts,
  dataset: () => ({
    description: `${cases.length} ⟨person, relationship⟩ cases with ${cases.reduce((n, c) => n + c.answers.length, 0)} facts, generated from the two trees`,
    patterns: cases.length,
    digest: jsonDigest(cases),
    people: family.people,
    cases,
  }),
  claims: familyClaims,
  figures: [
    {
      file: `${ID}-person-code.svg`,
      name: "Hinton diagram of the family-trees net's person code",
      caption:
        'The weights from the 24 people to the 6 person-code units of a typical seed (the median by final error), English row above Italian row in the column order of Nature Fig. 4.',
      drawable: ({ runs }) => runs.some((r) => r.weights !== null),
      render: ({ report }) => familyTreesPersonCodeSvg(report, family.people),
    },
  ],
};
