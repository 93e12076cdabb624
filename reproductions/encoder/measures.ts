// Measures of a set of hidden codes (one row per input pattern, one column per hidden unit, each
// value a logistic activation in [0, 1]): pure functions, so the codes the chapter prints in
// Table 5 and the codes of a trained seed are measured by the same code.

export type Codes = readonly (readonly number[])[];

/**
 * Two codes closer than this (Euclidean) do not count as distinct. 0.5 is the step of the chapter's
 * own resolution: Table 5 prints every value as 0, 0.5 or 1, so two codes it prints differently
 * differ by at least 0.5 on some unit. Fixed before any run was seen.
 */
export const DISTINCT_DISTANCE = 0.5;

/** An activation strictly between these is "intermediate", neither near 0 nor near 1 (the within-0.2 reading of on and off). */
export const INTERMEDIATE_BAND: readonly [number, number] = [0.2, 0.8];

const distance = (a: readonly number[], b: readonly number[]) => Math.sqrt(a.reduce((s, x, u) => s + (x - b[u]!) ** 2, 0));

/** The least Euclidean distance between two of the codes. */
export function minPairwiseDistance(codes: Codes): number {
  let least = Infinity;
  for (let p = 0; p < codes.length; p++) for (let q = p + 1; q < codes.length; q++) least = Math.min(least, distance(codes[p]!, codes[q]!));
  return least;
}

/** Every pair of codes at least `bound` apart. */
export const areDistinct = (codes: Codes, bound = DISTINCT_DISTANCE): boolean => minPairwiseDistance(codes) >= bound;

/**
 * The codes binarised at 0.5 are pairwise different: the hidden units form a pure binary number.
 * A value of exactly 0.5 (as Table 5 prints it) is ambiguous, so it counts as neither side: such a
 * code matches no other and is not binary, which `intermediateCount` reports.
 */
export function binarisedDistinct(codes: Codes): boolean {
  const bits = codes.map((c) => c.map((v) => (v > 0.5 ? '1' : v < 0.5 ? '0' : '?')).join(''));
  if (bits.some((b) => b.includes('?'))) return false;
  return new Set(bits).size === bits.length;
}

/** How many hidden activations lie strictly inside the intermediate band. */
export function intermediateCount(codes: Codes, [lo, hi] = INTERMEDIATE_BAND): number {
  return codes.flat().filter((v) => v > lo && v < hi).length;
}

/**
 * "Intermediate values as well as 0 and 1": at least one activation is intermediate, and at most
 * half of them are, so most still sit near 0 or 1. A pure binary code fails the first; a net whose
 * hidden units have not left 0.5 (its initial weights) fails the second.
 */
export function usesIntermediateValues(codes: Codes): boolean {
  const count = intermediateCount(codes);
  return count >= 1 && count <= codes.flat().length / 2;
}
