import { activeKernels, buildNet, packPatterns, paperMomentum, train, withKernels, type Kernels, type TrainConfig } from '../engine/index.js';
import type { Implementation, Trained, TrainingTask } from './task.js';

// The engine itself, behind the same interface as the baselines, trained exactly as the
// reproductions train it (batch grain, the paper's momentum), with no criteria to check. It runs
// twice in the benchmark: as 'engine', with the kernels the engine chooses by default (its
// WebAssembly kernels where the platform has WebAssembly SIMD), and as 'engine-ts', with its
// TypeScript passes, the reference twin, so that the table shows what the kernels buy.

/** `onSweep` lets a caller watch the training from inside (a test checks which kernels run it). */
export function engineConfig(task: TrainingTask, sweeps: number, onSweep?: TrainConfig['onSweep']): TrainConfig {
  return {
    sweeps,
    rule: paperMomentum,
    learningRate: task.learningRate,
    momentum: task.momentum,
    ...(task.decay ? { decay: task.decay } : {}),
    grain: 'batch',
    loss: task.loss,
    tiedGradient: 'average',
    criteria: [],
    stopWhenCriteriaMet: false,
    ...(onSweep ? { onSweep } : {}),
  };
}

export function trainEngine(task: TrainingTask, sweeps: number, onSweep?: TrainConfig['onSweep']): Trained {
  const net = buildNet(task.spec);
  const params = task.initial.slice();
  const result = train(net, params, packPatterns(net, task.patterns), engineConfig(task, sweeps, onSweep));
  return { params, finalError: result.errors[result.errors.length - 1]! };
}

/** The engine on its TypeScript passes, whatever the default; the 'engine' row keeps the default. */
export function trainEngineTs(task: TrainingTask, sweeps: number, onSweep?: TrainConfig['onSweep']): Trained {
  return withKernels('ts', () => trainEngine(task, sweeps, onSweep));
}

const KERNEL_WORDS: Record<Kernels, string> = {
  wasm: 'its WebAssembly kernels (engine/wasm/)',
  ts: 'its TypeScript passes (engine/passes.ts)',
};

export const engine: Implementation = {
  id: 'engine',
  precision: 'float64',
  // Read when asked, not at import: BACKPROP_KERNELS or an earlier useKernels decides which run.
  get description() {
    return `this suite's engine: batched feature-major passes over a flat Float64Array, run by ${KERNEL_WORDS[activeKernels()]}`;
  },
  async prepare(task) {
    // Packing the patterns is part of every training, as in the reproductions.
    return { train: async (sweeps) => trainEngine(task, sweeps), dispose: () => {} };
  },
};

export const engineTs: Implementation = {
  id: 'engine-ts',
  precision: 'float64',
  description: `the same engine run by ${KERNEL_WORDS.ts}, the reference twin of its WebAssembly kernels: the same bits`,
  async prepare(task) {
    return { train: async (sweeps) => trainEngineTs(task, sweeps), dispose: () => {} };
  },
};
