import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';

// The regression gate must catch a change to the code that alters results. Each test copies the
// suite's sources to a scratch folder, makes one change there, and runs the gate against a small
// baseline made from the unchanged code.

const SOURCES = ['engine', 'reproductions', 'reports', 'scripts', 'package.json', 'tsconfig.json'];
const BASELINE_ARGS = ['--only', 'symmetry', '--seeds', '3', '--set', 'symmetry.sweepBudget=3000'];
let baseline: string;
const scratch = scratchFolders('gate-');

function scratchCopy(edit: { file: string; from: string | RegExp; to: string }): string {
  const dir = scratch();
  for (const s of SOURCES) cpSync(join(ROOT, s), join(dir, s), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const path = join(dir, edit.file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(edit.from, edit.to);
  expect(after, `the edit of ${edit.file} must change it`).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

function check(cwd: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--baseline', baseline, '--workers', '1', ...extra], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const out = scratch();
  const r = runScript('scripts/reproduce.ts', [...BASELINE_ARGS, '--workers', '1', '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  baseline = join(out, 'report.json');
});

describe('the regression gate', () => {
  it('passes when nothing changed', () => {
    const r = check(ROOT);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/check: no difference from/);
  });

  it('catches a momentum value changed in a spec', () => {
    const dir = scratchCopy({ file: 'reproductions/symmetry.ts', from: "description: 'α, the momentum of eq. 9', default: 0.9,", to: "description: 'α, the momentum of eq. 9', default: 0.85," });
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/symmetry: hyperparameters\.momentum: 0\.9 → 0\.85/);
    expect(r.stdout).toMatch(/symmetry seed 1: weightsDigest: /);
  });

  it('catches a change of the loss reduction', () => {
    const dir = scratchCopy({ file: 'reproductions/symmetry.ts', from: "description: 'E summed over cases and outputs, or averaged', default: 'sum',", to: "description: 'E summed over cases and outputs, or averaged', default: 'mean'," });
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/symmetry: conventions\.lossReduction: "sum" → "mean"/);
  });

  it('catches a change in the order of the random sub-streams', () => {
    // The initial weights drawn from the `order` stream instead of the `init` stream.
    const dir = scratchCopy({ file: 'reproductions/symmetry.ts', from: "subStream(ID, seed, 'init')", to: "subStream(ID, seed, 'order')" });
    const r = check(dir);
    expect(r.code).toBe(1);
    for (const seed of [1, 2, 3]) expect(r.stdout).toMatch(new RegExp(`symmetry seed ${seed}: weightsDigest: `));
    expect(r.stdout).not.toMatch(/hyperparameters|conventions/);
  });

  it('compares a given report instead of re-running, and prints timings only as advice', () => {
    const r = check(ROOT, '--report', baseline);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/advice \(timing, never fails\): symmetry: /);
  });
});

describe('check: bad input exits 2 with one line', () => {
  const dir = scratch();
  const notJson = join(dir, 'not.json');
  writeFileSync(notJson, '{ "schemaVersion": ');
  const notReport = join(dir, 'other.json');
  writeFileSync(notReport, JSON.stringify({ schemaVersion: 1, experiments: [] }));
  const cases: Array<[string, string[], RegExp]> = [
    ['no --baseline', [], /--baseline <report.json> is required/],
    ['an unreadable baseline', ['--baseline', join(dir, 'missing.json')], /cannot read .*missing\.json.*ENOENT/],
    ['a baseline that is not JSON', ['--baseline', notJson], /is not JSON/],
    ['a baseline that is not a report', ['--baseline', notReport], /is not a report of this suite: \/ must have required property 'suite'/],
    ['a bad worker count', ['--baseline', notReport, '--workers', 'zero'], /--workers must be a whole number/],
    ['an unknown flag', ['--baseline', notReport, '--strict'], /Unknown option '--strict'/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = runScript('scripts/check.ts', args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
