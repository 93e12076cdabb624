import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../reproductions/kit/settings.js';
import { findExperiment } from '../../reproductions/registry.js';
import { seedPool } from '../../scripts/app/pool/seed-pool.js';
import { workerExecArgv } from '../../scripts/app/worker-exec-argv.js';
import { transpileWorker } from '../../scripts/app/pool/transpile-worker.js';
import { runExperiment } from '../../scripts/app/run-experiment.js';

// What makes a pool's workers start soon (scripts/app/pool/transpile-worker.ts, seed-pool.ts): their
// code is one bundle without the figure packages, they start without tsx, and this thread trains
// while they start, but no more once they are up.

const ENTRY = fileURLToPath(new URL('../../scripts/app/pool/seed-worker.ts', import.meta.url));

describe("the workers' code", () => {
  it('is one cached ES module that imports no figure package', async () => {
    const first = await transpileWorker(ENTRY);
    const again = await transpileWorker(ENTRY);
    expect(again).toEqual({ file: first.file, built: false });
    expect(readdirSync(dirname(first.file)).sort()).toEqual(['package.json', 'seed-worker.js']);
    const imported = [...readFileSync(first.file, 'utf8').matchAll(/^import (?:.*? from )?"([^"]+)";$/gm)].map((m) => m[1]);
    expect(imported.length).toBeGreaterThan(0);
    // Node's modules and the engine's own packages; vega and vega-lite are left out, and every source is inside.
    for (const name of imported) expect(name, name).toMatch(/^(node:|seedrandom$)/);
  });
});

describe('the Node options a worker gets', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['node --import tsx', ['--import', 'tsx'], []],
    ['node --import=tsx', ['--import=tsx'], []],
    ['the tsx launcher', ['--require', '/x/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///x/node_modules/tsx/dist/loader.mjs'], []],
    ['other options kept', ['--enable-source-maps', '--import', './trace.mjs', '-r', 'tsx/cjs', '--cpu-prof'], ['--enable-source-maps', '--import', './trace.mjs', '--cpu-prof']],
    ['a module named like tsx but not it', ['--import', './tsxish.mjs'], ['--import', './tsxish.mjs']],
  ];
  for (const [name, given, kept] of cases) it(name, () => expect(workerExecArgv(given)).toEqual(kept));
});

describe('this thread trains while the workers start, and not once they are up', () => {
  it('gives the same runs, trains here on the first run, and leaves later runs to the workers', async () => {
    const symmetry = findExperiment('symmetry')!;
    const { config, deviations } = resolveSettings(symmetry.settings, [{ key: 'sweepBudget', raw: '300' }]);
    const seeds = Array.from({ length: 12 }, (_, k) => k + 1);
    const inProcess = JSON.stringify(await runExperiment(symmetry, config, deviations, seeds));
    const pool = seedPool(2);
    try {
      expect(JSON.stringify(await runExperiment(symmetry, config, deviations, seeds, {}, pool.run))).toBe(inProcess);
      // A worker must start a thread and load its code before it can start, tens of milliseconds at
      // least; this thread looks after one turn of the event loop, so it has trained a seed by then.
      expect(pool.trained().here).toBeGreaterThan(0);
      // Until a run has had the workers' help (this thread may train all seeds of a run before they start)…
      for (let k = 0; k < 50 && pool.trained().onWorkers === 0; k++) await runExperiment(symmetry, config, deviations, seeds, {}, pool.run);
      expect(pool.trained().onWorkers).toBeGreaterThan(0);
      // …then they are up, and this thread trains no more.
      const before = pool.trained();
      expect(JSON.stringify(await runExperiment(symmetry, config, deviations, seeds, {}, pool.run))).toBe(inProcess);
      expect(pool.trained()).toEqual({ here: before.here, onWorkers: before.onWorkers + seeds.length });
    } finally {
      await pool.close();
    }
  });
});
