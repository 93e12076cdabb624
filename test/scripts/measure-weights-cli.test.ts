import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAPER_WEIGHTS } from '../../reproductions/symmetry.js';
import { runScript } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';

const SCRIPT = 'scripts/measure-weights.ts';
const dir = scratchFolders('weights-')();
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('measure-weights', () => {
  it("measures the paper's printed Fig. 1 weights with the claims' own measures", () => {
    const r = runScript(SCRIPT, ['--params', 'paper', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.criteria).toEqual({ 'right-side': 0, 'within-0.2': 0 });
    expect(out.measures).toMatchObject({ 'mirror-antisymmetry': true, 'ratio-1-2-4': true, 'bias-signs': true, 'opposite-hidden-units': true });
  });

  it('measures weights from a file, and reports a structure that fails', () => {
    const broken = JSON.parse(JSON.stringify(PAPER_WEIGHTS));
    broken.hiddenBias = [1.1, 1.1];
    const r = runScript(SCRIPT, ['--params', file('broken.json', JSON.stringify(broken))]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/criterion within-0.2: does not hold/);
    expect(r.stdout).toMatch(/claim bias-signs: not measured/);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['an unreadable file', ['--params', join(dir, 'missing.json')], /cannot read it \(ENOENT\)/],
    ['a file that is not JSON', ['--params', file('a.json', '[1, 2')], /not valid JSON/],
    ['an unknown block', ['--params', file('b.json', JSON.stringify({ ...PAPER_WEIGHTS, extra: [1] }))], /unknown parameter block "extra"/],
    ['a block of the wrong shape', ['--params', file('c.json', JSON.stringify({ ...PAPER_WEIGHTS, hiddenBias: [1, 2, 3] }))], /block "hiddenBias" row 0 must hold 2 finite numbers/],
    ['a value that is not a number', ['--params', file('d.json', JSON.stringify({ ...PAPER_WEIGHTS, outputBias: ['6.4'] }))], /block "outputBias" row 0 must hold 1 finite numbers/],
    ['an experiment that prints no weights', ['--only', 'family-trees', '--params', 'paper'], /family-trees does not measure given weights/],
    ['no --params', [], /--params <file.json \| paper> is required/],
  ];
  for (const [name, args, message] of bad) {
    it(`exits 2 with one line on ${name}`, () => {
      const r = runScript(SCRIPT, args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
