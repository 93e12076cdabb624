import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { experiments } from '../../reproductions/registry.js';
import { PAPER_WEIGHTS } from '../../reproductions/symmetry/paper.js';
import { measureWeights, measureWeightsHelp } from '../../scripts/app/measure-weights.js';
import { UNKNOWN_EXPERIMENT } from '../helpers/experiment-ids.js';
import { fileWriter, scratchFolders } from '../helpers/scratch.js';
import { expectUsageError } from '../helpers/usage-error.js';

// measure-weights in this process: the text it prints, or the UsageError it exits 2 with. How the
// command exits on bad input is checked once, in test/scripts/bad-input-exit.test.ts.

const dir = scratchFolders('weights-')();
const file = fileWriter(() => dir);

describe('measure-weights', () => {
  it("measures the paper's printed Fig. 1 weights with the claims' own measures", () => {
    const out = JSON.parse(measureWeights(['--params', 'paper', '--json'])!);
    expect(out.criteria).toEqual({ 'right-side': 0, 'within-0.2': 0 });
    expect(out.measures).toMatchObject({ 'mirror-antisymmetry': true, 'ratio-1-2-4': true, 'bias-signs': true, 'opposite-hidden-units': true });
  });

  it("measures the chapter's other printed run of the symmetry net (PDP Fig. 9) by name", () => {
    const out = JSON.parse(measureWeights(['--params', 'paper:pdp-fig9', '--json'])!);
    expect(out.criteria).toEqual({ 'right-side': 0, 'within-0.2': 0 });
    expect(out.measures).toMatchObject({ 'mirror-antisymmetry': true, 'ratio-1-2-4': true, 'bias-signs': true, 'opposite-hidden-units': true });
  });

  it('judges every printed net of every experiment, each by its own measures', () => {
    for (const e of experiments.filter((x) => x.printedWeights)) {
      expect(JSON.parse(measureWeights(['--only', e.id, '--params', 'paper', '--json'])!).experiment, e.id).toBe(e.id);
    }
  });

  it('measures weights from a file, and reports a structure that fails', () => {
    const broken = JSON.parse(JSON.stringify(PAPER_WEIGHTS));
    broken.hiddenBias = [1.1, 1.1];
    const text = measureWeights(['--params', file('broken.json', JSON.stringify(broken))]);
    expect(text).toMatch(/criterion within-0.2: does not hold/);
    expect(text).toMatch(/claim bias-signs: not measured/);
    // Sweeps to a criterion the weights do not meet: a null measure, said in words.
    expect(text).toMatch(/^  claim learning-within-0.2: not measurable on these weights$/m);
  });

  it('prints a claim that holds or not in words, and a number as a number', () => {
    expect(measureWeights(['--params', 'paper'])).toMatch(/^  claim learning-right-side: 0\n  claim learning-within-0.2: 0\n  claim mirror-antisymmetry: holds$/m);
    // The paper's weights with the 1 : 2 : 4 ratio broken (3.6 → 4.8): still right about symmetry.
    const skewed = JSON.parse(JSON.stringify(PAPER_WEIGHTS));
    skewed.inputToHidden = skewed.inputToHidden.map((row: number[]) => row.map((w) => (Math.abs(w) === 3.6 ? Math.sign(w) * 4.8 : w)));
    const args = ['--params', file('skewed.json', JSON.stringify(skewed)), '--set', 'symmetry.criterion=right-side'];
    const text = measureWeights(args);
    expect(text).toMatch(/^  claim ratio-1-2-4: does not hold$/m);
    expect(text).toMatch(/^  claim mirror-antisymmetry: holds$/m);
    // --json keeps the raw values.
    expect(JSON.parse(measureWeights([...args, '--json'])!).measures).toMatchObject({ 'ratio-1-2-4': false, 'mirror-antisymmetry': true, 'learning-within-0.2': null });
  });

  it('gives no text for --help, so the command prints its help', () => {
    expect(measureWeights(['--help'])).toBeNull();
    expect(measureWeightsHelp()).toContain('--params <file>');
  });

  const measuresNone = experiments.find((e) => !e.evaluateWeights);
  const printsNone = experiments.find((e) => e.evaluateWeights && !e.printedWeights);
  const bad: Array<[string, string[], RegExp | string]> = [
    ['an unreadable file', ['--params', join(dir, 'missing.json')], /cannot read it: no such file \(ENOENT\)$/],
    ['a file cut off', ['--params', file('a.json', '[1, 2')], /^--params .*a\.json: not valid JSON: unexpected end of the file, expected ',' or '\]' at line 1, column 6$/],
    // JSON.parse's own message here quotes the file over two lines.
    ['a file that is not JSON', ['--params', file('e.json', '{"hiddenBias": [1.1,\n x]}')], /^--params .*e\.json: not valid JSON: expected a value, found 'x' at line 2, column 2$/],
    ['an unknown block', ['--params', file('b.json', JSON.stringify({ ...PAPER_WEIGHTS, extra: [1] }))], /unknown parameter block "extra"/],
    ['a block of the wrong shape', ['--params', file('c.json', JSON.stringify({ ...PAPER_WEIGHTS, hiddenBias: [1, 2, 3] }))], /block "hiddenBias" row 0 must hold 2 finite numbers/],
    ['a value that is not a number', ['--params', file('d.json', JSON.stringify({ ...PAPER_WEIGHTS, outputBias: ['6.4'] }))], /block "outputBias" row 0 must hold 1 finite numbers/],
    ['an unknown experiment', ['--only', UNKNOWN_EXPERIMENT, '--params', 'paper'], `unknown experiment "${UNKNOWN_EXPERIMENT}"`],
    ['a bad setting', ['--set', 'symmetry.criterion=close', '--params', 'paper'], /criterion must be one of within-0.2, right-side, got "close"/],
    ['a --set of another experiment', ['--set', 'other.criterion=right-side', '--params', 'paper'], '--set must look like symmetry.<setting>=<value>'],
    ['no --params', [], /--params <file.json \| paper> is required/],
    ['an unknown printed net', ['--params', 'paper:nope'], 'symmetry has no printed net "paper:nope" (known: paper:pdp-fig9)'],
    ...(measuresNone ? [[`an experiment that measures no given weights (${measuresNone.id})`, ['--only', measuresNone.id, '--params', 'paper'], `${measuresNone.id} does not measure given weights`] as [string, string[], string]] : []),
    ...(printsNone ? [[`an experiment that prints no weights (${printsNone.id})`, ['--only', printsNone.id, '--params', 'paper'], `${printsNone.id} has no printed weights to load as "paper"`] as [string, string[], string]] : []),
  ];
  for (const [name, args, message] of bad) {
    it(`refuses ${name}`, () => expectUsageError(() => measureWeights(args), message));
  }
});
