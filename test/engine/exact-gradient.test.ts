import { describe, expect, it } from 'vitest';
import {
  buildNet, initialParameters, importParams, packPatterns, shuffleInto, subStream,
  type LossSpec, type NetSpec, type PatternSet,
} from '../../engine/index.js';
import { familyTrees } from '../../reproductions/family-trees/index.js';
import type { Experiment, SeedTraining } from '../../reproductions/kit/experiment.js';
import { resolveSettings, type Settings } from '../../reproductions/kit/settings.js';
import { experiments } from '../../reproductions/registry.js';
import { iterativeNets } from '../../reproductions/iterative-nets/index.js';
import { symmetryAblations } from '../../reproductions/symmetry-ablations/index.js';
import { symmetry } from '../../reproductions/symmetry/index.js';
import { certify, expectCertified, recipeFor, tiedStep, TOLERANCE } from '../helpers/certify-gradient.js';
import { compareGradients, dualGradient, FLOOR_SHARE } from '../helpers/dual-gradient.js';
import { backwardGradient, trainerGradients } from '../helpers/engine-gradient.js';
import { oneHotPatterns, oneHotSpec } from '../helpers/one-hot-net.js';
import { randomPatterns, skipTiedSpec } from '../helpers/random-net.js';

// The engine's ∂E/∂w certified exactly, entry by entry, on the layered nets of the experiments and
// on random nets: against forward-mode dual numbers (test/helpers/dual-gradient.ts), which have no
// step h and so none of the cancellation that limits central differences (on the family-tree net,
// h = 1e-6 leaves relative errors up to 3e-2). Iterative nets: exact-gradient-iterative.test.ts.

/** Every weight multiplied by `factor`: × 5 drives many units towards 0 or 1, where y(1 − y) is small. */
const scaled = (params: Float64Array, factor: number) => params.map((w) => w * factor);

/** One seed's training of an experiment under the given settings (its defaults otherwise). */
function seedTraining<S extends Settings>(experiment: Experiment<any, S>, overrides: Record<string, string>, seed: number): SeedTraining {
  const { config } = resolveSettings(experiment.settings, Object.entries(overrides).map(([key, raw]) => ({ key, raw })));
  return experiment.training!(config, seed);
}

/** The order the trainer visits the patterns in during the first sweep: the recipe's stream, or 0, 1, …. */
function visitOrder(t: SeedTraining): Int32Array {
  const order = Int32Array.from({ length: t.patterns.count }, (_, k) => k);
  if (t.recipe.order) shuffleInto(order, t.recipe.order);
  return order;
}

describe('every registered experiment with a layered net, at its default settings', () => {
  for (const experiment of experiments.filter((e) => e.training !== undefined)) {
    // Seed 2: the variants below use seed 1.
    it(`${experiment.id}: initial weights of seed 2, × 1 and × 5`, () => {
      const { config } = resolveSettings(experiment.settings, []);
      for (const factor of [1, 5]) {
        const t = experiment.training!(config, 2);
        expectCertified(certify(t.spec, t.patterns, scaled(t.initial, factor), t.recipe, visitOrder(experiment.training!(config, 2))));
      }
    });
  }
});

describe('symmetry net (Nature Fig. 1): exact gradient', () => {
  const variants = [
    { lossReduction: 'sum', initBiases: 'true' },
    { lossReduction: 'mean', initBiases: 'true' },
    { lossReduction: 'sum', initBiases: 'false' },
    { lossReduction: 'mean', initBiases: 'false' },
  ];
  for (const overrides of variants) {
    for (const seed of [1, 2]) {
      for (const factor of [1, 5]) {
        it(`${JSON.stringify(overrides)}, seed ${seed}, initial weights × ${factor}`, () => {
          const t = seedTraining(symmetry, overrides, seed);
          expectCertified(certify(t.spec, t.patterns, scaled(t.initial, factor), t.recipe));
        });
      }
    }
  }

  it("at the weights the paper prints (units saturated: inputs weigh up to ±14.2)", () => {
    const t = seedTraining(symmetry, {}, 1);
    expectCertified(certify(t.spec, t.patterns, importParams(buildNet(t.spec), symmetry.printedWeights), t.recipe));
  });

  it('per pattern, in the shuffled order of pattern grain, every step is the exact gradient of its pattern', () => {
    const overrides = { updateGrain: 'pattern', patternOrder: 'shuffled', lossReduction: 'mean' };
    const t = seedTraining(symmetry, overrides, 3);
    const c = certify(t.spec, t.patterns, scaled(t.initial, 5), t.recipe, visitOrder(seedTraining(symmetry, overrides, 3)));
    expect(c.captures).toBe(64);
    expectCertified(c);
  });
});

