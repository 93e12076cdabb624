// Family trees, Nature 323 (1986), Figs. 2–4. Every number the paper gives for this experiment
// lives in this file, with its citation.
import {
  beyondMargins, buildNet, evaluate, jsonDigest, initialParameters, packPatterns, piecewise, rightSideOf, selectPatterns, subStream, train,
  type NetSpec, type TrainConfig,
} from '../engine/index.js';
import type { RunRecord } from '../reports/types.js';
import type { Experiment, SweepProgress } from './experiment.js';
import { familyClaims } from './family-trees/claims.js';
import { family, familyCases, familyPatterns } from './family-trees/data.js';
import { caseOutcomes, heldOutIndices, type CaseOutcome } from './family-trees/outcomes.js';
import { bestUnit, twinNearestCount, type UnitMatch } from './family-trees/person-code.js';
import { momentumRules } from './momentum-forms.js';
import { trainedRun } from './run-record.js';
import { LEARNING_RATE, type Config, type SettingDef } from './settings.js';
import { withOverride, type TrainingOverride } from './training-override.js';

const ID = 'family-trees';
const TEXT = 'Nature 323 (1986), text on the family-tree task (Figs. 2–4)';
const cases = familyCases();
const patterns = familyPatterns(cases);
const names = family.people.map((p) => p.name);

export interface FamilyRun extends RunRecord {
  heldOut: CaseOutcome[];
  training: { cases: number; correct: number; strictlyCorrect: number };
  personCode: { nationality: UnitMatch; generation: UnitMatch; branch: UnitMatch; twinNearest: number };
}

/** 24 people and 12 relations in, 6 + 6 code units, 12 central units, 6 units, 24 people out. */
export function familyTreesNet(biases = true): NetSpec {
  const bias = (name: string) => (biases ? { bias: `${name}Bias` } : {});
  return {
    groups: [
      { name: 'person', size: 24, kind: 'input' },
      { name: 'relation', size: 12, kind: 'input' },
      { name: 'personCode', size: 6, kind: 'hidden', ...bias('personCode') },
      { name: 'relationCode', size: 6, kind: 'hidden', ...bias('relationCode') },
      { name: 'central', size: 12, kind: 'hidden', ...bias('central') },
      { name: 'outputCode', size: 6, kind: 'hidden', ...bias('outputCode') },
      { name: 'output', size: 24, kind: 'output', ...bias('output') },
    ],
    projections: [
      { from: 'person', to: 'personCode', block: 'personToCode' },
      { from: 'relation', to: 'relationCode', block: 'relationToCode' },
      { from: 'personCode', to: 'central', block: 'personCodeToCentral' },
      { from: 'relationCode', to: 'central', block: 'relationCodeToCentral' },
      { from: 'central', to: 'outputCode', block: 'centralToOutputCode' },
      { from: 'outputCode', to: 'output', block: 'outputCodeToOutput' },
    ],
  };
}

