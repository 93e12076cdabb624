import type { Censored } from './censored.js';

/**
 * Interquartile mean: the mean of the middle half after dropping floor(n/4) values from each end
 * (scipy's trim_mean(x, 0.25), as rliable uses). Censored values sort last, as +∞; null when one
 * of them is left in the middle, or when there are no values.
 */
/** The median of plain numbers (the middle one, or the mean of the middle two); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = values.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function interquartileMean(values: readonly Censored[]): number | null {
  const sorted = values.map((v) => (v === null ? Infinity : v)).sort((a, b) => a - b);
  const cut = Math.floor(sorted.length / 4);
  const middle = sorted.slice(cut, sorted.length - cut);
  if (middle.length === 0 || middle.some((v) => !Number.isFinite(v))) return null;
  return middle.reduce((s, v) => s + v, 0) / middle.length;
}

/**
 * Probability that a run of A needs fewer sweeps than the paired run of B (same seed, same
 * initial weights): 1 for a win, ½ for a tie (two censored runs tie), 0 for a loss, averaged.
 */
export function probabilityFewer(a: readonly Censored[], b: readonly Censored[]): number | null {
  if (a.length !== b.length) throw new Error('paired samples must have the same length');
  if (a.length === 0) return null;
  let score = 0;
  a.forEach((x, k) => {
    const xa = x ?? Infinity;
    const xb = b[k] ?? Infinity;
    score += xa < xb ? 1 : xa === xb ? 0.5 : 0;
  });
  return score / a.length;
}
