import type { UpdateRule } from './rule.js';

/**
 * Nesterov momentum in the paper's step form (Sutskever et al., 2013, rewritten for the current
 * weights): Δ(t) = α Δ(t−1) − ε ∂E/∂w(t); w ← w + α Δ(t) − ε ∂E/∂w(t).
 * The state is the step Δ; the weights move by the look-ahead step.
 */
export const nesterovMomentum: UpdateRule<Float64Array> = {
  id: 'nesterov-momentum',
  description: 'Δ(t) = α Δ(t−1) − ε ∂E/∂w; w ← w + α Δ(t) − ε ∂E/∂w (Nesterov, step form)',
  createState: (n) => new Float64Array(n),
  apply(params, grad, step, h) {
    const lr = h.learningRate;
    const alpha = h.momentum;
    for (let k = 0; k < params.length; k++) {
      const g = grad[k]!;
      const s = alpha * step[k]! - lr * g;
      step[k] = s;
      params[k] = params[k]! + alpha * s - lr * g;
    }
  },
};
