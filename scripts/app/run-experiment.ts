import { buildNet } from '../../engine/index.js';
import type { ClaimReport, ExperimentReport, MeasureValue, RunRecord, SettingReport } from '../../reports/contract/index.js';
import type { Claim } from '../../reproductions/kit/claims.js';
import type { AnyExperiment, SweepProgress, TrainedRun } from '../../reproductions/kit/experiment.js';
import { judgeRuns } from '../../reproductions/kit/judge.js';
import { settingList, type Config, type Deviation, type SettingGroup } from '../../reproductions/kit/settings.js';
import { summarizeCensored } from '../../reproductions/kit/statistics/censored.js';
import type { VariantChoice } from '../../reproductions/kit/variants.js';
import type { SeedSweep } from './progress.js';
import { turnEventLoop } from './turn-event-loop.js';

export interface SeedProgress {
  /** Called after every sweep of the seed being trained. */
  sweep?: SweepProgress;
  /**
   * Called when a seed finishes, and now and then while seeds train on other threads: how many are
   * done, out of how many, and the sweep each seed in training there has reached.
   */
  seedDone?: (done: number, total: number, training?: readonly SeedSweep[]) => void;
}

/** Adds every claim's per-run measure to a trained run. */
export function measureRun<R extends RunRecord>(claims: ReadonlyArray<Claim<R>>, trained: TrainedRun<R>): R {
  const run = { ...trained, measures: {} } as R;
  const measures: Record<string, MeasureValue> = {};
  for (const claim of claims) if (claim.population.includes(run)) measures[claim.id] = claim.measure(run);
  run.measures = measures;
  return run;
}

function settingReports(experiment: AnyExperiment, group: SettingGroup, config: Config): Record<string, SettingReport> {
  return Object.fromEntries(
    settingList(experiment.settings)
      .filter((s) => s.group === group)
      .map((s) => [
        s.key,
        {
          value: config[s.key]!,
          default: s.default,
          paperStates: s.paperStates,
          source: s.source,
          description: s.description,
          ...(s.alternatives ? { alternatives: s.alternatives } : {}),
        },
      ]),
  );
}

/** Judges every claim over the runs and assembles the experiment's part of the report. */
export function assembleExperiment(experiment: AnyExperiment, config: Config, deviations: Deviation[], runs: RunRecord[]): ExperimentReport {
  const spec = experiment.net(config);
  const criterion = experiment.criterion(config);
  const claims: ClaimReport[] = experiment.claims(config).map((claim) => {
    const { judgement } = judgeRuns(claim, runs);
    return {
      id: claim.id,
      statement: claim.statement,
      citation: claim.citation,
      definition: claim.definition,
      paperValue: claim.paperValue,
      ...(claim.describe ? { result: claim.describe(judgement.statistics) } : {}),
      ...judgement,
      ...(claim.story && (judgement.verdict === 'not-reproduced' || judgement.verdict === 'not-testable')
        ? { story: claim.story(judgement.statistics, judgement.verdict) }
        : {}),
    };
  });
  return {
    id: experiment.id,
    title: experiment.title,
    citation: experiment.citation,
    summary: experiment.summary,
    hyperparameters: settingReports(experiment, 'hyperparameter', config),
    conventions: settingReports(experiment, 'convention', config),
    deviations,
    architecture: { groups: spec.groups, projections: spec.projections, parameterCount: buildNet(spec).parameterCount },
    dataset: experiment.dataset(config),
    seeds: runs.map((r) => r.seed),
    criterion: { ...criterion, summary: summarizeCensored(runs.map((r) => r.sweepsToCriterion)) },
    runs,
    claims,
  };
}

/**
 * Trains a list of seeds on other threads (and possibly this one) and resolves with their runs in
 * the order of the list, calling onDone with the count finished so far and the seeds in training
 * on the other threads. Whatever trains a seed, its run is the same pure function of
 * (experiment, config, seed).
 */
export type SeedsRunner = (
  experiment: AnyExperiment,
  config: Config,
  seeds: readonly number[],
  onDone?: (done: number, training: readonly SeedSweep[]) => void,
  /** An optimizer variant to train with instead of the experiment's own rule. */
  variant?: VariantChoice,
) => Promise<TrainedRun[]>;

/**
 * Trains every seed and judges the claims. Without a runner the seeds train in turn in this
 * thread, yielding to the event loop between seeds; with one they are all handed to it at once.
 * Either way the runs are kept in the order of `seeds`, never in the order they finish, so the
 * result is the same bytes however the seeds were trained.
 */
export async function runExperiment(
  experiment: AnyExperiment,
  config: Config,
  deviations: Deviation[],
  seeds: readonly number[],
  progress: SeedProgress = {},
  runner?: SeedsRunner,
): Promise<ExperimentReport> {
  const claims = experiment.claims(config);
  const runs: RunRecord[] = [];
  if (runner) {
    const trained = await runner(experiment, config, seeds, (done, training) => progress.seedDone?.(done, seeds.length, training));
    for (const run of trained) runs.push(measureRun(claims, run));
    return assembleExperiment(experiment, config, deviations, runs);
  }
  for (const seed of seeds) {
    runs.push(measureRun(claims, experiment.runSeed(config, seed, progress.sweep)));
    progress.seedDone?.(runs.length, seeds.length);
    await turnEventLoop();
  }
  return assembleExperiment(experiment, config, deviations, runs);
}
