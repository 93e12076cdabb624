import { environment, suite } from './environment.js';
import { SCHEMA_VERSION, type Invocation, type Report } from '../../reports/contract/index.js';
import type { RunOutcome } from './run-plans.js';

/** The report of a run: the suite, this machine, what was asked for, the timings, the results. */
export function reportOf(outcome: RunOutcome, invocation: Invocation, startedAt: string): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    suite,
    environment: environment(),
    invocation,
    timing: { startedAt, finishedAt: new Date().toISOString(), seconds: outcome.seconds },
    experiments: outcome.experiments,
    ...(outcome.studies.length > 0 ? { sweeps: outcome.studies } : {}),
  };
}
