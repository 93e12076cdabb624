import type { Invocation } from '../../../reports/contract/index.js';
import { experiments } from '../../../reproductions/registry.js';
import { planRun, type RunPlan } from '../plan.js';
import { MAX_SEEDS, parseCount, parseWorkers } from './counts.js';
import { parseFlags } from './parse-flags.js';
import { parseShard } from './shard.js';
import { parseList, parseName } from './values.js';

export interface ReproduceOptions {
  help: boolean;
  outDir: string;
  /** What to run, as the report records it (and `check` re-runs it). */
  request: Invocation;
  plan: RunPlan;
  /** --bench: also time the engine beside its baselines and add the table to the report. */
  bench: boolean;
  /** Threads that train seeds; 1 trains them in this thread, with no pool. */
  workers: number;
  /** --quiet: no training progress on stderr; the results on stdout stay. */
  quiet: boolean;
}

export function parseReproduceArgs(argv: string[]): ReproduceOptions {
  const v = parseFlags(argv, {
    only: { type: 'string', multiple: true },
    seeds: { type: 'string' },
    out: { type: 'string' },
    set: { type: 'string', multiple: true },
    workers: { type: 'string' },
    shard: { type: 'string' },
    sweep: { type: 'string', multiple: true },
    bench: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  }).values;
  // Unknown ids are refused by planRun, which also plans a baseline's recorded --only for check.
  const only = v.only === undefined ? [] : parseList('--only', v.only, 'experiment id', experiments.map((e) => e.id));
  const workers = parseWorkers(v.workers);
  const request: Invocation = {
    only,
    seeds: v.seeds === undefined ? null : parseCount('--seeds', v.seeds, MAX_SEEDS),
    sets: v.set ?? [],
    workers,
    ...(v.shard !== undefined ? { shard: parseShard(v.shard) } : {}),
    ...(v.sweep !== undefined && v.sweep.length > 0 ? { sweeps: v.sweep } : {}),
  };
  const outDir = v.out === undefined ? 'reports/out' : parseName('--out', v.out, 'a folder');
  return { help: v.help === true, outDir, request, plan: planRun(request), bench: v.bench === true, workers, quiet: v.quiet === true };
}
