import { unroll, unrolledPatterns, type ParamsJson, type PatternSet, type RecurrentSpec, type UnrolledNet } from '../../engine/index.js';

// Learning to be a shift register (PDP ch. 8): a fully connected net of n units, started in an
// n-bit pattern, must rotate it by one place per step, unit i passing its state to unit i + 1
// (mod n), for T steps.

/**
 * What is compared with a target: every unit at every step; every unit at step T only; or the
 * register read out at one end, unit 1 alone at every step (every bit must reach it through the others).
 */
export type ShiftScoring = 'every-step' | 'last-step' | 'read-out';

/** n units, each connected to every unit (itself included), with biases. */
export function shiftNet(units: number, iterations: number, scoring: ShiftScoring): RecurrentSpec {
  const steps = Array.from({ length: iterations }, (_, k) => k + 1);
  if (scoring === 'read-out') {
    // The same fully connected net, its first unit a group of its own so that it alone is scored:
    // its weights are the four blocks between `read` (unit 1) and `rest` (units 2..n).
    return {
      groups: [
        { name: 'read', size: 1, kind: 'unit', bias: 'readBias' },
        { name: 'rest', size: units - 1, kind: 'unit', bias: 'restBias' },
      ],
      projections: [
        { from: 'read', to: 'read', block: 'readToRead' },
        { from: 'rest', to: 'read', block: 'restToRead' },
        { from: 'read', to: 'rest', block: 'readToRest' },
        { from: 'rest', to: 'rest', block: 'restToRest' },
      ],
      iterations,
      clamped: { read: [0], rest: [0] },
      scored: { read: steps },
    };
  }
  return {
    groups: [{ name: 'state', size: units, kind: 'unit', bias: 'stateBias' }],
    projections: [{ from: 'state', to: 'state', block: 'stateToState' }],
    iterations,
    clamped: { state: [0] },
    scored: { state: scoring === 'every-step' ? steps : [iterations] },
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

/** The units of the register a group of the net holds: all of them, unit 1 alone, or units 2..n. */
const unitsOf = (group: string, bits: readonly number[]): number[] => (group === 'read' ? bits.slice(0, 1) : group === 'rest' ? bits.slice(1) : [...bits]);

/** All 2^n starting patterns; the target at step t is the pattern rotated t places. */
export function shiftPatterns(unrolled: UnrolledNet, units: number): PatternSet {
  const starts = Array.from({ length: 2 ** units }, (_, v) => bitsOf(v, units));
  return unrolledPatterns(unrolled, starts.length, (g, _t, p) => unitsOf(g, starts[p]!), (g, t, p) => unitsOf(g, rotate(starts[p]!, t)));
}

export function shiftUnrolled(units: number, iterations: number, scoring: ShiftScoring): UnrolledNet {
  return unroll(shiftNet(units, iterations, scoring));
}

/** The register's (n, n) weights, w[j][i] from unit i to unit j, whichever layout the net has. */
export function registerWeights(weights: ParamsJson): number[][] {
  if (weights.stateToState) return weights.stateToState as number[][];
  const [rr, sr, rs, ss] = (['readToRead', 'restToRead', 'readToRest', 'restToRest'] as const).map((b) => weights[b] as number[][]);
  return [[...rr![0]!, ...sr![0]!], ...rs!.map((row, j) => [...row, ...ss![j]!])];
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