const num = (min: number, max: number, integer = false) => ({ kind: 'number' as const, min, max, integer });
export const familySettings: SettingDef[] = [
  { key: 'sweeps', group: 'hyperparameter', description: 'sweeps of training', default: 1500, paperStates: true, source: TEXT, type: num(1, 1_000_000, true) },
  { key: 'earlySweeps', group: 'hyperparameter', description: 'sweeps trained with the early ε and α', default: 20, paperStates: true, source: TEXT, type: num(0, 1_000_000, true) },
  { key: 'earlyLearningRate', group: 'hyperparameter', description: 'ε for the early sweeps', default: 0.005, paperStates: true, source: TEXT, type: LEARNING_RATE },
  { key: 'earlyMomentum', group: 'hyperparameter', description: 'α for the early sweeps', default: 0.5, paperStates: true, source: TEXT, type: num(0, 1) },
  { key: 'learningRate', group: 'hyperparameter', description: 'ε after the early sweeps (one transcription reads 0.001; three sources read 0.01)', default: 0.01, paperStates: true, source: TEXT, type: LEARNING_RATE },
  { key: 'momentum', group: 'hyperparameter', description: 'α after the early sweeps', default: 0.9, paperStates: true, source: TEXT, type: num(0, 1) },
  { key: 'weightDecay', group: 'hyperparameter', description: 'share by which every weight is decremented after each weight change', default: 0.002, paperStates: true, source: `${TEXT}: "decremented by 0.2%"`, type: num(0, 1) },
  { key: 'marginOn', group: 'hyperparameter', description: 'an output that should be on is error-free above this', default: 0.8, paperStates: true, source: TEXT, type: num(0, 1) },
  { key: 'marginOff', group: 'hyperparameter', description: 'an output that should be off is error-free below this', default: 0.2, paperStates: true, source: TEXT, type: num(0, 1) },
  { key: 'heldOut', group: 'hyperparameter', description: 'cases held out of training, drawn per seed', default: 4, paperStates: true, source: `${TEXT}: trained on 100 of the 104 cases`, type: num(0, 103, true) },
  { key: 'initialRange', group: 'hyperparameter', description: 'initial parameters uniform in [−r, r]', default: 0.3, paperStates: false, source: 'the only range the paper states (Fig. 1 caption, symmetry task)', type: num(0, 100) },
  { key: 'biases', group: 'convention', description: 'every non-input unit has a bias, drawn like the weights', default: true, paperStates: false, source: 'every other net of the paper has biases', type: { kind: 'boolean' }, alternatives: 'no biases' },
  { key: 'decayTarget', group: 'convention', description: 'which parameters the weight decay shrinks', default: 'all', paperStates: false, source: 'biases are "treated just like the other weights", so they decay too', type: { kind: 'enum', values: ['all', 'weights'] }, alternatives: 'weights only' },
  { key: 'marginResidual', group: 'convention', description: 'error of an output outside the margin band: y − d (target) or distance to the band edge (edge)', default: 'target', paperStates: false, source: 'y − d, the error of eq. 3 where the margin does not apply', type: { kind: 'enum', values: ['target', 'edge'] }, alternatives: 'edge' },
  { key: 'lossReduction', group: 'convention', description: 'E summed over cases and outputs, or averaged', default: 'sum', paperStates: true, source: 'Nature 323 (1986), eq. 3', type: { kind: 'enum', values: ['sum', 'mean'] }, alternatives: 'mean' },
  { key: 'momentumForm', group: 'convention', description: 'what momentum stores', default: 'stored-step', paperStates: true, source: 'Nature 323 (1986), eq. 9', type: { kind: 'enum', values: Object.keys(momentumRules) }, alternatives: 'accumulated-gradient (TensorFlow.js): differs from sweep 21, when ε changes' },
  { key: 'updateGrain', group: 'convention', description: 'weights change once per sweep (batch) or after every case', default: 'batch', paperStates: true, source: 'Nature 323 (1986): ∂E/∂w accumulated over all cases before each change', type: { kind: 'enum', values: ['batch', 'pattern'] }, alternatives: 'pattern (online)' },
];

/** The training recipe of one configuration, for the engine (and for baselines that must match it). */
export function familyTrainConfig(config: Config): TrainConfig {
  const early = config.earlySweeps as number;
  const phases = (a: number, b: number) => piecewise(early > 0 ? [{ fromSweep: 1, value: a }, { fromSweep: early + 1, value: b }] : [{ fromSweep: 1, value: b }]);
  return {
    sweeps: config.sweeps as number,
    rule: momentumRules[config.momentumForm as keyof typeof momentumRules],
    learningRate: phases(config.earlyLearningRate as number, config.learningRate as number), // ε
    momentum: phases(config.earlyMomentum as number, config.momentum as number), // α
    decay: { rate: { kind: 'constant', value: config.weightDecay as number }, target: config.decayTarget as 'all' | 'weights' },
    grain: config.updateGrain as 'batch' | 'pattern',
    loss: {
      reduction: config.lossReduction as 'sum' | 'mean',
      margin: { on: config.marginOn as number, off: config.marginOff as number, residual: config.marginResidual as 'target' | 'edge' },
    },
    tiedGradient: 'average',
    criteria: [rightSideOf('train-correct', 0.5), beyondMargins('train-strict', config.marginOn as number, config.marginOff as number)],
    stopWhenCriteriaMet: false,
  };
}

