import type { UpdateRule } from './rule.js';

/** Plain gradient descent (eq. 8): Δw = −ε ∂E/∂w. */
export const plainDescent: UpdateRule<null> = {
  id: 'plain-descent',
  description: 'Δw = −ε ∂E/∂w (eq. 8)',
  createState: () => null,
  apply(params, grad, _state, h) {
    const lr = h.learningRate;
    for (let k = 0; k < params.length; k++) params[k] = params[k]! - lr * grad[k]!;
  },
};
