import { resolve } from 'node:path';
import type { ComparisonReport } from '../reports/comparison-types.js';
import { COMPARISON_SCHEMA_VERSION } from '../reports/comparison-types.js';
import { environment, suite } from '../reports/environment.js';
import { writeComparison } from '../reports/write-comparison.js';
import { compareVariants } from '../reproductions/compare-variants.js';
import { variants } from '../reproductions/variants.js';
import { compareHelp, parseCompareArgs } from './cli/compare-args.js';
import { ensureWritable } from './cli/output-folder.js';
import { experimentProgress } from './cli/progress.js';
import { runCommand } from './cli/usage-error.js';
import { withSeedPool } from './cli/with-seed-pool.js';

async function main(): Promise<number> {
  const options = parseCompareArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${compareHelp()}\n`);
    return 0;
  }
  if (options.listVariants) {
    process.stdout.write(`${variants.map((v) => v.id).join('\n')}\n`);
    return 0;
  }
  const outDir = resolve(options.outDir);
  ensureWritable(outDir);

  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const bars = new Map(options.plans.map((p) => [p.id, experimentProgress(`${options.experiment.id}/${p.id}`, options.seeds.length)]));
  const seconds: Record<string, number> = {};
  let last = t0;
  const threads = Math.min(options.workers, options.seeds.length);
  const comparison = await withSeedPool('compare', threads, (runner) => compareVariants(options.experiment, options.config, options.plans, options.seeds, (variant, done, total) => {
    const bar = bars.get(variant)!;
    bar.seedDone(done);
    if (done === total) {
      const now = performance.now();
      seconds[variant] = (now - last) / 1000;
      last = now;
      bar.finish(`${options.experiment.id}/${variant}: ${total} seeds in ${seconds[variant]!.toFixed(1)} s`);
    }
  }, runner));
  const report: ComparisonReport = {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: 'comparison',
    suite,
    environment: environment(),
    invocation: { only: options.experiment.id, variants: options.plans.map((p) => p.id), seeds: options.seeds.length, sets: options.sets, config: options.configFile, workers: threads },
    timing: { startedAt, finishedAt: new Date().toISOString(), seconds },
    comparison,
  };
  const written = await writeComparison(report, outDir);
  process.stdout.write(`wrote ${written.json} and ${written.markdown}\n`);
  return 0;
}

await runCommand('compare', main);
