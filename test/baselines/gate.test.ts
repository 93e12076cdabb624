import { describe, expect, it } from 'vitest';
import { compareWithEngine, roundingScale } from '../../baselines/agreement.js';
import { engine, engineConfig, trainEngine } from '../../baselines/engine-adapter.js';
import { layoutOf } from '../../baselines/layout.js';
import type { Implementation, TrainingTask } from '../../baselines/task.js';
import { buildNet, packPatterns, train } from '../../engine/index.js';
import { benchmarkErrors } from '../../reports/validate-benchmark.js';
import { runBench } from '../../scripts/app/bench/run-bench.js';
import { benchTask, taskIds } from '../../scripts/app/bench/tasks.js';
import { oneHotSpec } from '../helpers/one-hot-net.js';
import { skipTiedSpec } from '../helpers/random-net.js';

// The benchmark times only implementations that follow the engine, and says why it refuses one.

/** A plausible bug: the loss averaged over cases and outputs instead of summed (PAPER.md §6). */
const meanLoss: Implementation = {
  id: 'object-graph',
  precision: 'float64',
  description: 'the engine with a mean loss, standing in for a wrong baseline',
  async prepare(task) {
    const wrong: TrainingTask = { ...task, loss: { ...task.loss, reduction: 'mean' } };
    return {
      async train(sweeps) {
        const net = buildNet(wrong.spec);
        const params = wrong.initial.slice();
        const result = train(net, params, packPatterns(net, wrong.patterns), engineConfig(wrong, sweeps));
        return { params, finalError: result.errors[sweeps]! };
      },
      dispose: () => {},
    };
  },
};

describe('the oracle gate', () => {
  it('refuses a float64 implementation that drifts from the engine, naming the difference', async () => {
    const task = benchTask('symmetry');
    const reference = trainEngine(task, task.checkSweeps);
    const runner = await meanLoss.prepare(task);
    if ('unavailable' in runner) throw new Error(runner.unavailable);
    const bad = await runner.train(task.checkSweeps);
    const { tolerance } = roundingScale(task, task.checkSweeps, reference);
    const agreement = compareWithEngine(meanLoss, bad, reference, task.checkSweeps, tolerance);
    expect(agreement.agrees).toBe(false);
    expect(agreement.reason).toMatch(/disagrees with the engine after 50 sweeps \(tolerance \d\.\de-\d+, float64 rounding\): E = /);
  });

  it('leaves it out of the timed rounds, and the JSON says why and still fits the schema', async () => {
    const lines: string[] = [];
    const report = await runBench({ tasks: ['symmetry'], implementations: ['object-graph'], rounds: 1, progress: (l) => lines.push(l), registry: [engine, meanLoss] });
    const refused = report.results.find((r) => r.implementation === 'object-graph')!;
    expect(refused.status).toBe('refused');
    expect(refused.cups).toBeNull();
    expect(refused.reason).toMatch(/disagrees with the engine/);
    expect(lines.some((l) => l.includes('object-graph not timed'))).toBe(true);
    const timed = report.results.find((r) => r.implementation === 'engine')!;
    expect(timed.status).toBe('timed');
    expect(timed.ratioToEngine).toBe(1);
    expect(benchmarkErrors(report)).toBeNull();
    expect(benchmarkErrors({ ...report, results: [{ ...timed, cups: undefined }] })).toMatch(/cups/);
  });
});

describe('the baselines\' own parameter layout', () => {
  it.each([
    ...taskIds().map((id) => [id, benchTask(id).spec] as const),
    ['one-hot net with a skip connection', oneHotSpec] as const,
  ])('matches the engine\'s for the %s net', (_, spec) => {
    const layout = layoutOf(spec);
    const net = buildNet(spec);
    expect(layout.parameterCount).toBe(net.parameterCount);
    for (const p of net.projections) expect(layout.projections.some((q) => q.offset === p.block.offset && q.from === p.from && q.to === p.to)).toBe(true);
    for (const g of net.groups) expect(layout.groups[g.index]!.biasOffset).toBe(g.biasOffset);
  });

  it('refuses tied nets, whose summation order a per-pattern loop cannot follow', () => {
    expect(() => layoutOf(skipTiedSpec)).toThrow(/untied nets only/);
  });
});
