import { afterAll, describe, expect, it } from 'vitest';
import { compareWithEngine, roundingScale } from '../../baselines/agreement.js';
import { C_VARIANTS, compileCReference, findCCompiler, runCReference } from '../../baselines/c-reference.js';
import { trainEngine, trainEngineTs } from '../../baselines/engine-adapter.js';
import { trainNestedLoops } from '../../baselines/nested-loops.js';
import { trainObjectGraph } from '../../baselines/object-graph.js';
import type { Implementation, Trained } from '../../baselines/task.js';
import { tfjsCpu, tfjsWasm } from '../../baselines/tfjs-backends.js';
import { parametersDigest } from '../../engine/index.js';
import { benchTask, taskIds } from '../../scripts/app/bench/tasks.js';

// Oracles first: from the engine's initial parameters, every baseline follows the engine's
// trajectory on both benchmark nets for the benchmark's check sweeps (50 on both, past the
// family-tree recipe's change of ε and α at sweep 21). The float64 JavaScript baselines sum in the
// engine's order and give the very same bits, as does the engine on its TypeScript passes
// (engine-ts); both C variants fuse multiply-adds (FMA) and call the C library's exp(), so they
// agree to float64 rounding, by the tolerance baselines/agreement.ts places between float64 and
// float32 rounding of the same training (its negative control, a C build with a float32 exp, is in
// c-reference.test.ts); TF.js computes in float32 and agrees within 1e-5, or is skipped where its
// optional packages are not installed.

const compiled = 'unavailable' in findCCompiler() ? null : compileCReference();
afterAll(() => {
  if (compiled && !('unavailable' in compiled)) compiled.dispose();
});

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const maxDifference = (a: Float64Array, b: Float64Array) => a.reduce((m, v, k) => Math.max(m, Math.abs(v - b[k]!)), 0);

async function trainWith(impl: Implementation, id: string, sweeps: number): Promise<Trained | string> {
  const runner = await impl.prepare(benchTask(id));
  if ('unavailable' in runner) return runner.unavailable;
  try {
    return await runner.train(sweeps);
  } finally {
    runner.dispose();
  }
}

describe.each(taskIds())('baselines follow the engine on %s', (id) => {
  const task = benchTask(id);
  const sweeps = task.checkSweeps;
  const engine = trainEngine(task, sweeps);

  it.each([
    ['engine-ts', trainEngineTs],
    ['object-graph', trainObjectGraph],
    ['nested-loops', trainNestedLoops],
  ] as const)('%s: the same final error and the same weight digest', (_, trainer) => {
    const mine = trainer(task, sweeps);
    expect(relative(mine.finalError, engine.finalError)).toBeLessThanOrEqual(1e-9);
    expect(parametersDigest(mine.params)).toBe(parametersDigest(engine.params));
  });

  it.skipIf(compiled === null).each(C_VARIANTS)('c-reference, %s variant: within float64 rounding of the engine', (variant) => {
    if (compiled === null || 'unavailable' in compiled) throw new Error(`the C reference did not build: ${compiled?.unavailable}`);
    const mine = runCReference(compiled.binary, variant, task, sweeps);
    const { tolerance } = roundingScale(task, sweeps, engine);
    const agreement = compareWithEngine({ id: 'c-reference', precision: 'float64' }, mine, engine, sweeps, tolerance);
    expect(agreement.reason).toBeUndefined();
    expect(relative(mine.finalError, engine.finalError)).toBeLessThanOrEqual(tolerance);
    expect(maxDifference(mine.params, engine.params)).toBeLessThanOrEqual(tolerance);
  });

  it.for([tfjsCpu, tfjsWasm])('$id (float32): final error and weights within 1e-5', async (impl, ctx) => {
    const mine = await trainWith(impl, id, sweeps);
    if (typeof mine === 'string' && /not installed/.test(mine)) return ctx.skip(mine);
    if (typeof mine === 'string') throw new Error(mine);
    const agreement = compareWithEngine(impl, mine, engine, sweeps, Number.NaN); // float32: FLOAT32_TOLERANCE applies
    expect(agreement.reason).toBeUndefined();
    expect(agreement.relativeErrorDifference).toBeLessThanOrEqual(1e-5);
    expect(agreement.maxParameterDifference).toBeLessThanOrEqual(1e-5);
  });
});
