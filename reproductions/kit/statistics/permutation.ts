import { shuffleInto, type RandomStream } from '../../../engine/index.js';

// A permutation test: where a paper gives no threshold, "clearly more than chance" is judged
// against the statistic's own null distribution under relabelling, drawn from a seeded stream.

/** Relabellings drawn per test; with it the smallest possible p-value is 1/1000. */
export const PERMUTATIONS = 999;
/** The level at which a per-seed test counts as beating its null. */
export const ALPHA = 0.05;

export interface PermutationResult {
  observed: number;
  /** (1 + relabellings at least as extreme) / (1 + relabellings): never 0, exact under the null. */
  pValue: number;
  /** The null's 95th percentile: the value the observed statistic had to beat. */
  nullQ95: number;
}

/**
 * `statistic(order)` under the true labels (order null) and under `permutations` random orders of
 * `n` labels; larger values are more extreme.
 */
export function permutationTest(
  n: number,
  statistic: (order: Int32Array | null) => number,
  stream: RandomStream,
  permutations = PERMUTATIONS,
): PermutationResult {
  const observed = statistic(null);
  const order = new Int32Array(n);
  const nulls = new Float64Array(permutations);
  let asExtreme = 0;
  for (let k = 0; k < permutations; k++) {
    shuffleInto(order, stream);
    nulls[k] = statistic(order);
    if (nulls[k]! >= observed) asExtreme += 1;
  }
  nulls.sort();
  return { observed, pValue: (1 + asExtreme) / (1 + permutations), nullQ95: nulls[Math.min(permutations - 1, Math.floor(0.95 * permutations))]! };
}
