import type { Claim, Control, Statistics } from '../kit/claims.js';
import { wilsonInterval } from '../kit/statistics/intervals.js';
import { FIG6 } from './paper.js';
import type { ParityRun, WidthOutcome } from './run.js';

// The success-by-N finding: how often an N-N-1 net learns N-bit parity, N = 2 … maxWidth. Fig. 6
// shows that N hidden units suffice for any N (by construction); the chapter reports a learned
// net for N = 4 only, so whether backpropagation finds a solution at the other widths is the
// suite's question, answered with a Wilson interval per width.

const pct = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${Math.round(100 * v)}%`);

/** Every width any of the runs trained, in increasing order. */
const widthsOf = (runs: readonly ParityRun[]) => [...new Set(runs.flatMap((r) => (r.widths ?? []).map((w) => w.width)))].sort((a, b) => a - b);

/** Per width N: `n<N>Runs`, `n<N>Learned`, `n<N>Rate` with its 95% Wilson interval `n<N>Lo`/`n<N>Hi`, and `n<N>Thresholds`, the share of learned nets whose hidden units are all thresholds on the count. */
export function widthStatistics(runs: readonly ParityRun[]): Statistics {
  const widths = widthsOf(runs);
  const s: Statistics = { widths: widths.length };
  let learnedWidths = 0;
  for (const w of widths) {
    const outcomes = runs.flatMap((r) => (r.widths ?? []).filter((o) => o.width === w));
    const learned = outcomes.filter((o) => o.sweepsToCriterion !== null);
    const interval = wilsonInterval(learned.length, outcomes.length);
    const thresholds = learned.filter((o) => o.hiddenThresholds === true).length;
    Object.assign(s, {
      [`n${w}Runs`]: outcomes.length,
      [`n${w}Learned`]: learned.length,
      [`n${w}Rate`]: outcomes.length === 0 ? null : learned.length / outcomes.length,
      [`n${w}Lo`]: interval?.lo ?? null,
      [`n${w}Hi`]: interval?.hi ?? null,
      [`n${w}Thresholds`]: learned.length === 0 ? null : thresholds / learned.length,
    });
    if (learned.length > 0) learnedWidths += 1;
  }
  return { ...s, widthsLearned: widths.length === 0 ? null : learnedWidths, everyWidthLearned: widths.length === 0 ? null : learnedWidths === widths.length ? 1 : 0 };
}

/** The per-width rates in words. */
export function describeWidths(s: Statistics): string {
  const widths = Object.keys(s).flatMap((k) => (/^n\d+Runs$/.test(k) ? [Number(k.slice(1, -4))] : [])).sort((a, b) => a - b);
  return widths
    .map((w) => {
      const learned = s[`n${w}Learned`] ?? 0;
      const structure = learned > 0 ? `; hidden units all count thresholds in ${pct(s[`n${w}Thresholds`])} of those` : '';
      return `N = ${w}: ${learned} of ${s[`n${w}Runs`]} seeds learned (${pct(s[`n${w}Rate`])}, 95% Wilson [${pct(s[`n${w}Lo`])}, ${pct(s[`n${w}Hi`])}])${structure}`;
    })
    .join('; ');
}

/** Share of a seed's widths that learned; null when it trained none (weights measured from a file). */
const learnedShare = (widths: readonly WidthOutcome[] | undefined) =>
  !widths || widths.length === 0 ? null : widths.filter((w) => w.sweepsToCriterion !== null).length / widths.length;

export function successByWidthClaim(criterion: string, budget: number, largeWidthSeeds: number, control: Control<ParityRun>): Claim<ParityRun> {
  return {
    id: 'success-by-width',
    statement: 'Fig. 6: the paradigm solves N-bit parity with N hidden units, hidden unit k coming on when at least k inputs are on (a construction for any N; the chapter reports a learned net for N = 4).',
    citation: FIG6,
    definition:
      `For every width N = 2 … maxWidth (and the main net's), an N-N-1 net is trained on all 2^N patterns of N-bit parity with the main net's settings and budget of ${budget} sweeps, ` +
      `from its own initial weights; widths above the main net's only on seeds 1 … ${largeWidthSeeds}. A seed's net learned when ${criterion} within the budget. Per width: the share of seeds that learned, ` +
      'with its 95% Wilson interval, and the share of learned nets whose hidden units are all thresholds on the count. A finding more than a test: reproduced when at least one seed learned at every width tried ' +
      '(backpropagation finds an N-hidden-unit solution at every N), partial when at least one width was learned. The per-seed measure is the share of its widths that learned.',
    population: { label: 'all seeds', includes: () => true },
    measure: (run) => learnedShare(run.widths),
    summarize: (_values, runs) => widthStatistics(runs),
    expectation: {
      reproduced: [{ statistic: 'everyWidthLearned', op: '>=', threshold: 1, reason: 'some seed learned at every width tried' }],
      partial: [{ statistic: 'widthsLearned', op: '>=', threshold: 1, reason: 'some seed learned at one width at least' }],
    },
    paperValue: 'N = 4 learned once (Table 3); no rates given',
    describe: describeWidths,
    control,
    story: (s) => `${describeWidths(s)}. A width no seed learned within the budget may still be learned with a larger budget or more seeds (--set parity.sweepBudget=…, --seeds).`,
  };
}
