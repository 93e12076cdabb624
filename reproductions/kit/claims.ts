// A claim is data: the paper's words, a citation, a pure per-run measure, a summary over runs,
// and the conditions under which it counts as reproduced or partly reproduced.

// The data parts (measures, statistics, conditions, expectations) are the contract's
// (reports/contract/claims.ts); a claim's functions are here.

import type { Expectation, MeasureValue, RunRecord, Statistics, Verdict } from '../../reports/contract/index.js';
import { wilsonInterval } from './statistics/intervals.js';
import { median } from './statistics/robust.js';

export type { Condition, Expectation, MeasureValue, Statistics } from '../../reports/contract/index.js';

export interface Claim<R> {
  id: string;
  /** The paper's words. */
  statement: string;
  citation: string;
  /** How the suite measures it, precisely. */
  definition: string;
  /**
   * The runs the claim is measured on, e.g. those that reached the criterion; `dependsOn` names
   * the claim whose success picks them (the report shows how many qualified).
   */
  population: { label: string; includes(run: R): boolean; dependsOn?: string };
  /** Per-run measure; null when it cannot be measured on that run. */
  measure(run: R): MeasureValue;
  /** Statistics over the population's measures; `runs` are the same runs, for extra statistics. */
  summarize(values: MeasureValue[], runs: readonly R[]): Statistics;
  expectation: Expectation;
  /** The paper's own figure for this claim, in words, shown beside the suite's numbers. */
  paperValue: string;
  /** The suite's result in words, where the report's generic wording of the statistics would not read well. */
  describe?(statistics: Statistics): string;
  /** The manipulation under which the measure must fail (see ./controls.ts). */
  control: Control<R>;
  /**
   * What the suite measured and tried, in a short paragraph, for a report where the claim is not
   * reproduced or not testable; given the judged statistics so it can quote them.
   */
  story?(statistics: Statistics, verdict: Verdict): string;
}

/**
 * A negative control: the claim's measure applied to manipulated runs (its population's runs at
 * their initial weights, with shuffled labels, or seeds trained with ε = 0 …), judged by the
 * claim's own conditions. The manipulated runs skip the population filter: they are measured as given.
 */
export interface Control<R> {
  name: string;
  /** What is changed, and why the measure must fail under it. */
  description: string;
  /** The manipulated runs, from the claim's population and from every run of the report. */
  runs(population: readonly R[], all: readonly R[]): readonly R[];
}

/** Share of runs in which a boolean measure holds. */
export function summarizeFraction(values: MeasureValue[]): Statistics {
  const measured = values.filter((v): v is boolean => typeof v === 'boolean');
  const holds = measured.filter((v) => v).length;
  return { runs: measured.length, holds, fraction: measured.length === 0 ? null : holds / measured.length };
}

/**
 * For a claim that a net learns: the share of seeds whose measure holds (reached the criterion),
 * its 95% Wilson interval (lo, hi), and the median sweeps to criterion of the seeds that did.
 */
export function summarizeLearning(values: MeasureValue[], runs: readonly RunRecord[]): Statistics {
  const s = summarizeFraction(values);
  const interval = wilsonInterval(s.holds ?? 0, s.runs ?? 0);
  const sweeps = runs.flatMap((r) => (r.sweepsToCriterion === null ? [] : [r.sweepsToCriterion]));
  return { ...s, lo: interval?.lo ?? null, hi: interval?.hi ?? null, medianSweeps: median(sweeps) };
}

/** Mean of a numeric measure over runs. */
export function summarizeMean(values: MeasureValue[]): Statistics {
  const measured = values.filter((v): v is number => typeof v === 'number');
  const sum = measured.reduce((a, b) => a + b, 0);
  return { runs: measured.length, mean: measured.length === 0 ? null : sum / measured.length };
}

/** A claim that holds per run or not, reproduced when it holds on enough of its runs. */
export function fractionClaim<R>(claim: Omit<Claim<R>, 'summarize' | 'expectation'> & { reproducedAt: number; partialAt: number }): Claim<R> {
  const { reproducedAt, partialAt, ...rest } = claim;
  return {
    ...rest,
    summarize: summarizeFraction,
    expectation: {
      reproduced: [{ statistic: 'fraction', op: '>=', threshold: reproducedAt }],
      partial: [{ statistic: 'fraction', op: '>=', threshold: partialAt }],
    },
  };
}
