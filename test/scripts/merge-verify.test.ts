import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, RunRecord } from '../../reports/contract/index.js';
import { parseMergeArgs } from '../../scripts/app/args/merge-args.js';
import { readReportFile, type ReportFile } from '../../scripts/app/read-report.js';
import { verifyUnion } from '../../scripts/app/verify-shard.js';
import { experiments } from '../../reproductions/registry.js';
import { cheapSetFlags } from '../helpers/cheap-settings.js';
import { scratchFolders } from '../helpers/scratch.js';
import { QUICK, shardFiles } from '../helpers/shard-files.js';
import { expectUsageError } from '../helpers/usage-error.js';

// Merge recomputes what it can of every shard (scripts/app/verify-shard.ts): each edit below, made
// to shard 2/2 of a short symmetry run (or to every shard, where one shard alone would differ from
// the others), is refused in one line naming the file, experiment, seed and field. Honest shards of
// every experiment, a diverged run among them, still merge.

const scratch = scratchFolders('merge-verify-');
const { reproduceToFile, edited, mergeFiles } = shardFiles(scratch);

/** Shard 2/2's first run: seed 2. */
const seed2 = (r: Report): RunRecord => r.experiments[0]!.runs[0]!;

/** The first number of the first weight block, nudged in its last bits. */
function nudgeWeight(run: RunRecord): void {
  const block = Object.values(run.weights!)[0]!;
  const row = (Array.isArray(block[0]) ? block[0] : block) as number[];
  row[0] = row[0]! * (1 + 1e-12);
}

/** Rounds as the error curve does: 6 significant digits. */
const six = (x: number) => Number(x.toPrecision(6));

