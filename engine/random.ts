import seedrandom from 'seedrandom';

// The one source of randomness. Every use draws from a named sub-stream keyed by
// (experiment, seed, purpose), so that adding draws for one purpose never shifts another and two
// variants of an experiment can start from the same initial weights (common random numbers).

export type Purpose = 'init' | 'order' | 'split' | (string & {});

export interface RandomStream {
  readonly key: string;
  /** A float in [0, 1) with 32 bits of randomness. */
  next(): number;
  /** A float in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

export function streamKey(experiment: string, seed: number, purpose: Purpose): string {
  return `${experiment}/seed=${seed}/${purpose}`;
}

export function subStream(experiment: string, seed: number, purpose: Purpose): RandomStream {
  const key = streamKey(experiment, seed, purpose);
  const prng = seedrandom(key);
  const next = () => prng();
  return {
    key,
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    int: (n) => Math.floor(next() * n),
  };
}

/** Fisher–Yates shuffle of indices 0..n−1 into `out`, drawing from `stream`. */
export function shuffleInto(out: Int32Array | number[], stream: RandomStream): void {
  for (let k = 0; k < out.length; k++) out[k] = k;
  for (let k = out.length - 1; k > 0; k--) {
    const r = stream.int(k + 1);
    const t = out[k]!;
    out[k] = out[r]!;
    out[r] = t;
  }
}
