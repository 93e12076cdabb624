import type { Net } from './net.js';
import type { RandomStream } from './random.js';
import { checkInitSpec } from './validate-config.js';

export interface InitSpec {
  /** Every drawn parameter is uniform in [−range, range]. */
  range: number;
  /** When false, biases start at zero. */
  biases: boolean;
}

/**
 * Fresh parameters, uniform in [−range, range]. Every parameter is drawn, in layout order, even
 * when biases are then set to zero, so that the weights do not depend on the bias convention.
 */
export function initialParameters(net: Net, spec: InitSpec, stream: RandomStream): Float64Array {
  // A NaN range would fill the parameters with NaN without a word.
  checkInitSpec(spec);
  const params = new Float64Array(net.parameterCount);
  for (let k = 0; k < params.length; k++) params[k] = stream.uniform(-spec.range, spec.range);
  if (!spec.biases) {
    for (const b of net.blocks) if (b.kind === 'bias') params.fill(0, b.offset, b.offset + b.length);
  }
  return params;
}
