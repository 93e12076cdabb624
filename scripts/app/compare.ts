import { COMPARISON_SCHEMA_VERSION, type ComparisonReport } from '../../reports/contract/index.js';
import type { CompareOptions } from './args/compare-args.js';
import { compareVariants } from './compare-variants.js';
import { environment, suite } from './environment.js';
import { withSeedPool } from './pool/with-seed-pool.js';
import { experimentProgress } from './progress.js';

/** Runs every variant the options name on the seed pool, with a progress line each, and returns the comparison report. */
export async function runComparison(options: CompareOptions): Promise<ComparisonReport> {
  const startedAt = new Date().toISOString();
  const id = options.experiment.id;
  const bars = new Map(options.variants.map((v) => [v.id, experimentProgress(`${id}/${v.id}`, options.seeds.length)]));
  const seconds: Record<string, number> = {};
  let last = performance.now();
  const threads = Math.min(options.workers, options.seeds.length);
  const onSeed = (variant: string, done: number, total: number) => {
    const bar = bars.get(variant)!;
    bar.seedDone(done);
    if (done === total) {
      const now = performance.now();
      seconds[variant] = (now - last) / 1000;
      last = now;
      bar.finish(`${id}/${variant}: ${total} seeds in ${seconds[variant]!.toFixed(1)} s`);
    }
  };
  const comparison = await withSeedPool('compare', threads, (runner) => compareVariants(options.experiment, options.config, options.variants, options.seeds, onSeed, runner));
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: 'comparison',
    suite,
    environment: environment(),
    invocation: { only: id, variants: options.variants.map((v) => v.id), seeds: options.seeds.length, sets: options.sets, config: options.configFile, workers: threads },
    timing: { startedAt, finishedAt: new Date().toISOString(), seconds },
    comparison,
  };
}
