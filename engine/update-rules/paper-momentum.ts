import type { UpdateRule } from './rule.js';

/**
 * The paper's momentum (eq. 9): Δw(t) = −ε ∂E/∂w(t) + α Δw(t−1).
 * The state is the previous step Δw(t−1) itself, so a change of ε acts on the new gradient only.
 */
export const paperMomentum: UpdateRule<Float64Array> = {
  id: 'paper-momentum',
  description: 'Δw(t) = −ε ∂E/∂w(t) + α Δw(t−1), storing the previous step (eq. 9)',
  createState: (n) => new Float64Array(n),
  apply(params, grad, previousStep, h) {
    const lr = h.learningRate;
    const alpha = h.momentum;
    for (let k = 0; k < params.length; k++) {
      const step = -lr * grad[k]! + alpha * previousStep[k]!;
      previousStep[k] = step;
      params[k] = params[k]! + step;
    }
  },
};
