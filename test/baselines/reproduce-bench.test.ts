import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROUNDS } from '../../scripts/bench/args.js';
import { runScript } from '../helpers/run-script.js';

// reproduce --bench puts the benchmark beside the experiments, never inside them.

const dir = mkdtempSync(join(tmpdir(), 'reproduce-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run reproduce -- --bench', () => {
  it('adds a schema-checked benchmark of the selected experiments and leaves `experiments` unchanged', () => {
    const args = ['--only', 'symmetry', '--seeds', '2'];
    const plain = runScript('scripts/reproduce.ts', [...args, '--out', join(dir, 'plain')]);
    const bench = runScript('scripts/reproduce.ts', [...args, '--bench', '--out', join(dir, 'bench')]);
    expect(plain.code).toBe(0);
    expect(bench.code).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'plain', 'report.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(dir, 'bench', 'report.json'), 'utf8'));
    expect(a.benchmark).toBeUndefined();
    expect(b.experiments).toEqual(a.experiments);
    expect(new Set(b.benchmark.results.map((r: { task: string }) => r.task))).toEqual(new Set(['symmetry']));
    expect(b.benchmark.results[0]).toMatchObject({ implementation: 'engine', status: 'timed', ratioToEngine: 1 });
    expect(bench.stderr).toContain(`bench: symmetry: round ${DEFAULT_ROUNDS}/${DEFAULT_ROUNDS}`);
    expect(readFileSync(join(dir, 'bench', 'report.md'), 'utf8')).toMatch(/## Benchmark[\s\S]*\| symmetry \| engine \| float64 \|/);
  });
});
