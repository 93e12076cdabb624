import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonErrors, writeComparison } from '../../reports/write-comparison.js';
import { variants } from '../../reproductions/kit/variants.js';
import { compareHelp, DEFAULT_VARIANTS, parseCompareArgs } from '../../scripts/app/args/compare-args.js';
import { runComparison } from '../../scripts/app/compare.js';
import { capturingOutput } from '../helpers/capture-output.js';
import { EXPERIMENT_IDS, UNKNOWN_EXPERIMENT } from '../helpers/experiment-ids.js';
import { fileWriter, scratchFolders } from '../helpers/scratch.js';
import { expectUsageError } from '../helpers/usage-error.js';

// `compare` in this process, as scripts/compare.ts runs it. How the command exits on bad input is
// checked once, in test/scripts/bad-input-exit.test.ts.

const scratch = scratchFolders('compare-');
const file = fileWriter(scratch);

describe('compare: bad input is a one-line UsageError naming the problem', () => {
  const cases: Array<[string, string[], RegExp | string]> = [
    ['an unknown variant', ['--variants', 'sgd'], /unknown variant "sgd" \(known: paper, /],
    ['a variant listed twice', ['--variants', 'plain,plain'], '--variants lists "plain" twice'],
    ['an empty variant list', ['--variants', ''], /^--variants needs at least one variant id \(known: paper, /],
    ['a variant list of blanks', ['--variants', ' , '], '--variants needs at least one variant id'],
    ['an empty experiment', ['--only', ''], /^--only needs at least one experiment id \(known: /],
    ['two experiments', ['--only', EXPERIMENT_IDS.slice(0, 2).join(',')], '--only takes one experiment for compare, got 2'],
    ['a hexadecimal seed count', ['--seeds', '0x10'], '--seeds must be a whole number from 1 to 100000, got "0x10"'],
    ['a negative seed count', ['--seeds', '-1'], '--seeds must be a whole number from 1 to 100000, got "-1"'],
    ['a negative worker count', ['--workers', '-2'], '--workers must be a whole number from 1 to 256, got "-2"'],
    ['an empty output folder name', ['--out', ' '], '--out needs a folder'],
    ['an unknown experiment', ['--only', UNKNOWN_EXPERIMENT], `unknown experiment "${UNKNOWN_EXPERIMENT}"`],
    ['a bad seed count', ['--seeds', '0'], /--seeds must be a whole number/],
    ['a bad worker count', ['--workers', 'all'], '--workers must be a whole number from 1 to 256, got "all"'],
    ['an unknown variant parameter', ['--set', 'adam.gamma=1'], 'variant adam has no parameter "gamma"'],
    ['a variant parameter out of range', ['--set', 'adam.beta1=2'], 'adam.beta1 must be a number from 0 to 1, got "2"'],
    ['a bad grain', ['--set', 'plain.grain=minibatch'], /plain.grain must be batch or pattern/],
    ['a --set naming neither the experiment nor a variant', ['--set', `${UNKNOWN_EXPERIMENT}.x=1`], `--set names "${UNKNOWN_EXPERIMENT}", which is neither the experiment symmetry nor a variant`],
    ['a bad setting of the experiment', ['--set', 'symmetry.momentum=2'], '--set for symmetry: momentum must be a number from 0 to 1, got "2"'],
    ['an unreadable config file', ['--config', '/nonexistent/variants.json'], '--config /nonexistent/variants.json: cannot read it: no such file (ENOENT)'],
    // JSON.parse's own message here quotes the file over three lines.
    ['a config file that is not JSON', ['--config', file('a.json', '{\n  "adam": {"beta1": 0.5},\n  "nesterov": secret\n}')], /^--config .*a\.json: not valid JSON: expected a value, found 's' at line 3, column 15$/],
    ['a config value out of range', ['--config', file('b.json', '{"adam": {"beta1": 2}}')], /\/adam\/beta1 must be <= 1/],
    ['a config naming an unknown variant', ['--config', file('c.json', '{"sgd": {}}')], /must NOT have additional properties \("sgd"\)/],
    ['a config naming an unknown parameter', ['--config', file('d.json', '{"adam": {"gamma": 1}}')], /\/adam must NOT have additional properties \("gamma"\)/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => expectUsageError(() => parseCompareArgs(args), message));
  }
});

describe('compare: what it runs', () => {
  it('runs the default variants, the paper setting always among them, and lists every variant in --help', () => {
    expect(parseCompareArgs([]).variants.map((v) => v.id)).toEqual(DEFAULT_VARIANTS);
    expect(parseCompareArgs(['--variants', 'adam']).variants.map((v) => v.id)).toEqual(['paper', 'adam']);
    for (const v of variants) expect(compareHelp()).toContain(`  ${v.id}: ${v.description}`);
  });

  it('takes --list-variants as a request to list them', () => {
    expect(parseCompareArgs(['--list-variants']).listVariants).toBe(true);
    expect(parseCompareArgs([]).listVariants).toBe(false);
  });
});

describe('compare: a short comparison', () => {
  it('runs the paper setting beside the chosen variants and writes a valid, repeatable comparison', async () => {
    const config = file('v.json', '{"nesterov": {"momentum": 0.8}}');
    const args = ['--variants', 'plain,nesterov', '--seeds', '3', '--set', 'symmetry.sweepBudget=1500', '--set', 'plain.learningRate=0.5', '--config', config, '--workers', '1'];
    const [a, b] = [scratch(), scratch()];
    const first = await capturingOutput(async () => writeComparison(await runComparison(parseCompareArgs(args)), a));
    await capturingOutput(async () => writeComparison(await runComparison(parseCompareArgs(args)), b));
    expect(first.stdout).toMatch(/^symmetry\/nesterov: 3 seeds in /m);
    const ra = JSON.parse(readFileSync(first.result.json, 'utf8'));
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
