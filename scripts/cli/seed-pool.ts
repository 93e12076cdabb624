// A pool of worker threads that trains seeds in parallel (tinypool). The suite is TypeScript, and a
// worker thread inherits no loader on Node 20, so each would have to register tsx itself: about
// 0.5 s per worker here, a third of the time 40 symmetry seeds take. Instead the pool bundles the
// worker's code once with esbuild (tsx's own transpiler, ~30 ms) into one plain JS file, which a
// worker loads in about 0.1 s. This works the same under tsx, vitest, or anything else.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import Tinypool from 'tinypool';
import type { RunRecord } from '../../reports/types.js';
import type { Experiment, TrainedRun } from '../../reproductions/experiment.js';
import type { SeedRunner } from '../../reproductions/run-experiment.js';
import type { Config } from '../../reproductions/settings.js';
import type { SeedTask } from './seed-worker.js';

export interface SeedPool {
  run: SeedRunner;
  /** Terminates every worker and removes the bundle. Seeds still pending then never settle. */
  close(): Promise<void>;
}

/** Bundles seed-worker.ts and everything it imports into `dir`; returns the bundle's path. */
function bundleWorker(dir: string): string {
  const outfile = join(dir, 'seed-worker.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./seed-worker.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    // CommonJS packages in the bundle (seedrandom) call require; ESM has none unless given one.
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}

/** Starts `threads` workers at once, so they load the experiments while the first seeds queue. */
export function seedPool(threads: number): SeedPool {
  const dir = mkdtempSync(join(tmpdir(), 'backprop-1986-workers-'));
  let pool: Tinypool;
  try {
    pool = new Tinypool({
      filename: pathToFileURL(bundleWorker(dir)).href,
      minThreads: threads,
      maxThreads: threads,
      // Between two experiments the pool is briefly idle; keep the loaded workers until close().
      idleTimeout: 2 ** 31 - 1,
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let closing = false;
  const run = async <R extends RunRecord>(experiment: Experiment<R>, config: Config, seed: number): Promise<TrainedRun<R>> => {
    const task: SeedTask = { experimentId: experiment.id, config, seed };
    try {
      return (await pool.run(task)) as TrainedRun<R>;
    } catch (error) {
      // Closing (on Ctrl-C) cancels the queued seeds; their caller is about to exit and must not
      // report the cancellation as a failure, so those promises are left pending.
      if (closing) return new Promise<never>(() => {});
      throw error;
    }
  };
  return {
    run,
    async close() {
      closing = true;
      try {
        await pool.destroy();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
