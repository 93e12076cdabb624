import type * as TF from '@tensorflow/tfjs-core';
import { layoutOf } from './layout.js';
import { lossScale, valueAt, type Trained, type TrainingTask } from './task.js';

// The same batch back-propagation with TensorFlow.js tensors (float32): full-batch matMul and
// sigmoid, gradients written out by hand, and the paper's momentum (eq. 9) stored as the previous
// step — tf.train.momentum stores an accumulated gradient instead, which differs once ε changes.
// Shapes: activations are (patterns, units); a weight block w is (rows = to, cols = from).

type Tf = typeof TF;

/** Weight blocks, biases (undefined for groups without one) and their previous steps Δw(t−1). */
interface State {
  w: TF.Tensor[];
  b: Array<TF.Tensor | undefined>;
  sw: TF.Tensor[];
  sb: Array<TF.Tensor | undefined>;
}

const present = <T>(list: Array<T | undefined>): T[] => list.filter((t): t is T => t !== undefined);
const flatten = (s: State): TF.Tensor[] => [...s.w, ...present(s.b), ...s.sw, ...present(s.sb)];

export async function trainTf(tf: Tf, task: TrainingTask, sweeps: number): Promise<Trained> {
  const layout = layoutOf(task.spec);
  const P = task.patterns.count;
  const outputs = layout.groups.map((g, k) => ({ g, k })).filter((o) => o.g.kind === 'output');
  const scale = lossScale(task, outputs.reduce((n, o) => n + o.g.size, 0));
  const m = task.loss.margin;
  // Patterns and targets (patterns, units); margin masks fixed by the targets: which outputs
  // should be on, and the edge of their band. Created outside tidy, disposed at the end.
  const data = layout.groups.map((g) => {
    if (g.kind === 'hidden') return undefined;
    const rows = (g.kind === 'input' ? task.patterns.inputs : task.patterns.targets)[g.name]!;
    return tf.tensor2d(rows.map((r) => Array.from(r)), [P, g.size]);
  });
  const on = data.map((d, k) => (d && layout.groups[k]!.kind === 'output' ? tf.greaterEqual(d, 0.5) : undefined));
  const edge = on.map((o) => (o && m ? tf.where(o, tf.fill(o.shape, m.on), tf.fill(o.shape, m.off)) : undefined));
  const block = (from: number, length: number) => Float32Array.from(task.initial.subarray(from, from + length));
  let state: State = {
    w: layout.projections.map((p) => tf.tensor2d(block(p.offset, p.rows * p.cols), [p.rows, p.cols])),
    b: layout.groups.map((g) => (g.biasOffset < 0 ? undefined : tf.tensor1d(block(g.biasOffset, g.size)))),
    sw: layout.projections.map((p) => tf.zeros([p.rows, p.cols])),
    sb: layout.groups.map((g) => (g.biasOffset < 0 ? undefined : tf.zeros([g.size]))),
  };

  // Forward pass: x = b + Σ_q y_from w_qᵀ, y = sigmoid(x).
  const forward = (s: State): TF.Tensor[] => {
    const y: TF.Tensor[] = [];
    layout.groups.forEach((g, k) => {
      if (g.kind === 'input') return void (y[k] = data[k]!);
      let x: TF.Tensor | null = null;
      for (const [q, p] of layout.projections.entries()) {
        if (p.to !== k) continue;
        const term = tf.matMul(y[p.from]!, s.w[q]!, false, true);
        x = x === null ? term : tf.add(x, term);
      }
      const b = s.b[k];
      x = x === null ? tf.add(tf.zeros([P, g.size]), b!) : b ? tf.add(x, b) : x;
      y[k] = tf.sigmoid(x);
    });
    return y;
  };
  // Residual y − d, zero inside the margin band, or the distance to the band's edge.
  const residual = (y: TF.Tensor, k: number): TF.Tensor => {
    const r = m?.residual === 'edge' ? tf.sub(y, edge[k]!) : tf.sub(y, data[k]!);
    if (!m) return r;
    const up = on[k]!;
    const inside = tf.logicalOr(tf.logicalAnd(up, tf.greater(y, m.on)), tf.logicalAnd(tf.logicalNot(up), tf.less(y, m.off)));
    return tf.where(inside, tf.zerosLike(r), r);
  };

  for (let t = 1; t <= sweeps; t++) {
    const eps = valueAt(task.learningRate, t);
    const alpha = valueAt(task.momentum, t);
    const keep = task.decay ? 1 - valueAt(task.decay.rate, t) : 1;
    const next = tf.tidy(() => {
      const y = forward(state);
      const dy: Array<TF.Tensor | null> = layout.groups.map(() => null);
      for (const { k } of outputs) dy[k] = tf.mul(residual(y[k]!, k), scale); // ∂E/∂y = y − d
      const gw: TF.Tensor[] = [];
      const gb: Array<TF.Tensor | undefined> = layout.groups.map(() => undefined);
      for (let k = layout.groups.length - 1; k >= 0; k--) {
        if (layout.groups[k]!.kind === 'input' || dy[k] === null) continue;
        const dx = tf.mul(dy[k]!, tf.mul(y[k]!, tf.sub(1, y[k]!))); // ∂E/∂x = ∂E/∂y · y (1 − y)
        if (state.b[k]) gb[k] = tf.sum(dx, 0);
        for (const [q, p] of layout.projections.entries()) {
          if (p.to !== k) continue;
          gw[q] = tf.matMul(dx, y[p.from]!, true, false); // ∂E/∂w = dxᵀ y_from, summed over cases
          if (layout.groups[p.from]!.kind === 'input') continue;
          const back = tf.matMul(dx, state.w[q]!); // ∂E/∂y_from = dx w
          dy[p.from] = dy[p.from] === null ? back : tf.add(dy[p.from]!, back);
        }
      }
      // Δw(t) = −ε ∂E/∂w(t) + α Δw(t−1)  (eq. 9); then w ← (1 − rate) w
      const step = <T extends TF.Tensor>(g: T, prev: T): T => tf.add(tf.mul(g, -eps), tf.mul(prev, alpha));
      const sw = state.w.map((_, q) => step(gw[q]!, state.sw[q]!));
      const sb = state.b.map((b, k) => (b ? step(gb[k]!, state.sb[k]!) : undefined));
      const decayW = task.decay !== null;
      const decayB = task.decay?.target === 'all';
      return {
        w: state.w.map((w, q) => { const v = tf.add(w, sw[q]!); return decayW ? tf.mul(v, keep) : v; }),
        b: state.b.map((b, k) => { if (!b) return undefined; const v = tf.add(b, sb[k]!); return decayB ? tf.mul(v, keep) : v; }),
        sw,
        sb,
      };
    }) as unknown as State;
    tf.dispose(flatten(state));
    state = next;
  }

  const error = tf.tidy(() => {
    const y = forward(state);
    return outputs.map(({ k }) => tf.sum(tf.square(residual(y[k]!, k)))).reduce((a, b) => tf.add(a, b));
  });
  const e = (await error.data())[0]!;
  const params = new Float64Array(layout.parameterCount);
  for (const [q, p] of layout.projections.entries()) params.set(await state.w[q]!.data(), p.offset);
  for (const [k, g] of layout.groups.entries()) if (state.b[k]) params.set(await state.b[k]!.data(), g.biasOffset);
  tf.dispose([error, ...flatten(state), ...present<TF.Tensor>(data), ...present<TF.Tensor>(on), ...present<TF.Tensor>(edge)]);
  return { params, finalError: 0.5 * e * scale };
}
