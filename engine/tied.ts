import type { Net } from './net.js';

/**
 * How a tied block turns its copies' gradients into one step: the paper averages ∂E/∂w over the
 * copies (Nature 323, 1986, on iterative nets); the 1987 PDP simulator sums them, which multiplies ε by the copy count.
 */
export type TiedGradient = 'average' | 'sum';

export interface TiedScale {
  start: number;
  end: number;
  scale: number;
}

/** The blocks whose summed gradient must be rescaled, with their scale (1 / copies). */
export function tiedScales(net: Net, mode: TiedGradient): TiedScale[] {
  if (mode === 'sum') return [];
  return net.blocks.filter((b) => b.copies > 1).map((b) => ({ start: b.offset, end: b.offset + b.length, scale: 1 / b.copies }));
}

export function combineTied(grad: Float64Array, scales: readonly TiedScale[]): void {
  for (let r = 0; r < scales.length; r++) {
    const { start, end, scale } = scales[r]!;
    for (let k = start; k < end; k++) grad[k] = grad[k]! * scale;
  }
}
