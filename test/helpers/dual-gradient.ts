import type { LossSpec, NetSpec, PatternSet } from '../../engine/index.js';

// An exact reference for ∂E/∂w: E(w) evaluated from a NetSpec and a PatternSet as the paper writes
// it, in forward-mode dual arithmetic. Every number carries, besides its value, its derivative with
// respect to every parameter at once (a vector dual: a tangent of K entries, K = parameter count).
// No step h is taken, so there is no truncation and no cancellation of E(w + h) − E(w − h): the
// derivative is exact up to the rounding of its own products and sums. Written from eqs. 1–4 and
// the loss rules of engine/loss.ts's documentation only; it shares no code with the engine's
// passes (no workspace, no packing, no backward pass, Math.exp rather than fdlibmExp).

/** Where a parameter block lives in the flat parameter vector (the engine's layout, checked against the spec). */
export interface LayoutBlock {
  name: string;
  offset: number;
  rows: number;
  cols: number;
}

export interface DualResult {
  /** E, as the reference computes it. */
  error: number;
  /** ∂E/∂w for every parameter; a tied parameter gets the derivative of E in it, i.e. over all its copies. */
  gradient: Float64Array;
}

/** Residual of one output (the rules of engine/loss.ts's MarginSpec): 0 inside the error-free band, slope 1 outside it. */
function residual(y: number, d: number, loss: LossSpec): number {
  const m = loss.margin;
  if (m === undefined) return y - d;
  const shouldBeOn = d >= 0.5;
  if (shouldBeOn ? y > m.on : y < m.off) return 0;
  return m.residual === 'target' ? y - d : y - (shouldBeOn ? m.on : m.off);
}

/** to[a + k] += w · from[b + k] for k in [0, n): one term of a tangent. */
function axpy(to: Float64Array, a: number, w: number, from: Float64Array, b: number, n: number): void {
  let k = 0;
  for (; k + 4 <= n; k += 4) {
    to[a + k] = to[a + k]! + w * from[b + k]!;
    to[a + k + 1] = to[a + k + 1]! + w * from[b + k + 1]!;
    to[a + k + 2] = to[a + k + 2]! + w * from[b + k + 2]!;
    to[a + k + 3] = to[a + k + 3]! + w * from[b + k + 3]!;
  }
  for (; k < n; k++) to[a + k] = to[a + k]! + w * from[b + k]!;
}

export interface DualOptions {
  /** The cases to evaluate (all by default). The mean reduction still divides by all `set.count` cases × output units, as a per-pattern step does. */
  only?: readonly number[];
  /**
   * Treat every group's inputs as constants (a stop-gradient on every projection): what the
   * trainer's cutGradientsBetweenLayers computes. A block's derivative then comes only from the
   * error where it ends; a block ending in a hidden group gets 0.
   */
  cut?: boolean;
}

