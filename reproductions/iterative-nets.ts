// Iterative (recurrent) nets: Nature 323 (1986), Fig. 5, and the recurrent experiments of PDP ch. 8.
// Every number the papers give for these experiments lives in this file, with its citation.
import { buildNet, jsonDigest, unroll, type UnrolledNet } from '../engine/index.js';
import type { Experiment } from './experiment.js';
import { iterativeClaims } from './iterative-nets/claims.js';
import { chainNet, chainPatterns } from './iterative-nets/fig5.js';
import { CRITERIA, runFig5, runSequence, runShift, type Common, type IterativeRun } from './iterative-nets/run-tasks.js';
import { allSequences, sequenceNet, sequencePatterns, type SequenceTask } from './iterative-nets/sequences.js';
import { shiftPatterns, shiftUnrolled } from './iterative-nets/shift-register.js';
import { momentumRules } from './momentum-forms.js';
import { LEARNING_RATE, type Config, type SettingDef } from './settings.js';
import type { TrainingOverride } from './training-override.js';

const ID = 'iterative-nets';
export const FIG5 = 'Nature 323 (1986), Fig. 5 caption';
export const PDP_RECURRENT = 'Rumelhart, Hinton & Williams, PDP vol. 1 (1986), ch. 8, recurrent nets';
const SEQUENCE_TABLES = 'PDP vol. 1 (1986), ch. 8, sequence completion, Tables 10–11';

/** Fig. 5's net "is run for three iterations". */
export const FIG5_ITERATIONS = 3;

/** Each letter's two-digit code, in input-unit order (A = 12, B = 23, C = 31, D = 21, E = 13). */
export const LETTER_CODES: Record<string, number[]> = { A: [1, 2], B: [2, 3], C: [3, 1], D: [2, 1], E: [1, 3] };
/** The three digit output units. */
export const DIGITS = [1, 2, 3];
/** Letters are presented at steps 1–2; the four digits must be produced at steps 3–6, with no input. */
export const LETTER_STEPS = [1, 2];
export const DIGIT_STEPS = [3, 4, 5, 6];
export const HIDDEN_UNITS = 30;
/** The five novel sequences the net is tested on; the other 20 of the 25 are the training set. */
export const TEST_SEQUENCES = ['AD1221', 'BE2313', 'CA3112', 'DB2123', 'EC1331'];
/** The paper's net gets about 4 of the 5 test sequences fully right (19 of 20 digits). */
export const PAPER_TEST_SEQUENCES_RIGHT = 4;
export const PAPER_TEST_DIGITS_RIGHT = 19;

