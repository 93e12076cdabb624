import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportErrors } from '../../reports/validate.js';
import { runScript } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';

const SCRIPT = 'scripts/reproduce.ts';
const scratch = scratchFolders('reproduce-');

describe('reproduce: bad input exits 2 with one line and writes nothing', () => {
  const blocker = join(scratch(), 'a-file');
  writeFileSync(blocker, 'not a folder');
  const cases: Array<[string, string[], RegExp]> = [
    ['an unknown flag', ['--fast'], /Unknown option '--fast'/],
    ['a flag without its value', ['--seeds'], /--seeds/],
    ['a seed count of zero', ['--seeds', '0'], /--seeds must be a whole number from 1 to 100000, got "0"/],
    ['a negative seed count', ['--seeds=-3'], /--seeds must be a whole number/],
    ['a fractional seed count', ['--seeds', '2.5'], /--seeds must be a whole number/],
    ['a non-numeric seed count', ['--seeds', 'many'], /--seeds must be a whole number/],
    ['an absurd seed count', ['--seeds', '100001'], /--seeds must be a whole number from 1 to 100000/],
    ['an unknown experiment', ['--only', 'parity'], /unknown experiment "parity"/],
    ['a malformed --set', ['--set', 'learningRate=0.1'], /--set must look like <experiment>.<setting>=<value>/],
    ['an unknown setting', ['--set', 'symmetry.speed=2'], /unknown setting "speed"/],
    ['a bad setting value', ['--set', 'symmetry.momentum=fast'], /momentum must be a number from 0 to 1, got "fast"/],
    ['an unwritable output folder', ['--out', join(blocker, 'out')], /cannot write to output folder/],
    ['a positional argument', ['symmetry'], /positional/i],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const out = scratch();
      const r = runScript(SCRIPT, [...args, ...(args.includes('--out') ? [] : ['--out', out])]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(out)).toEqual([]);
    });
  }
});

describe('reproduce: a short run end to end', () => {
  it('prints help listing every setting', () => {
    const r = runScript(SCRIPT, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--seeds <n>/);
    expect(r.stdout).toMatch(/symmetry\.momentumForm \[stored-step\]/);
  });

  it('writes a schema-valid report whose experiments are identical between two runs', () => {
    const args = ['--only', 'symmetry', '--seeds', '3', '--set', 'symmetry.sweepBudget=3000'];
    const [a, b] = [scratch(), scratch()];
    const first = runScript(SCRIPT, [...args, '--out', a]);
    const second = runScript(SCRIPT, [...args, '--out', b]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(first.stdout).toMatch(/symmetry: 3 seeds in/);
    const ra = JSON.parse(readFileSync(join(a, 'report.json'), 'utf8'));
    const rb = JSON.parse(readFileSync(join(b, 'report.json'), 'utf8'));
    expect(reportErrors(ra)).toBeNull();
    expect(JSON.stringify(ra.experiments)).toBe(JSON.stringify(rb.experiments));
    expect(ra.experiments[0].deviations).toEqual([{ key: 'sweepBudget', default: 14250, value: 3000 }]);
    expect(ra.experiments[0].runs.map((r: { seed: number }) => r.seed)).toEqual([1, 2, 3]);
    const md = readFileSync(join(a, 'report.md'), 'utf8');
    expect(md).toMatch(/^## Verdicts/m);
    expect(md).toMatch(/\| symmetry \| mirror-antisymmetry \|/);
    expect(existsSync(join(a, 'report.json.tmp'))).toBe(false);
  });

  it('records a run that diverges as diverged, in a valid report, instead of crashing', () => {
    // ε = 1e308 overflows the first step; the error becomes NaN and training stops there.
    const out = scratch();
    const r = runScript(SCRIPT, ['--only', 'symmetry,family-trees', '--seeds', '2', '--set', 'symmetry.learningRate=1e308', '--set', 'family-trees.learningRate=1e308', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(reportErrors(report)).toBeNull();
    for (const e of report.experiments) {
      for (const run of e.runs) expect([run.diverged, run.finalError, run.weights, run.sweepsToCriterion]).toEqual([true, null, null, null]);
      expect(e.claims.every((c: { verdict: string }) => c.verdict === 'not-reproduced')).toBe(true);
    }
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/\| 1 \| not reached \| diverged \|/);
  });
});
