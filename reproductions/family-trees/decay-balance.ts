import {
  backward, createWorkspace, decayRanges, forward, OutputLoss, scheduleAt, subStream, totalError,
  type Net, type PackedPatterns, type TrainConfig,
} from '../../engine/index.js';
import { permutationTest } from '../kit/statistics/permutation.js';
import { correlation, ranks } from '../kit/statistics/rank.js';

// The letter's claim on weight decay: "after prolonged learning, the decay was balanced by ∂E/∂w,
// so the final magnitude of each weight indicates its usefulness". Measured on the decayed
// parameters of a trained net, against the steady state of the paper's update rule.

export interface DecayBalance {
  /** The least-squares k in ∂E/∂w ≈ k·w, over the decayed parameters. */
  slope: number;
  /** The k the steady state of eq. 9 with decay predicts: −(1 − α)·d / (ε·(1 − d)). */
  predictedSlope: number;
  /** cos(∂E/∂w, −w): 1 when every gradient exactly opposes its decay. */
  cosine: number;
  /** Its permutation p-value: the same cosine with the weights shuffled among the parameters. */
  cosineP: number;
  /** Spearman correlation between |w| and the rise of E when that weight alone is set to 0. */
  usefulness: number;
  usefulnessP: number;
}

/**
 * With Δw(t) = −ε∂E/∂w + αΔw(t−1) followed by w ← (1 − d)(w + Δw), a weight at rest has
 * Δw = −ε∂E/∂w / (1 − α) = d·w / (1 − d): so ∂E/∂w = k·w with k as `predictedSlope`. The
 * permutation nulls are drawn from the seed's own streams. Null when the recipe has no decay.
 */
export function decayBalance(net: Net, params: Float64Array, patterns: PackedPatterns, recipe: TrainConfig, seed: number): DecayBalance | null {
  if (!recipe.decay) return null;
  const ws = createWorkspace(net, patterns);
  const loss = new OutputLoss(recipe.loss, patterns.count, ws.outputUnits);
  const grad = new Float64Array(net.parameterCount);
  forward(net, params, ws, 0, patterns.count);
  backward(net, params, grad, ws, loss, 0, patterns.count);
  const base = totalError(net, params, ws, loss, recipe.loss);

  const decayed = decayRanges(net, recipe.decay.target).flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k));
  const w = decayed.map((i) => params[i]!);
  const g = decayed.map((i) => grad[i]!);
  const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, k) => s + v * b[k]!, 0);
  const [ε, α, d] = [recipe.learningRate, recipe.momentum, recipe.decay.rate].map((s) => scheduleAt(s, recipe.sweeps));
  const cosineOf = (order: Int32Array | null) => {
    const ww = order === null ? w : Array.from(order, (k) => w[k]!);
    return -dot(g, ww) / Math.sqrt(dot(g, g) * dot(ww, ww));
  };
  const cosine = permutationTest(w.length, cosineOf, subStream('family-trees', seed, 'null-decay-balance'));

  const probe = Float64Array.from(params);
  const rise = decayed.map((i) => {
    probe[i] = 0;
    const e = totalError(net, probe, ws, loss, recipe.loss) - base;
    probe[i] = params[i]!;
    return e;
  });
  const size = ranks(w.map(Math.abs));
  const effect = ranks(rise);
  const shuffled = new Float64Array(effect.length);
  const usefulness = permutationTest(effect.length, (order) => {
    if (order === null) return correlation(size, effect);
    order.forEach((from, to) => (shuffled[to] = effect[from]!));
    return correlation(size, shuffled);
  }, subStream('family-trees', seed, 'null-usefulness'));

  return {
    slope: dot(g, w) / dot(w, w),
    predictedSlope: (-(1 - α!) * d!) / (ε! * (1 - d!)),
    cosine: cosine.observed,
    cosineP: cosine.pValue,
    usefulness: usefulness.observed,
    usefulnessP: usefulness.pValue,
  };
}
