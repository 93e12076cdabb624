import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../reports/contract/index.js';
import { parseCheckArgs } from '../../scripts/app/args/check-args.js';
import { parseReproduceArgs } from '../../scripts/app/args/reproduce-args.js';
import { judgeAgainstBaseline, rerun } from '../../scripts/app/check.js';
import { readReportFile } from '../../scripts/app/read-report.js';
import { reproduce } from '../../scripts/app/reproduce.js';
import { capturingOutput } from '../helpers/capture-output.js';
import { ROOT, runScript } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';
import { expectUsageError, expectUsageRejection } from '../helpers/usage-error.js';

// The regression gate must catch a change to the code that alters results. Those tests copy the
// suite's sources to a scratch folder, make one change there, and run the gate as a command in that
// copy against a small baseline made from the unchanged code. The rest runs in this process. How
// check exits on bad input is checked once, in test/scripts/bad-input-exit.test.ts.

const SOURCES = ['engine', 'reproductions', 'reports', 'scripts', 'package.json', 'tsconfig.json'];
/** Reports a developer may have written under reports/out: not sources, and perhaps large. */
const NOT_SOURCES = join(ROOT, 'reports', 'out');
const BASELINE_ARGS = ['--only', 'symmetry', '--seeds', '3', '--set', 'symmetry.sweepBudget=3000', '--workers', '1'];
const scratch = scratchFolders('gate-');
let baselineFile: string;
let baseline: Report;

interface Edit {
  file: string;
  from: string;
  to: string;
}

function scratchCopy(edit: Edit): string {
  const dir = scratch();
  for (const s of SOURCES) cpSync(join(ROOT, s), join(dir, s), { recursive: true, filter: (path) => path !== NOT_SOURCES && !path.startsWith(`${NOT_SOURCES}${sep}`) });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const path = join(dir, edit.file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(edit.from, edit.to);
  expect(after, `the edit of ${edit.file} must change it`).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

/** The gate as a command, in a copy of the sources with one edit. */
const checkEdited = (edit: Edit) => runScript('scripts/check.ts', ['--baseline', baselineFile, '--workers', '1'], scratchCopy(edit));

beforeAll(async () => {
  baseline = (await capturingOutput(() => reproduce(parseReproduceArgs(BASELINE_ARGS)))).result;
  baselineFile = join(scratch(), 'report.json');
  writeFileSync(baselineFile, JSON.stringify(baseline, null, 2));
});

describe('the regression gate', () => {
  it('passes when nothing changed', async () => {
    const { result: current } = await capturingOutput(() => rerun(readReportFile(baselineFile).report, 1));
    const { lines, code } = judgeAgainstBaseline(baseline, current, baselineFile);
    expect(code, lines.join('\n')).toBe(0);
    expect(lines.at(-1)).toMatch(/^check: no difference from /);
  });

  it.concurrent('catches a momentum value changed in a spec', async ({ expect }) => {
    const r = await checkEdited({ file: 'reproductions/symmetry/settings.ts', from: 'momentum: momentum({ default: 0.9,', to: 'momentum: momentum({ default: 0.85,' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout, r.stderr).toMatch(/symmetry: hyperparameters\.momentum: 0\.9 → 0\.85/);
    expect(r.stdout).toMatch(/symmetry seed 1: weightsDigest: /);
  });

  it.concurrent('catches a change of the loss reduction', async ({ expect }) => {
    const r = await checkEdited({ file: 'reproductions/symmetry/settings.ts', from: "lossReduction: lossReduction({ default: 'sum',", to: "lossReduction: lossReduction({ default: 'mean'," });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/symmetry: conventions\.lossReduction: "sum" → "mean"/);
  });

  it.concurrent('catches a change in the order of the random sub-streams', async ({ expect }) => {
    // The initial weights drawn from the `order` stream instead of the `init` stream.
    const r = await checkEdited({ file: 'reproductions/kit/layered-net.ts', from: "subStream(spec.id, seed, 'init')", to: "subStream(spec.id, seed, 'order')" });
    expect(r.code, r.stderr).toBe(1);
    for (const seed of [1, 2, 3]) expect(r.stdout).toMatch(new RegExp(`symmetry seed ${seed}: weightsDigest: `));
    expect(r.stdout).not.toMatch(/hyperparameters|conventions/);
  });

  it('compares a given report instead of re-running, and prints timings only as advice', () => {
    const { lines, code } = judgeAgainstBaseline(baseline, readReportFile(baselineFile).report, baselineFile);
    expect(code).toBe(0);
    expect(lines).toContainEqual(expect.stringMatching(/^advice \(timing, never fails\): symmetry: /));
  });
});

describe('check: bad arguments are a one-line UsageError', () => {
  // A baseline that is no report is refused where every report is read: read-report.test.ts.
  const cases: Array<[string, string[], RegExp | string]> = [
    ['no --baseline', [], /--baseline <report.json> is required/],
    ['a bad worker count', ['--baseline', 'b.json', '--workers', 'zero'], /--workers must be a whole number/],
    ['an unknown flag', ['--baseline', 'b.json', '--strict'], /Unknown option '--strict'/],
    ['a negative worker count', ['--baseline', 'b.json', '--workers', '-1'], '--workers must be a whole number from 1 to 256, got "-1"'],
  ];
  for (const [name, argv, message] of cases) it(name, () => expectUsageError(() => parseCheckArgs(argv), message));

  it('reads --exact, off unless given', () => {
    expect(parseCheckArgs(['--baseline', 'b.json']).exact).toBe(false);
    expect(parseCheckArgs(['--baseline', 'b.json', '--exact']).exact).toBe(true);
  });

  it("blames the baseline's recorded invocation, not the user's flags, for a --set it cannot plan", async () => {
    // A baseline whose recorded --set names a setting this version does not have (renamed since, say).
    const stale = { ...baseline, invocation: { ...baseline.invocation, sets: ['symmetry.speed=2'] } };
    await expectUsageRejection(rerun(stale, 1), /^the baseline's recorded --set for symmetry: unknown setting "speed"/);
    const unknown = { ...baseline, invocation: { ...baseline.invocation, only: ['no-such-experiment'] } };
    await expectUsageRejection(rerun(unknown, 1), /^the baseline's recorded invocation: unknown experiment "no-such-experiment"/);
  });
});
