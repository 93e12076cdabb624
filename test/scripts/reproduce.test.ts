import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../reports/contract/index.js';
import { reportErrors } from '../../reports/validate.js';
import { settingList } from '../../reproductions/kit/settings.js';
import { experiments } from '../../reproductions/registry.js';
import { parseReproduceArgs } from '../../scripts/app/args/reproduce-args.js';
import { reproduceHelp } from '../../scripts/app/args/reproduce-help.js';
import { reproduce } from '../../scripts/app/reproduce.js';
import { writeReportSet } from '../../scripts/app/write-outputs.js';
import { capturingOutput } from '../helpers/capture-output.js';
import { csvObjects } from '../helpers/parse-csv.js';
import { UNKNOWN_EXPERIMENT } from '../helpers/experiment-ids.js';
import { scratchFolders } from '../helpers/scratch.js';
import { expectUsageError } from '../helpers/usage-error.js';

// `reproduce` in this process, as scripts/reproduce.ts runs it: parse the flags, check the output
// folder, train, write. How the command exits on bad input is checked once, in
// test/scripts/bad-input-exit.test.ts.

const scratch = scratchFolders('reproduce-');

/** What scripts/reproduce.ts does with its arguments, its progress caught; returns the report and the folder written. */
async function reproduceInto(args: string[]): Promise<{ report: Report; out: string; stdout: string }> {
  const out = scratch();
  const { result, stdout } = await capturingOutput(async () => {
    const report = await reproduce(parseReproduceArgs([...args, '--out', out]));
    await writeReportSet(report, out);
    return report;
  });
  return { report: result, out, stdout };
}

describe('reproduce: bad input is a one-line UsageError, found before anything runs', () => {
  const cases: Array<[string, string[], RegExp | string]> = [
    ['an unknown flag', ['--fast'], "Unknown option '--fast'"],
    ['a flag without its value', ['--seeds'], /--seeds/],
    ['a seed count of zero', ['--seeds', '0'], '--seeds must be a whole number from 1 to 100000, got "0"'],
    ['a negative seed count', ['--seeds=-3'], /--seeds must be a whole number/],
    // node:util's parseArgs alone calls this "ambiguous", taking -1 for a flag.
    ['a negative seed count after a space', ['--seeds', '-1'], '--seeds must be a whole number from 1 to 100000, got "-1"'],
    ['a negative worker count', ['--workers', '-4'], '--workers must be a whole number from 1 to 256, got "-4"'],
    ['a flag where a value should be', ['--seeds', '--bench'], '--seeds needs a value, got the flag "--bench"'],
    ['a fractional seed count', ['--seeds', '2.5'], /--seeds must be a whole number/],
    ['a non-numeric seed count', ['--seeds', 'many'], /--seeds must be a whole number/],
    ['an absurd seed count', ['--seeds', '100001'], /--seeds must be a whole number from 1 to 100000/],
    ['an empty --only', ['--only', ' , '], '--only needs at least one experiment id'],
    ['an --only of nothing', ['--only', ''], '--only needs at least one experiment id'],
    ['an experiment listed twice', ['--only', 'symmetry', '--only', 'symmetry'], '--only lists "symmetry" twice'],
    ['an unknown experiment', ['--only', UNKNOWN_EXPERIMENT], `unknown experiment "${UNKNOWN_EXPERIMENT}"`],
    ['a malformed --set', ['--set', 'learningRate=0.1'], /--set must look like <experiment>.<setting>=<value>/],
    ['a --set for an unknown experiment', ['--set', `${UNKNOWN_EXPERIMENT}.speed=2`], `--set names unknown experiment "${UNKNOWN_EXPERIMENT}"`],
    ['an unknown setting', ['--set', 'symmetry.speed=2'], /--set for symmetry: unknown setting "speed"/],
    ['a bad setting value', ['--set', 'symmetry.momentum=fast'], /momentum must be a number from 0 to 1, got "fast"/],
    ['an empty output folder name', ['--out', ' '], '--out needs a folder'],
    ['a positional argument', ['symmetry'], /positional/i],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => expectUsageError(() => parseReproduceArgs(args), message));
  }
});

describe('reproduce: --help', () => {
  it('lists every flag, and every setting of every experiment with its default', () => {
    const help = reproduceHelp();
    for (const flag of ['--only', '--seeds <n>', '--out', '--set', '--workers', '--shard', '--sweep', '--bench']) expect(help).toContain(flag);
    for (const e of experiments) for (const s of settingList(e.settings)) expect(help).toContain(`${e.id}.${s.key} [${String(s.default)}]`);
  });

  it('is asked for with -h or --help', () => {
    expect(parseReproduceArgs(['-h']).help).toBe(true);
    expect(parseReproduceArgs(['--help']).help).toBe(true);
    expect(parseReproduceArgs([]).help).toBe(false);
  });
});

