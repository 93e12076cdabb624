import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareWithEngine, roundingScale } from '../../baselines/agreement.js';
import { C_VARIANTS, compileCReference, findCCompiler, runCReference, type CompiledReference } from '../../baselines/c-reference.js';
import { trainEngine } from '../../baselines/engine-adapter.js';
import { benchmarkTable } from '../../reports/benchmark-markdown.js';
import { runBench } from '../../scripts/app/bench/run-bench.js';
import { benchTask } from '../../scripts/app/bench/tasks.js';

// The C reference's agreement test (test/baselines/oracle.test.ts) must be able to fail: a build of
// the same C code whose exp() computes in float32 is refused by the same tolerance, on both variants,
// while the tolerance sits far from both kinds of rounding. And the benchmark names the variant it
// timed, and leaves no build folder behind.

const noCompiler = 'unavailable' in findCCompiler();
const builds: CompiledReference[] = [];
const build = (flags: string[] = []): CompiledReference => {
  const c = compileCReference(flags);
  if ('unavailable' in c) throw new Error(c.unavailable);
  builds.push(c);
  return c;
};
afterAll(() => {
  for (const c of builds) c.dispose();
});
let float32Build: CompiledReference | undefined;

describe.skipIf(noCompiler)('the C reference', () => {
  const task = benchTask('family-trees');
  const sweeps = task.checkSweeps;
  const engine = trainEngine(task, sweeps);
  const scale = roundingScale(task, sweeps, engine);

  it('has a float64 tolerance far from float64 rounding and from float32 rounding alike', () => {
    // float32 rounding of this training lies at least 10^5 times beyond float64 rounding, so the
    // geometric mean leaves more than two orders of magnitude on either side.
    expect(scale.float32 / scale.float64).toBeGreaterThan(1e5);
    expect(scale.tolerance / scale.float64).toBeGreaterThan(100);
    expect(scale.float32 / scale.tolerance).toBeGreaterThan(100);
  });

  it.each(C_VARIANTS)('built with a float32 exp(), the %s variant is refused', (variant) => {
    float32Build ??= build(['-DEXP=expf']);
    const mine = runCReference(float32Build.binary, variant, task, sweeps);
    const agreement = compareWithEngine({ id: 'c-reference', precision: 'float64' }, mine, engine, sweeps, scale.tolerance);
    expect(agreement.agrees).toBe(false);
    expect(agreement.reason).toMatch(/a parameter differs by/);
  });

  it('times both variants and names the faster one in the benchmark\'s row and table', async () => {
    const report = await runBench({ tasks: ['symmetry'], implementations: ['c-reference'], rounds: 1, progress: () => {} });
    const row = report.results.find((r) => r.implementation === 'c-reference')!;
    expect(row.status).toBe('timed');
    expect(row.description).toMatch(/^plain C, (per-pattern|batched) variant \([\d.e-]+ s per training against [\d.e-]+ s for the (per-pattern|batched) one, median of 3\); -O3 -march=native with the default FP contraction \(FMA\)/);
    expect(row.description).toMatch(/agrees with the engine to rounding, not to the bit$/);
    expect(benchmarkTable(report)).toContain(`symmetry: the engine takes ${String(Number((1 / row.ratioToEngine!).toPrecision(3)))}× the time of the C reference, ${row.description}.`);
  });

  it('removes its build folder when disposed of', () => {
    const c = compileCReference();
    if ('unavailable' in c) throw new Error(c.unavailable);
    expect(existsSync(c.binary)).toBe(true);
    c.dispose();
    expect(existsSync(dirname(c.binary))).toBe(false);
  });
});
