import type { LossSpec, NetSpec, PatternSet, Schedule } from '../engine/index.js';
import type { ImplementationId, Precision } from '../reports/contract/index.js';

// What every implementation is asked to do: train one net on one pattern set with the paper's
// batch back-propagation and momentum (eq. 9), from given initial parameters, for a number of
// sweeps. Parameters travel in the engine's flat layout (baselines/layout.ts) so that final
// weights can be compared bit for bit.

export interface TrainingTask {
  id: string;
  spec: NetSpec;
  patterns: PatternSet;
  /** Initial parameters in the engine's layout. */
  initial: Float64Array;
  /** Sweeps of a full training (the paper's count for the task). */
  sweeps: number;
  /** ε and α of sweep t (1-based). */
  learningRate: Schedule;
  momentum: Schedule;
  /** Multiplicative decay after every weight change: w ← (1 − rate) w. */
  decay: { rate: Schedule; target: 'weights' | 'all' } | null;
  loss: LossSpec;
}

export interface Trained {
  /** Final parameters in the engine's layout. */
  params: Float64Array;
  /** E of the final parameters. */
  finalError: number;
  /** Milliseconds of training as timed by the implementation itself (a child process), if it does. */
  selfTimedMs?: number;
}

/** One implementation made ready for one task; `train` may be called many times. */
export interface Runner {
  train(sweeps: number): Promise<Trained>;
  dispose(): void;
  /** What was prepared, where it depends on the task (the C reference names the variant it chose); else the implementation's description. */
  description?: string;
}

/** The ids and precisions are the contract's (reports/contract/benchmark.ts). */
export type { ImplementationId, Precision } from '../reports/contract/index.js';

export interface Implementation {
  id: ImplementationId;
  /** Arithmetic of the implementation: float64 ones must follow the engine exactly, float32 ones closely. */
  precision: Precision;
  description: string;
  /** A runner, or a reason why this implementation cannot run here (e.g. no C compiler). */
  prepare(task: TrainingTask): Promise<Runner | { unavailable: string }>;
}

/** The value of a schedule in sweep t (1-based): the last piece that has started. */
export function valueAt(schedule: Schedule, t: number): number {
  if (schedule.kind === 'constant') return schedule.value;
  let value = schedule.pieces[0]!.value;
  for (const piece of schedule.pieces) if (t >= piece.fromSweep) value = piece.value;
  return value;
}

/** The margin residual of one output (PAPER.md §3): y − d, 0 inside the band, or the distance to its edge. */
export function residualOf(loss: LossSpec, y: number, d: number): number {
  const m = loss.margin;
  if (m === undefined) return y - d;
  if (d >= 0.5) return y > m.on ? 0 : m.residual === 'target' ? y - d : y - m.on;
  return y < m.off ? 0 : m.residual === 'target' ? y - d : y - m.off;
}

/** The loss scale: 1 for the paper's sum, 1 / (cases × outputs) for the mean. */
export function lossScale(task: TrainingTask, outputUnits: number): number {
  return task.loss.reduction === 'mean' ? 1 / (task.patterns.count * outputUnits) : 1;
}
