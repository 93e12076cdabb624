import { availableParallelism } from 'node:os';
import type { RunRecord } from '../../reports/types.js';
import type { Experiment } from '../../reproductions/experiment.js';
import { experiments, findExperiment } from '../../reproductions/registry.js';
import { applyOverrides, SettingError, type Config, type Deviation } from '../../reproductions/settings.js';
import { parseShard, shardSeeds, type Shard } from './shard.js';
import { parseSweeps, type SweepSpec } from './sweep-args.js';
import { parseFlags } from './parse-flags.js';
import { UsageError } from './usage-error.js';

export const MAX_SEEDS = 100_000;
export const MAX_WORKERS = 256;

export interface Plan {
  experiment: Experiment<RunRecord>;
  config: Config;
  deviations: Deviation[];
  seeds: number[];
}

export interface ReproduceOptions {
  help: boolean;
  outDir: string;
  /** Seeds per experiment from --seeds, or null for each experiment's default. */
  seeds: number | null;
  only: string[];
  sets: string[];
  plans: Plan[];
  /** --bench: also time the engine beside its baselines and add the table to the report. */
  bench: boolean;
  /** Threads that train seeds; 1 trains them in this thread, with no pool. */
  workers: number;
  /** This run's share of the seeds, or null for all of them. */
  shard: Shard | null;
  sweeps: SweepSpec[];
}

/** A whole number from 1 to max, or a UsageError naming the flag. */
export function parseCount(flag: string, raw: string, max: number): number {
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`${flag} must be a whole number from 1 to ${max}, got "${raw}"`);
  const n = Number(raw);
  if (n < 1 || n > max) throw new UsageError(`${flag} must be a whole number from 1 to ${max}, got "${raw}"`);
  return n;
}

function parseSet(raw: string): { experiment: string; key: string; raw: string } {
  const match = /^([a-z0-9-]+)\.([A-Za-z0-9]+)=(.*)$/.exec(raw);
  if (!match) throw new UsageError(`--set must look like <experiment>.<setting>=<value>, got "${raw}"`);
  return { experiment: match[1]!, key: match[2]!, raw: match[3]! };
}

export function parseReproduceArgs(argv: string[]): ReproduceOptions {
  const parsed = parseFlags(argv, {
        only: { type: 'string', multiple: true },
        seeds: { type: 'string' },
        out: { type: 'string' },
        set: { type: 'string', multiple: true },
        workers: { type: 'string' },
        shard: { type: 'string' },
        sweep: { type: 'string', multiple: true },
        bench: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      });
  const v = parsed.values;
  const help = v.help === true;
  const only = (v.only ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  for (const id of only) {
    if (!findExperiment(id)) throw new UsageError(`unknown experiment "${id}" (known: ${experiments.map((e) => e.id).join(', ')})`);
  }
  if (v.only !== undefined && only.length === 0) throw new UsageError('--only needs at least one experiment id');
  const seeds = v.seeds === undefined ? null : parseCount('--seeds', v.seeds, MAX_SEEDS);
  if (v.out !== undefined && v.out.trim() === '') throw new UsageError('--out needs a folder');
  const chosen = only.length === 0 ? experiments : experiments.filter((e) => only.includes(e.id));
  const sets = v.set ?? [];
  const overrides = sets.map(parseSet);
  for (const o of overrides) {
    if (!findExperiment(o.experiment)) throw new UsageError(`--set names unknown experiment "${o.experiment}" (known: ${experiments.map((e) => e.id).join(', ')})`);
    if (!chosen.some((e) => e.id === o.experiment)) throw new UsageError(`--set names "${o.experiment}", which --only leaves out`);
  }
  const workers = v.workers === undefined ? availableParallelism() : parseCount('--workers', v.workers, MAX_WORKERS);
  const shard = v.shard === undefined ? null : parseShard(v.shard);
  const plans = chosen.map((experiment) => {
    try {
      const { config, deviations } = applyOverrides(experiment.settings, overrides.filter((o) => o.experiment === experiment.id));
      const count = seeds ?? experiment.defaultSeeds;
      const all = Array.from({ length: count }, (_, k) => k + 1);
      const mine = shard ? shardSeeds(all, shard) : all;
      if (mine.length === 0) throw new UsageError(`--shard ${shard!.index}/${shard!.count} leaves ${experiment.id} no seeds: it runs ${count}, so use at most ${count} shards`);
      return { experiment, config, deviations, seeds: mine };
    } catch (error) {
      if (error instanceof SettingError) throw new UsageError(`--set for ${experiment.id}: ${error.message}`);
      throw error;
    }
  });
  const sweeps = parseSweeps(v.sweep ?? [], chosen);
  // A sweep's report keeps verdicts, not runs, so shards of a sweep could not be merged.
  if (shard && sweeps.length > 0) throw new UsageError('--sweep cannot be combined with --shard: a sweep keeps no runs for merge to combine');
  return { bench: v.bench === true, help, outDir: v.out ?? 'reports/out', seeds, only, sets, plans, workers, shard, sweeps };
}
