// Symmetry detection, Nature 323 (1986), Fig. 1. Every number the paper gives for this experiment
// lives in this file, with its citation.
import {
  buildNet, constant, importParams, jsonDigest, initialParameters, packPatterns, rightSideOf, subStream, train, withinOf,
  type NetSpec, type ParamsJson, type TrainConfig,
} from '../engine/index.js';
import type { RunRecord } from '../reports/types.js';
import { fractionClaim, type Claim } from './claims.js';
import type { Experiment, SweepProgress } from './experiment.js';
import { momentumRules } from './momentum-forms.js';
import { trainedRun } from './run-record.js';
import { LEARNING_RATE, type Config, type SettingDef } from './settings.js';
import { withOverride, type TrainingOverride } from './training-override.js';
import { sweepsClaim } from './sweeps-claim.js';
import { symmetryPatterns } from './symmetry/data.js';
import { cosine, hasDoublingRatios, hasPaperSigns, isMirrorAntisymmetric, type SymmetryWeights } from './symmetry/measures.js';

const ID = 'symmetry';
const CAPTION = 'Nature 323 (1986), Fig. 1 caption';
const WIDTH = 6;

/** "The learning required 1,425 sweeps through the set of 64 possible input vectors." */
export const PAPER_SWEEPS = 1425;

/** The weights printed in Fig. 1 (read off the figure; inputs top to bottom). */
export const PAPER_WEIGHTS: ParamsJson & SymmetryWeights = {
  inputToHidden: [
    [14.2, -3.6, 7.2, -7.2, 3.6, -14.2],
    [-14.2, 3.6, -7.1, 7.1, -3.6, 14.2],
  ],
  hiddenBias: [-1.1, -1.1],
  hiddenToOutput: [[-8.8, -8.8]],
  outputBias: [6.4],
};

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

export const symmetrySettings: SettingDef[] = [
  { key: 'learningRate', group: 'hyperparameter', description: 'ε, the learning rate of eq. 9', default: 0.1, paperStates: true, source: CAPTION, type: LEARNING_RATE },
  { key: 'momentum', group: 'hyperparameter', description: 'α, the momentum of eq. 9', default: 0.9, paperStates: true, source: CAPTION, type: { kind: 'number', min: 0, max: 1 } },
  { key: 'initialRange', group: 'hyperparameter', description: 'initial parameters uniform in [−r, r]', default: 0.3, paperStates: true, source: CAPTION, type: { kind: 'number', min: 0, max: 100 } },
  { key: 'sweepBudget', group: 'hyperparameter', description: 'sweeps allowed before a seed counts as "not reached"', default: 10 * PAPER_SWEEPS, paperStates: false, source: "the suite's choice: 10 × the paper's 1,425 sweeps", type: { kind: 'number', min: 1, max: 10_000_000, integer: true } },
  { key: 'lossReduction', group: 'convention', description: 'E summed over cases and outputs, or averaged', default: 'sum', paperStates: true, source: 'Nature 323 (1986), eq. 3', type: { kind: 'enum', values: ['sum', 'mean'] }, alternatives: 'mean (shrinks every step by cases × outputs)' },
  { key: 'momentumForm', group: 'convention', description: 'what momentum stores', default: 'stored-step', paperStates: true, source: 'Nature 323 (1986), eq. 9', type: { kind: 'enum', values: Object.keys(momentumRules) }, alternatives: 'accumulated-gradient (TensorFlow.js)' },
  { key: 'updateGrain', group: 'convention', description: 'weights change once per sweep (batch) or after every pattern', default: 'batch', paperStates: true, source: `${CAPTION}: "adjusted on the basis of the accumulated gradient after each sweep"`, type: { kind: 'enum', values: ['batch', 'pattern'] }, alternatives: 'pattern (online)' },
  { key: 'patternOrder', group: 'convention', description: 'order of patterns within a sweep (per-pattern grain only)', default: 'fixed', paperStates: false, source: 'fixed order, input vectors counted up in binary', type: { kind: 'enum', values: ['fixed', 'shuffled'] }, alternatives: 'shuffled every sweep from the seed\'s order stream' },
  { key: 'initBiases', group: 'convention', description: 'biases drawn like weights (true) or started at zero', default: true, paperStates: false, source: 'biases are "treated just like the other weights" (Nature 323, 1986), so drawn like them', type: { kind: 'boolean' }, alternatives: 'biases start at zero' },
  { key: 'criterion', group: 'convention', description: 'when the net counts as having learned', default: 'within-0.2', paperStates: false, source: 'the printed weights give outputs ≥ 0.881 and ≤ 0.156, i.e. within 0.2 of every target', type: { kind: 'enum', values: ['within-0.2', 'right-side'] }, alternatives: 'right-side: every output on the right side of 0.5' },
];

