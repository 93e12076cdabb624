import { configRanges, requireNumber } from '../validate-config.js';
import type { UpdateRule } from './rule.js';

export interface RmspropOptions {
  /** ρ, the decay of the running mean of squared gradients. */
  decay: number;
  /** δ, added to the root to keep the step finite. */
  epsilon: number;
}

/** RMSprop (Tieleman & Hinton, 2012): s ← ρ s + (1 − ρ) g²; w ← w − ε g / (√s + δ). */
export function rmsprop({ decay, epsilon }: RmspropOptions): UpdateRule<Float64Array> {
  requireNumber(decay, 'rmsprop: decay', configRanges.unit);
  requireNumber(epsilon, 'rmsprop: epsilon', configRanges.finiteNonNegative);
  return {
    id: 'rmsprop',
    description: `s ← ρ s + (1 − ρ) g²; w ← w − ε g / (√s + δ), ρ = ${decay}, δ = ${epsilon}`,
    createState: (n) => new Float64Array(n),
    apply(params, grad, meanSquare, h) {
      const lr = h.learningRate;
      for (let k = 0; k < params.length; k++) {
        const g = grad[k]!;
        const s = decay * meanSquare[k]! + (1 - decay) * g * g;
        meanSquare[k] = s;
        params[k] = params[k]! - (lr * g) / (Math.sqrt(s) + epsilon);
      }
    },
  };
}
