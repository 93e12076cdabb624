// Trains seeds on a pool of `threads` worker threads (tinypool). Every thread claims the next
// untrained seed from a shared counter (Atomics), so no thread waits for another to hand it work,
// and the last seeds go to whichever thread is free. This thread trains too, but only while no
// worker has started (the counter's STARTED slot; workers start 0.1–0.2 s after the pool here,
// see transpile-worker.ts), then leaves the training to them, and once they are up it trains no
// more: waiting, it can close the pool as soon as an interrupt comes (the process's main thread
// answers signals; see ../supervision/supervisor.ts). Every seed is the same pure function of (experiment, config, seed) wherever it
// trains, and the runs are returned in the order of the seeds.
import { fileURLToPath, pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { AnyExperiment, TrainedRun } from '../../../reproductions/kit/experiment.js';
import type { Config } from '../../../reproductions/kit/settings.js';
import { buildVariant, type VariantChoice } from '../../../reproductions/kit/variants.js';
import type { SeedSweep } from '../progress.js';
import type { SeedsRunner } from '../run-experiment.js';
import { turnEventLoop } from '../turn-event-loop.js';
import { CLAIMED, counterLength, FINISHED, STARTED, sweepSlot, type SeedsJob, type WorkerRuns } from './seed-worker.js';
import { transpileWorker } from './transpile-worker.js';
import { startWithoutTsx } from '../worker-exec-argv.js';

export interface SeedPool {
  run: SeedsRunner;
  /** Settles once the workers' code is built and the pool is started. */
  ready: Promise<void>;
  /** Seeds trained so far in this thread and on the workers. */
  trained(): { here: number; onWorkers: number };
  /** Stops every worker (their transpiled code stays cached for the next run). Runs still pending then never settle. */
  close(): Promise<void>;
}

export interface SeedPoolOptions {
  /** Whether this thread trains seeds too (true); false leaves every seed to the workers, for tests. */
  thisThreadTrains?: boolean;
}

const ENTRY = fileURLToPath(new URL('./seed-worker.ts', import.meta.url));
/** How often progress is refreshed while this thread waits for the workers' last seeds. */
const PROGRESS_MS = 100;

export function seedPool(threads: number, { thisThreadTrains = true }: SeedPoolOptions = {}): SeedPool {
  if (!Number.isInteger(threads) || threads < 2) throw new Error(`a seed pool needs 2 threads or more, not ${threads}`);
  let pool: Tinypool | null = null;
  let closing = false;
  /** Whether the workers have carried a run: they are up, and this thread trains no more. */
  let workersUp = false;
  const counts = { here: 0, onWorkers: 0 };

  const ready = transpileWorker(ENTRY).then((code) => {
    if (closing) return;
    const options = { filename: pathToFileURL(code.file).href, minThreads: threads, maxThreads: threads, idleTimeout: 2 ** 31 - 1 };
    pool = startWithoutTsx((execArgv) => new Tinypool(execArgv ? { ...options, execArgv } : options));
  });

  const run = async (
    experiment: AnyExperiment,
    config: Config,
    seeds: readonly number[],
    onDone?: (done: number, training: readonly SeedSweep[]) => void,
    variant?: VariantChoice,
  ): Promise<TrainedRun[]> => {
    // [CLAIMED]: the next seed index to train; [FINISHED]: seeds the workers have finished; [STARTED]: workers at work;
    // then each worker's sweep and budget (seed-worker.ts).
    const counter = new Int32Array(new SharedArrayBuffer(counterLength(threads) * Int32Array.BYTES_PER_ELEMENT));
    const runs = new Array<TrainedRun>(seeds.length);
    let mine = 0;
    const training = (): SeedSweep[] => {
      const seen: SeedSweep[] = [];
      for (let w = 0; w < threads; w++) {
        const budget = Atomics.load(counter, sweepSlot(w) + 1);
        if (budget > 0) seen.push({ sweep: Atomics.load(counter, sweepSlot(w)), budget });
      }
      return seen;
    };
    const report = () => onDone?.(mine + Atomics.load(counter, FINISHED), training());
    const task: SeedsJob = { experimentId: experiment.id, config, seeds: [...seeds], counter: counter.buffer as SharedArrayBuffer, ...(variant ? { variant } : {}) };
    const override = variant ? buildVariant(variant) : undefined;
    // Workers join as soon as the pool is up; a worker that arrives after every seed is claimed returns at once.
    const dispatched: Array<Promise<WorkerRuns>> = [];
    const joined = ready.then(() => {
      if (closing || !pool) return;
      for (let w = 0; w < threads; w++) {
        const part = pool.run(task) as Promise<WorkerRuns>;
        // Handled below, or dropped on purpose when the pool closes before this run awaits it.
        part.catch(() => {});
        dispatched.push(part);
      }
    });
    if (!thisThreadTrains) await joined;
    // The tasks are posted before this thread starts a seed (a cached build makes `ready` settle at
    // once), so each worker finds its task as soon as its code is loaded.
    await turnEventLoop();
    // This thread trains until a worker has started (so at most the seed in hand when it does): then it only waits.
    while (thisThreadTrains && !workersUp && !closing && Atomics.load(counter, STARTED) === 0) {
      const k = Atomics.add(counter, CLAIMED, 1);
      if (k >= seeds.length) break;
      runs[k] = experiment.runSeed(config, seeds[k]!, undefined, override);
      mine += 1;
      counts.here += 1;
      report();
      await turnEventLoop();
    }
    if (closing) return new Promise(() => {}); // Ctrl-C: the caller is about to exit
    // Every seed trained here before a worker started: the workers' tasks find none left and end by
    // themselves, unawaited (a later run's tasks queue behind them).
    if (mine === seeds.length) return runs;
    // The workers carry the rest: every seed left is claimed by one of them, or already was.
    const timer = setInterval(report, PROGRESS_MS);
    let parts: WorkerRuns[];
    try {
      parts = await Promise.all(dispatched);
    } catch (error) {
      // Closing the pool (Ctrl-C) ends the workers' tasks with an error: the caller is about to exit.
      if (closing) return new Promise(() => {});
      throw error;
    } finally {
      clearInterval(timer);
    }
    workersUp = true;
    for (const part of parts) {
      for (const [k, trained] of part) runs[k] = trained;
      counts.onWorkers += part.length;
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
      await pool?.destroy();
    },
  };
}
