import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../reports/contract/index.js';
import { claimsCsv, runsCsv } from '../../reports/csv.js';
import { reportErrors } from '../../reports/validate.js';
import { mergeHelp, parseMergeArgs } from '../../scripts/app/args/merge-args.js';
import { parseReproduceArgs } from '../../scripts/app/args/reproduce-args.js';
import { readReportFile } from '../../scripts/app/read-report.js';
import { writeReportSet } from '../../scripts/app/write-outputs.js';
import { scratchFolders } from '../helpers/scratch.js';
import { QUICK, shardFiles } from '../helpers/shard-files.js';
import { expectUsageError } from '../helpers/usage-error.js';

// Shards and their merge, in this process: reproduce --shard writes each shard's report.json, and
// merge reads them back as scripts/merge.ts does (a file that is no report: read-report.test.ts).
// How merge exits on bad input is checked once, in test/scripts/bad-input-exit.test.ts.

const scratch = scratchFolders('merge-');
const { reproduceToFile, edited, mergeFiles } = shardFiles(scratch);

describe('shards and merge', () => {
  let single: Report;
  let shard1: string;
  let shard2: string;
  beforeAll(async () => {
    single = readReportFile(await reproduceToFile(QUICK)).report;
    shard1 = await reproduceToFile([...QUICK, '--shard', '1/2']);
    shard2 = await reproduceToFile([...QUICK, '--shard', '2/2']);
  });

  it('runs every n-th seed in a shard and records the shard', () => {
    const [a, b] = [readReportFile(shard1).report, readReportFile(shard2).report];
    expect(a.experiments[0]!.seeds).toEqual([1, 3, 5]);
    expect(b.experiments[0]!.seeds).toEqual([2, 4]);
    expect(a.invocation.shard).toEqual({ index: 1, count: 2 });
    expect(b.invocation.shard).toEqual({ index: 2, count: 2 });
  });

  it('merges two shards into the experiments of the single run, whatever order they are given in', async () => {
    const merged = mergeFiles([shard2, shard1]);
    expect(reportErrors(merged)).toBeNull();
    expect(merged.invocation.merged).toEqual({ shards: 2 });
    expect(merged.experiments[0]!.seeds).toEqual([1, 2, 3, 4, 5]);
    expect(JSON.stringify(merged.experiments)).toBe(JSON.stringify(single.experiments));
    const out = scratch();
    await writeReportSet(merged, out);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^## Verdicts/m);
    // the CSV tables too, the same bytes as the single run's
    expect(readFileSync(join(out, 'runs.csv'), 'utf8')).toBe(runsCsv(single));
    expect(readFileSync(join(out, 'claims.csv'), 'utf8')).toBe(claimsCsv(single));
    expect(readFileSync(join(out, 'runs.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(1 + 5);
  });

  describe('bad input is a one-line UsageError naming the problem', () => {
    const cases: Array<[string, () => string[], RegExp]> = [
      ['overlapping seeds (one shard twice)', () => [shard1, shard1], /seed 1 of symmetry is in both .* seeds must not overlap/],
      ['a missing shard', () => [shard1], /shard 2\/2 missing/],
      ['different settings', () => [shard1, edited(shard2, (r) => { r.experiments[0]!.hyperparameters.sweepBudget!.value = 2000; })], /differ in settings: symmetry.sweepBudget: 2000 vs 3000/],
      ['a different suite version', () => [shard1, edited(shard2, (r) => { r.suite.version = '9.9.9'; })], /differ in suite version/],
      ['a different Node version', () => [shard1, edited(shard2, (r) => { r.environment.node = 'v0.0.1'; })], /differ in Node version: "v0.0.1" vs/],
      ['a different seed count', () => [shard1, edited(shard2, (r) => { r.invocation.seeds = 6; })], /differ in --seeds: 6 vs 5/],
      ['an edited verdict', () => [shard1, edited(shard2, (r) => { r.experiments[0]!.claims[0]!.verdict = 'reproduced'; r.experiments[0]!.claims[0]!.decidedBy = 'x'; })], /its symmetry results are not what this suite makes of its runs/],
      ['no reports at all', () => [], /give the report.json of every shard/],
    ];
    for (const [name, files, message] of cases) {
      it(name, () => expectUsageError(() => mergeFiles(files()), message));
    }
  });
});

describe('--shard: bad values are a one-line UsageError', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--shard', '0/2'], /--shard must be <i>\/<n> .*got "0\/2": i must be from 1 to 2/],
    [['--shard', '3/2'], /--shard must be <i>\/<n> .*got "3\/2": i must be from 1 to 2/],
    [['--shard', 'a/b'], /--shard must be <i>\/<n> with 1 <= i <= n <= 10000, got "a\/b"/],
    [['--shard', '1/0'], /n must be from 1 to 10000/],
    [['--shard', '2'], /--shard must be <i>\/<n>/],
    [['--seeds', '2', '--shard', '3/3'], /--shard 3\/3 leaves symmetry no seeds: it runs 2/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => expectUsageError(() => parseReproduceArgs(['--only', 'symmetry', ...args]), message));
  }
});

describe('merge arguments: bad values are a one-line UsageError', () => {
  it('needs at least one report and a non-empty --out', () => {
    expectUsageError(() => parseMergeArgs([]), 'give the report.json of every shard to merge');
    expectUsageError(() => parseMergeArgs(['--out', ' ', 'a.json']), '--out needs a folder');
    expectUsageError(() => parseMergeArgs(['--fast', 'a.json']), "Unknown option '--fast'");
  });

  it('takes every positional argument as a shard report, into reports/out by default', () => {
    expect(parseMergeArgs(['a.json', 'b.json'])).toEqual({ help: false, outDir: 'reports/out', reports: ['a.json', 'b.json'] });
    expect(parseMergeArgs(['--help']).help).toBe(true);
    expect(mergeHelp()).toMatch(/--out <dir>/);
  });
});
