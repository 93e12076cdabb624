import { environment, suite } from '../../reports/environment.js';
import { SCHEMA_VERSION, type ExperimentReport, type Invocation, type Report, type RunRecord, type SweepReport } from '../../reports/types.js';
import { sweepReport, sweepValue } from '../../reports/sweeps.js';
import type { Experiment } from '../../reproductions/experiment.js';
import { runExperiment, type SeedsRunner } from '../../reproductions/run-experiment.js';
import type { Config, Deviation, SettingDef, SettingValue } from '../../reproductions/settings.js';
import { experimentProgress } from './progress.js';
import type { Plan } from './reproduce-args.js';
import type { SweepSpec } from './sweep-args.js';

// Runs what `reproduce` was asked for: every plan at its settings, then every sweep value, each
// with its own progress line and its own entry in the report's timings.

export interface PlansOutcome {
  experiments: ExperimentReport[];
  sweeps: SweepReport[];
  seconds: Record<string, number>;
}

async function runLabelled(
  label: string,
  experiment: Experiment<RunRecord>,
  config: Config,
  deviations: Deviation[],
  seeds: number[],
  seconds: Record<string, number>,
  runner: SeedsRunner | undefined,
): Promise<ExperimentReport> {
  const progress = experimentProgress(label, seeds.length);
  const t0 = performance.now();
  const result = await runExperiment(experiment, config, deviations, seeds, progress, runner);
  seconds[label] = (performance.now() - t0) / 1000;
  const count = (v: string) => result.claims.filter((c) => c.verdict === v).length;
  progress.finish(
    `${label}: ${seeds.length} seeds in ${seconds[label]!.toFixed(1)} s; ` +
      `${count('reproduced')} reproduced, ${count('partial')} partial, ${count('not-reproduced')} not reproduced`,
  );
  return result;
}

/** The deviations of a plan with one setting changed to a swept value. */
function withSwept(deviations: Deviation[], setting: SettingDef, value: SettingValue): Deviation[] {
  const others = deviations.filter((d) => d.key !== setting.key);
  return value === setting.default ? others : [...others, { key: setting.key, default: setting.default, value }];
}

export async function runPlans(plans: Plan[], sweeps: SweepSpec[], runner?: SeedsRunner): Promise<PlansOutcome> {
  const seconds: Record<string, number> = {};
  const experiments: ExperimentReport[] = [];
  for (const plan of plans) {
    experiments.push(await runLabelled(plan.experiment.id, plan.experiment, plan.config, plan.deviations, plan.seeds, seconds, runner));
  }
  const sweepReports: SweepReport[] = [];
  for (const target of sweeps.flatMap((s) => s.targets)) {
    const index = plans.findIndex((p) => p.experiment === target.experiment);
    const plan = plans[index]!;
    const key = target.setting.key;
    const values = [];
    for (const value of target.values) {
      // The value the plan already ran needs no second run: its result is the same bytes.
      const result = value === plan.config[key]
        ? experiments[index]!
        : await runLabelled(`${plan.experiment.id} ${key}=${String(value)}`, plan.experiment, { ...plan.config, [key]: value }, withSwept(plan.deviations, target.setting, value), plan.seeds, seconds, runner);
      values.push(sweepValue(value, result));
    }
    sweepReports.push(sweepReport(plan.experiment.id, target.setting, plan.config[key]!, plan.seeds.length, values));
  }
  return { experiments, sweeps: sweepReports, seconds };
}

/** The report of a run of plans: the suite, this machine, what was asked for, the timings, the results. */
export function reportOf(outcome: PlansOutcome, invocation: Invocation, startedAt: string): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    suite,
    environment: environment(),
    invocation,
    timing: { startedAt, finishedAt: new Date().toISOString(), seconds: outcome.seconds },
    experiments: outcome.experiments,
    ...(outcome.sweeps.length > 0 ? { sweeps: outcome.sweeps } : {}),
  };
}
