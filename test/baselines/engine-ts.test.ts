import { afterEach, describe, expect, it } from 'vitest';
import { engine, engineTs, trainEngine, trainEngineTs } from '../../baselines/engine-adapter.js';
import { IMPLEMENTATION_IDS } from '../../baselines/registry.js';
import type { Implementation, Trained } from '../../baselines/task.js';
import { activeKernels, parametersDigest, useKernels, withKernels, type Kernels } from '../../engine/index.js';
import { benchTask } from '../../scripts/app/bench/tasks.js';

// engine-ts is the engine on its TypeScript passes, timed beside the engine on its default kernels.
// Each training must run on the TypeScript passes (an onSweep hook reads the kernels in effect from
// inside the training) and leave the thread's choice as it found it, even when the training throws:
// test files share a worker's modules, and the 'engine' row must keep the default. The WebAssembly
// kernels are chosen first, so that a training left on them, or a choice left at 'ts', shows.

const before = activeKernels();
afterEach(() => {
  useKernels(before);
});

const task = benchTask('symmetry');

/** The kernels in effect at each of the four passes of a three-sweep training (sweep 0: the initial E). */
function kernelsDuring(trainer: typeof trainEngine): Kernels[] {
  const seen: Kernels[] = [];
  trainer(task, 3, () => seen.push(activeKernels()));
  return seen;
}

async function trainVia(impl: Implementation, sweeps: number): Promise<Trained> {
  const runner = await impl.prepare(task);
  if ('unavailable' in runner) throw new Error(runner.unavailable);
  try {
    return await runner.train(sweeps);
  } finally {
    runner.dispose();
  }
}

describe('engine-ts', () => {
  it('is registered right after the engine', () => {
    expect(IMPLEMENTATION_IDS.slice(0, 2)).toEqual(['engine', 'engine-ts']);
  });

  it('trains on the TypeScript passes and then restores the WebAssembly kernels', () => {
    useKernels('wasm');
    expect(kernelsDuring(trainEngineTs)).toEqual(['ts', 'ts', 'ts', 'ts']);
    expect(activeKernels()).toBe('wasm');
    expect(kernelsDuring(trainEngine)).toEqual(['wasm', 'wasm', 'wasm', 'wasm']);
  });

  it('restores the previous choice when the training throws', () => {
    useKernels('wasm');
    const failing = () =>
      trainEngineTs(task, 3, (sweep) => {
        if (sweep === 2) throw new Error('stopped at sweep 2');
      });
    expect(failing).toThrow('stopped at sweep 2');
    expect(activeKernels()).toBe('wasm');
    expect(() => withKernels('ts', () => { throw new Error('before training'); })).toThrow('before training');
    expect(activeKernels()).toBe('wasm');
  });

  it('gives the engine the same bits through the benchmark interface, and leaves its kernels alone', async () => {
    useKernels('wasm');
    const mine = await trainVia(engineTs, task.checkSweeps);
    expect(activeKernels()).toBe('wasm');
    const reference = await trainVia(engine, task.checkSweeps);
    expect(parametersDigest(mine.params)).toBe(parametersDigest(reference.params));
    expect(mine.finalError).toBe(reference.finalError);
  });

  it("names its kernels, and the engine's description names the ones in effect", () => {
    expect(engineTs.description).toContain('TypeScript passes');
    useKernels('wasm');
    expect(engine.description).toMatch(/run by its WebAssembly kernels/);
    useKernels('ts');
    expect(engine.description).toMatch(/run by its TypeScript passes/);
  });
});
