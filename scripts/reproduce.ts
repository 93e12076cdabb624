import { resolve } from 'node:path';
import { writeReport } from '../reports/write-report.js';
import { ensureWritable } from './cli/output-folder.js';
import { parseReproduceArgs } from './cli/reproduce-args.js';
import { reproduceHelp } from './cli/reproduce-help.js';
import { reportOf, runPlans } from './cli/run-plans.js';
import { runCommand } from './cli/usage-error.js';
import { withSeedPool } from './cli/with-seed-pool.js';

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
  const startedAt = new Date().toISOString();
  const outcome = await withSeedPool('reproduce', threads, (runner) => runPlans(options.plans, options.sweeps, runner));

  const report = reportOf(outcome, {
    only: options.only,
    seeds: options.seeds,
    sets: options.sets,
    workers: options.workers,
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.sweeps.length > 0 ? { sweeps: options.sweeps.map((s) => s.raw) } : {}),
  }, startedAt);
  // Timings go to the report's `benchmark` property only, never into `experiments`.
  if (options.bench) report.benchmark = await (await import('./bench/report-benchmark.js')).reportBenchmark(options.only);
  const written = await writeReport(report, outDir);
  process.stdout.write(`wrote ${written.json}, ${written.markdown} and ${written.figures.length} figures beside them\n`);
  return 0;
}

await runCommand('reproduce', main);
