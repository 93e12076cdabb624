import type { ExperimentReport, Report } from '../../reports/contract/index.js';
import { findExperiment } from '../../reproductions/registry.js';
import { configOf } from './presentation.js';
import type { ReportFile } from './read-report.js';
import { assembleExperiment } from './run-experiment.js';
import { UsageError } from './usage-error.js';
import { verifyShard, verifyUnion } from './verify-shard.js';

// Joins the reports of the shards of one run (reproduce --shard i/n) into the report a single
// machine would have written: the runs are pooled, sorted by seed, and every claim is judged again
// over all of them. Only shards of the same run are accepted: same suite, Node, settings and seed
// count, every shard present once, no seed twice. Each shard's contents are recomputed where that
// needs no training (verify-shard.ts), since a merged report would pass an edit on as the suite's.
// Anything else is bad input, named in one line.

/** A shard's report, with the file it came from for messages. */
export type ShardReport = ReportFile;

const shardOf = (r: Report) => r.invocation.shard ?? { index: 1, count: 1 };
const shardName = (s: ShardReport) => `"${s.file}" (shard ${shardOf(s.report).index}/${shardOf(s.report).count})`;

/** The shards must come from one run: the first difference found is the error. */
function checkSameRun(first: ShardReport, other: ShardReport): void {
  const [a, b] = [first.report, other.report];
  const differ = (what: string, x: unknown, y: unknown) =>
    new UsageError(`"${other.file}" and "${first.file}" differ in ${what}: ${JSON.stringify(y)} vs ${JSON.stringify(x)}`);
  if (a.suite.name !== b.suite.name || a.suite.version !== b.suite.version) throw differ('suite version', a.suite, b.suite);
  // Math.exp may differ between Node versions, and with it the runs.
  if (a.environment.node !== b.environment.node) throw differ('Node version', a.environment.node, b.environment.node);
  const ids = (r: Report) => r.experiments.map((e) => e.id);
  if (JSON.stringify(ids(a)) !== JSON.stringify(ids(b))) throw differ('experiments', ids(a), ids(b));
  if (a.invocation.seeds !== b.invocation.seeds) throw differ('--seeds', a.invocation.seeds, b.invocation.seeds);
  a.experiments.forEach((ea, k) => {
    const [ca, cb] = [configOf(ea), configOf(b.experiments[k]!)];
    for (const key of new Set([...Object.keys(ca), ...Object.keys(cb)])) {
      if (ca[key] !== cb[key]) throw differ(`settings: ${ea.id}.${key}`, ca[key] ?? null, cb[key] ?? null);
    }
  });
}

/** No seed in two shards, one shard count, and every shard of it present. */
function checkCoverage(shards: ShardReport[]): void {
  for (const [k, e] of shards[0]!.report.experiments.entries()) {
    const owner = new Map<number, string>();
    for (const s of shards) {
      for (const seed of s.report.experiments[k]!.seeds) {
        const earlier = owner.get(seed);
        if (earlier !== undefined) throw new UsageError(`seed ${seed} of ${e.id} is in both "${earlier}" and "${s.file}": seeds must not overlap`);
        owner.set(seed, s.file);
      }
    }
  }
  const count = shardOf(shards[0]!.report).count;
  const odd = shards.find((s) => shardOf(s.report).count !== count);
  if (odd) throw new UsageError(`${shardName(odd)} and ${shardName(shards[0]!)} split the seeds differently`);
  const present = new Set(shards.map((s) => shardOf(s.report).index));
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((i) => !present.has(i));
  if (missing.length > 0) throw new UsageError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing`);
}

/**
 * A shard's results must be what this suite makes of its own runs, so that judging the pooled
 * runs again means the same thing: this catches an edited report, or one made by other code.
 */
function rejudge(shard: ShardReport, e: ExperimentReport, runs: ExperimentReport['runs']): ExperimentReport {
  const experiment = findExperiment(e.id);
  if (!experiment) throw new UsageError(`"${shard.file}" has experiment "${e.id}", which this suite does not know`);
  const config = configOf(e);
  const keys = Object.keys(experiment.settings);
  if (keys.length !== Object.keys(config).length || keys.some((key) => !(key in config))) {
    throw new UsageError(`"${shard.file}" records other settings for ${e.id} than this suite has; it was made by other code`);
  }
  return assembleExperiment(experiment, config, e.deviations, runs);
}

export function mergeShardReports(shards: ShardReport[]): Report {
  const first = shards[0];
  if (!first) throw new UsageError('give the report.json of every shard to merge');
  const swept = shards.find((s) => s.report.sweeps !== undefined);
  if (swept) throw new UsageError(`"${swept.file}" has sweeps, which keep no runs to merge; run sweeps without --shard`);
  for (const s of shards.slice(1)) checkSameRun(first, s);
  checkCoverage(shards);
  for (const s of shards) verifyShard(s);
  verifyUnion(shards);
  for (const s of shards) {
    for (const e of s.report.experiments) {
      if (JSON.stringify(rejudge(s, e, e.runs)) !== JSON.stringify(e)) {
        throw new UsageError(`"${s.file}": its ${e.id} results are not what this suite makes of its runs (edited, or made by other code)`);
      }
    }
  }
  const experiments = first.report.experiments.map((e, k) => {
    const runs = shards.flatMap((s) => s.report.experiments[k]!.runs).sort((x, y) => x.seed - y.seed);
    return rejudge(first, e, runs);
  });
  const seconds: Record<string, number> = {};
  for (const s of shards) for (const [key, v] of Object.entries(s.report.timing.seconds)) seconds[key] = (seconds[key] ?? 0) + v;
  const times = shards.map((s) => s.report.timing);
  const { only, seeds, sets } = first.report.invocation;
  return {
    schemaVersion: first.report.schemaVersion,
    suite: first.report.suite,
    environment: first.report.environment,
    invocation: { only, seeds, sets, merged: { shards: shards.length } },
    // Seconds add up over the shards: the training time the run took in all.
    timing: {
      startedAt: times.map((t) => t.startedAt).sort()[0]!,
      finishedAt: times.map((t) => t.finishedAt).sort().at(-1)!,
      seconds,
    },
    experiments,
  };
}
