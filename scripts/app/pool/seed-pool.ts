// Trains seeds on `threads` threads: this one and a pool of threads − 1 worker threads (tinypool).
// Every thread claims the next untrained seed from a shared counter (Atomics), so no thread waits
// for another to hand it work, and the last seeds go to whichever thread is free. This thread
// trains from the first moment, while the workers start (their code is transpiled, then loaded),
// and yields to the event loop between its seeds for progress and Ctrl-C. Every seed is the same
// pure function of (experiment, config, seed) wherever it trains, and the runs are returned in
// the order of the seeds.
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { AnyExperiment, TrainedRun } from '../../../reproductions/kit/experiment.js';
import type { Config } from '../../../reproductions/kit/settings.js';
import { buildVariant, type VariantChoice } from '../../../reproductions/kit/variants.js';
import type { SeedsRunner } from '../run-experiment.js';
import { CLAIMED, FINISHED, type SeedsJob, type WorkerRuns } from './seed-worker.js';
import { transpileWorker } from './transpile-worker.js';

export interface SeedPool {
  run: SeedsRunner;
  /** Settles once the workers' code is built and the pool is started. */
  ready: Promise<void>;
  /** Seeds trained so far in this thread and on the workers. */
  trained(): { here: number; onWorkers: number };
  /** Stops every worker and removes the transpiled code. Runs still pending then never settle. */
  close(): Promise<void>;
}

export interface SeedPoolOptions {
  /** Whether this thread trains seeds too (true); false leaves every seed to the workers, for tests. */
  thisThreadTrains?: boolean;
}

const ENTRY = fileURLToPath(new URL('./seed-worker.ts', import.meta.url));
const yieldToEventLoop = () => new Promise<void>((done) => setImmediate(done));
/** How often progress is refreshed while this thread waits for the workers' last seeds. */
const PROGRESS_MS = 100;

export function seedPool(threads: number, { thisThreadTrains = true }: SeedPoolOptions = {}): SeedPool {
  if (!Number.isInteger(threads) || threads < 2) throw new Error(`a seed pool needs 2 threads or more, not ${threads}`);
  let pool: Tinypool | null = null;
  let dir: string | null = null;
  let closing = false;
  const counts = { here: 0, onWorkers: 0 };

  const ready = transpileWorker(ENTRY).then((code) => {
    dir = code.dir;
    if (closing) return;
    pool = new Tinypool({ filename: pathToFileURL(code.file).href, minThreads: threads - 1, maxThreads: threads - 1, idleTimeout: 2 ** 31 - 1 });
  });

  const run = async (
    experiment: AnyExperiment,
    config: Config,
    seeds: readonly number[],
    onDone?: (done: number) => void,
    variant?: VariantChoice,
  ): Promise<TrainedRun[]> => {
    // [CLAIMED]: the next seed index to train; [FINISHED]: seeds the workers have finished.
    const counter = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const runs = new Array<TrainedRun>(seeds.length);
    let mine = 0;
    const report = () => onDone?.(mine + Atomics.load(counter, FINISHED));
    const task: SeedsJob = { experimentId: experiment.id, config, seeds: [...seeds], counter: counter.buffer as SharedArrayBuffer, ...(variant ? { variant } : {}) };
    const override = variant ? buildVariant(variant) : undefined;
    // Workers join as soon as the pool is up; a worker that arrives after every seed is claimed returns at once.
    const dispatched: Array<Promise<WorkerRuns>> = [];
    const joined = ready.then(() => {
      if (closing || !pool) return;
      for (let w = 0; w < threads - 1; w++) dispatched.push(pool.run(task) as Promise<WorkerRuns>);
    });
    if (!thisThreadTrains) await joined;
    while (thisThreadTrains && !closing) {
      const k = Atomics.add(counter, CLAIMED, 1);
      if (k >= seeds.length) break;
      runs[k] = experiment.runSeed(config, seeds[k]!, undefined, override);
      mine += 1;
      counts.here += 1;
      report();
      await yieldToEventLoop();
    }
    if (closing) return new Promise(() => {}); // Ctrl-C: the caller is about to exit
    // Every seed is claimed now; only the workers already running can still hold some.
    const timer = setInterval(report, PROGRESS_MS);
    try {
      for (const part of await Promise.all(dispatched)) {
        for (const [k, trained] of part) runs[k] = trained;
        counts.onWorkers += part.length;
      }
    } finally {
      clearInterval(timer);
    }
    report();
    return runs;
  };

  return {
    run,
    ready,
    trained: () => ({ ...counts }),
    async close() {
      closing = true;
      await ready.catch(() => {});
      try {
        await pool?.destroy();
      } finally {
        if (dir !== null) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
