import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Report } from '../../../reports/contract/index.js';
import { reportErrors } from '../../../reports/validate.js';
import { iterativeNets } from '../../../reproductions/iterative-nets/index.js';
import type { IterativeRun } from '../../../reproductions/iterative-nets/run-tasks.js';
import { registerWeights } from '../../../reproductions/iterative-nets/shift-register.js';
import { defaults } from '../../../reproductions/kit/settings.js';
import { findExperiment } from '../../../reproductions/registry.js';
import { assembleExperiment, measureRun } from '../../../scripts/app/run-experiment.js';

// Two seeds with the default settings but short budgets, so the test stays fast.
const config = { ...defaults(iterativeNets.settings), fig5Sweeps: 200, sequenceBudget: 300 };
const claims = iterativeNets.claims(config);
const runs = [1, 2].map((seed) => measureRun(claims, iterativeNets.runSeed(config, seed)));
const experiment = assembleExperiment(iterativeNets, config, [], runs);

describe('the iterative-nets experiment', () => {
  it('is registered', () => {
    expect(findExperiment('iterative-nets')?.id).toBe('iterative-nets');
  });

  it('writes a schema-valid report with its four claims', () => {
    const report: Report = {
      schemaVersion: SCHEMA_VERSION,
      suite: { name: 'backprop-1986', version: '0.0.0' },
      environment: { node: 'v20', platform: 'linux', arch: 'x64', os: 'Linux', cpu: 'cpu', cpus: 2, packageVersion: '0.0.0', gitCommit: null },
      invocation: { only: ['iterative-nets'], seeds: 2, sets: [] },
      timing: { startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', seconds: { 'iterative-nets': 1 } },
      experiments: [experiment],
    };
    expect(reportErrors(report)).toBeNull();
    expect(experiment.claims.map((c) => c.id)).toEqual(['fig5-equivalence', 'shift-register', 'sequence-completion', 'sequence-sweeps']);
    expect(experiment.claims.every((c) => c.population.runs === 2)).toBe(true);
  });

  it('measures every claim on every seed and keeps each task\'s own record', () => {
    for (const run of runs as IterativeRun[]) {
      expect(Object.keys(run.measures).sort()).toEqual(['fig5-equivalence', 'sequence-completion', 'sequence-sweeps', 'shift-register']);
      expect(run.measures['sequence-sweeps']).toBe(run.sequence.sweepsToCriterion);
      expect(run.fig5.copySpread).toBe(0);
      expect(run.fig5.separateSpread).toBeGreaterThan(0);
      expect(run.fig5.separateDeviation).toBeGreaterThan(0);
      expect(run.sequence.testProduced.length).toBe(5);
      expect(run.sequence.testDigitsRight).toBeGreaterThanOrEqual(run.sequence.testSequencesRight * 4);
      expect(registerWeights(run.weights!).map((row) => row.length)).toEqual([3, 3, 3]);
    }
  });

  it('gives the same bits for the same seed', () => {
    const again = iterativeNets.runSeed(config, 1) as IterativeRun;
    const first = runs[0] as IterativeRun;
    expect(again.weightsDigest).toBe(first.weightsDigest);
    expect(again.fig5.weightsDigest).toBe(first.fig5.weightsDigest);
    expect(again.sequence.weightsDigest).toBe(first.sequence.weightsDigest);
    expect(first.weightsDigest).not.toBe(runs[1]!.weightsDigest);
  });
});
