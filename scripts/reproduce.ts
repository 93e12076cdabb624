import { resolve } from 'node:path';
import { environment, suite } from '../reports/environment.js';
import { SCHEMA_VERSION, type ExperimentReport, type Report } from '../reports/types.js';
import { writeReport } from '../reports/write-report.js';
import { runExperiment } from '../reproductions/run-experiment.js';
import { ensureWritable, exitCleanlyOnInterrupt } from './cli/output-folder.js';
import { experimentProgress } from './cli/progress.js';
import { parseReproduceArgs } from './cli/reproduce-args.js';
import { reproduceHelp } from './cli/reproduce-help.js';
import { runCommand } from './cli/usage-error.js';

async function main(): Promise<number> {
  const options = parseReproduceArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${reproduceHelp()}\n`);
    return 0;
  }
  const outDir = resolve(options.outDir);
  ensureWritable(outDir);
  exitCleanlyOnInterrupt('reproduce');

  const startedAt = new Date().toISOString();
  const seconds: Record<string, number> = {};
  const results: ExperimentReport[] = [];
  for (const plan of options.plans) {
    const id = plan.experiment.id;
    const progress = experimentProgress(id, plan.seeds.length);
    const t0 = performance.now();
    const result = await runExperiment(plan.experiment, plan.config, plan.deviations, plan.seeds, progress);
    seconds[id] = (performance.now() - t0) / 1000;
    const count = (v: string) => result.claims.filter((c) => c.verdict === v).length;
    progress.finish(
      `${id}: ${plan.seeds.length} seeds in ${seconds[id]!.toFixed(1)} s; ` +
        `${count('reproduced')} reproduced, ${count('partial')} partial, ${count('not-reproduced')} not reproduced`,
    );
    results.push(result);
  }

  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    suite,
    environment: environment(),
    invocation: { only: options.only, seeds: options.seeds, sets: options.sets },
    timing: { startedAt, finishedAt: new Date().toISOString(), seconds },
    experiments: results,
  };
  // Timings go to the report's `benchmark` property only, never into `experiments`.
  if (options.bench) report.benchmark = await (await import('./bench/report-benchmark.js')).reportBenchmark(options.only);
  const written = await writeReport(report, outDir);
  process.stdout.write(`wrote ${written.json}, ${written.markdown} and ${written.figures.length} figures beside them\n`);
  return 0;
}

await runCommand('reproduce', main);
