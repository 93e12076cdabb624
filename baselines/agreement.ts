import { parametersDigest } from '../engine/index.js';
import type { BenchmarkAgreement } from '../reports/contract/index.js';
import { trainEngine } from './engine-adapter.js';
import { trainNestedLoops } from './nested-loops.js';
import type { Implementation, Trained, TrainingTask } from './task.js';

// Oracles before rivals: an implementation is timed only if, from the same initial parameters, it
// ends a short training where the engine ends it. How far apart two trainings end is one number,
// the larger of |E − E_engine| / E_engine and max_k |w_k − w_k(engine)|.
//
// Float64 implementations must agree to rounding. Rounding differs between honest float64 code and
// the engine (an FMA instead of a multiply and an add, another exp()), so "the same bits" is too
// strict; the tolerance is not picked either, but placed from two trainings of the same task and
// sweeps: how far the engine ends from itself when every initial parameter moves by one ulp (the
// smallest change float64 can make: float64 rounding), and how far the same training ends when its
// exp() alone is rounded to float32 (the mildest float32 slip: float32 rounding). Honest float64
// code lands near the first; code with a float32 slip, or a wrong formula, at or beyond the second.
// The tolerance is their geometric mean, the middle of the two on a log scale, so that an error of
// a factor of a thousand either way in what each stands for leaves the verdict unchanged.
//
// Float32 implementations (TF.js) must agree within 1e-5, about 150 float32 epsilons: what a few
// dozen sweeps of float32 rounding can explain, and far below what a wrong formula (a missing
// term, another momentum form) produces.

export const FLOAT32_TOLERANCE = 1e-5;

export interface Agreement extends BenchmarkAgreement {
  /** Why it disagrees, in words; absent when it agrees. */
  reason?: string;
}

export interface Gap {
  relativeErrorDifference: number;
  maxParameterDifference: number;
}

/** How far `mine` ends from `engine`: NaN and a different parameter count count as infinitely far. */
export function gapBetween(mine: Trained, engine: Trained): Gap {
  const relativeErrorDifference = Math.abs(mine.finalError - engine.finalError) / Math.abs(engine.finalError);
  let maxParameterDifference = mine.params.length === engine.params.length ? 0 : Infinity;
  for (let k = 0; k < engine.params.length && maxParameterDifference !== Infinity; k++) {
    const d = Math.abs(mine.params[k]! - engine.params[k]!);
    maxParameterDifference = Number.isNaN(d) ? Infinity : Math.max(maxParameterDifference, d);
  }
  return { relativeErrorDifference, maxParameterDifference };
}

/** The one number a tolerance bounds; NaN (0 / 0) counts as infinitely far. */
export function gapSize(gap: Gap): number {
  const size = Math.max(gap.relativeErrorDifference, gap.maxParameterDifference);
  return Number.isNaN(size) ? Infinity : size;
}

const float32Exp = (x: number) => Math.fround(Math.exp(x));

export interface RoundingScale {
  /** The engine from initial parameters one ulp away (at least one float64 epsilon). */
  float64: number;
  /** The same training with exp() rounded to float32. */
  float32: number;
  /** Their geometric mean: the float64 tolerance. */
  tolerance: number;
}

/** The float64 tolerance of `sweeps` sweeps of `task`, given the engine's own training of them. */
export function roundingScale(task: TrainingTask, sweeps: number, engine: Trained): RoundingScale {
  const nudged = trainEngine({ ...task, initial: task.initial.map((w) => w * (1 + Number.EPSILON)) }, sweeps);
  const float64 = Math.max(Number.EPSILON, gapSize(gapBetween(nudged, engine)));
  const float32 = gapSize(gapBetween(trainNestedLoops(task, sweeps, float32Exp), engine));
  return { float64, float32, tolerance: Math.sqrt(float64 * float32) };
}

/** Compares a check training with the engine's; `float64Tolerance` is roundingScale(...).tolerance for the task. */
export function compareWithEngine(impl: Pick<Implementation, 'id' | 'precision'>, mine: Trained, engine: Trained, checkSweeps: number, float64Tolerance: number): Agreement {
  const tolerance = impl.precision === 'float32' ? FLOAT32_TOLERANCE : float64Tolerance;
  const gap = gapBetween(mine, engine);
  const sameDigest = mine.params.length === engine.params.length && parametersDigest(mine.params) === parametersDigest(engine.params);
  const problems: string[] = [];
  if (!(gap.relativeErrorDifference <= tolerance)) problems.push(`E = ${mine.finalError} against the engine's ${engine.finalError} (relative difference ${gap.relativeErrorDifference.toExponential(2)})`);
  if (!(gap.maxParameterDifference <= tolerance)) problems.push(`a parameter differs by ${gap.maxParameterDifference.toExponential(2)}`);
  const agrees = problems.length === 0;
  const what = impl.precision === 'float32' ? 'float32' : 'float64 rounding';
  return {
    agrees,
    checkSweeps,
    tolerance,
    ...gap,
    sameDigest,
    ...(agrees ? {} : { reason: `disagrees with the engine after ${checkSweeps} sweeps (tolerance ${tolerance.toExponential(1)}, ${what}): ${problems.join('; ')}` }),
  };
}
