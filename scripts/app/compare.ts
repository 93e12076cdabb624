import { COMPARISON_SCHEMA_VERSION, type ComparisonReport } from '../../reports/contract/index.js';
import type { CompareOptions } from './args/compare-args.js';
import { compareVariants } from './compare-variants.js';
import { environment, suite } from './environment.js';
import { withSeedPool } from './pool/with-seed-pool.js';
import { experimentProgress } from './progress.js';
import type { SeedProgress } from './run-experiment.js';

/** Runs every variant the options name on the seed pool, with a progress line each, and returns the comparison report. */
export async function runComparison(options: CompareOptions): Promise<ComparisonReport> {
  const startedAt = new Date().toISOString();
  const id = options.experiment.id;
  const seconds: Record<string, number> = {};
  let last = performance.now();
  const threads = Math.min(options.workers, options.seeds.length);
  const progressOf = (variant: string): SeedProgress => {
    const bar = experimentProgress(`${id}/${variant}`, options.seeds.length, { command: 'compare', quiet: options.quiet });
    return {
      ...(bar.sweep ? { sweep: bar.sweep } : {}),
      seedDone(done, total, training) {
        bar.seedDone(done, total, training);
        // A pool can report the last count twice (its timer, then its end): the variant is timed once.
        if (done < total || variant in seconds) return;
        const now = performance.now();
        seconds[variant] = (now - last) / 1000;
        last = now;
        bar.finish(`${id}/${variant}: ${total} seeds in ${seconds[variant]!.toFixed(1)} s`);
      },
    };
  };
  const comparison = await withSeedPool(threads, (runner) => compareVariants(options.experiment, options.config, options.variants, options.seeds, progressOf, runner));
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