describe('reproduce: a short run', () => {
  const args = ['--only', 'symmetry', '--seeds', '3', '--set', 'symmetry.sweepBudget=3000', '--workers', '1'];

  it('writes a schema-valid report whose experiments are identical between two runs, and no temporary file', async () => {
    const first = await reproduceInto(args);
    const second = await reproduceInto(args);
    expect(first.stdout).toMatch(/^symmetry: 3 seeds in /m);
    const [ra, rb] = [first, second].map((r) => JSON.parse(readFileSync(join(r.out, 'report.json'), 'utf8')) as Report) as [Report, Report];
    expect(reportErrors(ra)).toBeNull();
    expect(ra).toEqual(first.report);
    expect(JSON.stringify(ra.experiments)).toBe(JSON.stringify(rb.experiments));
    expect(ra.experiments[0]!.deviations).toEqual([{ key: 'sweepBudget', default: 14250, value: 3000 }]);
    expect(ra.experiments[0]!.runs.map((r) => r.seed)).toEqual([1, 2, 3]);
    const md = readFileSync(join(first.out, 'report.md'), 'utf8');
    expect(md).toMatch(/^## Verdicts/m);
    expect(md).toMatch(/\| symmetry \| mirror-antisymmetry \|/);
    // each verdict with the seeds it rests on and its control, which must fail
    expect(md).toMatch(/^\| experiment \| claim \| verdict \| seeds \| control \| decided by \|$/m);
    expect(md).toMatch(/^\| symmetry \| learning-right-side \| [a-z* -]+ \| 3 of 3 \| fails \(ε = 0\) \|/m);
    expect(md).toMatch(/^\*Control \(initial weights\):\* every seed measured at its initial weights/m);
    // per-seed tables come after the findings
    expect(md.indexOf('## Runs per seed')).toBeGreaterThan(md.indexOf('### Claims'));
    // Files are written under temporary names and renamed into place: none may be left over.
    expect(readdirSync(first.out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(first.out)).toContain('report.json');
    // the CSV tables for re-analysis: one row per seed, one per claim, the same bytes twice
    for (const name of ['runs.csv', 'claims.csv']) expect(readFileSync(join(first.out, name), 'utf8'), name).toBe(readFileSync(join(second.out, name), 'utf8'));
    const runs = csvObjects(readFileSync(join(first.out, 'runs.csv'), 'utf8'));
    const measures = Object.keys(ra.experiments[0]!.runs[0]!.measures).map((id) => `measure.${id}`);
    expect(runs.header).toEqual([
      'experiment', 'seed', 'setting.sweepBudget', 'criterion.right-side', 'criterion.within-0.2',
      'sweepsToCriterion', 'sweepsRun', 'finalError', 'diverged', 'weightsDigest', ...measures,
    ]);
    expect(measures).toContain('measure.mirror-antisymmetry');
    expect(runs.rows.map((r) => [r.experiment, r.seed, r['setting.sweepBudget'], r.weightsDigest])).toEqual(
      ra.experiments[0]!.runs.map((r) => ['symmetry', String(r.seed), '3000', r.weightsDigest]),
    );
    const claims = csvObjects(readFileSync(join(first.out, 'claims.csv'), 'utf8'));
    expect(claims.header.slice(0, 9)).toEqual(['experiment', 'claim', 'verdict', 'population.runs', 'population.of', 'population.label', 'decidedBy', 'condition1.statistic', 'condition1.op']);
    expect(claims.header.slice(-3)).toEqual(['control.name', 'control.verdict', 'control.fails']);
    expect(claims.rows.map((r) => [r.claim, r.verdict, r['population.of']])).toEqual(ra.experiments[0]!.claims.map((c) => [c.id, c.verdict, '3']));
  });

  it('records a run that diverges as diverged, in a valid report, instead of crashing', async () => {
    // ε = 1e308 overflows the first step of a batch-trained net; the error becomes NaN and training
    // stops there. (A net trained per pattern instead saturates: after its first huge step every
    // unit sits at exactly 0 or 1, where the gradient is 0, and E stays finite.)
    const diverging = ['symmetry', 'family-trees'];
    const sets = diverging.flatMap((id) => ['--set', `${id}.learningRate=1e308`]);
    const { report, out } = await reproduceInto(['--only', diverging.join(','), '--seeds', '2', '--workers', '1', ...sets]);
    expect(reportErrors(report)).toBeNull();
    expect(report.experiments.map((e) => e.id)).toEqual(diverging);
    for (const e of report.experiments) {
      for (const run of e.runs) expect([run.diverged, run.finalError, run.weights, run.sweepsToCriterion], e.id).toEqual([true, null, null, null]);
      // diverged runs learn nothing: claims about learned seeds have nothing to measure, the rest fail
      expect(e.claims.every((c) => c.verdict === 'not-reproduced' || c.verdict === 'not-testable'), e.id).toBe(true);
      expect(e.claims.filter((c) => c.population.runs === 0).every((c) => c.verdict === 'not-testable'), e.id).toBe(true);
    }
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/\| 1 \| not reached \| diverged \|/);
  });
});