/** E and ∂E/∂w (or, with `cut`, the derivative with every group's inputs held fixed). */
export function dualGradient(spec: NetSpec, layout: readonly LayoutBlock[], params: Float64Array, set: PatternSet, loss: LossSpec, options: DualOptions = {}): DualResult {
  const K = params.length;
  const blocks = new Map(layout.map((b) => [b.name, b]));
  if (layout.reduce((n, b) => n + b.rows * b.cols, 0) !== K) throw new Error('layout does not cover the parameters');
  const block = (name: string, rows: number, cols: number): LayoutBlock => {
    const b = blocks.get(name);
    if (b === undefined || b.rows !== rows || b.cols !== cols) throw new Error(`block "${name}" is not ${rows} × ${cols} in the layout`);
    return b;
  };
  const sizeOf = new Map(spec.groups.map((g) => [g.name, g.size]));
  const outputUnits = spec.groups.filter((g) => g.kind === 'output').reduce((n, g) => n + g.size, 0);
  const scale = loss.reduction === 'mean' ? 1 / (set.count * outputUnits) : 1;

  // Per group: its incoming projections with their blocks, and `reach`, the end of the parameter
  // prefix that holds every parameter the group depends on (the largest end of its own blocks and
  // its ancestors'); its tangents are zero beyond it. Blocks are laid out in order of first use,
  // so early groups have short prefixes; the bound is right whatever the layout.
  const reach = new Map<string, number>();
  const plan = spec.groups.map((g) => {
    if (g.kind === 'input') {
      reach.set(g.name, 0);
      return { g, bias: undefined, incoming: [] };
    }
    const incoming = spec.projections.filter((p) => p.to === g.name).map((p) => ({ from: p.from, b: block(p.block, g.size, sizeOf.get(p.from)!) }));
    const bias = g.bias === undefined ? undefined : block(g.bias, g.size, 1);
    let hi = bias === undefined ? 0 : bias.offset + g.size;
    for (const p of incoming) {
      if (!reach.has(p.from)) throw new Error(`projection ${p.from} → ${g.name} does not go from an earlier group`);
      hi = Math.max(hi, reach.get(p.from)!, p.b.offset + p.b.rows * p.b.cols);
    }
    reach.set(g.name, hi);
    return { g, bias, incoming };
  });

  const gradient = new Float64Array(K);
  let error = 0;
  const cases = options.only ?? Array.from({ length: set.count }, (_, c) => c);
  for (const c of cases) {
    const value = new Map<string, Float64Array>();
    const tangent = new Map<string, Float64Array>();
    for (const { g, bias, incoming } of plan) {
      const n = g.size;
      if (g.kind === 'input') {
        value.set(g.name, Float64Array.from(set.inputs[g.name]![c]!));
        continue;
      }
      const hi = reach.get(g.name)!;
      const x = new Float64Array(n);
      const tx = new Float64Array(n * K);
      for (let j = 0; j < n; j++) {
        if (bias === undefined) continue;
        x[j] = params[bias.offset + j]!;
        tx[j * K + bias.offset + j] = 1; // ∂b_j/∂b_j
      }
      for (const { from, b } of incoming) {
        const yi = value.get(from)!;
        // undefined for an input, whose derivative is 0, and for every group under `cut`
        const ty = options.cut === true ? undefined : tangent.get(from);
        const fromHi = reach.get(from)!;
        for (let j = 0; j < n; j++) {
          const row = j * K;
          for (let i = 0; i < b.cols; i++) {
            const at = b.offset + j * b.cols + i;
            const w = params[at]!;
            // d(w y) = y dw + w dy
            x[j] = x[j]! + w * yi[i]!;
            tx[row + at] = tx[row + at]! + yi[i]!;
            if (ty !== undefined) axpy(tx, row, w, ty, i * K, fromHi);
          }
        }
      }
      // y = 1 / (1 + e^−x), dy = y (1 − y) dx
      for (let j = 0; j < n; j++) {
        const y = 1 / (1 + Math.exp(-x[j]!));
        const slope = y * (1 - y);
        x[j] = y;
        for (let k = 0; k < hi; k++) tx[j * K + k] = tx[j * K + k]! * slope;
      }
      value.set(g.name, x);
      tangent.set(g.name, tx);
      if (g.kind !== 'output') continue;
      const d = set.targets[g.name]![c]!;
      // E = ½ scale Σ r², dE = scale r dr, and dr = dy outside the band (r = 0 inside it)
      for (let j = 0; j < n; j++) {
        const r = residual(x[j]!, d[j]!, loss);
        error += 0.5 * scale * r * r;
        if (r === 0) continue;
        for (let k = 0; k < hi; k++) gradient[k] = gradient[k]! + scale * r * tx[j * K + k]!;
      }
    }
  }
  return { error, gradient };
}

/**
 * The floor under |exact| in the relative error, as a share of the largest |exact|. It exists for
 * entries that are zero or nearly so in exact arithmetic, where the rounding of either side (about
 * 1e-16 of the terms summed into the entry) has no meaningful relative size. What it can hide:
 * an error below 1e-9 × 1e-12 = 1e-21 of max|g|, 100,000 times smaller than one ulp of the largest
 * entry, far below what any wrong formula would leave. Measured: on every net the tests certify,
 * the largest relative errors are the same with the floor set to 0; it never decided a comparison.
 */
export const FLOOR_SHARE = 1e-12;

export interface GradientComparison {
  /** max over k of |engine_k − exact_k| / max(|exact_k|, FLOOR_SHARE · max|exact|). */
  maxRelativeError: number;
  worstIndex: number;
  /** max|exact|: a check of an all-zero gradient would check nothing. */
  largest: number;
}

export function compareGradients(engine: Float64Array, exact: Float64Array, floorShare = FLOOR_SHARE): GradientComparison {
  if (engine.length !== exact.length) throw new Error(`gradients of ${engine.length} and ${exact.length} entries`);
  let largest = 0;
  for (const g of exact) largest = Math.max(largest, Math.abs(g));
  const floor = floorShare * largest;
  let maxRelativeError = 0;
  let worstIndex = -1;
  for (let k = 0; k < exact.length; k++) {
    const diff = Math.abs(engine[k]! - exact[k]!);
    const rel = diff === 0 ? 0 : diff / Math.max(Math.abs(exact[k]!), floor);
    // A NaN anywhere must fail, not compare false and vanish.
    if (!(rel <= maxRelativeError)) {
      maxRelativeError = Number.isNaN(rel) ? Infinity : rel;
      worstIndex = k;
    }
  }
  return { maxRelativeError, worstIndex, largest };
}
