import type { Control } from './claims.js';

// The kinds of negative control the claims use. Each is a manipulation under which a claim's
// measure must fail; see Control in ./claims.ts.

/** Seeds a control that needs training trains: the report's first few, so it costs little. */
export const CONTROL_SEEDS = 3;

// Controls made from the report's runs use every seed, not only the claim's population: a claim
// about learned seeds still shows that its measure can fail when no seed learned.

/** Every seed of the report, measured at its initial weights: no structure can be there yet. */
export function initialWeightsControl<R extends { seed: number }>(untrained: (seed: number) => R, why: string): Control<R> {
  return {
    name: 'initial weights',
    description: `every seed measured at its initial weights, before any training: ${why}`,
    runs: (_population, all) => all.map((r) => untrained(r.seed)),
  };
}

/**
 * Every run of the report changed by a pure function (labels shuffled, copies untied …); null drops
 * a run it cannot apply to. Claims that share the control share its runs: each run is mapped once
 * (the family-trees person-code control redoes four permutation tests a run, for five claims).
 */
export function mappedControl<R extends object>(name: string, description: string, map: (run: R) => R | null): Control<R> {
  const mapped = new WeakMap<R, R | null>();
  const once = (run: R) => {
    if (!mapped.has(run)) mapped.set(run, map(run));
    return mapped.get(run)!;
  };
  return { name, description, runs: (_population, all) => all.map(once).filter((r): r is R => r !== null) };
}

/**
 * The report's first CONTROL_SEEDS seeds trained again under a manipulation (ε = 0, no hidden
 * units …). `train` is memoised per seed, so claims that share a control share its training.
 */
export function retrainedControl<R extends { seed: number }>(name: string, description: string, train: (seed: number) => R): Control<R> {
  return {
    name,
    description: `${description} (the report's first ${CONTROL_SEEDS} seeds)`,
    runs: (_population, all) => all.slice(0, CONTROL_SEEDS).map((r) => train(r.seed)),
  };
}

/** A per-seed memo for a control's training, shared by the claims of one judging. */
export function memoBySeed<R>(train: (seed: number) => R): (seed: number) => R {
  const done = new Map<number, R>();
  return (seed) => {
    const known = done.get(seed);
    if (known !== undefined) return known;
    const run = train(seed);
    done.set(seed, run);
    return run;
  };
}

/**
 * The same training with ε = 0, on the report's first seeds: the weights never move from their
 * initial values, so no seed may reach the criterion (`description` words it for a claim that
 * measures something else).
 */
export function frozenControl<C extends { readonly learningRate: number }, R extends { seed: number }>(
  config: C,
  train: (config: C, seed: number) => R,
  description = 'the same training with ε = 0, so the weights never move from their initial values: no seed may reach the criterion',
): Control<R> {
  return retrainedControl('ε = 0', description, memoBySeed((seed) => train({ ...config, learningRate: 0 }, seed)));
}

/**
 * ε = 0 on every seed, without training the budget out: with ε = 0 every step
 * Δw(n+1) = −ε ∂E/∂w + α Δw(n) is 0 from the first, so a seed stays at its initial weights for the
 * whole budget, and the run measured there is the same outcome.
 */
export function frozenAtInitialWeights<R extends { seed: number }>(untrained: (seed: number) => R, why: string): Control<R> {
  return {
    name: 'ε = 0',
    description: `every seed with ε = 0, so no weight ever moves (measured at its initial weights, the same outcome): ${why}`,
    runs: (_population, all) => all.map((r) => untrained(r.seed)),
  };
}
