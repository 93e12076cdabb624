import type { Criterion } from './criteria.js';
import { OutputLoss, outputError, type LossSpec } from './loss.js';
import type { Net } from './net.js';
import { backward, forward } from './passes.js';
import type { PackedPatterns } from './patterns.js';
import type { RandomStream } from './random.js';
import { shuffleInto } from './random.js';
import { scheduleAt, type Schedule } from './schedule.js';
import { combineTied, tiedScales, type TiedGradient } from './tied.js';
import type { UpdateRule } from './update-rules/rule.js';
import { applyDecay, decayRanges, type DecayTarget } from './weight-decay.js';
import { checkTrainingInputs } from './validate-buffers.js';
import { checkTrainConfig } from './validate-config.js';
import { activeKernels } from './kernels.js';
import { openWorkspace } from './wasm/kernel-workspace.js';
import { createWorkspace, type Workspace } from './workspace.js';

export interface TrainConfig {
  /** Sweep budget: at most this many sweeps (passes through the pattern set) are made. */
  sweeps: number;
  rule: UpdateRule<any>;
  learningRate: Schedule;
  momentum: Schedule;
  /** Multiplicative decay applied after every weight change. */
  decay?: { rate: Schedule; target: DecayTarget };
  /** 'batch': one weight change per sweep, from ∂E/∂w summed over all cases (the paper's). */
  grain: 'batch' | 'pattern';
  /** Per-pattern grain only: a stream to shuffle the order of every sweep; fixed order without one. */
  order?: RandomStream;
  loss: LossSpec;
  tiedGradient: TiedGradient;
  criteria: Criterion[];
  /** Stop as soon as every criterion has been met; otherwise run the whole budget. */
  stopWhenCriteriaMet: boolean;
  /**
   * Opt-in, off by default: no ∂E/∂y passes from a group back to the groups that feed it, so a
   * group's error is its own targets' alone and each block's ∂E/∂w comes from the error where it
   * ends. In an unrolled iterative net every projection joins two consecutive steps: this cuts the
   * gradient between time steps (backpropagation through time removed), for a negative control.
   */
  cutGradientsBetweenLayers?: boolean;
  onSweep?: (sweep: number, error: number) => void;
}

export interface TrainResult {
  /** Weight changes made, counted in sweeps. */
  sweeps: number;
  /** errors[t] is E after t sweeps (errors[0] is E of the initial weights). */
  errors: Float64Array;
  /** For each criterion id, the number of sweeps after which it first held, or null if never. */
  reached: Record<string, number | null>;
  /** True when E stopped being a finite number; training stops there. */
  diverged: boolean;
  /** The workspace holding the outputs of the final parameters for every pattern. */
  workspace: Workspace;
}

/** Trains params in place. Sweep t uses the hyper-parameters the schedules give for t (1-based). */
export function train(net: Net, params: Float64Array, patterns: PackedPatterns, config: TrainConfig): TrainResult {
  // Before any buffer is sized from the config: a bad budget would otherwise loop forever.
  checkTrainConfig(config);
  checkTrainingInputs(net, params, patterns, 'train');
  const P = patterns.count;
  // In WebAssembly memory when those kernels run; an ordinary workspace again once training ends.
  const open = openWorkspace(net, patterns, activeKernels() === 'wasm');
  try {
    return trainIn(net, params, P, open.ws, open.grad, config);
  } finally {
    open.close();
  }
}

function trainIn(net: Net, params: Float64Array, P: number, ws: Workspace, grad: Float64Array, config: TrainConfig): TrainResult {
  const loss = new OutputLoss(config.loss, P, ws.outputUnits);
  const state = config.rule.createState(net.parameterCount);
  const tied = tiedScales(net, config.tiedGradient);
  const decay = config.decay ? { rate: config.decay.rate, ranges: decayRanges(net, config.decay.target) } : undefined;
  const errors = new Float64Array(config.sweeps + 1);
  const reachedAt: Array<number | null> = config.criteria.map(() => null);
  const order = new Int32Array(P);
  for (let p = 0; p < P; p++) order[p] = p;
  const hyper = { learningRate: 0, momentum: 0, step: 0 };
  const cut = config.cutGradientsBetweenLayers === true;
  let diverged = false;
  let t = 0;

  const change = (sweep: number) => {
    combineTied(grad, tied);
    hyper.step += 1;
    config.rule.apply(params, grad, state, hyper);
    if (decay) applyDecay(params, decay.ranges, scheduleAt(decay.rate, sweep));
  };

  for (;;) {
    forward(net, params, ws, 0, P);
    let error: number;
    if (config.grain === 'batch') {
      grad.fill(0);
      error = backward(net, params, grad, ws, loss, 0, P, cut);
    } else {
      error = 0;
      for (const gi of net.outputGroups) error += outputError(loss, config.loss, ws.act[gi]!, ws.targets[gi]!);
    }
    errors[t] = error;
    config.onSweep?.(t, error);
    if (!Number.isFinite(error)) {
      diverged = true;
      break;
    }
    let allMet = true;
    for (let c = 0; c < reachedAt.length; c++) {
      if (reachedAt[c] === null && config.criteria[c]!.met(net, ws)) reachedAt[c] = t;
      if (reachedAt[c] === null) allMet = false;
    }
    if ((config.stopWhenCriteriaMet && allMet && reachedAt.length > 0) || t === config.sweeps) break;

    t += 1;
    hyper.learningRate = scheduleAt(config.learningRate, t);
    hyper.momentum = scheduleAt(config.momentum, t);
    if (config.grain === 'batch') {
      change(t);
      continue;
    }
    if (config.order) shuffleInto(order, config.order);
    for (let k = 0; k < P; k++) {
      const p = order[k]!;
      forward(net, params, ws, p, p + 1);
      grad.fill(0);
      backward(net, params, grad, ws, loss, p, p + 1, cut);
      change(t);
    }
  }

  const reached = Object.fromEntries(config.criteria.map((c, k) => [c.id, reachedAt[k]!]));
  return { sweeps: t, errors: errors.subarray(0, t + 1), reached, diverged, workspace: ws };
}

/** Outputs of every pattern under the given parameters. */
export function evaluate(net: Net, params: Float64Array, patterns: PackedPatterns): Workspace {
  const ws = createWorkspace(net, patterns);
  forward(net, params, ws, 0, patterns.count);
  return ws;
}
