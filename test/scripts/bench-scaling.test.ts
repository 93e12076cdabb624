import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCCompiler } from '../../baselines/c-reference.js';
import { engine } from '../../baselines/engine-adapter.js';
import { nestedLoops } from '../../baselines/nested-loops.js';
import { tfjsImplementations } from '../../baselines/tfjs-backends.js';
import { scalingTable } from '../../reports/benchmark-markdown.js';
import { scalingFigureSpec, scalingFigureSvg } from '../../reports/figures/scaling.js';
import { benchmarkErrors } from '../../reports/validate-benchmark.js';
import { benchHelp, DEFAULT_SCALING_ROUNDS, parseBenchArgs, SCALING_IMPLEMENTATIONS } from '../../scripts/app/args/bench-args.js';
import { DEFAULT_HIDDEN, DEFAULT_PATTERNS, MAX_HIDDEN, MAX_PATTERNS } from '../../scripts/app/bench/scaling-tasks.js';
import { runScalingReport } from '../../scripts/app/bench/scaling.js';
import { runScript } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';
import { expectUsageError } from '../helpers/usage-error.js';

// npm run bench -- --scaling: its arguments, and tiny runs (one sweep per timing) whose table,
// JSON and figure have the right shape. No timing is asserted.

const scratch = scratchFolders('bench-scaling-');

