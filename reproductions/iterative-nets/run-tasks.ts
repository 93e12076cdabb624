import {
  buildNet, constant, evaluate, exportParams, initialParameters, packPatterns, parametersDigest, subStream, train, withinOf, rightSideOf,
  type Criterion, type LossSpec, type ParamsJson, type TiedGradient, type UpdateRule,
} from '../../engine/index.js';
import type { RunRecord } from '../../reports/types.js';
import type { SweepProgress, TrainedRun } from '../experiment.js';
import { trainedRun } from '../run-record.js';
import { checkEquivalence } from './fig5.js';
import { aloneAboveHalf, mostActive, sequencePatterns, scoreDigits, sequenceUnrolled, type LetterSequence, type SequenceTask } from './sequences.js';
import { shiftPatterns, shiftUnrolled } from './shift-register.js';

// One seed of the experiment: the Fig. 5 equivalence check, the shift register and sequence
// completion, each from its own random sub-stream. The run record's shared fields describe the
// shift register; the other two tasks add a field each.

export interface Fig5Record {
  gradientRelativeError: number;
  copySpread: number;
  twinDeviation: number;
  separateSpread: number;
  initialError: number;
  finalError: number;
  weightsDigest: string;
  weights: ParamsJson;
}

export interface SequenceRecord {
  sweepsRun: number;
  sweepsToCriterion: number | null;
  finalError: number | null;
  diverged: boolean;
  trainSequencesRight: number;
  trainDigitsRight: number;
  testSequencesRight: number;
  testDigitsRight: number;
  /** The digits produced for each test sequence, in the order of the test set (0: no digit). */
  testProduced: string[];
  weightsDigest: string;
}

export interface IterativeRun extends RunRecord {
  fig5: Fig5Record;
  sequence: SequenceRecord;
}

/** Settings shared by the three tasks, already read from the experiment's config. */
export interface Common {
  rule: UpdateRule<any>;
  /** Grain of the shift-register and sequence training; the Fig. 5 check is batch by design. */
  grain: 'batch' | 'pattern';
  learningRate: number;
  momentum: number;
  initialRange: number;
  initBiases: boolean;
  loss: LossSpec;
  tiedGradient: TiedGradient;
  criterion: 'within-0.2' | 'right-side';
}

export const CRITERIA: Record<Common['criterion'], Criterion> = {
  'within-0.2': withinOf('within-0.2', 0.2),
  'right-side': rightSideOf('right-side', 0.5),
};

const init = (common: Common) => ({ range: common.initialRange, biases: common.initBiases });
const trainConfig = (common: Common, sweeps: number) => ({
  sweeps,
  rule: common.rule,
  learningRate: constant(common.learningRate), // ε
  momentum: constant(common.momentum), // α
  grain: common.grain,
  loss: common.loss,
  tiedGradient: common.tiedGradient,
  criteria: Object.values(CRITERIA),
  stopWhenCriteriaMet: true,
});

export function runFig5(common: Common, experiment: string, seed: number, iterations: number, sweeps: number, fdStep: number): Fig5Record {
  const stream = subStream(experiment, seed, 'init-fig5');
  const config = {
    iterations, sweeps, fdStep, rule: common.rule, learningRate: constant(common.learningRate), momentum: constant(common.momentum), loss: common.loss, tiedGradient: common.tiedGradient,
  };
  const result = checkEquivalence(config, (net) => initialParameters(net, init(common), stream));
  return {
    gradientRelativeError: result.gradientRelativeError,
    copySpread: result.copySpread,
    twinDeviation: result.twinDeviation,
    separateSpread: result.separateSpread,
    initialError: result.errors.initial,
    finalError: result.errors.final,
    weightsDigest: parametersDigest(result.params),
    weights: exportParams(result.net, result.params),
  };
}

export interface ShiftOptions {
  units: number;
  iterations: number;
  scoredSteps: 'every-step' | 'last-step';
  budget: number;
}

export function runShift(common: Common, experiment: string, seed: number, o: ShiftOptions): TrainedRun<RunRecord> {
  const unrolled = shiftUnrolled(o.units, o.iterations, o.scoredSteps);
  const net = buildNet(unrolled.spec);
  const stream = subStream(experiment, seed, 'init-shift');
  const params = initialParameters(net, init(common), stream);
  const result = train(net, params, packPatterns(net, shiftPatterns(unrolled, o.units)), trainConfig(common, o.budget));
  return trainedRun(seed, net, params, result, common.criterion);
}

export interface SequenceOptions {
  task: SequenceTask;
  train: readonly LetterSequence[];
  test: readonly LetterSequence[];
  budget: number;
  digitReading: 'most-active' | 'alone-above-half';
}

export function runSequence(common: Common, experiment: string, seed: number, o: SequenceOptions, progress?: SweepProgress): SequenceRecord {
  const unrolled = sequenceUnrolled(o.task);
  const net = buildNet(unrolled.spec);
  const stream = subStream(experiment, seed, 'init-sequence');
  const params = initialParameters(net, init(common), stream);
  const result = train(net, params, packPatterns(net, sequencePatterns(o.task, unrolled, o.train)), {
    ...trainConfig(common, o.budget),
    ...(progress ? { onSweep: (t: number) => progress(t, o.budget) } : {}),
  });
  const groupIndex = (name: string) => net.groups.findIndex((g) => g.name === name);
  const reading = o.digitReading === 'most-active' ? mostActive : aloneAboveHalf;
  const score = (set: readonly LetterSequence[]) =>
    scoreDigits(o.task, groupIndex, evaluate(net, params, packPatterns(net, sequencePatterns(o.task, unrolled, set))), set, reading);
  const onTrain = score(o.train);
  const onTest = score(o.test);
  const final = result.errors[result.errors.length - 1]!;
  return {
    sweepsRun: result.sweeps,
    sweepsToCriterion: result.reached[common.criterion] ?? null,
    finalError: Number.isFinite(final) ? final : null,
    diverged: result.diverged,
    trainSequencesRight: onTrain.sequences,
    trainDigitsRight: onTrain.digits,
    testSequencesRight: onTest.sequences,
    testDigitsRight: onTest.digits,
    testProduced: onTest.produced.map((d) => d.join('')),
    weightsDigest: parametersDigest(params),
  };
}
