import type { RunRecord } from '../../reports/contract/index.js';
import type { Claim, Control, MeasureValue, Statistics } from './claims.js';
import { percentileRank, summarizeCensored, type Censored } from './statistics/censored.js';

export interface SweepsToCriterionSpec<R> {
  id: string;
  statement: string;
  citation: string;
  /** The criterion whose sweeps are measured, by id (a key of run.criteria). */
  criterionId: string;
  criterionDescription: string;
  /** The paper's sweep count (one run). */
  paperSweeps: number;
  budget: number;
  /** The paper's count must fall within these percentiles of the suite's distribution. */
  percentileBand: [number, number];
  /** And at least this share of seeds must reach the criterion. */
  minReachedFraction: number;
  /** Training under which no seed may learn (ε = 0, say). */
  control: Control<R>;
}

/** "Learning took N sweeps": where the paper's one run falls among the suite's seeds. */
export function sweepsToCriterionClaim<R extends RunRecord>(spec: SweepsToCriterionSpec<R>): Claim<R> {
  const [lo, hi] = spec.percentileBand;
  return {
    id: spec.id,
    statement: spec.statement,
    citation: spec.citation,
    definition:
      `Sweeps until ${spec.criterionDescription}, per seed, with a budget of ${spec.budget} sweeps; seeds that never get there are kept ` +
      `as "not reached" (counted above every finite value). Reproduced when the paper's ${spec.paperSweeps} lies between the ` +
      `${lo}th and ${hi}th percentile of the seeds and at least ${spec.minReachedFraction * 100}% of seeds reach the criterion; partial when one of the two holds.`,
    population: { label: 'all seeds', includes: () => true },
    measure: (run) => run.criteria[spec.criterionId] ?? null,
    summarize(values: MeasureValue[]): Statistics {
      const sweeps = values.map((v) => (typeof v === 'number' ? v : null)) as Censored[];
      // A run censored below the paper's count could still have beaten it: no percentile then.
      const percentileOfPaper = spec.budget > spec.paperSweeps ? percentileRank(sweeps, spec.paperSweeps) : null;
      return { ...summarizeCensored(sweeps), paperSweeps: spec.paperSweeps, budget: spec.budget, percentileOfPaper };
    },
    expectation: {
      reproduced: [
        { statistic: 'percentileOfPaper', op: 'between', threshold: [lo, hi] },
        { statistic: 'reachedFraction', op: '>=', threshold: spec.minReachedFraction },
      ],
      partial: 'any',
    },
    paperValue: `${spec.paperSweeps} sweeps (one run)`,
    control: spec.control,
  };
}
