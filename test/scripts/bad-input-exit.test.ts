import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { PAPER_WEIGHTS } from '../../reproductions/symmetry/paper.js';
import { runScript } from '../helpers/run-script.js';
import { fileWriter, scratchFolders } from '../helpers/scratch.js';

// The process contract of every command on bad input, once per command, end to end: exit code 2,
// exactly one line on stderr naming the problem, no stack trace, nothing on stdout and nothing
// written. Which inputs are bad, and what each message says, is checked in this process where the
// input is read (the argument parsers and the application layer), in each command's own tests.

const scratch = scratchFolders('bad-input-');
const file = fileWriter(scratch);

interface Case {
  script: string;
  /** The arguments, given an empty output folder the command must leave empty. */
  args: (out: string) => string[];
  /** The whole line on stderr. */
  line: RegExp;
  /** Environment variables set for the command. */
  env?: Record<string, string>;
}

const CASES: Record<string, Case> = {
  reproduce: {
    script: 'scripts/reproduce.ts',
    args: (out) => ['--only', 'symmetry', '--sweep', 'lossReduction=sum,avg', '--out', out],
    line: /^reproduce: --sweep for symmetry: lossReduction must be one of sum, mean, got "avg" \(see --help\)$/,
  },
  'reproduce with a bad BACKPROP_KERNELS': {
    script: 'scripts/reproduce.ts',
    args: (out) => ['--only', 'xor', '--seeds', '1', '--workers', '1', '--out', out],
    env: { BACKPROP_KERNELS: 'fast' },
    line: /^reproduce: BACKPROP_KERNELS must be 'auto', 'wasm' or 'ts', got "fast" \(see --help\)$/,
  },
  compare: {
    script: 'scripts/compare.ts',
    args: (out) => ['--variants', 'plain,sgd', '--seeds', '3', '--out', out],
    line: /^compare: unknown variant "sgd" \(known: paper, .*\) \(see --help\)$/,
  },
  merge: {
    script: 'scripts/merge.ts',
    args: (out) => ['--out', out, '--fast'],
    line: /^merge: Unknown option '--fast'\. .*\(see --help\)$/,
  },
  check: {
    script: 'scripts/check.ts',
    args: () => ['--baseline', file('other.json', JSON.stringify({ schemaVersion: 1, experiments: [] })), '--workers', '1'],
    line: /^check: ".*other\.json" is not a report of this suite: \/ must have required property 'suite'.* \(see --help\)$/,
  },
  'measure-weights': {
    script: 'scripts/measure-weights.ts',
    args: () => ['--params', file('weights.json', JSON.stringify({ ...PAPER_WEIGHTS, hiddenBias: [1, 2, 3] }))],
    line: /^measure-weights: --params .*weights\.json: .*block "hiddenBias" row 0 must hold 2 finite numbers.* \(see --help\)$/,
  },
  bench: {
    script: 'scripts/bench.ts',
    args: (out) => ['--only', 'symmetry', '--json', join(out, 'missing', 'bench.json')],
    line: /^bench: cannot write --json file ".*missing\/bench\.json": no such folder \(see --help\)$/,
  },
  'render-report-png': {
    script: 'scripts/render-report-png.ts',
    args: (out) => [out],
    line: /^render-report-png: no report\.html or comparison\.html in .*; run npm run reproduce first \(see --help\)$/,
  },
};

describe('every command on bad input: exit code 2, one line on stderr, no stack trace, nothing written', () => {
  for (const [command, c] of Object.entries(CASES)) {
    it.concurrent(command, async ({ expect }) => {
      expect(existsSync(c.script), c.script).toBe(true);
      const out = scratch();
      const r = await runScript(c.script, c.args(out), undefined, c.env);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.split('\n')).toEqual([expect.stringMatching(c.line), '']);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
      expect(readdirSync(out)).toEqual([]);
    });
  }
});