const SUITE = "the suite's choice";
const PILOT = 'pilot seeds 1001–1020 (never reported; training criterion only)';
export const iterativeSettings: SettingDef[] = [
  { key: 'learningRate', group: 'hyperparameter', description: 'ε of eq. 9, for all three tasks', default: 0.2, paperStates: false, source: `${SUITE}: the papers give no ε for their recurrent runs; on ${PILOT}, ε = 0.2 brought 18 of 20 sequence nets and all 20 shift registers to the training criterion, ε from 0.05 to 0.3 no more (15–18 of 20), ε = 0.5 only 3 of 12 sequence nets`, type: LEARNING_RATE },
  { key: 'momentum', group: 'hyperparameter', description: 'α of eq. 9, for all three tasks', default: 0.9, paperStates: false, source: `${SUITE}: α = 0.9 as in Nature Fig. 1`, type: { kind: 'number', min: 0, max: 1 } },
  { key: 'initialRange', group: 'hyperparameter', description: 'initial parameters uniform in [−r, r]', default: 0.3, paperStates: false, source: `${SUITE}: r = 0.3 as in Nature Fig. 1`, type: { kind: 'number', min: 0, max: 100 } },
  { key: 'fig5Iterations', group: 'hyperparameter', description: 'T, iterations of the Fig. 5 chain (T + 1 layers)', default: FIG5_ITERATIONS, paperStates: true, source: FIG5, type: { kind: 'number', min: 1, max: 50, integer: true } },
  { key: 'fig5Sweeps', group: 'hyperparameter', description: 'sweeps over which the tied chain and its untied twin are compared', default: 1000, paperStates: false, source: SUITE, type: { kind: 'number', min: 1, max: 1_000_000, integer: true } },
  { key: 'shiftUnits', group: 'hyperparameter', description: 'units of the shift register (fully connected, self-connections and biases included)', default: 3, paperStates: false, source: `${SUITE}: PDP ch. 8 describes a small fully connected net`, type: { kind: 'number', min: 2, max: 10, integer: true } },
  { key: 'shiftIterations', group: 'hyperparameter', description: 'T, steps the shift register runs (3 steps rotate a 3-bit pattern once round)', default: 3, paperStates: false, source: SUITE, type: { kind: 'number', min: 1, max: 50, integer: true } },
  { key: 'shiftBudget', group: 'hyperparameter', description: 'sweeps allowed to the shift register before a seed counts as "not learned"', default: 2000, paperStates: false, source: `${SUITE}: the slowest of the ${PILOT} needed 30 sweeps`, type: { kind: 'number', min: 1, max: 10_000_000, integer: true } },
  { key: 'sequenceHiddenUnits', group: 'hyperparameter', description: 'recurrent hidden units of the sequence net', default: HIDDEN_UNITS, paperStates: true, source: SEQUENCE_TABLES, type: { kind: 'number', min: 1, max: 500, integer: true } },
  { key: 'sequenceBudget', group: 'hyperparameter', description: 'sweeps allowed to learn the 20 training sequences', default: 2000, paperStates: false, source: `${SUITE}: the slowest of the ${PILOT} that learned needed 1301 sweeps; a sweep costs about a millisecond`, type: { kind: 'number', min: 1, max: 10_000_000, integer: true } },
  { key: 'tiedGradient', group: 'convention', description: 'how a set of corresponding (tied) weights turns its copies\' ∂E/∂w into one change', default: 'average', paperStates: true, source: `${FIG5}: "we average ∂E/∂w for all the weights in each set of corresponding weights"`, type: { kind: 'enum', values: ['average', 'sum'] }, alternatives: 'sum (the 1987 PDP simulator; T times the effective ε)' },
  { key: 'lossReduction', group: 'convention', description: 'E summed over cases, scored steps and outputs, or averaged', default: 'sum', paperStates: true, source: 'Nature 323 (1986), eq. 3', type: { kind: 'enum', values: ['sum', 'mean'] }, alternatives: 'mean' },
  { key: 'momentumForm', group: 'convention', description: 'what momentum stores', default: 'stored-step', paperStates: true, source: 'Nature 323 (1986), eq. 9', type: { kind: 'enum', values: Object.keys(momentumRules) }, alternatives: 'accumulated-gradient (TensorFlow.js)' },
  { key: 'initBiases', group: 'convention', description: 'biases drawn like weights (true) or started at zero', default: true, paperStates: false, source: 'biases are "treated just like the other weights" (Nature 323, 1986), so drawn like them', type: { kind: 'boolean' }, alternatives: 'biases start at zero' },
  { key: 'criterion', group: 'convention', description: 'when the shift register and the sequence net count as having learned their training set', default: 'within-0.2', paperStates: false, source: `${SUITE}, as for Nature Fig. 1: every scored output within 0.2 of its target`, type: { kind: 'enum', values: Object.keys(CRITERIA) }, alternatives: 'right-side: every scored output on the right side of 0.5' },
  { key: 'fig5FdStep', group: 'convention', description: 'step h of the central differences that check the averaged gradient', default: 1e-4, paperStates: false, source: `${SUITE}: central differences err by about h² (truncation) and by about 1e-16 · E / h (rounding of E); h = 1e-4 keeps both far below 1e-6 of the derivative for E and weights of order 1 to 10`, type: { kind: 'number', min: 1e-9, max: 1e-2 } },
  { key: 'shiftScoredSteps', group: 'convention', description: 'at which steps the shift register is scored', default: 'every-step', paperStates: false, source: SUITE, type: { kind: 'enum', values: ['every-step', 'last-step'] }, alternatives: 'last-step: only the state after T steps' },
  { key: 'sequenceInitialState', group: 'convention', description: 'state of the hidden and digit units before step 1', default: 0, paperStates: false, source: `${SUITE}: units at rest are off`, type: { kind: 'number', min: 0, max: 1 }, alternatives: '0.5, the output of a unit with no net input' },
  { key: 'sequenceStepWeighting', group: 'convention', description: 'weight of each scored step (3–6) in E', default: 'equal', paperStates: false, source: `${SUITE}: E is summed over the scored steps like over cases (eq. 3)`, type: { kind: 'enum', values: ['equal'] }, alternatives: 'none implemented' },
  { key: 'digitReading', group: 'convention', description: 'which digit a vector of 3 outputs stands for', default: 'most-active', paperStates: false, source: `${SUITE}: the digit of the most active output unit`, type: { kind: 'enum', values: ['most-active', 'alone-above-half'] }, alternatives: 'alone-above-half: the one unit above 0.5, none if not exactly one' },
];

export function sequenceTask(config: Config): SequenceTask {
  return { codes: LETTER_CODES, digits: DIGITS, letterSteps: LETTER_STEPS, digitSteps: DIGIT_STEPS, hiddenUnits: config.sequenceHiddenUnits as number, initialState: config.sequenceInitialState as number };
}

/** The 25 sequences generated from the codes, split into the paper's 5 test sequences and the 20 others. */
export function sequenceSplit() {
  const all = allSequences(LETTER_CODES);
  const missing = TEST_SEQUENCES.filter((t) => !all.some((s) => s.text === t));
  if (missing.length > 0) throw new Error(`test sequences not generated by the letter codes: ${missing.join(', ')}`);
  return { all, train: all.filter((s) => !TEST_SEQUENCES.includes(s.text)), test: TEST_SEQUENCES.map((t) => all.find((s) => s.text === t)!) };
}

