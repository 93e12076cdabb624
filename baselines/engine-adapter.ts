import { buildNet, packPatterns, paperMomentum, train, type TrainConfig } from '../engine/index.js';
import type { Implementation, Trained, TrainingTask } from './task.js';

// The engine itself, behind the same interface as the baselines, trained exactly as the
// reproductions train it (batch grain, the paper's momentum), with no criteria to check.

export function engineConfig(task: TrainingTask, sweeps: number): TrainConfig {
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
  };
}

export function trainEngine(task: TrainingTask, sweeps: number): Trained {
  const net = buildNet(task.spec);
  const params = task.initial.slice();
  const result = train(net, params, packPatterns(net, task.patterns), engineConfig(task, sweeps));
  return { params, finalError: result.errors[result.errors.length - 1]! };
}

export const engine: Implementation = {
  id: 'engine',
  precision: 'float64',
  description: "this suite's engine: batched feature-major passes over a flat Float64Array",
  async prepare(task) {
    // Packing the patterns is part of every training, as in the reproductions.
    return { train: async (sweeps) => trainEngine(task, sweeps), dispose: () => {} };
  },
};
