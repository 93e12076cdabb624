import type { Report } from '../../reports/contract/index.js';
import type { ReproduceOptions } from './args/reproduce-args.js';
import type { BenchRunner } from './bench/report-benchmark.js';
import { threadsFor } from './plan.js';
import { withSeedPool } from './pool/with-seed-pool.js';
import { reportOf } from './report-of.js';
import { runPlan } from './run-plans.js';

/**
 * Trains what the options ask for on the seed pool and returns the report (with the benchmark when
 * asked, run by `bench`: the benchmark's own runner unless a test passes one).
 */
export async function reproduce(options: ReproduceOptions, bench?: BenchRunner): Promise<Report> {
  const threads = threadsFor(options.plan, options.workers);
  const startedAt = new Date().toISOString();
  const outcome = await withSeedPool(threads, (runner) => runPlan(options.plan, runner, { command: 'reproduce', quiet: options.quiet }));
  const report = reportOf(outcome, options.request, startedAt);
  // Timings go to the report's `benchmark` property only, never into `experiments`.
  if (options.bench) report.benchmark = await (await import('./bench/report-benchmark.js')).reportBenchmark(options.request.only, bench);
  return report;
}
