import { describe, expect, it } from 'vitest';
import {
  adam, buildNet, ConfigError, constant, copySets, gradientCheck, initialParameters, NetSpecError, OutputLoss, packPatterns, paperMomentum,
  piecewise, rightSideOf, rmsprop, spreadToCopies, subStream, train, trainInSets, unroll, untie, withinOf,
  type NetSpec, type RecurrentSpec, type SetTrainConfig, type TrainConfig,
} from '../../engine/index.js';

// The engine refuses a bad configuration before any training starts, with an error that names the
// field. Configs are built as untyped objects on purpose: that is how a misspelt key reaches the engine.

const spec: NetSpec = {
  groups: [
    { name: 'in', size: 2, kind: 'input' },
    { name: 'out', size: 1, kind: 'output', bias: 'ob' },
  ],
  projections: [{ from: 'in', to: 'out', block: 'w' }],
};
const set = { count: 2, inputs: { in: [[0, 1], [1, 0]] }, targets: { out: [[1], [0]] } };

function validConfig(): TrainConfig {
  return {
    sweeps: 5,
    rule: paperMomentum,
    learningRate: constant(0.5),
    momentum: constant(0.9),
    grain: 'batch',
    loss: { reduction: 'sum' },
    tiedGradient: 'average',
    criteria: [rightSideOf('learned', 0.5)],
    stopWhenCriteriaMet: false,
  };
}

function setup() {
  const net = buildNet(spec);
  const params = initialParameters(net, { range: 0.5, biases: true }, subStream('config', 1, 'init'));
  return { net, params, patterns: packPatterns(net, set) };
}

/** Trains with the valid config changed by `change` (which may delete or misspell fields). */
function trainWith(change: (c: Record<string, any>) => void) {
  const { net, params, patterns } = setup();
  const config: Record<string, any> = validConfig();
  change(config);
  return train(net, params, patterns, config as TrainConfig);
}

function refuses(run: () => unknown, field: string, errorClass: typeof ConfigError = ConfigError): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(errorClass);
  expect((caught as Error).message).toContain(`${field} must be`);
}

/** The valid spec with group `k` changed. */
function specWithGroup(k: number, change: (g: Record<string, any>) => void): NetSpec {
  const groups = spec.groups.map((g) => ({ ...g }) as Record<string, any>);
  change(groups[k]!);
  return { ...spec, groups } as NetSpec;
}

describe('a net spec with a bad field', () => {
  it.each([
    ['missing', (g: Record<string, any>) => delete g.size, 'buildNet: spec.groups[1].size'],
    ['NaN', (g: Record<string, any>) => (g.size = NaN), 'buildNet: spec.groups[1].size'],
    ['Infinity', (g: Record<string, any>) => (g.size = Infinity), 'buildNet: spec.groups[1].size'],
    ['out of range', (g: Record<string, any>) => (g.size = 0), 'buildNet: spec.groups[1].size'],
    ['not whole', (g: Record<string, any>) => (g.size = 1.5), 'buildNet: spec.groups[1].size'],
    ['an unknown kind', (g: Record<string, any>) => (g.kind = 'hiden'), 'buildNet: spec.groups[1].kind'],
    ['a missing name', (g: Record<string, any>) => delete g.name, 'buildNet: spec.groups[1].name'],
  ])('is refused by buildNet when %s', (_, change, field) => {
    refuses(() => buildNet(specWithGroup(1, change)), field, NetSpecError);
  });

  it('is refused by buildNet when a list or a projection end is missing', () => {
    refuses(() => buildNet({ projections: [] } as unknown as NetSpec), 'buildNet: spec.groups', NetSpecError);
    refuses(() => buildNet({ ...spec, projections: [{ from: 'in', to: 'out' }] } as NetSpec), 'buildNet: spec.projections[0].block', NetSpecError);
  });

  const recurrent: RecurrentSpec = {
    groups: [{ name: 'x', size: 1, kind: 'input' }, { name: 'h', size: 2, kind: 'unit', bias: 'hb' }],
    projections: [{ from: 'x', to: 'h', block: 'xh' }, { from: 'h', to: 'h', block: 'hh' }],
    iterations: 3,
    clamped: { x: [0] },
    scored: { h: [3] },
  };
  it.each([
    ['missing iterations', { iterations: undefined }, 'unroll: spec.iterations'],
    ['NaN iterations', { iterations: NaN }, 'unroll: spec.iterations'],
    ['fractional iterations', { iterations: 2.5 }, 'unroll: spec.iterations'],
    ['an infinite rest value', { groups: [recurrent.groups[0]!, { ...recurrent.groups[1]!, rest: Infinity }] }, 'unroll: spec.groups[1].rest'],
    ['an unknown kind', { groups: [recurrent.groups[0]!, { ...recurrent.groups[1]!, kind: 'hidden' }] }, 'unroll: spec.groups[1].kind'],
    ['a size of 0', { groups: [{ ...recurrent.groups[0]!, size: 0 }, recurrent.groups[1]!] }, 'unroll: spec.groups[0].size'],
    ['a scored list that is no list', { scored: { h: 3 } }, 'unroll: spec.scored["h"]'],
  ])('is refused by unroll with %s', (_, over, field) => {
    refuses(() => unroll({ ...recurrent, ...over } as unknown as RecurrentSpec), field, NetSpecError);
  });

  it('gives errors that are ConfigErrors too, so one catch covers every bad configuration', () => {
    refuses(() => buildNet(specWithGroup(0, (g) => (g.size = NaN))), 'buildNet: spec.groups[0].size', ConfigError);
  });
});

