import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPLEMENTATION_IDS } from '../../baselines/registry.js';
import { activeKernels } from '../../engine/index.js';
import { benchmarkTable } from '../../reports/benchmark-markdown.js';
import { benchmarkErrors } from '../../reports/validate-benchmark.js';
import { benchHelp, checkJsonTarget, DEFAULT_ROUNDS, MAX_ROUNDS, parseBenchArgs } from '../../scripts/app/args/bench-args.js';
import { runBench } from '../../scripts/app/bench/run-bench.js';
import { taskIds } from '../../scripts/app/bench/tasks.js';
import { UNKNOWN_EXPERIMENT } from '../helpers/experiment-ids.js';
import { scratchFolders } from '../helpers/scratch.js';
import { expectUsageError } from '../helpers/usage-error.js';

// The benchmark's arguments, and one small run whose JSON fits the schema. Nothing here checks a
// timing: timings are measured by `npm run bench`, not asserted by tests. How the command exits on
// bad input is checked once, in test/scripts/bad-input-exit.test.ts.

describe('npm run bench: arguments', () => {
  it('documents every flag', () => {
    for (const flag of ['--only', '--impl', '--rounds', '--json', '--scaling']) expect(benchHelp()).toContain(flag);
  });

  it('runs every task and implementation for the default rounds unless told otherwise', () => {
    expect(parseBenchArgs([])).toEqual({ help: false, tasks: taskIds(), implementations: [...IMPLEMENTATION_IDS], rounds: DEFAULT_ROUNDS, json: null, scaling: null });
    const [task] = taskIds();
    expect(parseBenchArgs(['--only', task!, '--impl', 'nested-loops', '--rounds', '2', '--json', 'b.json'])).toMatchObject({ tasks: [task], implementations: ['nested-loops'], rounds: 2, json: 'b.json' });
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--only', UNKNOWN_EXPERIMENT], `--only: unknown id "${UNKNOWN_EXPERIMENT}"`],
    [['--only', ','], /--only needs at least one id/],
    [['--impl', 'numpy'], /--impl: unknown id "numpy"/],
    [['--rounds', '0'], /--rounds must be a whole number/],
    [['--rounds', '-1'], `--rounds must be a whole number from 1 to ${MAX_ROUNDS}, got "-1"`],
    [['--rounds', '0x10'], `--rounds must be a whole number from 1 to ${MAX_ROUNDS}, got "0x10"`],
    [['--impl', 'nested-loops,nested-loops'], '--impl lists "nested-loops" twice'],
    [['--rounds', String(MAX_ROUNDS + 1)], `--rounds must be a whole number from 1 to ${MAX_ROUNDS}`],
    [['--json', ' '], /--json needs a file name/],
  ])('rejects %j', (args, message) => {
    expectUsageError(() => parseBenchArgs(args), message);
  });
});

describe('npm run bench: the --json file', () => {
  const scratch = scratchFolders('bench-json-');
  it('must go into a folder that exists, and must not be a folder itself', () => {
    const dir = scratch();
    expect(checkJsonTarget(join(dir, 'bench.json'))).toBe(join(dir, 'bench.json'));
    expectUsageError(() => checkJsonTarget(join(dir, 'missing', 'bench.json')), /cannot write --json file ".*bench\.json": no such folder/);
    expectUsageError(() => checkJsonTarget(dir), /is a folder/);
  });
});

describe('npm run bench: a small run', () => {
  it('times the engine beside its TypeScript twin and a baseline, and its JSON fits $defs/benchmark', async () => {
    const [task] = taskIds();
    const lines: string[] = [];
    const report = await runBench({ tasks: [task!], implementations: ['engine-ts', 'nested-loops'], rounds: 1, progress: (l) => lines.push(l) });
    const table = benchmarkTable(report).join('\n');
    expect(table).toContain(`| ${task} | nested-loops | float64 |`);
    expect(lines.some((l) => l.startsWith(`${task}: round 1/1: `))).toBe(true);
    expect(benchmarkErrors(report)).toBeNull();
    expect(report.results.map((x) => x.implementation)).toEqual(['engine', 'engine-ts', 'nested-loops']);
    for (const r of report.results.slice(1)) {
      expect(r.agreement!.sameDigest).toBe(true);
      expect(r.fullRun!.sameDigest).toBe(true);
    }
    // The rows carry ids only: the note under the table says which kernels 'engine' ran.
    const kernels = activeKernels() === 'wasm' ? 'WebAssembly kernels' : 'TypeScript passes';
    expect(report.results[0]!.description).toContain(`run by its ${kernels}`);
    expect(table).toMatch(new RegExp(`\\n${task}: engine-ts takes [\\d.]+× the time of the engine, [^\\n]*run by its ${kernels}`));
  });
});
