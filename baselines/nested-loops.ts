import { layoutOf, type Layout } from './layout.js';
import { lossScale, residualOf, valueAt, type Implementation, type Trained, type TrainingTask } from './task.js';

// Back-propagation as a textbook writes it: plain number[][] weight matrices and per-pattern
// loops over units. Written for clarity; it is an oracle for the engine and a rival in the benchmark.

interface Matrices {
  /** w[q][j][i]: weight from unit i of the projection's source to unit j of its target. */
  w: number[][][];
  /** b[g][j], empty for groups without bias. */
  b: number[][];
}

function fromFlat(layout: Layout, flat: ArrayLike<number>): Matrices {
  return {
    w: layout.projections.map((p) => Array.from({ length: p.rows }, (_, j) => Array.from({ length: p.cols }, (_, i) => flat[p.offset + j * p.cols + i]!))),
    b: layout.groups.map((g) => (g.biasOffset < 0 ? [] : Array.from({ length: g.size }, (_, j) => flat[g.biasOffset + j]!))),
  };
}

function toFlat(layout: Layout, m: Matrices): Float64Array {
  const flat = new Float64Array(layout.parameterCount);
  layout.projections.forEach((p, q) => m.w[q]!.forEach((row, j) => row.forEach((v, i) => (flat[p.offset + j * p.cols + i] = v))));
  layout.groups.forEach((g, k) => m.b[k]!.forEach((v, j) => (flat[g.biasOffset + j] = v)));
  return flat;
}

const zerosLike = (m: Matrices): Matrices => ({ w: m.w.map((a) => a.map((r) => r.map(() => 0))), b: m.b.map((r) => r.map(() => 0)) });

/**
 * Trains from the task's initial parameters. `exp` is Math.exp; the agreement gate passes one that
 * rounds to float32, to measure what float32 rounding does to the same training (agreement.ts).
 */
export function trainNestedLoops(task: TrainingTask, sweeps: number, exp: (x: number) => number = Math.exp): Trained {
  const layout = layoutOf(task.spec);
  const G = layout.groups.length;
  const m = fromFlat(layout, task.initial);
  const step = zerosLike(m);
  const y: number[][] = layout.groups.map((g) => Array.from({ length: g.size }, () => 0));
  const dy: number[][] = layout.groups.map((g) => Array.from({ length: g.size }, () => 0));
  const incoming = layout.groups.map((_, g) => layout.projections.map((p, q) => ({ ...p, q })).filter((p) => p.to === g));
  const outputs = layout.groups.map((g, k) => ({ g, k })).filter((o) => o.g.kind === 'output');
  const scale = lossScale(task, outputs.reduce((n, o) => n + o.g.size, 0));
  const { count, inputs, targets } = task.patterns;

  const forward = (c: number) => {
    for (let g = 0; g < G; g++) {
      const group = layout.groups[g]!;
      if (group.kind === 'input') {
        const row = inputs[group.name]![c]!;
        for (let i = 0; i < group.size; i++) y[g]![i] = row[i]!;
        continue;
      }
      for (let j = 0; j < group.size; j++) {
        let x = group.biasOffset >= 0 ? m.b[g]![j]! : 0; // x_j = b_j + Σ_i y_i w_ji
        for (const p of incoming[g]!) {
          const from = y[p.from]!;
          const w = m.w[p.q]![j]!;
          for (let i = 0; i < p.cols; i++) x = x + from[i]! * w[i]!;
        }
        y[g]![j] = 1 / (1 + exp(-x));
      }
    }
  };
  const error = (c: number) => {
    let e = 0;
    for (let g = 0; g < G; g++) dy[g]!.fill(0);
    for (const { g, k } of outputs) {
      const d = targets[g.name]![c]!;
      for (let j = 0; j < g.size; j++) {
        const r = residualOf(task.loss, y[k]![j]!, d[j]!);
        e += r * r;
        dy[k]![j] = dy[k]![j]! + scale * r; // ∂E/∂y_j = y_j − d_j
      }
    }
    return e;
  };
  const backward = (grad: Matrices) => {
    for (let g = G - 1; g >= 0; g--) {
      const group = layout.groups[g]!;
      if (group.kind === 'input') continue;
      for (let j = 0; j < group.size; j++) dy[g]![j] = dy[g]![j]! * y[g]![j]! * (1 - y[g]![j]!); // ∂E/∂x_j
      if (group.biasOffset >= 0) for (let j = 0; j < group.size; j++) grad.b[g]![j] = grad.b[g]![j]! + dy[g]![j]!;
      for (const p of incoming[g]!) {
        const from = y[p.from]!;
        const back = dy[p.from]!;
        for (let j = 0; j < p.rows; j++) {
          const dx = dy[g]![j]!;
          const w = m.w[p.q]![j]!;
          const gw = grad.w[p.q]![j]!;
          for (let i = 0; i < p.cols; i++) gw[i] = gw[i]! + dx * from[i]!; // ∂E/∂w_ji = ∂E/∂x_j · y_i
          if (layout.groups[p.from]!.kind === 'input') continue;
          for (let i = 0; i < p.cols; i++) back[i] = back[i]! + dx * w[i]!; // ∂E/∂y_i += ∂E/∂x_j · w_ji
        }
      }
    }
  };

  const decaysBias = task.decay?.target === 'all';
  const grad = zerosLike(m);
  for (let t = 1; t <= sweeps; t++) {
    grad.w.forEach((block) => block.forEach((row) => row.fill(0)));
    grad.b.forEach((row) => row.fill(0));
    for (let c = 0; c < count; c++) {
      forward(c);
      error(c);
      backward(grad);
    }
    const eps = valueAt(task.learningRate, t);
    const alpha = valueAt(task.momentum, t);
    const keep = task.decay ? 1 - valueAt(task.decay.rate, t) : 1;
    // Δw(t) = −ε ∂E/∂w(t) + α Δw(t−1)  (eq. 9), then w ← (1 − rate) w
    const change = (values: number[], g: number[], s: number[], decays: boolean) => {
      for (let k = 0; k < values.length; k++) {
        s[k] = -eps * g[k]! + alpha * s[k]!;
        values[k] = values[k]! + s[k]!;
        if (decays) values[k] = values[k]! * keep;
      }
    };
    m.w.forEach((block, q) => block.forEach((row, j) => change(row, grad.w[q]![j]!, step.w[q]![j]!, task.decay !== null)));
    m.b.forEach((row, g) => change(row, grad.b[g]!, step.b[g]!, decaysBias));
  }
  let e = 0;
  for (let c = 0; c < count; c++) {
    forward(c);
    e += error(c);
  }
  return { params: toFlat(layout, m), finalError: 0.5 * e * scale };
}

export const nestedLoops: Implementation = {
  id: 'nested-loops',
  precision: 'float64',
  description: 'number[][] matrices and per-pattern loops over units',
  async prepare(task) {
    return { train: async (sweeps) => trainNestedLoops(task, sweeps), dispose: () => {} };
  },
};
