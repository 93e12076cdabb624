import type { TrainingTask } from '../../../baselines/task.js';
import { buildNet, initialParameters, subStream, type NetSpec, type PatternSet } from '../../../engine/index.js';

// The nets of the scaling study: the plainest layered net, inputs → hidden → outputs, logistic
// units with biases, trained by the paper's batch rule with momentum (eq. 9) on random 0/1 patterns
// and targets, so that nothing but size varies from point to point. The loss is the mean over
// patterns and outputs, so that one ε suits every size; what is measured is the time of a sweep,
// not what the net learns. Patterns and initial weights come from seeded sub-streams of the
// point's own name: the same point is the same training on every run.

export const SCALING_INPUTS = 10;
export const SCALING_OUTPUTS = 10;

/** Patterns of the hidden-units series, and hidden units of the patterns series. */
export const FIXED_PATTERNS = 100;
export const FIXED_HIDDEN = 30;

/** The default series: three points a decade of hidden units, one a decade of patterns. */
export const DEFAULT_HIDDEN = [10, 30, 100, 300, 1000] as const;
export const DEFAULT_PATTERNS = [10, 100, 1000, 10000] as const;

export const MAX_HIDDEN = 10_000;
export const MAX_PATTERNS = 100_000;

/** Sweeps of the check against the engine at each point: past the first step that uses momentum. */
export const SCALING_CHECK_SWEEPS = 3;

export function scalingSpec(hidden: number): NetSpec {
  return {
    groups: [
      { name: 'input', size: SCALING_INPUTS, kind: 'input' },
      { name: 'hidden', size: hidden, kind: 'hidden', bias: 'hiddenBias' },
      { name: 'output', size: SCALING_OUTPUTS, kind: 'output', bias: 'outputBias' },
    ],
    projections: [
      { from: 'input', to: 'hidden', block: 'inputToHidden' },
      { from: 'hidden', to: 'output', block: 'hiddenToOutput' },
    ],
  };
}

function randomBits(count: number, size: number, name: string, purpose: string): Float64Array[] {
  const stream = subStream(name, 1, purpose);
  return Array.from({ length: count }, () => Float64Array.from({ length: size }, () => (stream.next() < 0.5 ? 0 : 1)));
}

/** The task of one point: `hidden` hidden units, `patterns` random patterns. */
export function scalingTask(hidden: number, patterns: number): TrainingTask {
  const id = `scaling-${hidden}h-${patterns}p`;
  const spec = scalingSpec(hidden);
  const set: PatternSet = {
    count: patterns,
    inputs: { input: randomBits(patterns, SCALING_INPUTS, id, 'inputs') },
    targets: { output: randomBits(patterns, SCALING_OUTPUTS, id, 'targets') },
  };
  return {
    id,
    spec,
    patterns: set,
    initial: initialParameters(buildNet(spec), { range: 0.3, biases: true }, subStream(id, 1, 'init')),
    sweeps: 1,
    learningRate: { kind: 'constant', value: 0.5 },
    momentum: { kind: 'constant', value: 0.9 },
    decay: null,
    loss: { reduction: 'mean' },
  };
}
