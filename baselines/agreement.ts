import { parametersDigest } from '../engine/index.js';
import type { BenchmarkAgreement } from '../reports/contract/index.js';
import type { Implementation, Trained } from './task.js';

// Oracles before rivals: an implementation is timed only if, from the same initial parameters, it
// ends a short training where the engine ends it. Float64 implementations must agree to rounding
// (E within 1e-9 relative, every parameter within 1e-9); float32 ones (TF.js) within 1e-5, about
// 150 float32 epsilons: what a few dozen sweeps of float32 rounding can explain, and far below
// what a wrong formula (a missing term, another momentum form) produces.

export const TOLERANCE = { float64: 1e-9, float32: 1e-5 } as const;

export interface Agreement extends BenchmarkAgreement {
  /** Why it disagrees, in words; absent when it agrees. */
  reason?: string;
}

export function compareWithEngine(impl: Pick<Implementation, 'id' | 'precision'>, mine: Trained, engine: Trained, checkSweeps: number): Agreement {
  const tolerance = TOLERANCE[impl.precision];
  const relativeErrorDifference = Math.abs(mine.finalError - engine.finalError) / Math.abs(engine.finalError);
  let maxParameterDifference = mine.params.length === engine.params.length ? 0 : Infinity;
  for (let k = 0; k < engine.params.length && maxParameterDifference !== Infinity; k++) {
    const d = Math.abs(mine.params[k]! - engine.params[k]!);
    maxParameterDifference = Number.isNaN(d) ? Infinity : Math.max(maxParameterDifference, d);
  }
  const sameDigest = mine.params.length === engine.params.length && parametersDigest(mine.params) === parametersDigest(engine.params);
  const problems: string[] = [];
  if (!(relativeErrorDifference <= tolerance)) problems.push(`E = ${mine.finalError} against the engine's ${engine.finalError} (relative difference ${relativeErrorDifference.toExponential(2)})`);
  if (!(maxParameterDifference <= tolerance)) problems.push(`a parameter differs by ${maxParameterDifference.toExponential(2)}`);
  const agrees = problems.length === 0;
  return {
    agrees,
    checkSweeps,
    tolerance,
    relativeErrorDifference,
    maxParameterDifference,
    sameDigest,
    ...(agrees ? {} : { reason: `disagrees with the engine after ${checkSweeps} sweeps (tolerance ${tolerance}): ${problems.join('; ')}` }),
  };
}
