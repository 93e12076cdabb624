import type { RunRecord } from '../../reports/contract/index.js';
import { fractionClaim, type Claim, type Statistics } from '../kit/claims.js';
import { frozenControl } from '../kit/controls.js';
import type { ConfigOf } from '../kit/settings.js';
import { LEARNED } from '../kit/shared-settings.js';
import { censoredQuantile } from '../kit/statistics/censored.js';
import { FIG11, FIG11_STATEMENT, TABLE8 } from './paper.js';
import type { AdditionSettings } from './settings.js';

// The learned addition net's claim (Fig. 11): it learns. The threshold is the suite's, fixed
// before any run was seen.

type Config = ConfigOf<AdditionSettings>;
const n3 = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : String(Number(v.toPrecision(3))));

/** A claim whose statistics carry more than its conditions read, computed from the same runs. */
export const withStatistics = <R>(claim: Claim<R>, extra: (runs: readonly R[]) => Statistics): Claim<R> => ({
  ...claim,
  summarize: (values, runs) => ({ ...claim.summarize(values, runs), ...extra(runs) }),
});

/** The median sweeps to criterion of the runs that got there; null when none did. */
export const medianSweeps = (runs: readonly RunRecord[]): number | null => {
  const reached = runs.flatMap((r) => (r.sweepsToCriterion === null ? [] : [r.sweepsToCriterion]));
  return reached.length === 0 ? null : censoredQuantile(reached, 0.5);
};

/** The median final E of the runs that did not get there; null when every run did. */
export const medianStuckError = (runs: readonly RunRecord[]): number | null => {
  const errors = runs.flatMap((r) => (r.sweepsToCriterion === null && r.finalError !== null ? [r.finalError] : []));
  return errors.length === 0 ? null : censoredQuantile(errors, 0.5);
};

/** "The net learns": the share of seeds that reach the criterion, against the same seeds trained with ε = 0. */
export function learningClaim<R extends RunRecord>(config: Config, netWords: string, retrain: (config: Config, seed: number) => R): Claim<R> {
  return withStatistics(
    fractionClaim<R>({
      id: 'learning',
      statement: FIG11_STATEMENT,
      citation: `${FIG11} and ${TABLE8}`,
      definition:
        `Per seed: ${netWords} gets ${LEARNED[config.criterion].description} on all 16 cases of Table 8 within ${config.sweepBudget} sweeps. ` +
        'Reproduced when ≥ 80% of seeds do, partial when ≥ 50% (the chapter gives no rate: the thresholds read "the net learns" as "most runs learn"). ' +
        'Also reported: the median sweeps of the seeds that learned.',
      population: { label: 'all seeds', includes: () => true },
      measure: (run) => run.sweepsToCriterion !== null,
      paperValue: 'learned (one run, Fig. 11; no η or run length given)',
      describe: (s) => `${n3(s.holds)} of ${n3(s.runs)} seeds learned${s.medianSweeps == null ? '' : `; median ${n3(s.medianSweeps)} sweeps among them`}`,
      control: frozenControl(config, retrain),
      story: (st) =>
        `${n3(st.holds)} of ${n3(st.runs)} seeds learned within ${config.sweepBudget} sweeps at ε = ${config.learningRate}, α = ${config.momentum}, ` +
        `${config.updateGrain === 'pattern' ? 'per-pattern' : 'per-sweep'} updates. Those that did not ended at a median E of ${n3(st.stuckMedianError)} ` +
        '(E = 0.5 is one output of one case saturated on the wrong side, where y(1 − y) leaves almost no gradient). The chapter gives no ε, update grain ' +
        'or run length for addition: these are the suite\'s readings, fixed before any run, and they decide the outcome (--set learningRate=… and updateGrain=batch change it).',
      reproducedAt: 0.8,
      partialAt: 0.5,
    }),
    (runs) => ({ medianSweeps: medianSweeps(runs), stuckMedianError: medianStuckError(runs) }),
  );
}