describe('npm run bench -- --scaling: arguments', () => {
  it('is documented in --help with its flags', () => {
    for (const flag of ['--scaling', '--hidden', '--patterns', '--figure']) expect(benchHelp()).toContain(flag);
  });

  it('times the default points with the native and library rivals, 3 rounds a point, no figure', () => {
    expect([...SCALING_IMPLEMENTATIONS].sort()).toEqual(['c-reference', 'tfjs-cpu', 'tfjs-wasm']);
    expect(parseBenchArgs(['--scaling'])).toEqual({
      help: false,
      tasks: [],
      implementations: ['tfjs-cpu', 'tfjs-wasm', 'c-reference'],
      rounds: DEFAULT_SCALING_ROUNDS,
      json: null,
      scaling: { hidden: [...DEFAULT_HIDDEN], patterns: [...DEFAULT_PATTERNS], figure: null },
    });
    expect(parseBenchArgs([]).scaling).toBeNull();
  });

  it('reads its points in ascending order, and the figure file', () => {
    const args = parseBenchArgs(['--scaling', '--hidden', '300,10', '--patterns', '50', '--impl', 'nested-loops', '--rounds', '1', '--figure', 'f.svg', '--json', 'f.json']);
    expect(args).toMatchObject({ implementations: ['nested-loops'], rounds: 1, json: 'f.json', scaling: { hidden: [10, 300], patterns: [50], figure: 'f.svg' } });
  });

  it.each([
    [['--scaling', '--hidden', '0'], `--hidden must be a whole number from 1 to ${MAX_HIDDEN}, got "0"`],
    [['--scaling', '--hidden', '1e3'], `--hidden must be a whole number from 1 to ${MAX_HIDDEN}, got "1e3"`],
    [['--scaling', '--patterns', String(MAX_PATTERNS + 1)], `--patterns must be a whole number from 1 to ${MAX_PATTERNS}`],
    [['--scaling', '--patterns', '10,10'], '--patterns lists "10" twice'],
    [['--scaling', '--hidden', ','], '--hidden needs at least one size'],
    [['--hidden', '10'], '--hidden belongs to the scaling study: add --scaling'],
    [['--figure', 'f.svg'], '--figure belongs to the scaling study: add --scaling'],
    [['--scaling', '--only', 'symmetry'], '--only chooses tasks of full trainings, and --scaling times generated nets instead'],
    [['--scaling', '--figure', 'f.png'], '--figure must name an .svg file, got "f.png"'],
    [['--scaling', '--figure', 'same.svg', '--json', './same.svg'], '--figure and --json name the same file'],
  ])('rejects %j', (args, message) => {
    expectUsageError(() => parseBenchArgs(args), message);
  });

  it('exits 2 with one line on stderr, before any timing', async () => {
    const r = await runScript('scripts/bench.ts', ['--scaling', '--hidden', '10,abc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bench: --hidden must be a whole number from 1 to 10000, got "abc" (see --help)\n');
    expect(r.stdout).toBe('');
  });
});

describe('npm run bench -- --scaling: a tiny run', () => {
  const notInstalled = tfjsImplementations(async (name) => {
    throw Object.assign(new Error(`Cannot find package '${name}'`), { code: 'ERR_MODULE_NOT_FOUND' });
  });
  const run = () =>
    runScalingReport({
      implementations: ['nested-loops', 'tfjs-cpu'],
      hidden: [3, 6],
      patterns: [],
      rounds: 1,
      targetSeconds: 0,
      progress: () => {},
      registry: [engine, nestedLoops, notInstalled.cpu],
    });

  it('checks and times each point, and its JSON fits $defs/benchmark', async () => {
    const report = await run();
    expect(report.results).toEqual([]);
    expect(report.scaling.points.map((p) => [p.series, p.hidden, p.patterns, p.parameters])).toEqual([['hidden', 3, 100, 73], ['hidden', 6, 100, 136]]);
    for (const p of report.scaling.points) {
      expect(p.measurements.map((m) => [m.label, m.status, m.sweeps])).toEqual([
        ['engine', 'timed', 1], ['engine-ts', 'timed', 1], ['nested-loops', 'timed', 1], ['tfjs-cpu', 'unavailable', undefined],
      ]);
      expect(p.measurements[0]!.ratioToEngine).toBe(1);
      for (const m of p.measurements.slice(1, 3)) expect(m.agreement).toMatchObject({ agrees: true, sameDigest: true, checkSweeps: 3 });
    }
    expect(benchmarkErrors(report)).toBeNull();
    const broken = structuredClone(report);
    broken.scaling.points[0]!.measurements[0]!.label = 'Engine TS';
    expect(benchmarkErrors(broken)).toMatch(/scaling\/points\/0\/measurements\/0\/label/);

    const table = scalingTable(report.scaling);
    expect(table).toContain('| grows | hidden units | patterns | parameters | engine | engine-ts | nested-loops | tfjs-cpu |');
    const timedCell = '[\\d.]+ [µm]?s \\([\\d.e-]+×\\)';
    expect(table.find((l) => l.startsWith('| hidden | 3 | 100 | 73 |'))).toMatch(new RegExp(`^\\| hidden \\| 3 \\| 100 \\| 73 \\| [\\d.]+ [µm]?s \\| ${timedCell} \\| ${timedCell} \\| unavailable \\|$`));
    expect(table).toContain(`- tfjs-cpu unavailable: ${report.scaling.points[0]!.measurements[3]!.reason} (hidden/patterns 3/100, 6/100)`);
  });

  it('draws one line per timed implementation on log axes', async () => {
    const report = await run();
    const spec = JSON.stringify(scalingFigureSpec(report));
    expect(spec.match(/"type":"log"/g)).toHaveLength(4); // x and y of both layers of the one panel
    const svg = await scalingFigureSvg(report);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/class="mark-line role-mark hiddenLines_marks"/g)).toHaveLength(3);
    expect(svg).not.toContain('patternsLines_marks'); // no patterns series ran
    for (const text of ['hidden units (log scale)', 'seconds per sweep (log scale)', '>engine<', '>engine-ts<', '>nested-loops<']) expect(svg).toContain(text);
    expect(svg).not.toContain('>tfjs-cpu<');
  });

  it('times the engine once as each of its forms, even when --impl names engine-ts', async () => {
    const report = await runScalingReport({ implementations: ['engine-ts'], hidden: [3], patterns: [], rounds: 1, targetSeconds: 0, progress: () => {} });
    expect(report.scaling.contenders.map((c) => c.label)).toEqual(['engine', 'engine-ts']);
    expect(report.scaling.contenders[1]!.description).toContain('TypeScript passes');
  });

  it.skipIf('unavailable' in findCCompiler())('times the C reference as its two variants, from one build', async () => {
    const report = await runScalingReport({ implementations: ['c-reference'], hidden: [4], patterns: [7], rounds: 1, targetSeconds: 0, progress: () => {} });
    expect(report.scaling.contenders.map((c) => [c.label, c.implementation])).toEqual([
      ['engine', 'engine'], ['engine-ts', 'engine-ts'], ['c-per-pattern', 'c-reference'], ['c-batched', 'c-reference'],
    ]);
    for (const p of report.scaling.points) expect(p.measurements.map((m) => m.status)).toEqual(['timed', 'timed', 'timed', 'timed']);
    expect(benchmarkErrors(report)).toBeNull();
  });
});

describe('npm run bench -- --scaling: the --figure file', () => {
  it('must go into a folder that exists', async () => {
    const r = await runScript('scripts/bench.ts', ['--scaling', '--figure', join(scratch(), 'missing', 'f.svg')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bench: cannot write --figure file ".*missing\/f\.svg": no such folder \(see --help\)\n$/);
  });
});
