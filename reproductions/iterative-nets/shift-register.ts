import { unroll, unrolledPatterns, type PatternSet, type RecurrentSpec, type UnrolledNet } from '../../engine/index.js';

// Learning to be a shift register (PDP ch. 8): a fully connected net of n units, started in an
// n-bit pattern, must rotate it by one place per step, unit i passing its state to unit i + 1
// (mod n), for T steps.

/** n units, each connected to every unit (itself included), with biases. */
export function shiftNet(units: number, iterations: number, scoredSteps: 'every-step' | 'last-step'): RecurrentSpec {
  const steps = Array.from({ length: iterations }, (_, k) => k + 1);
  return {
    groups: [{ name: 'state', size: units, kind: 'unit', bias: 'stateBias' }],
    projections: [{ from: 'state', to: 'state', block: 'stateToState' }],
    iterations,
    clamped: { state: [0] },
    scored: { state: scoredSteps === 'every-step' ? steps : [iterations] },
  };
}

export function bitsOf(v: number, width: number): number[] {
  return Array.from({ length: width }, (_, i) => (v >> (width - 1 - i)) & 1);
}

/** The pattern after `places` rotations: unit i holds what unit i − places held (mod n). */
export function rotate(bits: readonly number[], places: number): number[] {
  const n = bits.length;
  return bits.map((_, i) => bits[(((i - places) % n) + n) % n]!);
}

/** All 2^n starting patterns; the target at step t is the pattern rotated t places. */
export function shiftPatterns(unrolled: UnrolledNet, units: number): PatternSet {
  const starts = Array.from({ length: 2 ** units }, (_, v) => bitsOf(v, units));
  return unrolledPatterns(unrolled, starts.length, (_g, _t, p) => starts[p]!, (_g, t, p) => rotate(starts[p]!, t));
}

export function shiftUnrolled(units: number, iterations: number, scoredSteps: 'every-step' | 'last-step'): UnrolledNet {
  return unroll(shiftNet(units, iterations, scoredSteps));
}

/**
 * The learned weights form the shift: for every unit j, the weight from its predecessor j − 1 is
 * positive and at least `ratio` times the magnitude of each other weight into j.
 * w is (n, n): w[j][i] is the weight from unit i to unit j.
 */
export function formsShift(w: readonly (readonly number[])[], ratio: number): boolean {
  const n = w.length;
  return w.every((row, j) => {
    const pred = (j - 1 + n) % n;
    const strong = row[pred]!;
    return strong > 0 && row.every((v, i) => i === pred || strong >= ratio * Math.abs(v));
  });
}