function runSeed(config: Config, seed: number, progress?: SweepProgress, override?: TrainingOverride): Omit<FamilyRun, 'measures'> {
  const held = heldOutIndices(subStream(ID, seed, 'split'), cases.length, config.heldOut as number);
  const trainIdx = cases.map((_, k) => k).filter((k) => !held.includes(k));
  const net = buildNet(familyTreesNet(config.biases as boolean));
  const trainSet = packPatterns(net, selectPatterns(patterns, trainIdx));
  const params = initialParameters(net, { range: config.initialRange as number, biases: true }, subStream(ID, seed, 'init'));
  const recipe = withOverride(familyTrainConfig(config), override);
  const result = train(net, params, trainSet, { ...recipe, ...(progress ? { onSweep: (t) => progress(t, recipe.sweeps) } : {}) });
  const output = net.groups.findIndex((g) => g.name === 'output');
  const trained = caseOutcomes(result.workspace, output, trainIdx.map((k) => cases[k]!), names);
  const heldOut = held.length === 0 ? [] : caseOutcomes(evaluate(net, params, packPatterns(net, selectPatterns(patterns, held))), output, held.map((k) => cases[k]!), names);
  const block = net.blocks.find((b) => b.name === 'personToCode')!;
  const code = Array.from({ length: block.rows }, (_, j) => Array.from(params.subarray(block.offset + j * block.cols, block.offset + (j + 1) * block.cols)));
  const nationality = bestUnit(code, family.people.map((p) => (p.nationality === 'English' ? 1 : 0)));
  return {
    ...trainedRun(seed, net, params, result, 'train-correct'),
    heldOut,
    training: { cases: trained.length, correct: trained.filter((o) => o.correct).length, strictlyCorrect: trained.filter((o) => o.strictlyCorrect).length },
    personCode: {
      nationality,
      generation: bestUnit(code, family.people.map((p) => p.generation)),
      branch: bestUnit(code, family.people.map((p) => ({ 'Christopher-Penelope': 1, 'Andrew-Christine': -1, both: 0 })[p.branch])),
      twinNearest: twinNearestCount(code, family.people.map((p) => names.indexOf(p.twin)), nationality.unit),
    },
  };
}

export const familyTrees: Experiment<FamilyRun> = {
  id: ID,
  title: 'Family trees (Nature Figs. 2–4)',
  citation: 'Rumelhart, Hinton & Williams, Nature 323, 533–536 (1986), Figs. 2–4',
  summary:
    'A net learns the 104 ⟨person, relationship⟩ cases of two isomorphic family trees (English and Italian) from 100 of them, ' +
    'is tested on the 4 it never saw, and builds a distributed code of the people in its first hidden layer.',
  defaultSeeds: 50,
  settings: familySettings,
  net: (config) => familyTreesNet(config.biases as boolean),
  dataset: () => ({
    description: `${cases.length} ⟨person, relationship⟩ cases with ${cases.reduce((n, c) => n + c.answers.length, 0)} facts, generated from the two trees`,
    patterns: cases.length,
    digest: jsonDigest(cases),
    people: family.people,
    cases,
  }),
  criterion: (config) => ({ id: 'train-correct', description: 'every training case correct (on-units above 0.5, others below)', budget: config.sweeps as number }),
  runSeed,
  claims: familyClaims,
};
