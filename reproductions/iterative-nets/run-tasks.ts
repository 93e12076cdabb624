import {
  buildNet, evaluate, exportParams, initialParameters, packPatterns, parametersDigest, subStream, train,
  type InitSpec, type ParamsJson, type TrainConfig,
} from '../../engine/index.js';
import type { RunRecord } from '../../reports/contract/index.js';
import type { SweepProgress, TrainedRun } from '../kit/experiment.js';
import { trainedRun } from '../kit/run-record.js';
import { checkEquivalence } from './fig5.js';
import { aloneAboveHalf, mostActive, sequencePatterns, scoreDigits, sequenceUnrolled, type LetterSequence, type SequenceProblem } from './sequences.js';
import { shiftPatterns, shiftUnrolled, type ShiftScoring } from './shift-register.js';

// One seed of the experiment: the Fig. 5 equivalence check, the shift register and sequence
// completion, each from its own random sub-stream. The run record's shared fields describe the
// shift register; the other two tasks add a field each.

export interface Fig5Record {
  gradientRelativeError: number;
  copySpread: number;
  twinDeviation: number;
  separateSpread: number;
  separateDeviation: number;
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

/** What the three tasks share: the training (an optimizer variant's override already applied), the initial range, the criterion. */
export interface Common {
  /** The recipe of the shift register and the sequence net, but for its budget; the Fig. 5 check takes its rule, ε, α and loss, always in batch. */
  training: TrainConfig;
  init: InitSpec;
  criterion: string;
}

export function runFig5(common: Common, experiment: string, seed: number, iterations: number, sweeps: number, fdStep: number): Fig5Record {
  const stream = subStream(experiment, seed, 'init-fig5');
  const { rule, learningRate, momentum, loss, tiedGradient } = common.training;
  const result = checkEquivalence({ iterations, sweeps, fdStep, rule, learningRate, momentum, loss, tiedGradient }, (net) => initialParameters(net, common.init, stream));
  return {
    gradientRelativeError: result.gradientRelativeError,
    copySpread: result.copySpread,
    twinDeviation: result.twinDeviation,
    separateSpread: result.separateSpread,
    separateDeviation: result.separateDeviation,
    initialError: result.errors.initial,
    finalError: result.errors.final,
    weightsDigest: parametersDigest(result.params),
    weights: exportParams(result.net, result.params),
  };
}

export interface ShiftOptions {
  units: number;
  iterations: number;
  scoredSteps: ShiftScoring;
  budget: number;
}

export function runShift(common: Common, experiment: string, seed: number, o: ShiftOptions): TrainedRun<RunRecord> {
  const unrolled = shiftUnrolled(o.units, o.iterations, o.scoredSteps);
  const net = buildNet(unrolled.spec);
  const stream = subStream(experiment, seed, 'init-shift');
  const params = initialParameters(net, common.init, stream);
  const result = train(net, params, packPatterns(net, shiftPatterns(unrolled, o.units)), { ...common.training, sweeps: o.budget });
  return trainedRun(seed, net, params, result, common.criterion);
}

export interface SequenceOptions {
  task: SequenceProblem;
  train: readonly LetterSequence[];
  test: readonly LetterSequence[];
  budget: number;
  digitReading: 'most-active' | 'alone-above-half';
}

export function runSequence(common: Common, experiment: string, seed: number, o: SequenceOptions, progress?: SweepProgress): SequenceRecord {
  const unrolled = sequenceUnrolled(o.task);
  const net = buildNet(unrolled.spec);
  const stream = subStream(experiment, seed, 'init-sequence');
  const params = initialParameters(net, common.init, stream);
  const result = train(net, params, packPatterns(net, sequencePatterns(o.task, unrolled, o.train)), {
    ...common.training,
    sweeps: o.budget,
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
