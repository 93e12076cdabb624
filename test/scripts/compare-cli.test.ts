import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonErrors } from '../../reports/write-comparison.js';
import { variants } from '../../reproductions/variants.js';
import { runScript } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';

const SCRIPT = 'scripts/compare.ts';
const scratch = scratchFolders('compare-');
const file = (name: string, content: string) => {
  const path = join(scratch(), name);
  writeFileSync(path, content);
  return path;
};

describe('compare: bad input exits 2 with one line naming the problem', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['an unknown variant', ['--variants', 'sgd'], /unknown variant "sgd"/],
    ['an unknown experiment', ['--only', 'xor'], /unknown experiment "xor"/],
    ['a bad seed count', ['--seeds', '0'], /--seeds must be a whole number/],
    ['a bad worker count', ['--workers', 'all'], /--workers must be a whole number from 1 to 256, got "all"/],
    ['an unknown variant parameter', ['--set', 'adam.gamma=1'], /variant adam has no parameter "gamma"/],
    ['a variant parameter out of range', ['--set', 'adam.beta1=2'], /adam.beta1 must be a number from 0 to 1, got "2"/],
    ['a bad grain', ['--set', 'plain.grain=minibatch'], /plain.grain must be batch or pattern/],
    ['an unreadable config file', ['--config', '/nonexistent/variants.json'], /cannot read it \(ENOENT\)/],
    ['a config file that is not JSON', ['--config', file('a.json', '{ adam: ')], /not valid JSON/],
    ['a config value out of range', ['--config', file('b.json', '{"adam": {"beta1": 2}}')], /\/adam\/beta1 must be <= 1/],
    ['a config naming an unknown variant', ['--config', file('c.json', '{"sgd": {}}')], /must NOT have additional properties \("sgd"\)/],
    ['a config naming an unknown parameter', ['--config', file('d.json', '{"adam": {"gamma": 1}}')], /\/adam must NOT have additional properties \("gamma"\)/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const out = scratch();
      const r = runScript(SCRIPT, [...args, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(out)).toEqual([]);
    });
  }
});

describe('compare: a short comparison end to end', () => {
  it('lists the variants one a line', () => {
    const r = runScript(SCRIPT, ['--list-variants']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(variants.map((v) => v.id));
  });

  it('runs the paper setting beside the chosen variants and writes a valid, repeatable comparison', () => {
    const config = file('v.json', '{"nesterov": {"momentum": 0.8}}');
    const args = ['--variants', 'plain,nesterov', '--seeds', '3', '--set', 'symmetry.sweepBudget=1500', '--set', 'plain.learningRate=0.5', '--config', config];
    const [a, b] = [scratch(), scratch()];
    const first = runScript(SCRIPT, [...args, '--out', a]);
    const second = runScript(SCRIPT, [...args, '--out', b]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    const ra = JSON.parse(readFileSync(join(a, 'comparison.json'), 'utf8'));
    const rb = JSON.parse(readFileSync(join(b, 'comparison.json'), 'utf8'));
    expect(comparisonErrors(ra)).toBeNull();
    expect(JSON.stringify(ra.comparison)).toBe(JSON.stringify(rb.comparison));
    expect(ra.comparison.variants.map((v: { id: string }) => v.id)).toEqual(['paper', 'plain', 'nesterov']);
    expect(ra.comparison.variants[1].hyperparameters).toEqual({ learningRate: 0.5 });
    expect(ra.comparison.variants[2].hyperparameters).toEqual({ learningRate: null, momentum: 0.8 });
    expect(ra.comparison.experiment.paperSweeps).toEqual([1425]);
    const md = readFileSync(join(a, 'comparison.md'), 'utf8');
    expect(md).toMatch(/\| `nesterov` \| batch \|/);
    expect(md).toMatch(/!\[Success by budget, one curve per variant\]\(success-by-budget-variants\.svg\)/);
    expect(readFileSync(join(a, 'success-by-budget-variants.svg'), 'utf8')).toMatch(/^<svg/);
  });
});
