import { configRanges, requireNumber } from '../validate-config.js';
import type { UpdateRule } from './rule.js';

export interface AdamOptions {
  beta1: number;
  beta2: number;
  epsilon: number;
}

export interface AdamState {
  m: Float64Array;
  v: Float64Array;
}

/**
 * Adam (Kingma & Ba, 2015) with bias correction by the step number t:
 * m ← β1 m + (1 − β1) g; v ← β2 v + (1 − β2) g²; w ← w − ε (m / (1 − β1^t)) / (√(v / (1 − β2^t)) + δ).
 */
export function adam({ beta1, beta2, epsilon }: AdamOptions): UpdateRule<AdamState> {
  // β = 1 is allowed: it makes the bias correction divide by zero, a run recorded as diverged.
  requireNumber(beta1, 'adam: beta1', configRanges.unit);
  requireNumber(beta2, 'adam: beta2', configRanges.unit);
  requireNumber(epsilon, 'adam: epsilon', configRanges.finiteNonNegative);
  return {
    id: 'adam',
    description: `Adam, β1 = ${beta1}, β2 = ${beta2}, δ = ${epsilon}, bias-corrected`,
    createState: (n) => ({ m: new Float64Array(n), v: new Float64Array(n) }),
    apply(params, grad, { m, v }, h) {
      const lr = h.learningRate;
      const c1 = 1 - beta1 ** h.step;
      const c2 = 1 - beta2 ** h.step;
      for (let k = 0; k < params.length; k++) {
        const g = grad[k]!;
        const mk = beta1 * m[k]! + (1 - beta1) * g;
        const vk = beta2 * v[k]! + (1 - beta2) * g * g;
        m[k] = mk;
        v[k] = vk;
        params[k] = params[k]! - (lr * (mk / c1)) / (Math.sqrt(vk / c2) + epsilon);
      }
    },
  };
}
