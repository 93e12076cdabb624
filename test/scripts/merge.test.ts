import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../reports/types.js';
import { reportErrors } from '../../reports/validate.js';
import { runScript } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';

const scratch = scratchFolders('merge-');
const QUICK = ['--only', 'symmetry', '--seeds', '5', '--set', 'symmetry.sweepBudget=3000', '--workers', '1'];
const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;

function reproduce(args: string[]): string {
  const out = scratch();
  const r = runScript('scripts/reproduce.ts', [...args, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

/** A copy of a shard report, changed by `edit`, in a file of its own. */
function edited(dir: string, edit: (r: Report) => void): string {
  const report = readReport(dir);
  edit(report);
  const path = join(scratch(), 'report.json');
  writeFileSync(path, JSON.stringify(report));
  return path;
}

describe('shards and merge', () => {
  let single: string;
  let shard1: string;
  let shard2: string;
  beforeAll(() => {
    single = reproduce(QUICK);
    shard1 = reproduce([...QUICK, '--shard', '1/2']);
    shard2 = reproduce([...QUICK, '--shard', '2/2']);
  });

  it('runs every n-th seed in a shard and records the shard', () => {
    const [a, b] = [readReport(shard1), readReport(shard2)];
    expect(a.experiments[0]!.seeds).toEqual([1, 3, 5]);
    expect(b.experiments[0]!.seeds).toEqual([2, 4]);
    expect(a.invocation.shard).toEqual({ index: 1, count: 2 });
    expect(b.invocation.shard).toEqual({ index: 2, count: 2 });
  });

  it('merges two shards into the experiments of the single run, whatever order they are given in', () => {
    const out = scratch();
    const r = runScript('scripts/merge.ts', ['--out', out, join(shard2, 'report.json'), join(shard1, 'report.json')]);
    expect(r.code, r.stderr).toBe(0);
    const merged = readReport(out);
    expect(reportErrors(merged)).toBeNull();
    expect(merged.invocation.merged).toEqual({ shards: 2 });
    expect(merged.experiments[0]!.seeds).toEqual([1, 2, 3, 4, 5]);
    expect(JSON.stringify(merged.experiments)).toBe(JSON.stringify(readReport(single).experiments));
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^## Verdicts/m);
  });

  describe('bad input exits 2 with one line naming the problem, and writes nothing', () => {
    const cases: Array<[string, () => string[], RegExp]> = [
      ['overlapping seeds (one shard twice)', () => [join(shard1, 'report.json'), join(shard1, 'report.json')], /seed 1 of symmetry is in both .* seeds must not overlap/],
      ['a missing shard', () => [join(shard1, 'report.json')], /shard 2\/2 missing/],
      ['different settings', () => [join(shard1, 'report.json'), edited(shard2, (r) => { r.experiments[0]!.hyperparameters.sweepBudget!.value = 2000; })], /differ in settings: symmetry.sweepBudget: 2000 vs 3000/],
      ['a different suite version', () => [join(shard1, 'report.json'), edited(shard2, (r) => { r.suite.version = '9.9.9'; })], /differ in suite version/],
      ['a different seed count', () => [join(shard1, 'report.json'), edited(shard2, (r) => { r.invocation.seeds = 6; })], /differ in --seeds: 6 vs 5/],
      ['an edited verdict', () => [join(shard1, 'report.json'), edited(shard2, (r) => { r.experiments[0]!.claims[0]!.verdict = 'reproduced'; r.experiments[0]!.claims[0]!.decidedBy = 'x'; })], /its symmetry results are not what this suite makes of its runs/],
      ['a report that is not JSON', () => [join(shard1, 'report.json'), join(shard1, 'report.md')], /report\.md" is not JSON/],
      ['a report that fails the schema', () => [join(shard1, 'report.json'), edited(shard2, (r) => { (r as { experiments: unknown }).experiments = 'none'; })], /is not a report of this suite: \/experiments must be array/],
      ['a file that does not exist', () => [join(shard1, 'report.json'), '/nonexistent/report.json'], /cannot read "\/nonexistent\/report.json": ENOENT/],
      ['no reports at all', () => [], /give the report.json of every shard/],
      ['an unknown flag', () => ['--fast'], /Unknown option '--fast'/],
    ];
    for (const [name, files, message] of cases) {
      it(name, () => {
        const out = scratch();
        const r = runScript('scripts/merge.ts', ['--out', out, ...files()]);
        expect(r.code, r.stdout).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(join(out, 'report.json'))).toBe(false);
        expect(readdirSync(out)).toEqual([]);
      });
    }
  });
});

describe('--shard: bad values exit 2 with one line', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--shard', '0/2'], /--shard must be <i>\/<n> .*got "0\/2": i must be from 1 to 2/],
    [['--shard', '3/2'], /--shard must be <i>\/<n> .*got "3\/2": i must be from 1 to 2/],
    [['--shard', 'a/b'], /--shard must be <i>\/<n> with 1 <= i <= n <= 10000, got "a\/b"/],
    [['--shard', '1/0'], /n must be from 1 to 10000/],
    [['--shard', '2'], /--shard must be <i>\/<n>/],
    [['--seeds', '2', '--shard', '3/3'], /--shard 3\/3 leaves symmetry no seeds: it runs 2/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      const out = scratch();
      const r = runScript('scripts/reproduce.ts', ['--only', 'symmetry', ...args, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(out)).toEqual([]);
    });
  }
});
