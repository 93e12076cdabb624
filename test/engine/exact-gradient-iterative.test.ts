import { describe, expect, it } from 'vitest';
import { buildNet, initialParameters, packPatterns, subStream, unroll, type Net, type NetSpec, type PatternSet } from '../../engine/index.js';
import { chainNet, chainPatterns } from '../../reproductions/iterative-nets/fig5.js';
import { iterativeNets, sequenceProblem, sequenceSplit } from '../../reproductions/iterative-nets/index.js';
import { sequencePatterns, sequenceUnrolled } from '../../reproductions/iterative-nets/sequences.js';
import { shiftPatterns, shiftUnrolled } from '../../reproductions/iterative-nets/shift-register.js';
import { resolveSettings, type ConfigOf } from '../../reproductions/kit/settings.js';
import { certify, expectCertified, recipeFor, TOLERANCE, usesOf } from '../helpers/certify-gradient.js';
import { compareGradients, dualGradient } from '../helpers/dual-gradient.js';
import { backwardGradient, trainerGradients } from '../helpers/engine-gradient.js';

// The iterative nets' gradients certified exactly (see exact-gradient.test.ts for the method).
// An iterative net is unrolled into T + 1 layers whose corresponding weights are one block used T
// times. What the engine means by its gradient there: the backward pass leaves ∂E/∂w of the shared
// weight, the sum of the T copies' own derivatives (certified against duals in which the shared
// weight is one variable); the trainer then steps by the average, (1/T) ∂E/∂w, with tiedGradient
// 'average' (Nature 323: "we average ∂E/∂w for all the weights in each set of corresponding
// weights"), or by the sum with 'sum' (the 1987 PDP simulator). Both are certified.

type Config = ConfigOf<typeof iterativeNets.settings>;

/** One net of the experiment: its layered spec, training set, T, and the stream its runs draw initial weights from. */
interface Task {
  name: string;
  /** Settings that change this net, its data or its initial weights, beyond the loss reduction and tied rule. */
  variants: Array<Record<string, string>>;
  build(config: Config): { spec: NetSpec; set: PatternSet; purpose: string; iterations: number };
}

const ID = iterativeNets.id;

const tasks: Task[] = [
  {
    name: 'Fig. 5 chain A ↔ B ↔ C',
    variants: [{}, { fig5Iterations: '12' }],
    build: (config) => {
      const unrolled = unroll(chainNet(config.fig5Iterations));
      return { spec: unrolled.spec, set: chainPatterns(unrolled), purpose: 'init-fig5', iterations: config.fig5Iterations };
    },
  },
  {
    name: 'shift register',
    variants: [{}, { shiftScoredSteps: 'last-step' }, { shiftUnits: '5', shiftIterations: '7', initBiases: 'false' }],
    build: (config) => {
      const unrolled = shiftUnrolled(config.shiftUnits, config.shiftIterations, config.shiftScoredSteps);
      // The experiment's net(config) is the shift register's layered net.
      expect(unrolled.spec).toEqual(iterativeNets.net(config));
      return { spec: unrolled.spec, set: shiftPatterns(unrolled, config.shiftUnits), purpose: 'init-shift', iterations: config.shiftIterations };
    },
  },
  {
    name: 'sequence completion (5 → 30 → 3, 6 steps)',
    variants: [{}, { sequenceInitialState: '0.5' }],
    build: (config) => {
      const problem = sequenceProblem(config);
      const unrolled = sequenceUnrolled(problem);
      return { spec: unrolled.spec, set: sequencePatterns(problem, unrolled, sequenceSplit().train), purpose: 'init-sequence', iterations: unrolled.recurrent.iterations };
    },
  },
];

/** The initial weights a run of seed 1 draws for this net (runSeed's stream for it). */
const initialOf = (config: Config, net: Net, purpose: string) =>
  initialParameters(net, { range: config.initialRange, biases: config.initBiases }, subStream(ID, 1, purpose));

