import { summarizeFraction, type Claim, type Statistics } from '../kit/claims.js';
import { mappedControl } from '../kit/controls.js';
import type { ConfigOf } from '../kit/settings.js';
import { LEARNED } from '../kit/shared-settings.js';
import { hiddenRemoved } from './fig3-claims.js';
import { AT_HALF, isFig5Kind, isStuck, SATURATED } from './measures.js';
import type { MinimumRun } from './minimum-run.js';
import { fig5Forms, freshComparison } from './minimum-stats.js';
import { ESCAPE_FOOTNOTE, ESCAPE_STATEMENT, FIG5, FIG5_STATEMENT, LOCAL_MINIMA_STATEMENT, LOCAL_MINIMA_TEXT } from './paper.js';
import type { MinimumSettings } from './settings.js';
import { n3, pct, stuckRateClaim } from './stuck-rate-claim.js';

// The claims of Figs. 4–5: local minima of the 2-2-1 net are rare, the ones it finds are Fig. 5's
// kind, and η ≥ 0.5 escapes them. Thresholds are the suite's reading of the chapter's words, fixed
// before any run was seen.

type Config = ConfigOf<MinimumSettings>;

const FIG5_WORDS =
  `one input, when on, drives every hidden unit to the same saturated value (within ${SATURATED} of 0 or 1) on both patterns where it is on, ` +
  `the output sits within ${AT_HALF} of 0.5 on both, and the other two patterns are on the right side of 0.5. Fig. 5 prints the form with ` +
  'the hidden units all on and the output weights cancelling; the forms with some or all of them off are the same net with those hidden ' +
  "units' polarity flipped (a symmetry that leaves the net's function unchanged), so all count, and the form is counted beside. " +
  '(This reading was settled after the first stuck seeds had been seen to sit in the all-off form; the count of the printed all-on form is ' +
  'given beside it so that the literal reading can be judged too)';

const forms = (s: Statistics) => `${n3(s.fig5On)} all on (as printed), ${n3(s.fig5Off)} all off, ${n3(s.fig5Mixed)} mixed`;

function fig5Claim(config: Config): Claim<MinimumRun> {
  return {
    id: 'fig5-minimum',
    statement: FIG5_STATEMENT,
    citation: FIG5,
    definition:
      `Among the seeds that never get ${LEARNED[config.criterion].description}, the share whose final net is in the Fig. 5 kind of minimum: ${FIG5_WORDS}. ` +
      'Reproduced when at least half of the stuck seeds are in it (the chapter shows it as the local minimum of this net), partial when at least one is.',
    population: { label: 'seeds that got stuck', includes: isStuck },
    measure: (run) => isFig5Kind(run),
    summarize: (values, runs) => ({ ...summarizeFraction(values), ...fig5Forms(runs) }),
    expectation: {
      reproduced: [{ statistic: 'fraction', op: '>=', threshold: 0.5, reason: 'at least half the stuck seeds sit in the Fig. 5 kind of minimum' }],
      partial: [{ statistic: 'holds', op: '>=', threshold: 1, reason: 'at least one stuck seed sits in it' }],
    },
    paperValue: 'Fig. 5: outputs 0.096, 0.500, 0.898, 0.500 on 00, 01, 10, 11; one of the chapter\'s two minima',
    describe: (s) => `${n3(s.holds)} of ${n3(s.runs)} stuck seeds in the Fig. 5 kind of minimum (${pct(s.fraction)}): ${forms(s)}`,
    control: {
      name: 'solved seeds',
      description: 'the measure applied to every seed that reached the criterion: a solved net tells apart the two patterns an input is on in, so the measure must never fire',
      runs: (_population, all) => all.filter((r) => !isStuck(r)),
    },
    story: (s, verdict) =>
      verdict === 'not-testable'
        ? 'No seed got stuck, so there was no minimum to read: the verdict refutes nothing.'
        : `${n3(s.holds)} of ${n3(s.runs)} stuck seeds sit in the Fig. 5 kind of minimum (${forms(s)}); the others stopped elsewhere, or were still moving when the budget ran out (the measure does not say which).`,
  };
}

