import { resolve } from 'node:path';
import { environment, suite } from '../reports/environment.js';
import { SCHEMA_VERSION, type Report } from '../reports/types.js';
import { writeReport } from '../reports/write-report.js';
import { ensureWritable } from './cli/output-folder.js';
import { parseReproduceArgs } from './cli/reproduce-args.js';
import { reproduceHelp } from './cli/reproduce-help.js';
import { runPlans } from './cli/run-plans.js';
import { seedPool, type SeedPool } from './cli/seed-pool.js';
import { runCommand } from './cli/usage-error.js';

async function main(): Promise<number> {
  const options = parseReproduceArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${reproduceHelp()}\n`);
    return 0;
  }
  const outDir = resolve(options.outDir);
  ensureWritable(outDir);
  // More threads than the largest experiment has seeds would only sit idle.
  const threads = Math.min(options.workers, Math.max(...options.plans.map((p) => p.seeds.length)));
  let pool: SeedPool | null = null;
  // The report is written atomically at the very end, so on Ctrl-C there is nothing partial to
  // clean up: only the pool's threads to stop before exiting.
  process.once('SIGINT', () => {
    process.stderr.write('\nreproduce: interrupted; nothing written\n');
    void (pool?.close() ?? Promise.resolve()).finally(() => process.exit(130));
  });

  const startedAt = new Date().toISOString();
  pool = threads > 1 ? seedPool(threads) : null;
  let outcome;
  try {
    outcome = await runPlans(options.plans, options.sweeps, pool?.run);
  } finally {
    await pool?.close();
    pool = null;
  }

  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    suite,
    environment: environment(),
    invocation: {
      only: options.only,
      seeds: options.seeds,
      sets: options.sets,
      workers: options.workers,
      ...(options.shard ? { shard: options.shard } : {}),
      ...(options.sweeps.length > 0 ? { sweeps: options.sweeps.map((s) => s.raw) } : {}),
    },
    timing: { startedAt, finishedAt: new Date().toISOString(), seconds: outcome.seconds },
    experiments: outcome.experiments,
    ...(outcome.sweeps.length > 0 ? { sweeps: outcome.sweeps } : {}),
  };
  // Timings go to the report's `benchmark` property only, never into `experiments`.
  if (options.bench) report.benchmark = await (await import('./bench/report-benchmark.js')).reportBenchmark(options.only);
  const written = await writeReport(report, outDir);
  process.stdout.write(`wrote ${written.json}, ${written.markdown} and ${written.figures.length} figures beside them\n`);
  return 0;
}

await runCommand('reproduce', main);
