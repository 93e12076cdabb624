import { OutputLoss, type LossSpec } from './loss.js';
import type { Net } from './net.js';
import { backward, forward } from './passes.js';
import type { PackedPatterns } from './patterns.js';
import { scheduleAt, type Schedule } from './schedule.js';
import type { TiedGradient } from './tied.js';
import type { CopySet } from './untied-twin.js';
import type { UpdateRule } from './update-rules/rule.js';
import { checkTrainingInputs } from './validate-buffers.js';
import { checkSetTrainConfig } from './validate-config.js';
import { activeKernels } from './kernels.js';
import { openWorkspace } from './wasm/kernel-workspace.js';
import type { Workspace } from './workspace.js';

// Batch descent on an untied twin, where the copies of each tied block are separate numbers.
// Nature 323 (1986) keeps corresponding weights equal by giving every copy of a set the same change,
// proportional to the average of the copies' ∂E/∂w; 'sum' gives them the sum (the 1987 PDP
// simulator's rule); 'separate' lets each copy follow its own ∂E/∂w, so the copies drift apart.

export type SetStep = TiedGradient | 'separate';

export interface SetTrainConfig {
  sweeps: number;
  rule: UpdateRule<any>;
  learningRate: Schedule;
  momentum: Schedule;
  loss: LossSpec;
  step: SetStep;
  /** Called before the first change and after every change, with E and the parameters at that point. */
  onSweep?: (sweep: number, error: number, params: Float64Array) => void;
}

/** Replaces the gradient of every copy in a set by the average (or sum) over the set's copies. */
export function combineCopies(grad: Float64Array, sets: readonly CopySet[], step: TiedGradient): void {
  for (const set of sets) {
    const n = set.offsets.length;
    if (n < 2) continue;
    const scale = step === 'average' ? 1 / n : 1;
    for (let k = 0; k < set.length; k++) {
      // Summed from the last copy to the first, the order in which the backward pass meets the
      // layers of an unrolled net, so that a tied block's sum is matched term by term.
      let s = 0;
      for (let c = n - 1; c >= 0; c--) s += grad[set.offsets[c]! + k]!;
      // ∂E/∂w of the set: (1/n) Σ_copies ∂E/∂w_copy (average) or Σ_copies ∂E/∂w_copy (sum)
      const g = s * scale;
      for (let c = 0; c < n; c++) grad[set.offsets[c]! + k] = g;
    }
  }
}

/** Trains params in place for exactly `sweeps` batch changes; returns E before each change and after the last. */
export function trainInSets(net: Net, params: Float64Array, patterns: PackedPatterns, sets: readonly CopySet[], config: SetTrainConfig): Float64Array {
  checkSetTrainConfig(config);
  checkTrainingInputs(net, params, patterns, 'trainInSets');
  const open = openWorkspace(net, patterns, activeKernels() === 'wasm');
  try {
    return trainSetsIn(net, params, patterns.count, open.ws, open.grad, sets, config);
  } finally {
    open.close();
  }
}

function trainSetsIn(net: Net, params: Float64Array, P: number, ws: Workspace, grad: Float64Array, sets: readonly CopySet[], config: SetTrainConfig): Float64Array {
  const loss = new OutputLoss(config.loss, P, ws.outputUnits);
  const state = config.rule.createState(net.parameterCount);
  const errors = new Float64Array(config.sweeps + 1);
  const hyper = { learningRate: 0, momentum: 0, step: 0 };
  for (let t = 0; ; t++) {
    forward(net, params, ws, 0, P);
    grad.fill(0);
    errors[t] = backward(net, params, grad, ws, loss, 0, P);
    config.onSweep?.(t, errors[t]!, params);
    if (t === config.sweeps) break;
    if (config.step !== 'separate') combineCopies(grad, sets, config.step);
    hyper.learningRate = scheduleAt(config.learningRate, t + 1);
    hyper.momentum = scheduleAt(config.momentum, t + 1);
    hyper.step = t + 1;
    config.rule.apply(params, grad, state, hyper);
  }
  return errors;
}
