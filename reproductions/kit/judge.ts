import type { ConditionResult, ControlReport, Judgement, Verdict } from '../../reports/contract/index.js';
import type { Claim, Condition, MeasureValue, Statistics } from './claims.js';

// The shapes of verdicts and judgements are the contract's (reports/contract/claims.ts).
export type { ConditionResult, ControlReport, Judgement, Verdict } from '../../reports/contract/index.js';

export function checkCondition(c: Condition, statistics: Statistics): ConditionResult {
  const value = statistics[c.statistic] ?? null;
  let holds = false;
  if (value !== null) {
    if (c.op === 'between') holds = value >= c.threshold[0] && value <= c.threshold[1];
    else holds = c.op === '>=' ? value >= c.threshold : value <= c.threshold;
  }
  return { statistic: c.statistic, op: c.op, threshold: c.threshold, value, holds, ...(c.reason ? { reason: c.reason } : {}) };
}

export function describeCondition(r: ConditionResult): string {
  const shown = r.value === null ? 'n/a (nothing to measure)' : String(Number(r.value.toPrecision(4)));
  const rule = r.op === 'between' ? `in [${(r.threshold as number[]).join(', ')}]` : `${r.op} ${r.threshold as number}`;
  return `${r.statistic} = ${shown} ${r.holds ? 'meets' : 'fails'} ${rule}`;
}

/**
 * The one generic judge: statistics of a claim's measures → verdict, keeping what decided it.
 * When every condition for `reproduced` has nothing to measure, the claim is `not-testable`:
 * `untestable` says why (e.g. how many seeds qualified), since that refutes nothing.
 */
export function judge(statistics: Statistics, claim: Pick<Claim<unknown>, 'expectation'>, untestable = 'nothing to measure'): Judgement {
  const reproducedWhen = claim.expectation.reproduced.map((c) => checkCondition(c, statistics));
  const partialSpec = claim.expectation.partial;
  const partialWhen = partialSpec === 'any' ? 'any' : partialSpec.map((c) => checkCondition(c, statistics));
  if (reproducedWhen.every((r) => r.value === null)) {
    return { verdict: 'not-testable', statistics, reproducedWhen, partialWhen, decidedBy: untestable };
  }
  const all = reproducedWhen.every((r) => r.holds);
  const partial = partialWhen === 'any' ? reproducedWhen.some((r) => r.holds) : partialWhen.every((r) => r.holds);
  const verdict: Verdict = all ? 'reproduced' : partial ? 'partial' : 'not-reproduced';
  const decisive = verdict === 'partial' && partialWhen !== 'any' ? partialWhen : reproducedWhen;
  return { verdict, statistics, reproducedWhen, partialWhen, decidedBy: decisive.map(describeCondition).join('; ') };
}

/** Why a claim had nothing to measure: how many of the runs its population let through. */
function untestableReason<R>(claim: Claim<R>, population: number, all: number): string {
  if (population === 0) return `nothing to measure: 0 of ${all} seeds qualify (${claim.population.label})`;
  return `nothing to measure on the ${population} of ${all} seeds that qualify (${claim.population.label})`;
}

/** Judges the claim's negative control: its measure on the manipulated runs, by the claim's own conditions. */
export function judgeControl<R>(claim: Claim<R>, population: readonly R[], all: readonly R[]): ControlReport {
  const runs = claim.control.runs(population, all);
  const values = runs.map((r) => claim.measure(r));
  const judgement = judge(claim.summarize(values, runs), claim, `nothing to measure on ${runs.length} manipulated runs`);
  return { name: claim.control.name, description: claim.control.description, runs: runs.length, ...judgement, fails: judgement.verdict === 'not-reproduced' };
}

export interface ClaimJudgement extends Judgement {
  population: { label: string; runs: number; of: number; dependsOn?: string };
  control: ControlReport;
}

/**
 * Judges a claim over the runs, and its control beside it. A claim whose control does not fail has
 * a measure that cannot tell the result from the manipulation, so it is held to `partial` at best.
 */
export function judgeRuns<R>(claim: Claim<R>, runs: readonly R[]): { values: MeasureValue[]; judgement: ClaimJudgement } {
  const population = runs.filter((r) => claim.population.includes(r));
  const values = population.map((r) => claim.measure(r));
  const judged = judge(claim.summarize(values, population), claim, untestableReason(claim, population.length, runs.length));
  const control = judgeControl(claim, population, runs);
  const held = judged.verdict === 'reproduced' && !control.fails;
  const judgement: ClaimJudgement = {
    ...judged,
    ...(held ? { verdict: 'partial', decidedBy: `${judged.decidedBy}; but the control (${control.name}) did not fail, so at most partial` } : {}),
    population: {
      label: claim.population.label,
      runs: population.length,
      of: runs.length,
      ...(claim.population.dependsOn ? { dependsOn: claim.population.dependsOn } : {}),
    },
    control,
  };
  return { values, judgement };
}
