import type { Claim, Control, Statistics } from '../kit/claims.js';
import { censoredQuantile } from '../kit/statistics/censored.js';
import { wilsonInterval } from '../kit/statistics/intervals.js';
import { isFig5Kind, isStuck, type XorRun } from './measures.js';
import { HUNDREDS_AT_LEAST, LOCAL_MINIMA_SEEN } from './paper.js';

// "Local minima are rare": a stuck rate with its Wilson interval, judged against the largest rate
// the chapter's own record could not tell from its "two in hundreds".

/**
 * The chapter saw 2 minima in "hundreds" of runs, read at its least as 200: the upper end of the
 * 95% Wilson interval of 2 in 200 (≈ 3.6%) is the largest true rate that record is compatible with.
 */
export const RARE = wilsonInterval(LOCAL_MINIMA_SEEN, HUNDREDS_AT_LEAST)!.hi;

/** The fewest seeds on which the interval can show "rare" at all: none stuck and the upper end ≤ RARE. */
export const SEEDS_TO_SHOW_RARE = (() => {
  let n = 1;
  while (wilsonInterval(0, n)!.hi > RARE) n += 1;
  return n;
})();

export const pct = (v: number | null | undefined): string => (v === null || v === undefined ? 'n/a' : `${Number((100 * v).toPrecision(3))}%`);
export const n3 = (v: number | null | undefined): string => (v === null || v === undefined ? 'n/a' : String(Number(v.toPrecision(3))));

/** `<prefix>Stuck`, `<prefix>StuckRate`, `<prefix>StuckLo`, `<prefix>StuckHi` of stuck flags. */
export function stuckRate(stuck: readonly boolean[], prefix = ''): Statistics {
  const k = stuck.filter((s) => s).length;
  const interval = wilsonInterval(k, stuck.length);
  const key = (name: string) => (prefix === '' ? name.charAt(0).toLowerCase() + name.slice(1) : `${prefix}${name}`);
  return {
    [key('Stuck')]: k,
    [key('StuckRate')]: stuck.length === 0 ? null : k / stuck.length,
    // The lower end is 0 exactly when none is stuck; the formula leaves a rounding residue there.
    [key('StuckLo')]: k === 0 ? 0 : (interval?.lo ?? null),
    [key('StuckHi')]: interval?.hi ?? null,
  };
}

export interface StuckRateSpec<R extends XorRun> {
  id: string;
  statement: string;
  citation: string;
  /** The net in words, e.g. "Fig. 3's net (one hidden unit, direct connections)". */
  net: string;
  budget: number;
  criterion: string;
  paperValue: string;
  control: Control<R>;
}

export function stuckRateClaim<R extends XorRun>(spec: StuckRateSpec<R>): Claim<R> {
  const rare = pct(RARE);
  const words = (s: Statistics) =>
    `${n3(s.stuck)} of ${n3(s.runs)} seeds stuck (${pct(s.stuckRate)}, 95% Wilson [${pct(s.stuckLo)}, ${pct(s.stuckHi)}]); ` +
    `${n3(s.fig5)} of them in the Fig. 5 kind of minimum; median final E of the stuck seeds ${n3(s.stuckError)}`;
  return {
    id: spec.id,
    statement: spec.statement,
    citation: spec.citation,
    definition:
      `${spec.net}, trained on every seed for up to ${spec.budget} sweeps. A seed is stuck when it never gets ${spec.criterion} ` +
      `(a diverged training counts as stuck). The chapter's "two in hundreds", read at its least as 2 of ${HUNDREDS_AT_LEAST}, is compatible ` +
      `with any true rate up to ${rare} (the upper end of its 95% Wilson interval): that is "rare". Reproduced when the upper end of ` +
      `the suite's 95% Wilson interval is at most ${rare}; partial when only the point estimate is. What the interval can show: a rate ` +
      `clearly above the chapter's (its lower end above ${rare}), or, from ${SEEDS_TO_SHOW_RARE} seeds with none stuck on, a rate clearly ` +
      'within it; what it cannot: tell 0.5% from 1.5% on a few hundred seeds. "Stuck" means "not within the budget"; how many stuck seeds ' +
      'sit in the Fig. 5 kind of minimum is counted beside.',
    population: { label: 'all seeds', includes: () => true },
    measure: (run) => isStuck(run),
    summarize: (values, runs) => {
      const stuckRuns = runs.filter(isStuck);
      const errors = stuckRuns.flatMap((r) => (r.finalError === null ? [] : [r.finalError]));
      return {
        runs: values.length,
        ...stuckRate(values.map((v) => v === true)),
        rare: RARE,
        fig5: stuckRuns.filter(isFig5Kind).length,
        stuckError: errors.length === 0 ? null : censoredQuantile(errors, 0.5),
      };
    },
    expectation: {
      reproduced: [{ statistic: 'stuckHi', op: '<=', threshold: RARE, reason: `the whole 95% interval is within the chapter's "rare" (≤ ${rare})` }],
      partial: [{ statistic: 'stuckRate', op: '<=', threshold: RARE, reason: `the point estimate is within "rare"; the interval is too wide to show it` }],
    },
    paperValue: spec.paperValue,
    describe: words,
    control: spec.control,
    story: (s, verdict) =>
      verdict === 'not-testable'
        ? 'No seed was trained, so there was nothing to measure.'
        : `${words(s)}. The whole interval lies ${(s.stuckLo ?? 0) > RARE ? 'above' : 'partly above'} the ${rare} that the chapter's "two in hundreds" allows. ` +
          'The Fig. 5 count says how many stuck seeds sit in the very kind of minimum the chapter prints; the rest are stuck elsewhere or merely slow, which this measure does not tell apart. ' +
          'The rate depends on the conventions the chapter leaves open (update grain, initial range, pattern order): try --set with them.',
  };
}
