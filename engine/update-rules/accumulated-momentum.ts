import type { UpdateRule } from './rule.js';

/**
 * Momentum in the form TensorFlow.js and most libraries use: v(t) = α v(t−1) + ∂E/∂w(t),
 * Δw(t) = −ε(t) v(t). It stores an accumulated gradient, not the step, so it parts from the paper's
 * eq. 9 as soon as ε changes: the whole history is rescaled by the new ε.
 */
export const accumulatedMomentum: UpdateRule<Float64Array> = {
  id: 'accumulated-momentum',
  description: 'v(t) = α v(t−1) + ∂E/∂w(t); Δw(t) = −ε(t) v(t) (TensorFlow.js form)',
  createState: (n) => new Float64Array(n),
  apply(params, grad, velocity, h) {
    const lr = h.learningRate;
    const alpha = h.momentum;
    for (let k = 0; k < params.length; k++) {
      const v = alpha * velocity[k]! + grad[k]!;
      velocity[k] = v;
      params[k] = params[k]! - lr * v;
    }
  },
};
