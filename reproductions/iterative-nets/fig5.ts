import {
  buildNet, combineTied, copySets, copySpread, gradientCheck, packPatterns, spreadToCopies, tiedScales,
  train, trainInSets, twinDeviation, unroll, unrolledPatterns, untie,
  type LossSpec, type Net, type PackedPatterns, type RecurrentSpec, type Schedule, type TiedGradient, type UnrolledNet, type UpdateRule,
} from '../../engine/index.js';
import { bitsOf } from './shift-register.js';

// Nature 323 (1986), Fig. 5: units A, B, C in a chain, A ↔ B and B ↔ C (four weights, no
// self-connections, no biases as drawn), run for T iterations: a layered net of T + 1 layers of
// three units. The letter reports no experiment with it; the suite trains it on a small task and
// checks that the tied net is the layered net with equal corresponding weights.

export function chainNet(iterations: number): RecurrentSpec {
  return {
    groups: ['A', 'B', 'C'].map((name) => ({ name, size: 1, kind: 'unit' as const })),
    projections: [
      { from: 'A', to: 'B', block: 'wBA' },
      { from: 'B', to: 'A', block: 'wAB' },
      { from: 'B', to: 'C', block: 'wCB' },
      { from: 'C', to: 'B', block: 'wBC' },
    ],
    iterations,
    clamped: { A: [0], B: [0], C: [0] },
    // Every unit is scored, so that the derivative of E with respect to each of the four weights is
    // first order in the small starting weights; with C alone scored, ∂E/∂w_AB starts near 1e-7,
    // below what central differences can resolve on an E near 1.
    scored: { A: [iterations], B: [iterations], C: [iterations] },
  };
}

/** The task: from each of the 8 binary starting states of (A, B, C), every unit must be on (target 1) after T steps. */
export function chainPatterns(unrolled: UnrolledNet) {
  const starts = Array.from({ length: 8 }, (_, v) => bitsOf(v, 3));
  const unit = { A: 0, B: 1, C: 2 } as const;
  return unrolledPatterns(unrolled, 8, (g, _t, p) => [starts[p]![unit[g as keyof typeof unit]]!], () => [1]);
}

/**
 * Largest relative difference, over every shared weight, between the gradient the trainer steps
 * by (Σ over copies, then combined by the tied rule) and the derivative of E with respect to the
 * shared weight by central differences, divided by T for 'average'.
 */
export function tiedGradientError(net: Net, params: Float64Array, patterns: PackedPatterns, loss: LossSpec, mode: TiedGradient, iterations: number, h: number, floor = 1e-8): number {
  const { analytic, numeric } = gradientCheck(net, params, patterns, loss, h, floor);
  const stepped = Float64Array.from(analytic);
  combineTied(stepped, tiedScales(net, mode));
  let worst = 0;
  for (let k = 0; k < stepped.length; k++) {
    // ∂E/∂w of the shared weight, and the average over its T copies: (1/T) ∂E/∂w
    const expected = mode === 'average' ? numeric[k]! / iterations : numeric[k]!;
    worst = Math.max(worst, Math.abs(stepped[k]! - expected) / Math.max(Math.abs(stepped[k]!) + Math.abs(expected), floor));
  }
  return worst;
}

export interface EquivalenceConfig {
  iterations: number;
  sweeps: number;
  rule: UpdateRule<any>;
  learningRate: Schedule;
  momentum: Schedule;
  loss: LossSpec;
  tiedGradient: TiedGradient;
  /** Step h of the central differences. */
  fdStep: number;
}

export interface Equivalence {
  /** tiedGradientError at the starting weights and at the final weights, the larger of the two. */
  gradientRelativeError: number;
  /** Largest spread between copies of one weight in the twin, over every sweep (0: bit-identical throughout). */
  copySpread: number;
  /** Largest |twin copy − tied weight| over every sweep. */
  twinDeviation: number;
  /** Spread between copies after the same sweeps when each copy follows its own ∂E/∂w (the control: copies untied). */
  separateSpread: number;
  /** Largest |copy − tied weight| over every sweep when each copy follows its own ∂E/∂w. */
  separateDeviation: number;
  errors: { initial: number; final: number };
  params: Float64Array;
  net: Net;
}

/** Trains the tied net with the engine's trainer and its untied twin by hand, from the same weights, and compares them sweep by sweep. */
export function checkEquivalence(config: EquivalenceConfig, initialize: (net: Net) => Float64Array): Equivalence {
  const unrolled = unroll(chainNet(config.iterations));
  const net = buildNet(unrolled.spec);
  const initial = initialize(net);
  const twin = untie(unrolled.spec);
  const twinNet = buildNet(twin.spec);
  const sets = copySets(net, twinNet, twin);
  const set = chainPatterns(unrolled);
  const patterns = packPatterns(net, set);
  const gradientAtStart = tiedGradientError(net, initial, patterns, config.loss, config.tiedGradient, config.iterations, config.fdStep);

  const params = Float64Array.from(initial);
  const trajectory: Float64Array[] = [];
  const result = train(net, params, patterns, {
    sweeps: config.sweeps,
    rule: config.rule,
    learningRate: config.learningRate,
    momentum: config.momentum,
    grain: 'batch',
    loss: config.loss,
    tiedGradient: config.tiedGradient,
    criteria: [],
    stopWhenCriteriaMet: false,
    onSweep: () => trajectory.push(Float64Array.from(params)),
  });

  let spread = 0;
  let deviation = 0;
  // A tied run that stopped early (E not finite) leaves nothing to compare with: NaN, a mismatch.
  const tiedAt = (t: number) => trajectory[t] ?? new Float64Array(net.parameterCount).fill(NaN);
  const twinPatterns = packPatterns(twinNet, set);
  const common = { sweeps: config.sweeps, rule: config.rule, learningRate: config.learningRate, momentum: config.momentum, loss: config.loss };
  trainInSets(twinNet, spreadToCopies(net, initial, twinNet, sets), twinPatterns, sets, {
    ...common,
    step: config.tiedGradient,
    onSweep: (t, _e, twinParams) => {
      spread = Math.max(spread, copySpread(twinParams, sets));
      deviation = Math.max(deviation, twinDeviation(net, tiedAt(t), twinParams, sets));
    },
  });
  const separate = spreadToCopies(net, initial, twinNet, sets);
  let separateDeviation = 0;
  trainInSets(twinNet, separate, twinPatterns, sets, {
    ...common,
    step: 'separate',
    onSweep: (t, _e, twinParams) => {
      separateDeviation = Math.max(separateDeviation, twinDeviation(net, tiedAt(t), twinParams, sets));
    },
  });

  const gradientAtEnd = tiedGradientError(net, params, patterns, config.loss, config.tiedGradient, config.iterations, config.fdStep);
  return {
    gradientRelativeError: Math.max(gradientAtStart, gradientAtEnd),
    copySpread: spread,
    twinDeviation: deviation,
    separateSpread: copySpread(separate, sets),
    separateDeviation,
    errors: { initial: result.errors[0]!, final: result.errors[result.errors.length - 1]! },
    params,
    net,
  };
}
