import type { Invocation } from '../../reports/contract/index.js';
import type { AnyExperiment } from '../../reproductions/kit/experiment.js';
import { resolveSettings, SettingError, type Config, type Deviation } from '../../reproductions/kit/settings.js';
import { experiments, findExperiment } from '../../reproductions/registry.js';
import { shardSeeds } from './args/shard.js';
import { parseStudies, type SettingStudy } from './args/study-args.js';
import { UsageError } from './usage-error.js';

// What a run of the suite trains, planned from the request a report records (its invocation), so
// that `reproduce` plans from its flags and `check` from a baseline's record by one path.

/** One experiment to run: its resolved settings and the seeds it trains. */
export interface ExperimentPlan {
  experiment: AnyExperiment;
  config: Config;
  deviations: Deviation[];
  seeds: number[];
}

export interface RunPlan {
  experiments: ExperimentPlan[];
  studies: SettingStudy[];
}

const known = () => experiments.map((e) => e.id).join(', ');

/** `<experiment>.<setting>=<value>`, as --set takes it. */
export function parseSet(raw: string): { experiment: string; key: string; raw: string } {
  const match = /^([a-z0-9-]+)\.([A-Za-z0-9]+)=(.*)$/.exec(raw);
  if (!match) throw new UsageError(`--set must look like <experiment>.<setting>=<value>, got "${raw}"`);
  return { experiment: match[1]!, key: match[2]!, raw: match[3]! };
}

/** Resolves an experiment's settings from its --set overrides; a bad one is a UsageError naming the experiment. */
export function resolveFor(experiment: AnyExperiment, overrides: ReadonlyArray<{ key: string; raw: string }>): { config: Config; deviations: Deviation[] } {
  try {
    return resolveSettings(experiment.settings, overrides);
  } catch (error) {
    if (error instanceof SettingError) throw new UsageError(`--set for ${experiment.id}: ${error.message}`);
    throw error;
  }
}

/** The experiments, settings, seeds and studies a request asks for; anything it cannot mean is a UsageError. */
export function planRun(request: Invocation): RunPlan {
  for (const id of request.only) if (!findExperiment(id)) throw new UsageError(`unknown experiment "${id}" (known: ${known()})`);
  const chosen = request.only.length === 0 ? experiments : experiments.filter((e) => request.only.includes(e.id));
  const overrides = request.sets.map(parseSet);
  for (const o of overrides) {
    if (!findExperiment(o.experiment)) throw new UsageError(`--set names unknown experiment "${o.experiment}" (known: ${known()})`);
    if (!chosen.some((e) => e.id === o.experiment)) throw new UsageError(`--set names "${o.experiment}", which --only leaves out`);
  }
  const shard = request.shard;
  const plans = chosen.map((experiment) => {
    const { config, deviations } = resolveFor(experiment, overrides.filter((o) => o.experiment === experiment.id));
    const count = request.seeds ?? experiment.defaultSeeds;
    const all = Array.from({ length: count }, (_, k) => k + 1);
    const mine = shard ? shardSeeds(all, shard) : all;
    if (mine.length === 0) throw new UsageError(`--shard ${shard!.index}/${shard!.count} leaves ${experiment.id} no seeds: it runs ${count}, so use at most ${count} shards`);
    return { experiment, config, deviations, seeds: mine };
  });
  const studies = parseStudies(request.sweeps ?? [], chosen);
  // A study's report keeps verdicts, not runs, so shards of a study could not be merged.
  if (shard && studies.length > 0) throw new UsageError('--sweep cannot be combined with --shard: a sweep keeps no runs for merge to combine');
  return { experiments: plans, studies };
}

/** Threads worth starting for a plan: more than its largest experiment has seeds would only sit idle. */
export const threadsFor = (plan: RunPlan, workers: number): number => Math.min(workers, Math.max(...plan.experiments.map((p) => p.seeds.length)));
