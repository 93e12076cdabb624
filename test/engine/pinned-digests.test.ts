import { describe, expect, it } from 'vitest';
import {
  accumulatedMomentum, buildNet, constant, initialParameters, packPatterns, paperMomentum, parametersDigest, piecewise, subStream, train,
  type NetSpec, type PatternSet, type TrainConfig,
} from '../../engine/index.js';
import { familyTrees } from '../../reproductions/family-trees/index.js';
import { defaults } from '../../reproductions/kit/settings.js';
import { symmetry } from '../../reproductions/symmetry/index.js';
import { oneHotPatterns, oneHotSpec } from '../helpers/one-hot-net.js';
import { randomPatterns, skipTiedSpec } from '../helpers/random-net.js';

// Final-weight digests recorded before any speed work on the engine (Node v20.20.2, x64). A speed-up
// must leave every one of them unchanged; a change of results is a deliberate, versioned decision,
// never a side effect. Math.exp may differ on another Node version or platform, and so these bits.

/** Seeds of the symmetry experiment at its defaults: quick, slow, stuck on the plateau, and others. */
const SYMMETRY: Record<number, string> = {
  1: '0f016ac9087b506e334e2480c1d46b476b8de9ece37a416cd3cecb69f8614969',
  4: 'ec2a0109f9cb8285e69069e4f520774d30901d6b1af30aedab7070f8506043e7',
  5: '246899844db5db4a8b115ea8963efe0edd169310e6d9a4d35403928e9578aace',
  7: 'ca72c4c2bf27351dcb41e9a0ea54465cc00f6e5a38db8bf81044c0a9822291f8',
};

/** Seed 1 of the family-tree experiment at its defaults (1500 sweeps, one-hot inputs, margin, decay). */
const FAMILY_TREES_SEED_1 = '9e3ca5be9394c9679d95d96a01b4a66835c08c2c37641604fd9566aee2092e8d';

const base = (over: Partial<TrainConfig>): TrainConfig => ({
  sweeps: 200,
  rule: paperMomentum,
  learningRate: constant(0.3),
  momentum: constant(0.9),
  grain: 'batch',
  loss: { reduction: 'sum' },
  tiedGradient: 'average',
  criteria: [],
  stopWhenCriteriaMet: false,
  ...over,
});

const ENGINE: Array<{ name: string; spec: NetSpec; patterns: PatternSet; config: TrainConfig; digest: string }> = [
  {
    name: 'skip connection, tied blocks, dense inputs, batch',
    spec: skipTiedSpec,
    patterns: randomPatterns(skipTiedSpec, 12, 1),
    config: base({}),
    digest: '35140bbf00cf5602b0011a6a5b7e8e482aa8df098f63500c3f955c54de5ba5dd',
  },
  {
    name: 'skip connection, tied blocks, per pattern in shuffled order, mean loss, accumulated momentum',
    spec: skipTiedSpec,
    patterns: randomPatterns(skipTiedSpec, 12, 2),
    config: base({ sweeps: 30, grain: 'pattern', order: subStream('pinned', 1, 'order'), rule: accumulatedMomentum, tiedGradient: 'sum', loss: { reduction: 'mean' } }),
    digest: '5836c729810497bd90ea1e0c482def7cf0cb96d92590a468e3dc69f0b3e86d65',
  },
  {
    name: 'one-hot inputs, margin with edge residual, decay of every parameter, piecewise schedules',
    spec: oneHotSpec,
    patterns: oneHotPatterns(1),
    config: base({
      sweeps: 300,
      learningRate: piecewise([{ fromSweep: 1, value: 0.05 }, { fromSweep: 21, value: 0.2 }]),
      momentum: piecewise([{ fromSweep: 1, value: 0.5 }, { fromSweep: 21, value: 0.9 }]),
      loss: { reduction: 'sum', margin: { on: 0.8, off: 0.2, residual: 'edge' } },
      decay: { rate: constant(0.002), target: 'all' },
    }),
    digest: '3f68fcb248ba1f31c18cea75df88f6b92abba87fbc72785491e64ef67dd02a0a',
  },
  {
    name: 'one-hot inputs, margin with target residual, decay of weights, per pattern in fixed order',
    spec: oneHotSpec,
    patterns: oneHotPatterns(2),
    config: base({
      sweeps: 40,
      grain: 'pattern',
      loss: { reduction: 'sum', margin: { on: 0.8, off: 0.2, residual: 'target' } },
      decay: { rate: constant(0.002), target: 'weights' },
    }),
    digest: '1399c3d8b03aba32db8081d72e2b2143d050f922e0c86785012d3d563daf896d',
  },
];

describe('pinned weight digests (bit-for-bit results of the engine)', () => {
  const config = defaults(symmetry.settings);
  for (const [seed, digest] of Object.entries(SYMMETRY)) {
    it(`symmetry, seed ${seed}`, () => {
      expect(symmetry.runSeed(config, Number(seed)).weightsDigest).toBe(digest);
    });
  }
  it('family trees, seed 1', () => {
    expect(familyTrees.runSeed(defaults(familyTrees.settings), 1).weightsDigest).toBe(FAMILY_TREES_SEED_1);
  });
  for (const c of ENGINE) {
    it(c.name, () => {
      const net = buildNet(c.spec);
      const params = initialParameters(net, { range: 0.5, biases: true }, subStream('pinned', 1, 'init'));
      train(net, params, packPatterns(net, c.patterns), c.config);
      expect(parametersDigest(params)).toBe(c.digest);
    });
  }
});
