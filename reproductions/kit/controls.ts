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

/** Every run of the report changed by a pure function (labels shuffled, copies untied …); null drops a run it cannot apply to. */
export function mappedControl<R>(name: string, description: string, map: (run: R) => R | null): Control<R> {
  return { name, description, runs: (_population, all) => all.map(map).filter((r): r is R => r !== null) };
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