describe('merge refuses a shard that is not what it claims', () => {
  let shard1: string;
  let shard2: string;
  beforeAll(async () => {
    shard1 = await reproduceToFile([...QUICK, '--shard', '1/2']);
    shard2 = await reproduceToFile([...QUICK, '--shard', '2/2']);
    const run = seed2(readReportFile(shard2).report);
    // The edits below need a run that kept its weights and its curve has points between its ends.
    expect(run.weights).not.toBeNull();
    expect(run.errorCurve.sweeps.length).toBeGreaterThan(3);
  });

  const both = (edit: (r: Report) => void) => () => [edited(shard1, edit), edited(shard2, edit)];
  const second = (edit: (r: Report) => void) => () => [shard1, edited(shard2, edit)];
  const cases: Array<[string, () => string[], RegExp]> = [
    ['an edited weightsDigest', second((r) => { seed2(r).weightsDigest = 'f'.repeat(64); }), /report\.json": symmetry seed 2 weightsDigest: ffffffffffff… is not the digest of its weights/],
    ['an edited weight', second((r) => nudgeWeight(seed2(r))), /symmetry seed 2 weightsDigest: [0-9a-f]{12}… is not the digest of its weights/],
    ['an edited finalError', second((r) => { seed2(r).finalError! *= 1.5; }), /symmetry seed 2 finalError: .* is not the curve's last point, .* to 6 significant digits/],
    ['a finalError edited below the curve\'s 6 digits', second((r) => { seed2(r).finalError! *= 1 + 1e-9; }), /symmetry seed 2 finalError: .* is not E of its weights/],
    ['an edited last point of the error curve', second((r) => { const e = seed2(r).errorCurve.errors; e[e.length - 1] = six(e.at(-1)! * 1.5); }), /symmetry seed 2 finalError: .* is not the curve's last point/],
    ['finalError and the curve\'s last point edited together', second((r) => {
      const run = seed2(r);
      run.finalError = run.finalError! * 1.5;
      run.errorCurve.errors[run.errorCurve.errors.length - 1] = six(run.finalError);
    }), /symmetry seed 2 finalError: .* is not E of its weights/],
    ['an edited first point of the error curve', second((r) => { const e = seed2(r).errorCurve.errors; e[0] = six(e[0]! * 1.5); }), /symmetry seed 2 errorCurve.errors: .* at sweep 0 is not E of seed 2's initial weights/],
    ['a curve point with more than 6 digits', second((r) => { const e = seed2(r).errorCurve.errors; e[2] = e[2]! + 1e-9; }), /symmetry seed 2 errorCurve.errors: .* is not E to 6 significant digits/],
    ['a curve whose last sweep is not sweepsRun', second((r) => { seed2(r).sweepsRun += 1; }), /symmetry seed 2 errorCurve: its last sweep is \d+, but sweepsRun is \d+/],
    ['curve sweeps that are not the ones kept', second((r) => { seed2(r).errorCurve.sweeps[1]! += 1; }), /symmetry seed 2 errorCurve.sweeps: not the sweeps a curve of \d+ sweeps keeps/],
    ['sweepsToCriterion unlike criteria[criterion]', second((r) => { const run = seed2(r); run.sweepsToCriterion = run.sweepsToCriterion === null ? 1 : null; }), /symmetry seed 2 sweepsToCriterion: .*, but criteria\["within-0.2"\] is/],
    ['a criterion after the last sweep', second((r) => { const run = seed2(r); run.criteria['right-side'] = run.sweepsRun + 1; }), /symmetry seed 2 criteria\["right-side"\]: \d+ is after the last sweep/],
    ['diverged unlike finalError', second((r) => { seed2(r).diverged = true; }), /symmetry seed 2 diverged: true, but finalError is/],
    ['an edited measure', second((r) => { const m = seed2(r).measures; const [id] = Object.keys(m); m[id!] = 12345; }), /symmetry seed 2 measures\[".*"\]: 12345, but the claim measures/],
    ['a renamed seed (2 → 998)', second((r) => { const e = r.experiments[0]!; e.runs[0]!.seed = 998; e.seeds[0] = 998; }), /symmetry seeds: seed 998 is not one of the 2 seeds of shard 2\/2 of 5 seeds \(--seeds\)/],
    ['a seed left out', second((r) => { const e = r.experiments[0]!; e.runs.shift(); e.seeds.shift(); }), /symmetry seeds: seed 2 of shard 2\/2 of 5 seeds \(--seeds\) is missing \(it runs 2, the shard holds 1\)/],
    ['--seeds edited in every shard', both((r) => { r.invocation.seeds = 100_000; }), /report\.json": symmetry seeds: seed 7 of shard 1\/2 of 100000 seeds \(--seeds\) is missing \(it runs 50000, the shard holds 3\)/],
    ['--seeds beyond what reproduce runs', both((r) => { r.invocation.seeds = 1e12; }), /invocation.seeds: 1000000000000 is more seeds than reproduce runs/],
    ['a setting edited in every shard', both((r) => { r.experiments[0]!.hyperparameters.sweepBudget!.value = 2000; }), /symmetry settings.sweepBudget: 2000, but its invocation \(--set\) gives 3000/],
    ['--only edited in every shard', both((r) => { r.invocation.only = []; }), /experiments: \["symmetry"\], but its invocation \(--only\) gives \["symmetry",.*\]/],
  ];
  for (const [name, files, message] of cases) {
    it(name, () => expectUsageError(() => mergeFiles(files()), message));
  }

  it('checks that the shards together hold every seed of the run', () => {
    const shards: ReportFile[] = [readReportFile(shard1)];
    expectUsageError(() => verifyUnion(shards), /^symmetry seeds: the shards hold 3 seeds, not the 5 seeds \(--seeds\) of the run: seed 2 is in none$/);
  });
});

describe('merge accepts honest shards', () => {
  const CHEAP = ['--seeds', '3', '--workers', '1', ...cheapSetFlags(experiments, 30)];
  it('of every experiment', async () => {
    const files = [await reproduceToFile([...CHEAP, '--shard', '1/2']), await reproduceToFile([...CHEAP, '--shard', '2/2'])];
    expect(mergeFiles(files).experiments.map((e) => e.seeds)).toEqual(experiments.map(() => [1, 2, 3]));
  });

  it('with diverged runs, whose weights are null', async () => {
    const args = ['--only', 'symmetry', '--seeds', '2', '--workers', '1', '--set', 'symmetry.learningRate=1e308'];
    const merged = mergeFiles([await reproduceToFile([...args, '--shard', '1/2']), await reproduceToFile([...args, '--shard', '2/2'])]);
    expect(merged.experiments[0]!.runs.map((r) => [r.diverged, r.weights])).toEqual([[true, null], [true, null]]);
  });
});

describe('merge --out must not hold an input report', () => {
  it('refuses the folder of an input, however it is spelled', () => {
    const shards = scratch();
    const [one, two] = [join(shards, '1'), join(shards, '2')];
    mkdirSync(one);
    mkdirSync(two);
    const report = (dir: string) => join(dir, 'report.json');
    for (const dir of [one, two]) writeFileSync(report(dir), '{}');
    const link = join(shards, 'link');
    symlinkSync(one, link);
    const message = /^--out ".*" holds the input report ".*\.json": merging into it could overwrite the shard; choose another folder$/;
    expectUsageError(() => parseMergeArgs(['--out', one, report(one), report(two)]), message);
    expectUsageError(() => parseMergeArgs(['--out', two, report(one), report(two)]), message);
    expectUsageError(() => parseMergeArgs(['--out', join(one, '.'), report(one), report(two)]), message);
    expectUsageError(() => parseMergeArgs(['--out', relative(process.cwd(), one), report(one)]), message);
    // A link to the folder, and a report named through the link.
    expectUsageError(() => parseMergeArgs(['--out', link, report(one)]), message);
    expectUsageError(() => parseMergeArgs(['--out', one, report(link)]), message);
    // A folder above a report's holds it too.
    expectUsageError(() => parseMergeArgs(['--out', shards, report(one)]), message);
    // A report that is a link into --out would be overwritten through it.
    symlinkSync(report(one), join(two, 'linked.json'));
    expectUsageError(() => parseMergeArgs(['--out', one, join(two, 'linked.json')]), message);
  });

  it('takes any other folder, made yet or not', () => {
    const shards = scratch();
    const reports = [join(shards, '1', 'report.json'), join(shards, '2', 'report.json')];
    expect(parseMergeArgs(['--out', join(shards, 'merged'), ...reports]).outDir).toBe(join(shards, 'merged'));
    // A sibling whose name begins like an input's folder is another folder.
    expect(parseMergeArgs(['--out', join(shards, '1-merged'), ...reports]).reports).toEqual(reports);
    expect(parseMergeArgs(['--out', join(shards, '1', 'merged'), ...reports]).outDir).toBe(join(shards, '1', 'merged'));
  });
});
