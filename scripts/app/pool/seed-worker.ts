// The entry of every worker thread of the seed pool: trains seeds of one experiment, claiming each
// from the counter it shares with the other threads, until none is left. The experiment travels
// by id and is looked up in the registry here, because functions (runSeed, the claims, an update
// rule) cannot be posted between threads; config, seeds and a variant choice are plain data, the
// counter shared memory.
import type { TrainedRun } from '../../../reproductions/kit/experiment.js';
import type { Config } from '../../../reproductions/kit/settings.js';
import { buildVariant, type VariantChoice } from '../../../reproductions/kit/variants.js';
import { findExperiment } from '../../../reproductions/registry.js';

/** Slots of the shared counter: the next seed index to claim, how many seeds workers finished, how many workers started. */
export const CLAIMED = 0;
export const FINISHED = 1;
export const STARTED = 2;
export const COUNTER_SLOTS = 3;
/**
 * After those, two slots per worker (numbered in the order they start) for the progress bar: the
 * sweep its seed has reached and that seed's budget, 0 between seeds. Only the main thread can
 * print, and a worker busy in a long seed cannot post a message, so it writes them here instead.
 */
export const sweepSlot = (worker: number): number => COUNTER_SLOTS + 2 * worker;
export const counterLength = (threads: number): number => sweepSlot(threads);

export interface SeedsJob {
  experimentId: string;
  config: Config;
  seeds: number[];
  counter: SharedArrayBuffer;
  /** An optimizer variant to train with instead of the experiment's own rule (scripts/compare.ts). */
  variant?: VariantChoice;
}

/** The seeds this worker trained, by their index in the task's list. */
export type WorkerRuns = Array<[number, TrainedRun]>;

export default function trainSeeds(task: SeedsJob): WorkerRuns {
  const experiment = findExperiment(task.experimentId);
  if (!experiment) throw new Error(`seed worker: unknown experiment "${task.experimentId}"`);
  const counter = new Int32Array(task.counter);
  // Tells the main thread to stop training (from now on the workers carry the seeds), and numbers
  // this worker: the order it started in picks its progress slots.
  const slot = sweepSlot(Atomics.add(counter, STARTED, 1));
  // A store per sweep costs nanoseconds beside the sweep's microseconds, and touches nothing the run computes.
  const progress = slot + 1 < counter.length
    ? (sweep: number, budget: number) => {
        Atomics.store(counter, slot, sweep);
        Atomics.store(counter, slot + 1, budget);
      }
    : undefined;
  const override = task.variant ? buildVariant(task.variant) : undefined;
  const runs: WorkerRuns = [];
  for (;;) {
    const k = Atomics.add(counter, CLAIMED, 1);
    if (k >= task.seeds.length) return runs;
    runs.push([k, experiment.runSeed(task.config, task.seeds[k]!, progress, override)]);
    // Idle before the seed counts as finished, so no reading counts it both finished and in training.
    if (progress) Atomics.store(counter, slot + 1, 0);
    Atomics.add(counter, FINISHED, 1);
  }
}
