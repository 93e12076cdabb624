// Error of the output units: E = ½ Σ_c Σ_j (y_jc − d_jc)², summed over cases and outputs (eq. 3),
// optionally averaged, optionally with a margin inside which an output counts as error-free.

import { checkLossSpec, requireWhole } from './validate-config.js';

export interface MarginSpec {
  /** An output that should be on (target ≥ 0.5) is error-free above this value. */
  on: number;
  /** An output that should be off (target < 0.5) is error-free below this value. */
  off: number;
  /** Outside the band, the residual is y − d ('target') or the distance to the band edge ('edge'). */
  residual: 'target' | 'edge';
}

export interface LossSpec {
  /** 'sum' is the paper's E; 'mean' divides E (and so its gradient) by cases × output units. */
  reduction: 'sum' | 'mean';
  margin?: MarginSpec;
}

export const paperLoss: LossSpec = { reduction: 'sum' };

/** The loss of one pattern set, with its scale fixed once so that no choice is made per element. */
export class OutputLoss {
  readonly scale: number;
  readonly margin: MarginSpec | undefined;

  constructor(spec: LossSpec, cases: number, outputUnits: number) {
    // The one door every loss passes through (trainers, gradient checks); an unknown reduction would otherwise read as 'sum'.
    checkLossSpec(spec, 'OutputLoss: spec');
    requireWhole(cases, 'OutputLoss: cases', 1);
    requireWhole(outputUnits, 'OutputLoss: outputUnits', 1);
    this.scale = spec.reduction === 'mean' ? 1 / (cases * outputUnits) : 1;
    this.margin = spec.margin;
  }

  /**
   * Adds ∂E/∂y = scale · residual to dy for units [0, size) and patterns [p0, p1) of one output
   * group (feature-major, stride count) and returns that part of E.
   */
  accumulate(y: Float64Array, d: Float64Array, dy: Float64Array, size: number, count: number, p0: number, p1: number): number {
    const scale = this.scale;
    const margin = this.margin;
    let e = 0;
    for (let u = 0; u < size; u++) {
      const row = u * count;
      for (let p = p0; p < p1; p++) {
        const k = row + p;
        const r = margin === undefined ? y[k]! - d[k]! : marginResidual(y[k]!, d[k]!, margin);
        e += r * r;
        // ∂E/∂y_j = y_j − d_j (eq. 4)
        dy[k] = dy[k]! + scale * r;
      }
    }
    return 0.5 * e * scale;
  }
}

export function marginResidual(y: number, d: number, m: MarginSpec): number {
  if (d >= 0.5) {
    if (y > m.on) return 0;
    return m.residual === 'target' ? y - d : y - m.on;
  }
  if (y < m.off) return 0;
  return m.residual === 'target' ? y - d : y - m.off;
}

/** E of one output group over all patterns, without touching any gradient buffer. */
export function outputError(loss: OutputLoss, spec: LossSpec, y: Float64Array, d: Float64Array): number {
  let e = 0;
  for (let k = 0; k < y.length; k++) {
    const r = spec.margin === undefined ? y[k]! - d[k]! : marginResidual(y[k]!, d[k]!, spec.margin);
    e += r * r;
  }
  return 0.5 * e * loss.scale;
}