describe('a training config with a bad field', () => {
  it('refuses a misspelt sweep budget instead of looping forever, naming the field', () => {
    expect(() => trainWith((c) => {
      c.sweep = c.sweeps;
      delete c.sweeps;
    })).toThrow('train: config.sweeps must be a whole number ≥ 0, got undefined');
  });

  it.each([
    ['missing loss', (c: Record<string, any>) => delete c.loss, 'train: config.loss'],
    ['missing rule', (c: Record<string, any>) => delete c.rule, 'train: config.rule'],
    ['missing learning rate', (c: Record<string, any>) => delete c.learningRate, 'train: config.learningRate'],
    ['missing stop flag', (c: Record<string, any>) => delete c.stopWhenCriteriaMet, 'train: config.stopWhenCriteriaMet'],
    ['missing criteria', (c: Record<string, any>) => delete c.criteria, 'train: config.criteria'],
  ])('refuses a %s', (_, change, field) => refuses(() => trainWith(change), field));

  it.each([
    ['a NaN budget', (c: Record<string, any>) => (c.sweeps = NaN), 'train: config.sweeps'],
    ['an infinite budget', (c: Record<string, any>) => (c.sweeps = Infinity), 'train: config.sweeps'],
    ['a NaN ε', (c: Record<string, any>) => (c.learningRate = { kind: 'constant', value: NaN }), 'train: config.learningRate.value'],
    ['an infinite α', (c: Record<string, any>) => (c.momentum = { kind: 'constant', value: Infinity }), 'train: config.momentum.value'],
    ['a NaN decay rate', (c: Record<string, any>) => (c.decay = { rate: { kind: 'constant', value: NaN }, target: 'all' }), 'train: config.decay.rate.value'],
    ['a NaN margin', (c: Record<string, any>) => (c.loss = { reduction: 'sum', margin: { on: NaN, off: 0.2, residual: 'target' } }), 'train: config.loss.margin.on'],
    ['a NaN piece of a schedule', (c: Record<string, any>) => (c.momentum = { kind: 'piecewise', pieces: [{ fromSweep: 1, value: 0.5 }, { fromSweep: 3, value: NaN }] }), 'train: config.momentum.pieces[1].value'],
  ])('refuses %s', (_, change, field) => refuses(() => trainWith(change), field));

  it.each([
    ['a negative budget', (c: Record<string, any>) => (c.sweeps = -1), 'train: config.sweeps'],
    ['a negative ε', (c: Record<string, any>) => (c.learningRate = constant(-0.1)), 'train: config.learningRate.value'],
    ['α above 1', (c: Record<string, any>) => (c.momentum = constant(1.5)), 'train: config.momentum.value'],
    ['a decay rate above 1', (c: Record<string, any>) => (c.decay = { rate: constant(2), target: 'all' }), 'train: config.decay.rate.value'],
    ['a margin above 1', (c: Record<string, any>) => (c.loss = { reduction: 'sum', margin: { on: 1.5, off: 0.2, residual: 'target' } }), 'train: config.loss.margin.on'],
    ['a schedule that starts late', (c: Record<string, any>) => (c.learningRate = { kind: 'piecewise', pieces: [{ fromSweep: 2, value: 0.1 }] }), 'train: config.learningRate.pieces[0].fromSweep'],
    ['a criterion id used twice', (c: Record<string, any>) => (c.criteria = [rightSideOf('x', 0.5), withinOf('x', 0.2)]), 'train: config.criteria[1].id'],
  ])('refuses %s', (_, change, field) => refuses(() => trainWith(change), field));

  it.each([
    ['a fractional budget', (c: Record<string, any>) => (c.sweeps = 2.5), 'train: config.sweeps'],
    ['a fractional piece start', (c: Record<string, any>) => (c.learningRate = { kind: 'piecewise', pieces: [{ fromSweep: 1, value: 0.1 }, { fromSweep: 2.5, value: 0.2 }] }), 'train: config.learningRate.pieces[1].fromSweep'],
  ])('refuses %s', (_, change, field) => refuses(() => trainWith(change), field));

  it.each([
    ['grain', (c: Record<string, any>) => (c.grain = 'batched'), 'train: config.grain'],
    ['loss reduction', (c: Record<string, any>) => (c.loss = { reduction: 'avg' }), 'train: config.loss.reduction'],
    ['tied-gradient mode', (c: Record<string, any>) => (c.tiedGradient = 'mean'), 'train: config.tiedGradient'],
    ['decay target', (c: Record<string, any>) => (c.decay = { rate: constant(0.01), target: 'biases' }), 'train: config.decay.target'],
    ['margin residual', (c: Record<string, any>) => (c.loss = { reduction: 'sum', margin: { on: 0.8, off: 0.2, residual: 'band' } }), 'train: config.loss.margin.residual'],
    ['schedule kind', (c: Record<string, any>) => (c.learningRate = { kind: 'linear', value: 0.1 }), 'train: config.learningRate.kind'],
  ])('refuses an unknown %s', (_, change, field) => refuses(() => trainWith(change), field));

  it('refuses before anything is trained or reported', () => {
    const { net, params, patterns } = setup();
    const before = Float64Array.from(params);
    let calls = 0;
    const config = { ...validConfig(), sweeps: NaN, onSweep: () => (calls += 1) };
    refuses(() => train(net, params, patterns, config), 'train: config.sweeps');
    expect(calls).toBe(0);
    expect(Array.from(params)).toEqual(Array.from(before));
  });

  it('refuses parameters or patterns that belong to another net', () => {
    const { net, params, patterns } = setup();
    expect(() => train(net, params.subarray(1), patterns, validConfig())).toThrow(/train: params must be a Float64Array of the net's 3 parameters, got 2 values/);
    const other = buildNet(specWithGroup(0, (g) => (g.size = 3)));
    const otherPatterns = packPatterns(other, { ...set, inputs: { in: [[0, 1, 0], [1, 0, 0]] } });
    expect(() => train(net, params, otherPatterns, validConfig())).toThrow(ConfigError);
  });

  it('is checked by trainInSets too', () => {
    const { net, params, patterns } = setup();
    const twin = untie(spec);
    const sets = copySets(net, net, twin);
    const good: SetTrainConfig = { sweeps: 2, rule: paperMomentum, learningRate: constant(0.5), momentum: constant(0), loss: { reduction: 'sum' }, step: 'average' };
    expect(trainInSets(net, spreadToCopies(net, params, net, sets), patterns, sets, good).length).toBe(3);
    refuses(() => trainInSets(net, params, patterns, sets, { ...good, sweeps: NaN }), 'trainInSets: config.sweeps');
    refuses(() => trainInSets(net, params, patterns, sets, { ...good, step: 'averaged' as never }), 'trainInSets: config.step');
    refuses(() => trainInSets(net, params, patterns, sets, { ...good, momentum: constant(-1) }), 'trainInSets: config.momentum.value');
  });

  it.each([
    ['missing', { biases: true }, 'initialParameters: spec.range'],
    ['NaN', { range: NaN, biases: true }, 'initialParameters: spec.range'],
    ['negative', { range: -1, biases: true }, 'initialParameters: spec.range'],
    ['without its bias flag', { range: 1 }, 'initialParameters: spec.biases'],
  ])('refuses an init spec %s', (_, init, field) => {
    refuses(() => initialParameters(buildNet(spec), init as never, subStream('config', 1, 'init')), field);
  });

  it('is checked wherever else a setting enters the engine', () => {
    refuses(() => constant(NaN), 'constant: value');
    refuses(() => piecewise([{ fromSweep: 1, value: NaN }]), 'piecewise: pieces[0].value');
    refuses(() => new OutputLoss({ reduction: 'avg' } as never, 2, 1), 'OutputLoss: spec.reduction');
    refuses(() => rightSideOf('x', NaN), 'rightSideOf: threshold');
    refuses(() => withinOf('x', -0.1), 'withinOf: tolerance');
    refuses(() => adam({ beta1: NaN, beta2: 0.999, epsilon: 1e-8 }), 'adam: beta1');
    refuses(() => rmsprop({ decay: 1.5, epsilon: 1e-8 }), 'rmsprop: decay');
    const { net, params, patterns } = setup();
    refuses(() => gradientCheck(net, params, patterns, { reduction: 'sum' }, 0), 'gradientCheck: h');
  });
});

describe('a valid config', () => {
  it('with a budget of 0 sweeps evaluates the given weights without changing them', () => {
    const { net, params, patterns } = setup();
    const before = Float64Array.from(params);
    const result = train(net, params, patterns, { ...validConfig(), sweeps: 0 });
    expect(result.sweeps).toBe(0);
    expect(result.errors.length).toBe(1);
    expect(Array.from(params)).toEqual(Array.from(before));
  });

  it.each([1e308, Number.MAX_VALUE])('with ε = %s still trains, and a run that blows up is recorded as diverged', (epsilon) => {
    const { net, params, patterns } = setup();
    const result = train(net, params, patterns, { ...validConfig(), learningRate: constant(epsilon), sweeps: 20 });
    expect(Number.isFinite(result.errors[0]!)).toBe(true);
    expect(result.sweeps).toBeGreaterThan(0);
    expect(result.diverged).toBe(!Number.isFinite(result.errors[result.sweeps]!));
  });

  it('with every optional field, the edges of each range and the other update rules is accepted', () => {
    const run = (over: Partial<TrainConfig>) => trainWith((c) => Object.assign(c, over));
    expect(() => run({ momentum: constant(0), criteria: [], stopWhenCriteriaMet: true })).not.toThrow();
    expect(() => run({ momentum: constant(1), learningRate: constant(0) })).not.toThrow();
    expect(() => run({
      grain: 'pattern',
      order: subStream('config', 1, 'order'),
      decay: { rate: piecewise([{ fromSweep: 1, value: 0 }, { fromSweep: 3, value: 1 }]), target: 'weights' },
      loss: { reduction: 'mean', margin: { on: 1, off: 0, residual: 'edge' } },
      tiedGradient: 'sum',
      onSweep: () => {},
    })).not.toThrow();
    expect(() => run({ rule: adam({ beta1: 0.9, beta2: 1, epsilon: 0 }) })).not.toThrow();
    expect(() => run({ rule: rmsprop({ decay: 0, epsilon: 0 }) })).not.toThrow();
    expect(() => initialParameters(buildNet(spec), { range: 0, biases: false }, subStream('config', 1, 'init'))).not.toThrow();
  });
});
