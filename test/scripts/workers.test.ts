import { describe, expect, it } from 'vitest';
import { reportErrors } from '../../reports/validate.js';
import { resolveSettings } from '../../reproductions/kit/settings.js';
import { experiments, findExperiment } from '../../reproductions/registry.js';
import { parseReproduceArgs } from '../../scripts/app/args/reproduce-args.js';
import { seedPool } from '../../scripts/app/pool/seed-pool.js';
import { reproduce } from '../../scripts/app/reproduce.js';
import { runExperiment } from '../../scripts/app/run-experiment.js';
import { capturingOutput } from '../helpers/capture-output.js';
import { cheapSettings } from '../helpers/cheap-settings.js';
import { expectUsageError } from '../helpers/usage-error.js';

// Worker threads train seeds here, in the vitest process: their code is bundled from the sources
// (scripts/app/pool/transpile-worker.ts), so the pool needs no command-line process. Ctrl-C during
// a pooled run needs one: test/scripts/interrupt.test.ts. How soon the workers start:
// test/scripts/pool-start.test.ts.

describe('--workers: the experiments do not depend on the number of threads', () => {
  it('gives byte-identical experiments with 1 worker (in-process) and 2 (this thread and a pool)', async () => {
    const args = ['--only', 'symmetry', '--seeds', '5', '--set', 'symmetry.sweepBudget=3000'];
    const { result: one } = await capturingOutput(() => reproduce(parseReproduceArgs([...args, '--workers', '1'])));
    const { result: two } = await capturingOutput(() => reproduce(parseReproduceArgs([...args, '--workers', '2'])));
    expect(reportErrors(two)).toBeNull();
    expect([one.invocation.workers, two.invocation.workers]).toEqual([1, 2]);
    expect(two.experiments[0]!.seeds).toEqual([1, 2, 3, 4, 5]);
    expect(JSON.stringify(two.experiments)).toBe(JSON.stringify(one.experiments));
  });

  it('runs a pool from inside vitest too (the workers load transpiled modules, not vitest transforms)', async () => {
    const experiment = findExperiment('symmetry')!;
    const { config, deviations } = resolveSettings(experiment.settings, [{ key: 'sweepBudget', raw: '2000' }]);
    const seeds = [1, 2, 3, 4];
    const done: number[] = [];
    // This thread leaves every seed to the worker, so the worker's code path is sure to run.
    const pool = seedPool(2, { thisThreadTrains: false });
    try {
      const pooled = await runExperiment(experiment, config, deviations, seeds, { seedDone: (n) => done.push(n) }, pool.run);
      const inProcess = await runExperiment(experiment, config, deviations, seeds);
      expect(pooled.runs.map((r) => r.seed)).toEqual(seeds);
      expect(JSON.stringify(pooled)).toBe(JSON.stringify(inProcess));
      // Progress ends at every seed finished.
      expect(done.at(-1)).toBe(4);
      expect(pool.trained()).toEqual({ here: 0, onWorkers: 4 });
    } finally {
      await pool.close();
    }
  });
});

describe('a pool trains every experiment as this thread does', () => {
  it('gives the same runs for every registered experiment', async () => {
    const pool = seedPool(2, { thisThreadTrains: false });
    try {
      for (const experiment of experiments) {
        // Settings small enough that two seeds take milliseconds; the runs must match byte for byte.
        const { config, deviations } = cheapSettings(experiment);
        const before = pool.trained().onWorkers;
        const pooled = await runExperiment(experiment, config, deviations, [1, 2], {}, pool.run);
        expect(pool.trained().onWorkers - before, experiment.id).toBe(2);
        expect(JSON.stringify(pooled), experiment.id).toBe(JSON.stringify(await runExperiment(experiment, config, deviations, [1, 2])));
      }
    } finally {
      await pool.close();
    }
  });
});

describe('--workers: bad values are a one-line UsageError', () => {
  const cases: Array<[string, RegExp]> = [
    ['0', /--workers must be a whole number from 1 to 256, got "0"/],
    ['two', /--workers must be a whole number from 1 to 256, got "two"/],
    ['1.5', /--workers must be a whole number/],
    ['257', /--workers must be a whole number from 1 to 256/],
  ];
  for (const [value, message] of cases) {
    it(`--workers ${value}`, () => expectUsageError(() => parseReproduceArgs(['--only', 'symmetry', '--workers', value]), message));
  }
});
