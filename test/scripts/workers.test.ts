import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportErrors } from '../../reports/validate.js';
import { findExperiment } from '../../reproductions/registry.js';
import { runExperiment } from '../../reproductions/run-experiment.js';
import { applyOverrides } from '../../reproductions/settings.js';
import { seedPool } from '../../scripts/cli/seed-pool.js';
import { ROOT, runScript } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';

const SCRIPT = 'scripts/reproduce.ts';
const scratch = scratchFolders('workers-');
const QUICK = ['--only', 'symmetry', '--seeds', '5', '--set', 'symmetry.sweepBudget=3000'];

describe('--workers: the experiments do not depend on the number of threads', () => {
  it('gives byte-identical experiments with 1 worker (in-process) and 2 (a pool), from the command line', () => {
    const [one, two] = [scratch(), scratch()];
    const a = runScript(SCRIPT, [...QUICK, '--workers', '1', '--out', one]);
    const b = runScript(SCRIPT, [...QUICK, '--workers', '2', '--out', two]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const [ra, rb] = [one, two].map((d) => JSON.parse(readFileSync(join(d, 'report.json'), 'utf8')));
    expect(reportErrors(rb)).toBeNull();
    expect([ra.invocation.workers, rb.invocation.workers]).toEqual([1, 2]);
    expect(rb.experiments[0].seeds).toEqual([1, 2, 3, 4, 5]);
    expect(JSON.stringify(rb.experiments)).toBe(JSON.stringify(ra.experiments));
  });

  it('runs a pool from inside vitest too (the workers load transpiled modules, not vitest transforms)', async () => {
    const experiment = findExperiment('symmetry')!;
    const { config, deviations } = applyOverrides(experiment.settings, [{ key: 'sweepBudget', raw: '2000' }]);
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
  // Settings small enough that three seeds take milliseconds; the runs must match byte for byte.
  const cheap: Record<string, Array<{ key: string; raw: string }>> = {
    symmetry: [{ key: 'sweepBudget', raw: '500' }],
    'family-trees': [{ key: 'sweeps', raw: '30' }],
    'iterative-nets': [{ key: 'fig5Sweeps', raw: '20' }, { key: 'shiftBudget', raw: '50' }, { key: 'sequenceBudget', raw: '20' }],
  };
  it('gives the same runs for symmetry, family trees and iterative nets', async () => {
    const pool = seedPool(2, { thisThreadTrains: false });
    try {
      for (const [id, sets] of Object.entries(cheap)) {
        const experiment = findExperiment(id)!;
        const { config, deviations } = applyOverrides(experiment.settings, sets);
        const before = pool.trained().onWorkers;
        const pooled = await runExperiment(experiment, config, deviations, [1, 2, 3], {}, pool.run);
        expect(pool.trained().onWorkers - before, id).toBe(3);
        expect(JSON.stringify(pooled), id).toBe(JSON.stringify(await runExperiment(experiment, config, deviations, [1, 2, 3])));
      }
    } finally {
      await pool.close();
    }
  });
});

describe('--workers: bad values exit 2 with one line and write nothing', () => {
  const cases: Array<[string, RegExp]> = [
    ['0', /--workers must be a whole number from 1 to 256, got "0"/],
    ['two', /--workers must be a whole number from 1 to 256, got "two"/],
    ['1.5', /--workers must be a whole number/],
    ['257', /--workers must be a whole number from 1 to 256/],
  ];
  for (const [value, message] of cases) {
    it(`--workers ${value}`, () => {
      const out = scratch();
      const r = runScript(SCRIPT, ['--only', 'symmetry', '--workers', value, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(out)).toEqual([]);
    });
  }
});

describe('Ctrl-C during a pooled run', () => {
  it('stops the pool, exits 130 and leaves no report', async () => {
    const out = scratch();
    // Symmetry finishes at once (10 sweeps a seed); family trees then keep both workers busy for
    // minutes, so the interrupt is certain to land while the pool is working.
    const args = ['--only', 'symmetry,family-trees', '--seeds', '400', '--set', 'symmetry.sweepBudget=10', '--workers', '2', '--out', out];
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const started = new Promise<void>((done) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (/symmetry: 400 seeds in/.test(stdout)) done();
      });
    });
    await Promise.race([started, exited.then((code) => expect.fail(`exited ${code} before family trees started: ${stderr}`))]);
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(130);
    expect(stderr).toMatch(/reproduce: interrupted; nothing written/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'report.json'))).toBe(false);
    expect(readdirSync(out)).toEqual([]);
  });
});
