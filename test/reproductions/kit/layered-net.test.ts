import { describe, expect, it } from 'vitest';
import { buildNet, constant, packPatterns, paperMomentum, parametersDigest, plainDescent, train, type NetSpec, type PatternSet } from '../../../engine/index.js';
import { layeredNet } from '../../../reproductions/kit/layered-net.js';
import { defaults, type ConfigOf } from '../../../reproductions/kit/settings.js';
import { initialRange, LEARNED, learningRate, momentum, sweepBudget } from '../../../reproductions/kit/shared-settings.js';

// The layered-net kit on a net no experiment has: 2-2-1 exclusive or, declared only by its net,
// data, settings and recipe, as a new experiment would be.

const settings = {
  learningRate: learningRate({ default: 0.5, paperStates: false, source: 'test' }),
  momentum: momentum({ default: 0.9, paperStates: false, source: 'test' }),
  initialRange: initialRange({ default: 0.5, paperStates: false, source: 'test' }),
  sweepBudget: sweepBudget({ default: 400, paperStates: false, source: 'test' }),
};
type Config = ConfigOf<typeof settings>;

const net: NetSpec = {
  groups: [
    { name: 'input', size: 2, kind: 'input' },
    { name: 'hidden', size: 2, kind: 'hidden', bias: 'hiddenBias' },
    { name: 'output', size: 1, kind: 'output', bias: 'outputBias' },
  ],
  projections: [
    { from: 'input', to: 'hidden', block: 'inputToHidden' },
    { from: 'hidden', to: 'output', block: 'hiddenToOutput' },
  ],
};
const inputs = [[0, 0], [0, 1], [1, 0], [1, 1]];
const patterns: PatternSet = { count: 4, inputs: { input: inputs }, targets: { output: inputs.map(([a, b]) => [a === b ? 0 : 1]) } };

const recipe = (c: Config) => ({
  sweeps: c.sweepBudget,
  rule: paperMomentum,
  learningRate: constant(c.learningRate),
  momentum: constant(c.momentum),
  grain: 'batch' as const,
  loss: { reduction: 'sum' as const },
  tiedGradient: 'average' as const,
  criteria: [LEARNED['right-side']],
  stopWhenCriteriaMet: true,
});

const xor = layeredNet<typeof settings, { train: PatternSet }, { outputs: number }>({
  id: 'kit-test-xor',
  net: () => net,
  data: () => ({ train: patterns }),
  init: (c) => ({ range: c.initialRange, biases: true }),
  recipe,
  criterion: (c) => ({ id: 'right-side', description: LEARNED['right-side'].description, budget: c.sweepBudget }),
  record: ({ net: built }) => ({ outputs: built.groups.find((g) => g.name === 'output')!.size }),
});
const config = defaults(settings);

describe('the layered-net kit', () => {
  it('trains a seed and records the shared fields and the experiment’s own', () => {
    const run = xor.runSeed(config, 3);
    expect(run.seed).toBe(3);
    expect(run.sweepsRun).toBeGreaterThan(0);
    expect(run.sweepsToCriterion).toBe(run.criteria['right-side']);
    expect(run.weights).not.toBeNull();
    expect(run.outputs).toBe(1);
  });

  it('is a pure function of the seed: the same seed gives the same bits, another seed other weights', () => {
    expect(xor.runSeed(config, 3).weightsDigest).toBe(xor.runSeed(config, 3).weightsDigest);
    expect(xor.runSeed(config, 4).weightsDigest).not.toBe(xor.runSeed(config, 3).weightsDigest);
  });

  it('exposes the very training runSeed does, so the benchmark times what the report measures', () => {
    const t = xor.training!(config, 3);
    const built = buildNet(t.spec);
    const params = t.initial.slice();
    train(built, params, packPatterns(built, t.patterns), t.recipe);
    expect(parametersDigest(params)).toBe(xor.runSeed(config, 3).weightsDigest);
  });

  it('applies an optimizer override in place of the recipe’s rule', () => {
    const overridden = xor.runSeed(config, 3, undefined, { rule: plainDescent, grain: 'batch', learningRate: 0.5 });
    expect(overridden.weightsDigest).not.toBe(xor.runSeed(config, 3).weightsDigest);
  });

  it('reports progress against the budget', () => {
    const seen: Array<[number, number]> = [];
    xor.runSeed(config, 3, (sweep, budget) => seen.push([sweep, budget]));
    const { sweepsRun } = xor.runSeed(config, 3);
    // Once for the initial weights (sweep 0), then after every sweep.
    expect(seen).toEqual(Array.from({ length: sweepsRun + 1 }, (_, t) => [t, 400]));
  });

  it('measures given weights as a run of zero sweeps', () => {
    const trained = xor.runSeed(config, 3);
    const again = xor.evaluateWeights!(config, trained.weights);
    expect(again.sweepsRun).toBe(0);
    expect(again.weightsDigest).toBe(trained.weightsDigest);
  });

  it('refuses a recipe that does not track the criterion its runs count to', () => {
    const broken = layeredNet<typeof settings, { train: PatternSet }, object>({
      id: 'kit-test-broken',
      net: () => net,
      data: () => ({ train: patterns }),
      init: (c) => ({ range: c.initialRange, biases: true }),
      recipe,
      criterion: (c) => ({ id: 'within-0.2', description: 'not tracked', budget: c.sweepBudget }),
    });
    expect(() => broken.runSeed(config, 1)).toThrow(/does not track the criterion "within-0.2"/);
  });
});
