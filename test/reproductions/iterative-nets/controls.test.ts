import { describe, expect, it } from 'vitest';
import { blockView, buildNet, constant, initialParameters, packPatterns, paperMomentum, subStream, train, type Net, type NetSpec, type PatternSet, type TrainConfig } from '../../../engine/index.js';
import { controlTraining, iterativeNets, sequenceProblem } from '../../../reproductions/iterative-nets/index.js';
import type { IterativeRun } from '../../../reproductions/iterative-nets/run-tasks.js';
import { sequencePatterns, sequenceUnrolled } from '../../../reproductions/iterative-nets/sequences.js';
import { shiftPatterns, shiftUnrolled } from '../../../reproductions/iterative-nets/shift-register.js';
import { judgeRuns } from '../../../reproductions/kit/judge.js';
import { defaults, type ConfigOf } from '../../../reproductions/kit/settings.js';
import { CONTROL_SEEDS } from '../../../reproductions/kit/controls.js';

// Each claim's negative control: it fails on the normal runs, and under the manipulation the
// claim's own measure fails. Short budgets, and seeds whose sequence nets learn within them.

type Config = ConfigOf<typeof iterativeNets.settings>;
const base: Config = { ...defaults(iterativeNets.settings), fig5Sweeps: 200, sequenceBudget: 250 };
/** Seeds whose sequence nets reach the criterion in 156–173 sweeps at the defaults. */
const SEEDS = [8, 10, 12];
const runsOf = (config: Config, seeds = SEEDS) => seeds.map((seed) => ({ ...iterativeNets.runSeed(config, seed), measures: {} }) as IterativeRun);
const judged = (config: Config, runs: readonly IterativeRun[], id: string) => judgeRuns(iterativeNets.claims(config).find((c) => c.id === id)!, runs).judgement;
const runs = runsOf(base);

describe('the controls of the iterative-net claims', () => {
  it('train again the report\'s first seeds, as many as the kit says', () => {
    expect(SEEDS.length).toBe(CONTROL_SEEDS);
    for (const id of ['shift-register', 'sequence-completion', 'sequence-sweeps']) expect(judged(base, runs, id).control.runs).toBe(CONTROL_SEEDS);
  });

  it('fig5-equivalence: fails with the copies untied; trained with ε = 0 the control cannot fail, so the claim is held at partial', () => {
    const normal = judged(base, runs, 'fig5-equivalence');
    expect(normal.verdict).toBe('reproduced');
    expect(normal.control).toMatchObject({ name: 'copies untied', verdict: 'not-reproduced', fails: true, runs: 3 });
    for (const run of runs) expect(run.fig5.separateSpread).toBeGreaterThan(1);

    // At ε = 0 the equivalence still "holds" (it is an identity of the implementation) and the
    // untied copies cannot drift: the measure cannot tell, and the claim must not pass.
    const frozenConfig = { ...base, learningRate: 0, sequenceBudget: 1 };
    const frozen = runsOf(frozenConfig, [1, 2]);
    for (const run of frozen) expect([run.fig5.separateSpread, run.fig5.separateDeviation]).toEqual([0, 0]);
    const held = judged(frozenConfig, frozen, 'fig5-equivalence');
    expect(held.control).toMatchObject({ verdict: 'reproduced', fails: false });
    expect(held.verdict).toBe('partial');
    expect(held.decidedBy).toMatch(/control \(copies untied\) did not fail/);
  });

  it('shift-register: read out at unit 1, no seed learns with the gradient cut between time steps', () => {
    const normal = judged(base, runs, 'shift-register');
    expect(normal.verdict).toBe('reproduced');
    expect(normal.control).toMatchObject({ name: 'gradient cut between time steps', verdict: 'not-reproduced', fails: true });
    expect(normal.control.statistics).toMatchObject({ runs: 3, learned: 0, learnedFraction: 0 });
    const cut = controlTraining(base).shiftCut(SEEDS[0]!);
    expect([cut.sweepsToCriterion, cut.sweepsRun]).toEqual([null, base.shiftBudget]);
  });

  it('shift-register: scoring every unit at every step would let the cut learn, so that scoring is not the default', () => {
    const everyStep = { ...base, shiftScoredSteps: 'every-step' as const };
    expect(base.shiftScoredSteps).toBe('read-out');
    expect(judged(everyStep, runsOf(everyStep), 'shift-register').control.fails).toBe(false);
  });

  it('sequence-completion: with the gradient cut between time steps the novel sequences are not completed', () => {
    const normal = judged(base, runs, 'sequence-completion');
    expect(normal.verdict).toBe('reproduced');
    expect(normal.control).toMatchObject({ verdict: 'not-reproduced', fails: true });
    expect(normal.control.statistics.median).toBeLessThan(3);
  });

  it('sequence-sweeps: measured on the sequence net, not the shift register; with ε = 0 no seed reaches the criterion', () => {
    const { values, judgement } = judgeRuns(iterativeNets.claims(base).find((c) => c.id === 'sequence-sweeps')!, runs);
    expect(values).toEqual(runs.map((r) => r.sequence.sweepsToCriterion));
    expect(values.every((v) => typeof v === 'number' && v < base.sequenceBudget)).toBe(true);
    expect(judgement.control).toMatchObject({ name: 'ε = 0', verdict: 'not-reproduced', fails: true });
    expect(judgement.control.statistics).toMatchObject({ runs: 3, reached: 0, reachedFraction: 0 });
  });

  it('tells a story where a claim is not reproduced', () => {
    const claims = iterativeNets.claims(base);
    const story = (id: string, statistics: Record<string, number | null>) => claims.find((c) => c.id === id)!.story!(statistics, 'not-reproduced');
    expect(story('fig5-equivalence', { runs: 5, holds: 4, fraction: 0.8 })).toMatch(/held on 4 of 5 seeds/);
    expect(story('shift-register', { runs: 5, learned: 2, learnedFraction: 0.4, shifted: 1, shiftFraction: 0.5 })).toMatch(/^2 of 5 seeds learned within 2000 sweeps .* 1 of those formed the shift/);
    expect(story('sequence-completion', { runs: 5, median: 2, q1: 1, q3: 3 })).toMatch(/median seed completed 2 of the 5 novel sequences \(quartiles 1–3\)/);
    expect(story('sequence-sweeps', { runs: 5, reached: 1, median: null, percentileOfPaper: 10 })).toMatch(/260 sweeps .* percentile 10 .* 1 of 5 reached/);
  });
});

