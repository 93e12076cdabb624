import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchmarkErrors } from '../../reports/validate-benchmark.js';
import { runScript } from '../helpers/run-script.js';

// The command line of the benchmark: help, bad input, and one small run whose JSON fits the schema.
// Nothing here checks a timing: timings are measured by `npm run bench`, not asserted by tests.

const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench', () => {
  it('documents every flag', () => {
    const r = runScript('scripts/bench.ts', ['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--only', '--impl', '--rounds', '--json']) expect(r.stdout).toContain(flag);
  });

  it.each([
    [['--bogus'], /Unknown option/],
    [['--only', 'xor'], /--only: unknown id "xor"/],
    [['--impl', 'numpy'], /--impl: unknown id "numpy"/],
    [['--rounds', '0'], /--rounds must be a whole number/],
    [['--json', join(dir, 'missing', 'out.json')], /cannot write --json file/],
  ])('rejects %j with exit code 2 and one line on stderr', (args, message) => {
    const r = runScript('scripts/bench.ts', args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('times the engine beside a baseline and writes JSON that fits $defs/benchmark', () => {
    const file = join(dir, 'bench.json');
    const r = runScript('scripts/bench.ts', ['--only', 'symmetry', '--impl', 'nested-loops', '--rounds', '1', '--json', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\| symmetry \| nested-loops \| float64 \|/);
    expect(r.stderr).toMatch(/round 1\/1/);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(benchmarkErrors(json)).toBeNull();
    expect(json.results.map((x: { implementation: string }) => x.implementation)).toEqual(['engine', 'nested-loops']);
    expect(json.results[1].agreement.sameDigest).toBe(true);
  });
});
