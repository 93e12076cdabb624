import type { ExperimentReport } from '../types.js';

// What a chart marks from the paper and how it names its axes, read only from the report's JSON.

/** The paper's sweep counts that the experiment's claims compare against (statistic `paperSweeps`). */
export function paperSweepsOf(e: ExperimentReport): number[] {
  const found = e.claims.map((c) => c.statistics.paperSweeps).filter((v): v is number => typeof v === 'number');
  return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * The y-axis title for E, from the experiment's loss-reduction convention when it records one. Two
 * short lines: vega sizes the figure by an estimate of the title's length, generous by half.
 */
export function errorAxisTitle(e: ExperimentReport): string[] {
  const reduction = e.conventions.lossReduction?.value;
  return ['error E', reduction === 'mean' ? '(averaged over cases and outputs)' : '(summed over cases and outputs)'];
}

export const SWEEPS_AXIS = 'sweeps (passes through the training set)';
