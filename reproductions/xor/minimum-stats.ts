import { medianBySeed, medianSweepsSeed, type TypicalSeed } from '../../reports/figures/typical-seed.js';
import type { Statistics } from '../kit/claims.js';
import { isStuck } from './measures.js';
import type { MinimumRun } from './minimum-run.js';
import { stuckRate } from './stuck-rate-claim.js';

// Statistics of the 2-2-1 runs beside the claims' own: the Fig. 5 forms, and the fresh arm at the
// footnote's η against the run at the chapter's η on the same seeds.

/** How many runs sit in a Fig. 5 minimum, and in which form (all hidden units on as printed, all off, or mixed). */
export function fig5Forms(runs: readonly MinimumRun[]): Statistics {
  const forms = runs.flatMap((r) => (r.fig5 ? [r.fig5.variant] : []));
  return {
    fig5: forms.length,
    fig5On: forms.filter((v) => v === 'on').length,
    fig5Off: forms.filter((v) => v === 'off').length,
    fig5Mixed: forms.filter((v) => v === 'mixed').length,
  };
}

/**
 * The stuck rate at η and at the fresh arm's η on the same seeds (same initial weights, same
 * pattern order), each with its Wilson interval, and the discordant seeds: stuck at η only
 * (`onlyMain`) and stuck at the fresh arm's η only (`onlyFresh`).
 */
export function freshComparison(runs: readonly MinimumRun[]): Statistics {
  const paired = runs.filter((r) => r.fresh !== null);
  const main = paired.map((r) => isStuck(r));
  const fresh = paired.map((r) => isStuck(r.fresh!));
  return {
    pairedSeeds: paired.length,
    ...stuckRate(main, 'main'),
    ...stuckRate(fresh, 'fresh'),
    freshFig5: paired.filter((r) => r.fresh!.fig5 !== null).length,
    onlyMain: main.filter((s, k) => s && !fresh[k]).length,
    onlyFresh: main.filter((s, k) => !s && fresh[k]).length,
    discordantP: signTest(main.filter((s, k) => s && !fresh[k]).length, main.filter((s, k) => !s && fresh[k]).length),
  };
}

/**
 * Exact two-sided sign test of a against b discordant seeds (McNemar's exact test): twice the
 * smaller binomial tail at ½, capped at 1; null when no seed is discordant.
 */
export function signTest(a: number, b: number): number | null {
  const n = a + b;
  if (n === 0) return null;
  let tail = 0;
  let term = 0.5 ** n; // C(n, 0) / 2^n
  for (let k = 0; k <= Math.min(a, b); k++) {
    tail += term;
    term *= (n - k) / (k + 1);
  }
  return Math.min(1, 2 * tail);
}

/**
 * The seed the Fig. 5 diagram draws, by a rule fixed in advance: among the seeds in a Fig. 5
 * minimum, the one with the median final error; when there is none, the converged seed with the
 * median sweeps to criterion.
 */
export function fig5Seed(runs: readonly MinimumRun[]): TypicalSeed<MinimumRun> | null {
  const stuck = medianBySeed(runs.filter((r) => r.fig5 !== null && r.weights !== null), (r) => r.finalError, 'final error among the seeds in a Fig. 5 minimum');
  return stuck ?? (medianSweepsSeed(runs) as TypicalSeed<MinimumRun> | null);
}
