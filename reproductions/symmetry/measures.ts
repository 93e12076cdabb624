// Structure measures of a learned symmetry net (inputs → 2 hidden → 1 output), pure functions of
// its weights. Each names the threshold that decides it; the thresholds are the suite's reading
// of the paper's words, set before any run was seen.

export interface SymmetryWeights {
  /** (hidden, input): one row per hidden unit. */
  inputToHidden: number[][];
  hiddenBias: number[];
  /** (1, hidden). */
  hiddenToOutput: number[][];
  outputBias: number[];
}

const maxAbs = (w: readonly number[]) => Math.max(...w.map(Math.abs));

/** Mirror antisymmetry of one unit: |w_i + w_(n−1−i)| ≤ tolerance · max|w| for every mirror pair. */
export function isMirrorAntisymmetric(w: readonly number[], tolerance: number): boolean {
  const bound = tolerance * maxAbs(w);
  for (let i = 0; i < w.length / 2; i++) if (Math.abs(w[i]! + w[w.length - 1 - i]!) > bound) return false;
  return true;
}

/** Magnitudes of the mirror pairs, (|w_i| + |w_(n−1−i)|) / 2, sorted ascending. */
export function sortedPairMagnitudes(w: readonly number[]): number[] {
  const pairs: number[] = [];
  for (let i = 0; i < w.length / 2; i++) pairs.push((Math.abs(w[i]!) + Math.abs(w[w.length - 1 - i]!)) / 2);
  return pairs.sort((a, b) => a - b);
}

/** Every successive ratio of the sorted pair magnitudes lies in [lo, hi] (1:2:4 gives ratios of 2). */
export function hasDoublingRatios(w: readonly number[], [lo, hi]: readonly [number, number]): boolean {
  const m = sortedPairMagnitudes(w);
  for (let k = 1; k < m.length; k++) {
    const ratio = m[k]! / m[k - 1]!;
    if (!(ratio >= lo && ratio <= hi)) return false;
  }
  return true;
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += x * b[i]!;
    aa += x * x;
    bb += b[i]! * b[i]!;
  });
  return ab / Math.sqrt(aa * bb);
}

/** Hidden biases negative, output bias positive, every hidden→output weight negative. */
export function hasPaperSigns(w: SymmetryWeights): boolean {
  return w.hiddenBias.every((b) => b < 0) && w.outputBias.every((b) => b > 0) && w.hiddenToOutput.flat().every((v) => v < 0);
}
