import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { experiments } from '../../reproductions/registry.js';
import { PAPER_WEIGHTS } from '../../reproductions/symmetry/paper.js';
import { measureWeights, measureWeightsHelp } from '../../scripts/app/measure-weights.js';
import { UNKNOWN_EXPERIMENT } from '../helpers/experiment-ids.js';
import { scratchFolders } from '../helpers/scratch.js';
import { expectUsageError } from '../helpers/usage-error.js';

// measure-weights in this process: the text it prints, or the UsageError it exits 2 with. How the
// command exits on bad input is checked once, in test/scripts/bad-input-exit.test.ts.

const dir = scratchFolders('weights-')();
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('measure-weights', () => {
  it("measures the paper's printed Fig. 1 weights with the claims' own measures", () => {
    const out = JSON.parse(measureWeights(['--params', 'paper', '--json'])!);
    expect(out.criteria).toEqual({ 'right-side': 0, 'within-0.2': 0 });
    expect(out.measures).toMatchObject({ 'mirror-antisymmetry': true, 'ratio-1-2-4': true, 'bias-signs': true, 'opposite-hidden-units': true });
  });

  it('measures weights from a file, and reports a structure that fails', () => {
    const broken = JSON.parse(JSON.stringify(PAPER_WEIGHTS));
    broken.hiddenBias = [1.1, 1.1];
    const text = measureWeights(['--params', file('broken.json', JSON.stringify(broken))]);
    expect(text).toMatch(/criterion within-0.2: does not hold/);
    expect(text).toMatch(/claim bias-signs: not measured/);
  });

  it('gives no text for --help, so the command prints its help', () => {
    expect(measureWeights(['--help'])).toBeNull();
    expect(measureWeightsHelp()).toContain('--params <file>');
  });

  const measuresNone = experiments.find((e) => !e.evaluateWeights);
  const printsNone = experiments.find((e) => e.evaluateWeights && !e.printedWeights);
  const bad: Array<[string, string[], RegExp | string]> = [
    ['an unreadable file', ['--params', join(dir, 'missing.json')], /cannot read it \(ENOENT\)/],
    ['a file that is not JSON', ['--params', file('a.json', '[1, 2')], /not valid JSON/],
    ['an unknown block', ['--params', file('b.json', JSON.stringify({ ...PAPER_WEIGHTS, extra: [1] }))], /unknown parameter block "extra"/],
    ['a block of the wrong shape', ['--params', file('c.json', JSON.stringify({ ...PAPER_WEIGHTS, hiddenBias: [1, 2, 3] }))], /block "hiddenBias" row 0 must hold 2 finite numbers/],
    ['a value that is not a number', ['--params', file('d.json', JSON.stringify({ ...PAPER_WEIGHTS, outputBias: ['6.4'] }))], /block "outputBias" row 0 must hold 1 finite numbers/],
    ['an unknown experiment', ['--only', UNKNOWN_EXPERIMENT, '--params', 'paper'], `unknown experiment "${UNKNOWN_EXPERIMENT}"`],
    ['a bad setting', ['--set', 'symmetry.criterion=close', '--params', 'paper'], /criterion must be one of within-0.2, right-side, got "close"/],
    ['a --set of another experiment', ['--set', 'other.criterion=right-side', '--params', 'paper'], '--set must look like symmetry.<setting>=<value>'],
    ['no --params', [], /--params <file.json \| paper> is required/],
    ...(measuresNone ? [[`an experiment that measures no given weights (${measuresNone.id})`, ['--only', measuresNone.id, '--params', 'paper'], `${measuresNone.id} does not measure given weights`] as [string, string[], string]] : []),
    ...(printsNone ? [[`an experiment that prints no weights (${printsNone.id})`, ['--only', printsNone.id, '--params', 'paper'], `${printsNone.id} has no printed weights to load as "paper"`] as [string, string[], string]] : []),
  ];
  for (const [name, args, message] of bad) {
    it(`refuses ${name}`, () => expectUsageError(() => measureWeights(args), message));
  }
});
