import type { ExperimentReport, StudyReport } from '../../reports/contract/index.js';
import type { AnyExperiment } from '../../reproductions/kit/experiment.js';
import { withValue, type Config, type Deviation } from '../../reproductions/kit/settings.js';
import type { RunPlan } from './plan.js';
import { experimentProgress, type ProgressOptions } from './progress.js';
import { runExperiment, type SeedsRunner } from './run-experiment.js';

// Runs what `reproduce` (or `check`) was asked for: every experiment at its settings, then every
// value of every setting study, each with its own progress line and its own entry in the timings.

export interface RunOutcome {
  experiments: ExperimentReport[];
  studies: StudyReport[];
  seconds: Record<string, number>;
}

async function runLabelled(
  label: string,
  experiment: AnyExperiment,
  config: Config,
  deviations: Deviation[],
  seeds: readonly number[],
  seconds: Record<string, number>,
  runner: SeedsRunner | undefined,
  shown: ProgressOptions,
): Promise<ExperimentReport> {
  const progress = experimentProgress(label, seeds.length, shown);
  const t0 = performance.now();
  const result = await runExperiment(experiment, config, deviations, seeds, progress, runner);
  seconds[label] = (performance.now() - t0) / 1000;
  const count = (v: string) => result.claims.filter((c) => c.verdict === v).length;
  progress.finish(
    `${label}: ${seeds.length} seeds in ${seconds[label]!.toFixed(1)} s; ` +
      `${count('reproduced')} reproduced, ${count('partial')} partial, ${count('not-reproduced')} not reproduced, ${count('not-testable')} not testable`,
  );
  return result;
}

/** What one value of a studied setting made of the experiment: each claim's verdict, and the criterion. */
const studyValue = (value: Config[string], result: ExperimentReport) => ({
  value,
  criterion: result.criterion.summary,
  claims: result.claims.map((c) => ({ id: c.id, verdict: c.verdict, runs: c.population.runs, decidedBy: c.decidedBy, controlFails: c.control.fails })),
});

/** Runs the plan, on the runner if one is given, showing progress as `shown` says (the command's name, --quiet). */
export async function runPlan(plan: RunPlan, runner: SeedsRunner | undefined, shown: ProgressOptions): Promise<RunOutcome> {
  const seconds: Record<string, number> = {};
  const experiments: ExperimentReport[] = [];
  for (const p of plan.experiments) {
    experiments.push(await runLabelled(p.experiment.id, p.experiment, p.config, p.deviations, p.seeds, seconds, runner, shown));
  }
  const studies: StudyReport[] = [];
  for (const target of plan.studies.flatMap((s) => s.targets)) {
    const index = plan.experiments.findIndex((p) => p.experiment === target.experiment);
    const p = plan.experiments[index]!;
    const { key } = target.setting;
    const values = [];
    for (const value of target.values) {
      // The value the plan already ran needs no second run: its result is the same bytes.
      const result = value === p.config[key]
        ? experiments[index]!
        : await runLabelled(`${p.experiment.id} ${key}=${String(value)}`, p.experiment, { ...p.config, [key]: value }, withValue(p.deviations, key, target.setting, value), p.seeds, seconds, runner, shown);
      values.push(studyValue(value, result));
    }
    const s = target.setting;
    studies.push({ experiment: p.experiment.id, setting: key, group: s.group, default: s.default, baseline: p.config[key]!, seeds: p.seeds.length, values });
  }
  return { experiments, studies, seconds };
}
