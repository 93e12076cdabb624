import type { CurvePoint } from '../../../reports/contract/index.js';
import type { Censored } from './censored.js';

/** The shape is the contract's (reports/contract/statistics.ts). */
export type { CurvePoint } from '../../../reports/contract/index.js';

/**
 * Success by budget, Kaplan–Meier style: runs that reached the criterion are events at their
 * sweep count; runs that did not are censored at their own budget and stay in the risk set until
 * then. With one budget for all runs this is the plain share reached by each sweep count.
 * Returns the curve's steps, starting at (0, 0).
 */
export function successByBudget(reached: readonly Censored[], budgets: readonly number[]): CurvePoint[] {
  const events = reached.flatMap((r) => (r === null ? [] : [r]));
  const times = [...new Set(events)].sort((a, b) => a - b);
  let survival = 1;
  const curve: CurvePoint[] = [{ sweeps: 0, fraction: 0 }];
  for (const t of times) {
    // at risk: runs not yet reached before t and not censored before t
    const atRisk = reached.filter((r, k) => (r === null ? budgets[k]! >= t : r >= t)).length;
    const hits = events.filter((e) => e === t).length;
    survival *= 1 - hits / atRisk;
    curve.push({ sweeps: t, fraction: 1 - survival });
  }
  return curve;
}
