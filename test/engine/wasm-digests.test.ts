import { describe, expect, it } from 'vitest';
import {
  accumulatedMomentum, adam, buildNet, constant, copySets, initialParameters, packPatterns, paperMomentum, parametersDigest, plainDescent,
  rightSideOf, spreadToCopies, subStream, train, trainInSets, untie, withKernels, type TrainConfig, type TrainResult,
} from '../../engine/index.js';
import { experiments } from '../../reproductions/registry.js';
import { benchTask } from '../../scripts/app/bench/tasks.js';
import { engineConfig } from '../../baselines/engine-adapter.js';
import { cheapSettings } from '../helpers/cheap-settings.js';
import { randomNet } from './wasm-random-nets.js';

// Whole trainings give the same bits with either kernels: every registered experiment's seeds (its
// own nets, data, recipes and measures, at a cut sweep budget), the two benchmarked trainings at the
// paper's sweep counts, and random nets under every grain, loss, rule and option of the trainer.

const bits = (a: ArrayLike<number>) => parametersDigest(Float64Array.from(a));

describe('the same results with WebAssembly kernels as with the TypeScript passes', () => {
  for (const experiment of experiments) {
    it(`${experiment.id}: every field of seeds 1 and 2, cut to 60 sweeps`, () => {
      const { config } = cheapSettings(experiment, 60);
      for (const seed of [1, 2]) {
        const ts = withKernels('ts', () => experiment.runSeed(config, seed));
        const wasm = withKernels('wasm', () => experiment.runSeed(config, seed));
        expect(wasm.weightsDigest).toBe(ts.weightsDigest);
        expect(wasm).toStrictEqual(ts);
      }
    });
  }

  for (const id of ['family-trees', 'symmetry']) {
    it(`${id}: the benchmark's training at the paper's sweep count`, () => {
      const task = benchTask(id);
      const net = buildNet(task.spec);
      const packed = packPatterns(net, task.patterns);
      const run = () => {
        const params = task.initial.slice();
        const result = train(net, params, packed, engineConfig(task, task.sweeps));
        return { digest: parametersDigest(params), errors: bits(result.errors) };
      };
      expect(withKernels('wasm', run)).toEqual(withKernels('ts', run));
    });
  }

  it('40 random nets, batch and per-pattern, every loss, several rules, decay, cut gradients, criteria', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { spec, patterns } = randomNet(seed);
      const net = buildNet(spec);
      const packed = packPatterns(net, patterns);
      const initial = initialParameters(net, { range: seed % 3 === 0 ? 2 : 0.5, biases: true }, subStream('wasm-digests', seed, 'init'));
      const margin = { on: 0.8, off: 0.2, residual: seed % 2 === 0 ? 'edge' : 'target' } as const;
      const config: TrainConfig = {
        sweeps: seed % 4 === 1 ? 15 : 80,
        rule: [paperMomentum, accumulatedMomentum, plainDescent, adam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-8 })][seed % 4]!,
        learningRate: constant(seed % 7 === 0 ? 4 : 0.3),
        momentum: constant(0.9),
        ...(seed % 3 === 0 ? { decay: { rate: constant(0.001), target: seed % 2 === 0 ? 'all' : 'weights' } as const } : {}),
        grain: seed % 4 === 1 ? 'pattern' : 'batch',
        ...(seed % 8 === 1 ? { order: subStream('wasm-digests', seed, 'order') } : {}),
        loss: seed % 5 === 0 ? { reduction: 'mean' } : seed % 5 === 1 ? { reduction: 'sum', margin } : { reduction: 'sum' },
        tiedGradient: seed % 2 === 0 ? 'average' : 'sum',
        criteria: [rightSideOf('learned', 0.5)],
        stopWhenCriteriaMet: seed % 3 === 1,
        ...(seed % 6 === 5 ? { cutGradientsBetweenLayers: true } : {}),
      };
      const run = () => {
        const params = initial.slice();
        // A fresh order stream for each run, so both draw the same shuffles.
        const result: TrainResult = train(net, params, packed, { ...config, ...(config.order ? { order: subStream('wasm-digests', seed, 'order') } : {}) });
        return {
          digest: parametersDigest(params), errors: bits(result.errors), reached: result.reached, sweeps: result.sweeps,
          act: result.workspace.act.map(bits), delta: result.workspace.delta.map(bits),
        };
      };
      expect(withKernels('wasm', run), `random net ${seed}`).toEqual(withKernels('ts', run));
    }
  });

  it('trainInSets on the untied twins of random nets, copies averaged, summed or separate', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { spec, patterns } = randomNet(100 + seed);
      const tied = buildNet(spec);
      const twin = untie(spec);
      const twinNet = buildNet(twin.spec);
      const sets = copySets(tied, twinNet, twin);
      const start = spreadToCopies(tied, initialParameters(tied, { range: 0.5, biases: true }, subStream('wasm-sets', seed, 'init')), twinNet, sets);
      const packed = packPatterns(twinNet, patterns);
      const step = (['average', 'sum', 'separate'] as const)[seed % 3]!;
      const run = () => {
        const params = start.slice();
        const errors = trainInSets(twinNet, params, packed, sets, { sweeps: 40, rule: paperMomentum, learningRate: constant(0.3), momentum: constant(0.9), loss: { reduction: 'sum' }, step });
        return { digest: parametersDigest(params), errors: bits(errors) };
      };
      expect(withKernels('wasm', run), `twin ${seed}`).toEqual(withKernels('ts', run));
    }
  });
});
