import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../reproductions/kit/settings.js';
import { findExperiment } from '../../reproductions/registry.js';
import { seedPool } from '../../scripts/app/pool/seed-pool.js';
import trainSeeds, { counterLength, FINISHED, STARTED, sweepSlot } from '../../scripts/app/pool/seed-worker.js';
import type { SeedSweep } from '../../scripts/app/progress.js';
import { runExperiment } from '../../scripts/app/run-experiment.js';

// A worker cannot print, so it writes the sweep its seed has reached into the memory it shares with
// this thread, which reads it for the progress bar. The worker's function runs here in this thread,
// so what it leaves behind can be read without timing anything.

const symmetry = findExperiment('symmetry')!;
const { config, deviations } = resolveSettings(symmetry.settings, [{ key: 'sweepBudget', raw: '30' }]);

describe('a seed worker reports its sweep in shared memory', () => {
  it('writes each sweep into the slot of the order it started in, and marks itself idle after each seed', () => {
    let last: [number, number] = [0, 0];
    symmetry.runSeed(config, 2, (sweep, budget) => void (last = [sweep, budget]));
    const counter = new Int32Array(new SharedArrayBuffer(counterLength(2) * Int32Array.BYTES_PER_ELEMENT));
    // Two workers in turn: the first trains both seeds, the second finds none left.
    trainSeeds({ experimentId: symmetry.id, config, seeds: [1, 2], counter: counter.buffer as SharedArrayBuffer });
    trainSeeds({ experimentId: symmetry.id, config, seeds: [1, 2], counter: counter.buffer as SharedArrayBuffer });
    expect([Atomics.load(counter, STARTED), Atomics.load(counter, FINISHED)]).toEqual([2, 2]);
    expect(last[1]).toBe(30);
    // The first worker's slot holds its last seed's last sweep, and a budget of 0: idle.
    expect([counter[sweepSlot(0)], counter[sweepSlot(0) + 1]]).toEqual([last[0], 0]);
    expect([counter[sweepSlot(1)], counter[sweepSlot(1) + 1]]).toEqual([0, 0]);
  });

  it('reaches the progress through the pool: every seed in training within its budget, none once all are done', async () => {
    const pool = seedPool(2, { thisThreadTrains: false });
    const reports: Array<{ done: number; training: readonly SeedSweep[] }> = [];
    try {
      await runExperiment(symmetry, config, deviations, [1, 2, 3, 4], { seedDone: (done, _total, training = []) => void reports.push({ done, training }) }, pool.run);
    } finally {
      await pool.close();
    }
    for (const { training } of reports) {
      expect(training.length).toBeLessThanOrEqual(2);
      for (const t of training) expect(t.budget === 30 && t.sweep >= 0 && t.sweep <= 30, JSON.stringify(t)).toBe(true);
    }
    expect(reports.at(-1)).toEqual({ done: 4, training: [] });
  });
});