describe('the gradient cut between time steps (TrainConfig.cutGradientsBetweenLayers)', () => {
  const recipe: TrainConfig = { sweeps: 30, rule: paperMomentum, learningRate: constant(0.2), momentum: constant(0.9), grain: 'batch', loss: { reduction: 'sum' }, tiedGradient: 'average', criteria: [], stopWhenCriteriaMet: false };
  /** Names of the blocks whose values training changed. */
  const moved = (net: Net, before: Float64Array, after: Float64Array) => net.blocks.filter((b) => blockView(before, b).some((v, k) => v !== blockView(after, b)[k])).map((b) => b.name);
  const trainCut = (spec: NetSpec, set: PatternSet, cut: boolean) => {
    const net = buildNet(spec);
    const initial = initialParameters(net, { range: 0.3, biases: true }, subStream('test', 1, 'cut'));
    const params = Float64Array.from(initial);
    train(net, params, packPatterns(net, set), { ...recipe, cutGradientsBetweenLayers: cut });
    return moved(net, initial, params);
  };

  it('leaves a unit that is never scored without error: only the weights into scored units move', () => {
    const shift = shiftUnrolled(3, 3, 'read-out');
    expect(trainCut(shift.spec, shiftPatterns(shift, 3), true)).toEqual(['readToRead', 'restToRead', 'readBias']);
    expect(trainCut(shift.spec, shiftPatterns(shift, 3), false)).toHaveLength(6);
    const problem = sequenceProblem(base);
    const sequences = sequenceUnrolled(problem);
    const set = sequencePatterns(problem, sequences, [{ letters: ['A', 'B'], digits: [1, 2, 2, 3], text: 'AB1223' }]);
    expect(trainCut(sequences.spec, set, true)).toEqual(['hiddenToDigits', 'digitBias']);
    expect(trainCut(sequences.spec, set, false)).toHaveLength(5);
  });
});
