// Trains seeds on `threads` threads: this one and a pool of threads − 1 worker threads (tinypool).
// This thread is otherwise idle while seeds train, and the workers need a moment to start (the
// bundle is made, then loaded in each), so it trains seeds itself from the first moment instead of
// waiting: on 2 cores, --workers 2 is this thread and one worker. Every seed is the
// same pure function of (experiment, config, seed) wherever it trains.
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { RunRecord } from '../../reports/types.js';
import type { Experiment, TrainedRun } from '../../reproductions/experiment.js';
import type { SeedRunner } from '../../reproductions/run-experiment.js';
import type { Config } from '../../reproductions/settings.js';
import { bundleWorker } from './bundle-worker.js';
import type { SeedTask } from './seed-worker.js';

export interface SeedPool {
  run: SeedRunner;
  /** Settles once the workers' code is built and the pool is started (seeds queue before that). */
  ready: Promise<void>;
  /** Seeds trained so far in this thread and on the workers. */
  trained(): { here: number; onWorkers: number };
  /** Stops every worker and removes the bundle. Seeds still pending then never settle. */
  close(): Promise<void>;
}

interface Job {
  experiment: Experiment<RunRecord>;
  config: Config;
  seed: number;
  resolve: (run: TrainedRun) => void;
  reject: (error: unknown) => void;
}

const ENTRY = fileURLToPath(new URL('./seed-worker.ts', import.meta.url));
/** Seeds handed to each worker ahead, so that it never waits for this thread to finish a seed. */
const AHEAD = 2;
const yieldToEventLoop = () => new Promise<void>((done) => setImmediate(done));

export function seedPool(threads: number): SeedPool {
  if (!Number.isInteger(threads) || threads < 2) throw new Error(`a seed pool needs 2 threads or more, not ${threads}`);
  const queue: Job[] = [];
  let pool: Tinypool | null = null;
  let dir: string | null = null;
  let inFlight = 0;
  let draining = false;
  let closing = false;
  let failure: unknown = null;
  const counts = { here: 0, onWorkers: 0 };

  /** Hands queued seeds to the workers, up to AHEAD each. */
  const feed = () => {
    while (pool && !closing && queue.length > 0 && inFlight < (threads - 1) * AHEAD) {
      const job = queue.shift()!;
      const task: SeedTask = { experimentId: job.experiment.id, config: job.config, seed: job.seed };
      inFlight += 1;
      pool.run(task).then(
        (run: TrainedRun) => {
          inFlight -= 1;
          counts.onWorkers += 1;
          job.resolve(run);
          feed();
        },
        // Closing (on Ctrl-C) cancels the workers' seeds; their caller is about to exit and must
        // not report the cancellation as a failure, so those promises are left pending.
        (error: unknown) => {
          inFlight -= 1;
          if (!closing) job.reject(error);
        },
      );
    }
  };

  /** This thread's share: the next queued seed, then a turn of the event loop, until none is left. */
  const drain = async () => {
    if (draining) return;
    draining = true;
    await yieldToEventLoop(); // lets the caller queue all its seeds first
    while (!closing && queue.length > 0) {
      feed();
      const job = queue.shift();
      if (!job) break;
      try {
        job.resolve(job.experiment.runSeed(job.config, job.seed));
        counts.here += 1;
      } catch (error) {
        job.reject(error);
      }
      await yieldToEventLoop(); // worker results, progress and Ctrl-C are handled between seeds
    }
    draining = false;
  };

  const ready = bundleWorker(ENTRY).then(
    (bundle) => {
      dir = bundle.dir;
      if (closing) return;
      pool = new Tinypool({
        filename: pathToFileURL(bundle.file).href,
        minThreads: threads - 1,
        maxThreads: threads - 1,
        concurrentTasksPerWorker: AHEAD,
        // Between two experiments the pool is briefly idle; keep the loaded workers until close().
        idleTimeout: 2 ** 31 - 1,
      });
      feed();
    },
    (error: unknown) => {
      failure = error;
      for (const job of queue.splice(0)) job.reject(error);
    },
  );

  const run = <R extends RunRecord>(experiment: Experiment<R>, config: Config, seed: number): Promise<TrainedRun<R>> => {
    if (failure !== null) return Promise.reject(failure);
    return new Promise<TrainedRun<R>>((resolve, reject) => {
      const job = { experiment, config, seed, resolve, reject } as unknown as Job;
      queue.push(job);
      feed();
      void drain();
    });
  };

  return {
    run,
    ready,
    trained: () => ({ ...counts }),
    async close() {
      closing = true;
      queue.length = 0;
      await ready;
      try {
        await pool?.destroy();
      } finally {
        if (dir !== null) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