const CRITERIA = { 'right-side': rightSideOf('right-side', 0.5), 'within-0.2': withinOf('within-0.2', 0.2) };
const criterionOf = (config: Config) => CRITERIA[config.criterion as keyof typeof CRITERIA];
const patterns = symmetryPatterns(WIDTH, 'input', 'output');

/** The paper's training of this net, for the given settings (sweepBudget sweeps, stopping at the criteria). */
function recipe(config: Config, seed: number): TrainConfig {
  return {
    sweeps: config.sweepBudget as number,
    rule: momentumRules[config.momentumForm as keyof typeof momentumRules],
    learningRate: constant(config.learningRate as number), // ε
    momentum: constant(config.momentum as number), // α
    grain: config.updateGrain as 'batch' | 'pattern',
    ...(config.patternOrder === 'shuffled' ? { order: subStream(ID, seed, 'order') } : {}),
    loss: { reduction: config.lossReduction as 'sum' | 'mean' },
    tiedGradient: 'average',
    criteria: Object.values(CRITERIA),
    stopWhenCriteriaMet: true,
  };
}

function runSeed(config: Config, seed: number, progress?: SweepProgress, override?: TrainingOverride): Omit<RunRecord, 'measures'> {
  const net = buildNet(symmetryNet);
  const budget = config.sweepBudget as number;
  const params = initialParameters(net, { range: config.initialRange as number, biases: config.initBiases as boolean }, subStream(ID, seed, 'init'));
  const result = train(net, params, packPatterns(net, patterns), {
    ...withOverride(recipe(config, seed), override),
    ...(progress ? { onSweep: (t: number) => progress(t, budget) } : {}),
  });
  return trainedRun(seed, net, params, result, criterionOf(config).id);
}

/** Given weights (e.g. the printed Fig. 1), measured as a run that is zero sweeps long; throws ParamsError. */
function evaluateWeights(config: Config, json: unknown): Omit<RunRecord, 'measures'> {
  const net = buildNet(symmetryNet);
  const params = importParams(net, json);
  const result = train(net, params, packPatterns(net, patterns), { ...recipe(config, 0), sweeps: 0 });
  return trainedRun(0, net, params, result, criterionOf(config).id);
}

// A converged run stopped at its criterion with finite weights, so the structure claims always have weights to read.
const weightsOf = (run: RunRecord) => run.weights as unknown as SymmetryWeights;
const converged = { label: 'seeds that reached the criterion', includes: (run: RunRecord) => run.sweepsToCriterion !== null };
const STRUCTURE = { reproducedAt: 0.8, partialAt: 0.5 };
/** Thresholds of the structure claims; set from the paper's words before any run was seen. */
const MIRROR_TOLERANCE = 0.1;
const RATIO_BAND: [number, number] = [1.5, 2.5];
const OPPOSITE_COSINE = -0.9;

const learning = (criterionId: keyof typeof CRITERIA, budget: number): Claim<RunRecord> =>
  sweepsClaim({
    id: `learning-${criterionId}`,
    statement: 'The learning required 1,425 sweeps through the set of 64 possible input vectors.',
    citation: CAPTION,
    criterionId,
    criterionDescription: CRITERIA[criterionId].description,
    paperSweeps: PAPER_SWEEPS,
    budget,
    percentileBand: [5, 95],
    minReachedFraction: 0.5,
  });