describe('family-tree net (Nature Figs. 2–4): exact gradient under every loss variant', () => {
  const variants = ['target', 'edge'].flatMap((marginResidual) =>
    ['sum', 'mean'].flatMap((lossReduction) => ['true', 'false'].map((biases) => ({ marginResidual, lossReduction, biases }))),
  );
  for (const overrides of variants) {
    for (const factor of [1, 5]) {
      it(`${JSON.stringify(overrides)}, initial weights of seed 1 × ${factor}`, () => {
        const t = seedTraining(familyTrees, overrides, 1);
        expect(t.recipe.loss.margin?.residual).toBe(overrides.marginResidual);
        expectCertified(certify(t.spec, t.patterns, scaled(t.initial, factor), t.recipe));
      });
    }
  }

  it('decayTarget does not enter ∂E/∂w: decay acts on the weights after the step, so both targets step by the same gradient', () => {
    // certify keeps the recipe's decay in batch grain; it runs after the captured step.
    for (const decayTarget of ['all', 'weights']) {
      const t = seedTraining(familyTrees, { decayTarget }, 2);
      expect(t.recipe.decay?.target).toBe(decayTarget);
      expectCertified(certify(t.spec, t.patterns, scaled(t.initial, 5), t.recipe));
    }
  });

  it('per pattern (pattern grain, mean reduction: each step is 1/(cases × outputs) of its case), on dense single-pattern passes', () => {
    const t = seedTraining(familyTrees, { updateGrain: 'pattern', lossReduction: 'mean', marginResidual: 'edge' }, 1);
    const c = certify(t.spec, t.patterns, scaled(t.initial, 5), t.recipe);
    expect(c.captures).toBe(t.patterns.count);
    expectCertified(c);
  });
});

const losses: Array<[string, LossSpec]> = [
  ['sum', { reduction: 'sum' }],
  ['mean', { reduction: 'mean' }],
  ['margin, target', { reduction: 'sum', margin: { on: 0.8, off: 0.2, residual: 'target' } }],
  ['margin, edge, mean', { reduction: 'mean', margin: { on: 0.8, off: 0.2, residual: 'edge' } }],
];

describe('random nets (skip connections, tied blocks, one-hot inputs): exact gradient', () => {
  const nets: Array<[string, NetSpec, (seed: number) => PatternSet]> = [
    ['skip connection, tied weight and bias blocks', skipTiedSpec, (seed) => randomPatterns(skipTiedSpec, 7, seed)],
    ['one-hot inputs (sparse passes), skips, two codes', oneHotSpec, oneHotPatterns],
  ];
  it('with the gradient cut between layers (cutGradientsBetweenLayers), in batch and pattern grain', () => {
    for (const [, spec, patterns] of nets) {
      const params = initialParameters(buildNet(spec), { range: 2, biases: true }, subStream('exact-gradient', 3, 'init'));
      for (const [, loss] of losses) {
        const cut = (tiedGradient: 'average' | 'sum', grain: 'batch' | 'pattern') => ({ ...recipeFor(loss, tiedGradient), grain, cutGradientsBetweenLayers: true });
        for (const grain of ['batch', 'pattern'] as const) expectCertified(certify(spec, patterns(3), params, [cut('average', grain), cut('sum', grain)]));
      }
    }
  });

  for (const [name, spec, patterns] of nets) {
    for (const [lossName, loss] of losses) {
      for (const tied of ['average', 'sum'] as const) {
        it(`${name}: ${lossName}, tied ${tied}`, () => {
          const net = buildNet(spec);
          for (const seed of [1, 2]) {
            for (const range of [0.5, 3]) {
              const params = initialParameters(net, { range, biases: true }, subStream('exact-gradient', seed, 'init'));
              expectCertified(certify(spec, patterns(seed), params, recipeFor(loss, tied)));
            }
          }
        });
      }
    }
  }
});

