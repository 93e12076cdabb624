import { describe, expect, it } from 'vitest';
import { compareWithEngine } from '../../baselines/agreement.js';
import { cReference, findCCompiler } from '../../baselines/c-reference.js';
import { trainEngine } from '../../baselines/engine-adapter.js';
import { trainNestedLoops } from '../../baselines/nested-loops.js';
import { trainObjectGraph } from '../../baselines/object-graph.js';
import type { Implementation, Trained } from '../../baselines/task.js';
import { tfjsCpu, tfjsWasm } from '../../baselines/tfjs-backends.js';
import { parametersDigest } from '../../engine/index.js';
import { benchTask, taskIds } from '../../scripts/app/bench/tasks.js';

// Oracles first: from the engine's initial parameters, every baseline follows the engine's
// trajectory on both benchmark nets for the benchmark's check sweeps (symmetry 50, family trees 30,
// past the change of ε and α at sweep 21). The float64 JavaScript baselines sum in the engine's
// order and give the very same bits; the C reference uses the C library's exp(), so it agrees to
// rounding only; TF.js computes in float32 and agrees within 1e-5.

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
    ['object-graph', trainObjectGraph],
    ['nested-loops', trainNestedLoops],
  ] as const)('%s: the same final error and the same weight digest', (_, trainer) => {
    const mine = trainer(task, sweeps);
    expect(relative(mine.finalError, engine.finalError)).toBeLessThanOrEqual(1e-9);
    expect(parametersDigest(mine.params)).toBe(parametersDigest(engine.params));
  });

  it.skipIf('unavailable' in findCCompiler())('c-reference: the same final error to 1e-9, every weight to 1e-9', async () => {
    const mine = (await trainWith(cReference, id, sweeps)) as Trained;
    expect(relative(mine.finalError, engine.finalError)).toBeLessThanOrEqual(1e-9);
    expect(maxDifference(mine.params, engine.params)).toBeLessThanOrEqual(1e-9);
  });

  it.each([tfjsCpu, tfjsWasm])('$id (float32): final error and weights within 1e-5', async (impl) => {
    const mine = await trainWith(impl, id, sweeps);
    if (typeof mine === 'string') throw new Error(mine);
    const agreement = compareWithEngine(impl, mine, engine, sweeps);
    expect(agreement.reason).toBeUndefined();
    expect(agreement.relativeErrorDifference).toBeLessThanOrEqual(1e-5);
    expect(agreement.maxParameterDifference).toBeLessThanOrEqual(1e-5);
  });
});