export const symmetryClaims = (config: Config): Array<Claim<RunRecord>> => [
  learning('right-side', config.sweepBudget as number),
  learning('within-0.2', config.sweepBudget as number),
  fractionClaim({
    id: 'mirror-antisymmetry',
    statement: 'For a given hidden unit, weights that are symmetric about the middle of the input vector are equal in magnitude and opposite in sign.',
    citation: CAPTION,
    definition: `For both hidden units and every mirror pair (i, 7 − i): |w_i + w_(7−i)| ≤ ${MIRROR_TOLERANCE} · max|w| over that unit's six input weights. Reproduced if it holds on ≥ 80% of converged seeds, partial if ≥ 50%.`,
    population: converged,
    measure: (run) => weightsOf(run).inputToHidden.every((w) => isMirrorAntisymmetric(w, MIRROR_TOLERANCE)),
    paperValue: 'holds for the printed weights',
    ...STRUCTURE,
  }),
  fractionClaim({
    id: 'ratio-1-2-4',
    statement: 'Note that the weights on each side of the midpoint are in the ratio 1:2:4.',
    citation: CAPTION,
    definition: `For both hidden units: the three mirror-pair magnitudes (|w_i| + |w_(7−i)|)/2, sorted, have each successive ratio in [${RATIO_BAND.join(', ')}] (sorted, since the printed order by position is 4:1:2). Reproduced if it holds on ≥ 80% of converged seeds, partial if ≥ 50%.`,
    population: converged,
    measure: (run) => weightsOf(run).inputToHidden.every((w) => hasDoublingRatios(w, RATIO_BAND)),
    paperValue: 'printed magnitudes 3.6 : 7.2 : 14.2',
    ...STRUCTURE,
  }),
  fractionClaim({
    id: 'bias-signs',
    statement: 'Because the hidden units have a negative bias, both will be off. In this case the output unit, having a positive bias, will be on.',
    citation: CAPTION,
    definition: 'Both hidden biases < 0, the output bias > 0, and both hidden→output weights < 0 (so an active hidden unit turns the output off). Reproduced if it holds on ≥ 80% of converged seeds, partial if ≥ 50%.',
    population: converged,
    measure: (run) => hasPaperSigns(weightsOf(run)),
    paperValue: 'hidden biases −1.1, output bias +6.4, hidden→output −8.8',
    ...STRUCTURE,
  }),
  fractionClaim({
    id: 'opposite-hidden-units',
    statement: 'The two hidden units have identical patterns of weights but with opposite signs.',
    citation: CAPTION,
    definition: `Cosine of the two hidden units' six input weights ≤ ${OPPOSITE_COSINE}. Reproduced if it holds on ≥ 80% of converged seeds, partial if ≥ 50%.`,
    population: converged,
    measure: (run) => {
      const [a, b] = weightsOf(run).inputToHidden;
      return cosine(a!, b!) <= OPPOSITE_COSINE;
    },
    paperValue: 'cosine −1.00 for the printed weights',
    ...STRUCTURE,
  }),
];

export const symmetry: Experiment<RunRecord> = {
  id: ID,
  title: 'Symmetry detection (Nature Fig. 1)',
  citation: 'Rumelhart, Hinton & Williams, Nature 323, 533–536 (1986), Fig. 1',
  summary: 'A 6-2-1 net learns to output 1 exactly when its 6-bit input is mirror-symmetric about its centre; all 64 vectors are the training set.',
  defaultSeeds: 200,
  settings: symmetrySettings,
  net: () => symmetryNet,
  dataset: () => ({
    description: `all ${patterns.count} vectors of ${WIDTH} bits; target 1 for the ${patterns.targets.output!.filter((t) => t[0] === 1).length} mirror-symmetric ones`,
    patterns: patterns.count,
    digest: jsonDigest(patterns),
    // The printed Fig. 1 weights travel in the report, so its figures need nothing but the JSON.
    paperWeights: PAPER_WEIGHTS,
  }),
  criterion: (config) => ({ id: criterionOf(config).id, description: criterionOf(config).description, budget: config.sweepBudget as number }),
  runSeed,
  evaluateWeights,
  claims: symmetryClaims,
};
