import { exportParams, parametersDigest, type Net, type TrainResult } from '../../engine/index.js';
import type { ErrorCurve, RunRecord } from '../../reports/contract/index.js';
import type { TrainedRun } from './experiment.js';

/** Most points an error curve keeps: enough for a figure, small enough for a report of many seeds. */
export const CURVE_POINTS = 200;

/** E as a report keeps it: 6 significant digits, null where it is not finite. */
export const sixDigits = (e: number): number | null => (Number.isFinite(e) ? Number(e.toPrecision(6)) : null);

/** E at every k-th sweep (k chosen so at most CURVE_POINTS + 1 points are kept) and at the last sweep. */
export function sampleCurve(errors: Float64Array, points = CURVE_POINTS): ErrorCurve {
  const last = errors.length - 1;
  const every = Math.max(1, Math.ceil(last / points));
  const sweeps: number[] = [];
  for (let t = 0; t < last; t += every) sweeps.push(t);
  sweeps.push(last);
  return { sweeps, errors: sweeps.map((t) => sixDigits(errors[t]!)) };
}

/** The fields every experiment's run record shares, from one training. */
export function trainedRun(seed: number, net: Net, params: Float64Array, result: TrainResult, criterionId: string): TrainedRun<RunRecord> {
  const final = result.errors[result.errors.length - 1]!;
  return {
    seed,
    sweepsRun: result.sweeps,
    sweepsToCriterion: result.reached[criterionId] ?? null,
    criteria: result.reached,
    finalError: Number.isFinite(final) ? final : null,
    diverged: result.diverged,
    weightsDigest: parametersDigest(params),
    weights: params.every(Number.isFinite) ? exportParams(net, params) : null,
    errorCurve: sampleCurve(result.errors),
  };
}
