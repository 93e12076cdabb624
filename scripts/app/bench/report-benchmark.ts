import { IMPLEMENTATION_IDS } from '../../../baselines/registry.js';
import type { BenchmarkReport } from '../../../reports/contract/index.js';
import { DEFAULT_ROUNDS } from '../args/bench-args.js';
import { runBench, type BenchOptions } from './run-bench.js';
import { taskIds } from './tasks.js';

/** Runs a benchmark; the application's is runBench, a test's may run less of what it is asked. */
export type BenchRunner = (options: BenchOptions) => Promise<BenchmarkReport>;

/**
 * The benchmark for `reproduce --bench`: every implementation, on the tasks of the experiments the
 * run selected (all when --only is absent); undefined when none of them has a benchmark task.
 * Progress goes to stderr, as with `npm run bench`.
 */
export async function reportBenchmark(only: readonly string[], bench: BenchRunner = runBench): Promise<BenchmarkReport | undefined> {
  const tasks = taskIds().filter((t) => only.length === 0 || only.includes(t));
  const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
  if (tasks.length === 0) {
    say(`no benchmark task among ${only.join(', ')} (tasks: ${taskIds().join(', ')}); the report has no benchmark`);
    return undefined;
  }
  return bench({ tasks, implementations: IMPLEMENTATION_IDS, rounds: DEFAULT_ROUNDS, progress: say });
}
