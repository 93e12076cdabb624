import type { ExperimentReport } from '../contract/index.js';

// How a chart names its axes, read only from the report's JSON.

/**
 * The y-axis title for E, from the experiment's loss-reduction convention when it records one. Two
 * short lines: vega sizes the figure by an estimate of the title's length, generous by half.
 */
export function errorAxisTitle(e: ExperimentReport): string[] {
  const reduction = e.conventions.lossReduction?.value;
  return ['error E', reduction === 'mean' ? '(averaged over cases and outputs)' : '(summed over cases and outputs)'];
}

export const SWEEPS_AXIS = 'sweeps (passes through the training set)';