function escapeClaim(config: Config): Claim<MinimumRun> {
  const [eta, escape] = [config.learningRate, config.escapeRate];
  const inMinimum = (r: MinimumRun) => r.continuation !== null;
  const fresh = (s: Statistics) =>
    `Fresh runs from the same initial weights: stuck ${n3(s.mainStuck)} of ${n3(s.pairedSeeds)} at η = ${eta} (${pct(s.mainStuckRate)}, [${pct(s.mainStuckLo)}, ${pct(s.mainStuckHi)}]) ` +
    `and ${n3(s.freshStuck)} at η = ${escape} (${pct(s.freshStuckRate)}, [${pct(s.freshStuckLo)}, ${pct(s.freshStuckHi)}]); ` +
    `stuck only at η = ${eta}: ${n3(s.onlyMain)}, only at η = ${escape}: ${n3(s.onlyFresh)} (two-sided sign test on those seeds, p = ${n3(s.discordantP)})`;
  return {
    id: 'escape-eta',
    statement: ESCAPE_STATEMENT,
    citation: ESCAPE_FOOTNOTE,
    definition:
      `Every seed whose net at η = ${eta} ends in the Fig. 5 kind of minimum is trained on from its final weights (momentum restarting from 0) ` +
      `at η = ${escape} for up to ${config.escapeBudget} sweeps; it escapes when it then gets ${LEARNED[config.criterion].description}. Reproduced when ` +
      'at least 80% of them escape ("the system escapes", allowing a rare exception), partial when at least half do. Also reported, as a finding: ' +
      `a fresh run at η = ${escape} from the same initial weights and pattern order on every seed, its stuck rate beside the one at η = ${eta} ` +
      '(95% Wilson intervals), and the seeds stuck under one η only with an exact two-sided sign test on them (McNemar\'s test).',
    // Every seed, so the fresh arms are compared on all of them; only a seed in a Fig. 5 minimum has a continuation to measure.
    population: { label: 'all seeds (measured on those in a Fig. 5 minimum)', includes: () => true },
    measure: (run) => (inMinimum(run) ? run.continuation!.atEscapeRate !== null : null),
    summarize: (values, runs) => ({ ...summarizeFraction(values), ...freshComparison(runs) }),
    expectation: {
      reproduced: [{ statistic: 'fraction', op: '>=', threshold: 0.8, reason: `at least 80% of the minima are left at η = ${escape}` }],
      partial: [{ statistic: 'fraction', op: '>=', threshold: 0.5, reason: 'at least half are' }],
    },
    paperValue: `escapes at η ≥ ${escape} (no count given)`,
    describe: (s) => `${n3(s.holds)} of ${n3(s.runs)} seeds in a Fig. 5 minimum escaped at η = ${escape} within ${config.escapeBudget} sweeps. ${fresh(s)}`,
    control: mappedControl<MinimumRun>(
      `continued at η = ${eta}`,
      `the same continuation at the η the seed got stuck with (${eta}): escaping there too would mean more sweeps, not the larger η, leave the minimum`,
      (run) => (inMinimum(run) ? { ...run, continuation: { ...run.continuation!, atEscapeRate: run.continuation!.atLearningRate } } : run),
    ),
    story: (s, verdict) =>
      verdict === 'not-testable'
        ? `No seed ended in a Fig. 5 minimum, so no continuation was run (the printed Fig. 5 net can be continued with scripts/measure-weights.ts). ${fresh(s)}.`
        : `${s.holds === 0 ? 'None' : `Only ${n3(s.holds)}`} of the ${n3(s.runs)} seeds in a Fig. 5 minimum left it at η = ${escape} within ${config.escapeBudget} sweeps: here the larger η does not escape the minimum. ${fresh(s)}.`,
  };
}

export function minimumClaims(config: Config, withoutHidden: (config: Config, seed: number) => MinimumRun): Array<Claim<MinimumRun>> {
  return [
    stuckRateClaim<MinimumRun>({
      id: 'local-minima-rare',
      statement: LOCAL_MINIMA_STATEMENT,
      citation: LOCAL_MINIMA_TEXT,
      net: `The 2-2-1 net of Fig. 4 (no direct connections) at η = ${config.learningRate}`,
      budget: config.sweepBudget,
      criterion: LEARNED[config.criterion].description,
      paperValue: '2 local minima in "hundreds" of XOR runs (both 2-2-1)',
      control: hiddenRemoved(config, withoutHidden),
    }),
    fig5Claim(config),
    escapeClaim(config),
  ];
}