/** The settings the three tasks share; a comparison of optimizer variants overrides the rule, its grain, ε and α. */
function common(config: Config, override?: TrainingOverride): Common {
  return {
    rule: override?.rule ?? momentumRules[config.momentumForm as keyof typeof momentumRules],
    grain: override?.grain ?? 'batch',
    learningRate: override?.learningRate ?? (config.learningRate as number),
    momentum: override?.momentum ?? (config.momentum as number),
    initialRange: config.initialRange as number,
    initBiases: config.initBiases as boolean,
    loss: { reduction: config.lossReduction as 'sum' | 'mean' },
    tiedGradient: config.tiedGradient as Common['tiedGradient'],
    criterion: config.criterion as Common['criterion'],
  };
}

const shiftOptions = (config: Config) => ({
  units: config.shiftUnits as number,
  iterations: config.shiftIterations as number,
  scoredSteps: config.shiftScoredSteps as 'every-step' | 'last-step',
  budget: config.shiftBudget as number,
});

function runSeed(config: Config, seed: number, progress?: (sweep: number, budget: number) => void, override?: TrainingOverride) {
  const c = common(config, override);
  const fig5 = runFig5(c, ID, seed, config.fig5Iterations as number, config.fig5Sweeps as number, config.fig5FdStep as number);
  const shift = runShift(c, ID, seed, shiftOptions(config));
  const { train, test } = sequenceSplit();
  const sequence = runSequence(c, ID, seed, { task: sequenceTask(config), train, test, budget: config.sequenceBudget as number, digitReading: config.digitReading as 'most-active' }, progress);
  return { ...shift, fig5, sequence };
}

/** Size of the layered net a recurrent description unrolls into. */
const layered = ({ spec }: UnrolledNet) => {
  return { groups: spec.groups.length, units: spec.groups.reduce((n, g) => n + g.size, 0), parameterCount: buildNet(spec).parameterCount };
};

export const iterativeNets: Experiment<IterativeRun> = {
  id: ID,
  title: 'Iterative nets (Nature Fig. 5; PDP ch. 8 shift register and sequence completion)',
  citation: `Rumelhart, Hinton & Williams, Nature 323, 533–536 (1986), Fig. 5; ${PDP_RECURRENT}`,
  summary:
    'Recurrent nets unrolled into layered nets whose corresponding weights are tied. Three tasks per seed: the Fig. 5 chain A↔B↔C, checked against an explicitly built layered twin; ' +
    'a fully connected net that learns to be a shift register (the net, data and criterion shown here); and a 5→30→3 recurrent net that completes letter-letter-digit sequences and is tested on 5 novel ones.',
  defaultSeeds: 40,
  settings: iterativeSettings,
  net: (config) => shiftUnrolled(config.shiftUnits as number, config.shiftIterations as number, config.shiftScoredSteps as 'every-step').spec,
  dataset(config) {
    const shift = shiftOptions(config);
    const { all, train, test } = sequenceSplit();
    const tasks = {
      shiftRegister: { description: `all ${2 ** shift.units} patterns of ${shift.units} bits as starting states; target at step t: the pattern rotated t places`, patterns: 2 ** shift.units },
      fig5: { description: `the 8 binary starting states of A, B, C; target: A, B and C on (1) after ${config.fig5Iterations as number} steps`, patterns: 8, net: chainNet(config.fig5Iterations as number) },
      sequences: { description: `${all.length} sequences letter-letter-code-code from the letter codes; ${train.length} train, ${test.length} test`, patterns: train.length, train: train.map((s) => s.text), test: test.map((s) => s.text), net: sequenceNet(sequenceTask(config)) },
    };
    const fig5 = unroll(tasks.fig5.net);
    const sequences = unroll(tasks.sequences.net);
    const shiftNet = shiftUnrolled(shift.units, shift.iterations, shift.scoredSteps);
    // The digest covers every pattern the three tasks train and test on.
    const data = {
      shiftRegister: shiftPatterns(shiftNet, shift.units),
      fig5: chainPatterns(fig5),
      sequences: { train: sequencePatterns(sequenceTask(config), sequences, train), test: sequencePatterns(sequenceTask(config), sequences, test) },
    };
    return {
      description: `shift register: ${tasks.shiftRegister.description} (the other two tasks are listed under "tasks")`,
      patterns: 2 ** shift.units,
      digest: jsonDigest(data),
      tasks,
      layered: { fig5: layered(fig5), sequences: layered(sequences) },
    };
  },
  criterion: (config) => ({ id: config.criterion as string, description: `shift register: ${CRITERIA[config.criterion as Common['criterion']].description}`, budget: config.shiftBudget as number }),
  runSeed,
  claims: (config) =>
    iterativeClaims(config, {
      fig5Citation: FIG5,
      pdpCitation: PDP_RECURRENT,
      sequenceCitation: SEQUENCE_TABLES,
      testSequences: TEST_SEQUENCES,
      testSequencesRight: PAPER_TEST_SEQUENCES_RIGHT,
      testDigitsRight: PAPER_TEST_DIGITS_RIGHT,
    }),
};