const configOf = (overrides: Record<string, string>): Config =>
  resolveSettings(iterativeNets.settings, Object.entries(overrides).map(([key, raw]) => ({ key, raw }))).config;

/**
 * The loss and weight scale a task's variant is certified at, each under both tied rules from one
 * reference: every reduction at every scale for a task's defaults, two of the four for its other
 * variants, so that the 1173-parameter sequence net costs six dual evaluations, not eight.
 */
const combos = (variant: number) =>
  [
    { lossReduction: 'mean', factor: 1 },
    { lossReduction: 'sum', factor: 5 },
    ...(variant === 0 ? [{ lossReduction: 'sum', factor: 1 }, { lossReduction: 'mean', factor: 5 }] : []),
  ];

describe('iterative nets: exact gradient of the unrolled, tied nets', () => {
  for (const task of tasks) {
    task.variants.forEach((own, v) => {
      it(`${task.name} ${JSON.stringify(own)}: tied average and sum`, () => {
        for (const { lossReduction, factor } of combos(v)) {
          const config = configOf({ ...own, lossReduction });
          const { spec, set, purpose } = task.build(config);
          const net = buildNet(spec);
          const initial = initialOf(config, net, purpose);
          const loss = { reduction: config.lossReduction };
          const c = certify(spec, set, initial.map((w) => w * factor), [recipeFor(loss, 'average'), recipeFor(loss, 'sum')]);
          expect(c.captures).toBe(2);
          expectCertified(c);
        }
      });
    });
  }

  it('every block of an unrolled net has exactly T copies, so "average" divides the backward gradient by T', () => {
    for (const task of tasks) {
      const { spec, iterations } = task.build(configOf({}));
      const uses = usesOf(spec);
      const net = buildNet(spec);
      expect(net.blocks.length).toBeGreaterThan(0);
      for (const b of net.blocks) {
        expect(uses.get(b.name)).toBe(iterations);
        expect(b.copies).toBe(iterations);
      }
    }
  });

  it('the averaged step is (1/T) ∂E/∂w on every entry, and judged as the sum it fails by exactly 1 − 1/T', () => {
    const config = configOf({});
    const { spec, set, purpose, iterations } = tasks[1]!.build(config);
    const net = buildNet(spec);
    const initial = initialOf(config, net, purpose);
    const loss = { reduction: 'sum' } as const;
    const exact = dualGradient(spec, net.blocks, initial, set, loss).gradient;
    const [averaged] = trainerGradients(net, initial, packPatterns(net, set), recipeFor(loss, 'average'));
    expect(compareGradients(averaged!.map((g) => g * iterations), exact).maxRelativeError).toBeLessThanOrEqual(TOLERANCE);
    expect(compareGradients(averaged!, exact).maxRelativeError).toBeCloseTo(1 - 1 / iterations, 9);
  });
});

describe('iterative nets: the gradient cut between time steps (cutGradientsBetweenLayers)', () => {
  it('is the exact derivative of E with every step\'s inputs held fixed, and differs from ∂E/∂w', () => {
    for (const task of tasks) {
      const config = configOf({});
      const { spec, set, purpose } = task.build(config);
      const net = buildNet(spec);
      const initial = initialOf(config, net, purpose);
      const loss = { reduction: config.lossReduction };
      const cutRecipe = (tied: 'average' | 'sum') => ({ ...recipeFor(loss, tied), cutGradientsBetweenLayers: true });
      expectCertified(certify(spec, set, initial, [cutRecipe('average'), cutRecipe('sum')]));
      // The control must be a different gradient, or cutting it would show nothing.
      const full = backwardGradient(net, initial, packPatterns(net, set), loss).gradient;
      const [cut] = trainerGradients(net, initial, packPatterns(net, set), cutRecipe('sum'));
      expect(compareGradients(cut!, full).maxRelativeError).toBeGreaterThan(1e-2);
    }
  });
});