describe('the exact check itself', () => {
  const t = seedTraining(familyTrees, { marginResidual: 'target' }, 1);
  const net = buildNet(t.spec);
  const packed = packPatterns(net, t.patterns);

  it('flags a change of 1e-7 relative in any single entry of the engine gradient, the smallest included', () => {
    const exact = dualGradient(t.spec, net.blocks, t.initial, t.patterns, t.recipe.loss).gradient;
    const engine = backwardGradient(net, t.initial, packed, t.recipe.loss).gradient;
    expect(compareGradients(engine, exact).maxRelativeError).toBeLessThanOrEqual(TOLERANCE);
    const missed: number[] = [];
    for (let k = 0; k < engine.length; k++) {
      const wrong = Float64Array.from(engine);
      wrong[k] = wrong[k]! * (1 + 1e-7);
      const c = compareGradients(wrong, exact);
      if (!(c.maxRelativeError > TOLERANCE && c.worstIndex === k)) missed.push(k);
    }
    expect(missed).toEqual([]);
    // Every entry, the smallest (1.4e-7 of the largest) included, lies far above the floor, which hid none of them.
    expect(Math.min(...exact.map(Math.abs))).toBeGreaterThan(1e4 * FLOOR_SHARE * Math.max(...exact.map(Math.abs)));
  });

  it('flags a NaN, and a trainer that steps by the average where the sum is due', () => {
    const exact = dualGradient(t.spec, net.blocks, t.initial, t.patterns, t.recipe.loss).gradient;
    const withNaN = Float64Array.from(exact);
    withNaN[17] = NaN;
    expect(compareGradients(withNaN, exact).maxRelativeError).toBe(Infinity);

    const tiedNet = buildNet(skipTiedSpec);
    const patterns = randomPatterns(skipTiedSpec, 7, 1);
    const params = initialParameters(tiedNet, { range: 1, biases: true }, subStream('exact-gradient', 1, 'init'));
    const sum = dualGradient(skipTiedSpec, tiedNet.blocks, params, patterns, { reduction: 'sum' }).gradient;
    const [averaged] = trainerGradients(tiedNet, params, packPatterns(tiedNet, patterns), recipeFor({ reduction: 'sum' }, 'average'));
    expect(compareGradients(averaged!, tiedStep(skipTiedSpec, tiedNet.blocks, sum, 'average')).maxRelativeError).toBeLessThanOrEqual(TOLERANCE);
    // Two copies per tied block: the average is half the sum, a relative error of 0.5 there.
    expect(compareGradients(averaged!, sum).maxRelativeError).toBeGreaterThan(0.4);
  });

  it('tells the loss variants apart: the reference for residual "edge" does not certify the engine under "target"', () => {
    const edge = { ...t.recipe.loss, margin: { ...t.recipe.loss.margin!, residual: 'edge' as const } };
    const engine = backwardGradient(net, t.initial, packed, t.recipe.loss).gradient;
    const wrong = dualGradient(t.spec, net.blocks, t.initial, t.patterns, edge).gradient;
    expect(compareGradients(engine, wrong).maxRelativeError).toBeGreaterThan(1e-3);
  });

  it("differentiates its own E: the dual derivative agrees with central differences of the reference's E", () => {
    const s = seedTraining(symmetry, {}, 1);
    const layout = buildNet(s.spec).blocks;
    const params = scaled(s.initial, 5);
    const exact = dualGradient(s.spec, layout, params, s.patterns, s.recipe.loss).gradient;
    const h = 1e-6;
    const E = (w: Float64Array) => dualGradient(s.spec, layout, w, s.patterns, s.recipe.loss).error;
    const numeric = exact.map((_, k) => {
      const up = Float64Array.from(params);
      const down = Float64Array.from(params);
      up[k] = up[k]! + h;
      down[k] = down[k]! - h;
      return (E(up) - E(down)) / (2 * h);
    });
    // Central differences err by about h² and by about 1e-16 · E / h: a loose bound, but one that owes nothing to the engine.
    expect(compareGradients(numeric, exact, 1e-3).maxRelativeError).toBeLessThan(1e-5);
  });
});

describe('coverage', () => {
  it('every registered experiment is certified: through training() above, or in a file of its own', () => {
    // exact-gradient-iterative.test.ts and exact-gradient-ablations.test.ts: nets a training() does not give.
    expect(experiments.filter((e) => e.training === undefined).map((e) => e.id).sort()).toEqual([iterativeNets.id, symmetryAblations.id].sort());
  });
});
