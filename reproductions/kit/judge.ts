import type { ConditionResult, Judgement, Verdict } from '../../reports/contract/index.js';
import type { Claim, Condition, MeasureValue, Statistics } from './claims.js';

// The shapes of verdicts and judgements are the contract's (reports/contract/claims.ts).
export type { ConditionResult, Judgement, Verdict } from '../../reports/contract/index.js';

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

/** The one generic judge: statistics of a claim's measures → verdict, keeping what decided it. */
export function judge(statistics: Statistics, claim: Pick<Claim<unknown>, 'expectation'>): Judgement {
  const reproducedWhen = claim.expectation.reproduced.map((c) => checkCondition(c, statistics));
  const partialSpec = claim.expectation.partial;
  const partialWhen = partialSpec === 'any' ? 'any' : partialSpec.map((c) => checkCondition(c, statistics));
  const all = reproducedWhen.every((r) => r.holds);
  const partial = partialWhen === 'any' ? reproducedWhen.some((r) => r.holds) : partialWhen.every((r) => r.holds);
  const verdict: Verdict = all ? 'reproduced' : partial ? 'partial' : 'not-reproduced';
  const decisive = verdict === 'partial' && partialWhen !== 'any' ? partialWhen : reproducedWhen;
  return { verdict, statistics, reproducedWhen, partialWhen, decidedBy: decisive.map(describeCondition).join('; ') };
}

export function judgeRuns<R>(claim: Claim<R>, runs: readonly R[]): { values: MeasureValue[]; judgement: Judgement } {
  const population = runs.filter((r) => claim.population.includes(r));
  const values = population.map((r) => claim.measure(r));
  return { values, judgement: judge(claim.summarize(values, population), claim) };
}
