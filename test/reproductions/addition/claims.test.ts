import { describe, expect, it } from 'vitest';
import { buildNet, subStream, initialParameters } from '../../../engine/index.js';
import { armStart } from '../../../reproductions/addition/arms.js';
import { addition } from '../../../reproductions/addition/index.js';
import { additionMinimal } from '../../../reproductions/addition/minimal.js';
import { additionNet, minimalNet } from '../../../reproductions/addition/nets.js';
import type { MinimalRun } from '../../../reproductions/addition/run.js';
import { judgeRuns } from '../../../reproductions/kit/judge.js';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { runExperiment } from '../../../scripts/app/run-experiment.js';

// Short budgets keep these cheap: the claims' logic is checked on hand-made runs below.
const cheap = [{ key: 'sweepBudget', raw: '200' }];

describe('addition: the 3-hidden net of Fig. 11', async () => {
  const { config } = resolveSettings(addition.settings, cheap);
  const report = await runExperiment(addition, config, [], [1, 2, 3]);
  const learning = report.claims.find((c) => c.id === 'learning')!;

  it('trains 4 → 3 chained hidden units → 3 with direct connections: 41 parameters; "all" adds the 1→3 link', () => {
    expect(report.architecture.parameterCount).toBe(41);
    expect(Object.keys(report.runs[0]!.weights!)).toContain('hidden2ToHidden3');
    expect(Object.keys(report.runs[0]!.weights!)).not.toContain('hidden1ToHidden3');
    const all = resolveSettings(addition.settings, [{ key: 'hiddenLinks', raw: 'all' }]).config;
    expect(buildNet(addition.net(all)).parameterCount).toBe(42);
  });

  it('learning: ε = 0 on three seeds never learns, so the control fails', () => {
    expect(learning.control).toMatchObject({ name: 'ε = 0', runs: 3, verdict: 'not-reproduced', fails: true });
    expect(learning.statistics).toHaveProperty('medianSweeps');
    expect(learning.statistics).toHaveProperty('stuckMedianError');
  });
});

describe('addition-minimal: the minimal net beside the 3-hidden net, on common random numbers', async () => {
  const { config } = resolveSettings(additionMinimal.settings, cheap);
  const report = await runExperiment(additionMinimal, config, [], [1, 2, 3]);
  const byId = Object.fromEntries(report.claims.map((c) => [c.id, c]));

  it('trains the minimal net (32 parameters) and records the 3-hidden net of every seed', () => {
    expect(report.architecture.parameterCount).toBe(32);
    for (const run of report.runs as MinimalRun[]) expect(run.threeHidden).not.toBeNull();
  });

  it("starts the 3-hidden net from the minimal net's values wherever they share one", () => {
    const init = { range: 0.3, biases: true };
    const start = initialParameters(buildNet(minimalNet), init, subStream('addition-minimal', 1, 'init'));
    const spec = additionNet(3, 'chain');
    const arm = armStart(spec, { experiment: 'addition-minimal', seed: 1, init, minimal: { spec: minimalNet, start } });
    const small = buildNet(minimalNet).blocks;
    const big = buildNet(spec).blocks;
    for (const b of small) {
      const a = big.find((x) => x.name === b.name)!;
      expect(Array.from(arm.subarray(a.offset, a.offset + a.length)), b.name).toEqual(Array.from(start.subarray(b.offset, b.offset + b.length)));
    }
    expect(additionMinimal.training!(config, 1).initial).toEqual(start);
  });

  it('every control fails: ε = 0 adds on no seed, and the minimal net cannot be told from itself', () => {
    expect(byId['two-hidden-units-add']!.control).toMatchObject({ name: 'ε = 0', runs: 3, verdict: 'not-reproduced', fails: true });
    expect(byId['minimal-stuck']!.control).toMatchObject({ name: 'minimal net against itself', runs: 3, verdict: 'not-reproduced', fails: true });
    expect(byId['minimal-stuck']!.control.statistics.difference).toBe(0);
  });
});

/** A hand-made seed: whether each net reached the criterion. */
const seedRun = (seed: number, minimalLearns: boolean, threeHiddenLearns: boolean): MinimalRun =>
  ({
    seed,
    sweepsToCriterion: minimalLearns ? 100 : null,
    finalError: minimalLearns ? 0.1 : 0.5,
    diverged: false,
    threeHidden: { sweepsToCriterion: threeHiddenLearns ? 100 : null, finalError: threeHiddenLearns ? 0.1 : 0.5, diverged: false },
  }) as MinimalRun;

describe('the claims of addition-minimal, judged on hand-made seeds', () => {
  const { config } = resolveSettings(additionMinimal.settings, []);
  const [handBuilt, minimalStuck] = additionMinimal.claims(config);
  const seeds = (n: number, f: (k: number) => [boolean, boolean]) => Array.from({ length: n }, (_, k) => seedRun(k + 1, ...f(k)));

  it('minimal-stuck: reproduced when the Wilson intervals separate, partial when only the rates differ, not when reversed', () => {
    expect(judgeRuns(minimalStuck!, seeds(30, () => [false, true])).judgement.verdict).toBe('reproduced');
    const close = judgeRuns(minimalStuck!, seeds(30, (k) => [k >= 6, k >= 4])).judgement;
    expect(close.statistics).toMatchObject({ minimalStuck: 6, threeHiddenStuck: 4, onlyMinimalStuck: 2, onlyThreeHiddenStuck: 0 });
    expect(close.verdict).toBe('partial');
    expect(judgeRuns(minimalStuck!, seeds(30, () => [true, false])).judgement.verdict).toBe('not-reproduced');
    // its control on the separating seeds: the minimal net against itself cannot separate
    expect(judgeRuns(minimalStuck!, seeds(30, () => [false, true])).judgement.control.fails).toBe(true);
  });

  it('two-hidden-units-add: one seed whose minimal net adds is a witness; none is not-reproduced, with the printed net in the story', () => {
    const one = seeds(10, (k) => [k === 3, true]);
    expect(handBuilt!.summarize(one.map((r) => handBuilt!.measure(r)), one)).toMatchObject({ holds: 1 });
    const none = seeds(10, () => [false, true]);
    const stats = handBuilt!.summarize(none.map((r) => handBuilt!.measure(r)), none);
    expect(stats.holds).toBe(0);
    expect(handBuilt!.story!(stats, 'not-reproduced')).toContain("Fig. 10's printed net adds");
  });
});
