import { describe, expect, it } from 'vitest';
import { diffReports } from '../../reports/report-diff.js';
import { SCHEMA_VERSION, type Report } from '../../reports/contract/index.js';
import { defaults } from '../../reproductions/kit/settings.js';
import { symmetry } from '../../reproductions/symmetry/index.js';
import { assembleExperiment, measureRun } from '../../scripts/app/run-experiment.js';

function report(node: string, seconds = 1): Report {
  const config = { ...defaults(symmetry.settings), sweepBudget: 2000 };
  const claims = symmetry.claims(config);
  const runs = [1, 2, 3].map((seed) => measureRun(claims, symmetry.runSeed(config, seed)));
  return {
    schemaVersion: SCHEMA_VERSION,
    suite: { name: 'backprop-1986', version: '0.0.0' },
    environment: { node, platform: 'linux', arch: 'x64', os: 'Linux', cpu: 'cpu', cpus: 2, packageVersion: '0.0.0', gitCommit: null },
    invocation: { only: ['symmetry'], seeds: 3, sets: [] },
    timing: { startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', seconds: { symmetry: seconds } },
    experiments: [assembleExperiment(symmetry, config, [], runs)],
  };
}

const clone = (r: Report) => JSON.parse(JSON.stringify(r)) as Report;

describe('diffing a report against the baseline', () => {
  const base = report('v20.20.2');

  it('finds nothing between equal reports, and reports timings only as advice', () => {
    const d = diffReports(base, report('v20.1.0', 3));
    expect(d).toMatchObject({ mode: 'exact', differences: [] });
    expect(d.advice).toEqual(['symmetry: 3.00 s (baseline 1.00 s, ×3.00)']);
  });

  it('names experiment, seed and field of every change', () => {
    const changed = clone(base);
    const e = changed.experiments[0]!;
    e.runs[1]!.weightsDigest = 'f'.repeat(64);
    e.runs[2]!.sweepsToCriterion = 1234;
    e.claims[0]!.verdict = 'partial';
    e.dataset.digest = '0'.repeat(64);
    expect(diffReports(base, changed).differences).toEqual([
      `symmetry: dataset.digest: ${base.experiments[0]!.dataset.digest.slice(0, 12)}… → 000000000000…`,
      `symmetry seed 2: weightsDigest: ${base.experiments[0]!.runs[1]!.weightsDigest.slice(0, 12)}… → ffffffffffff…`,
      `symmetry seed 3: sweepsToCriterion: ${JSON.stringify(base.experiments[0]!.runs[2]!.sweepsToCriterion)} → 1234`,
      `symmetry claim ${e.claims[0]!.id}: verdict: "${base.experiments[0]!.claims[0]!.verdict}" → "partial"`,
    ]);
  });

  it('on another Node major, ignores digests but holds verdicts and statistics to the tolerances', () => {
    const other = clone(base);
    other.environment.node = 'v22.1.0';
    other.experiments[0]!.runs[0]!.weightsDigest = 'a'.repeat(64);
    expect(diffReports(base, other)).toMatchObject({ mode: 'statistical', differences: [] });
    const claim = other.experiments[0]!.claims.find((c) => c.statistics.fraction !== undefined && c.statistics.fraction !== null)!;
    claim.statistics.fraction = claim.statistics.fraction! + 0.04; // within 0.05 absolute
    expect(diffReports(base, other).differences).toEqual([]);
    claim.statistics.fraction = claim.statistics.fraction! + 0.2; // well beyond it
    expect(diffReports(base, other).differences).toEqual([expect.stringMatching(new RegExp(`symmetry claim ${claim.id}: statistics.fraction: .* \\(beyond the tolerance\\)`))]);
  });

  it('with exact, compares bits across Node majors too (CI on Node 22 and 24)', () => {
    const other = clone(base);
    other.environment.node = 'v24.21.0';
    expect(diffReports(base, other, { exact: true })).toEqual(expect.objectContaining({ mode: 'exact', differences: [] }));
    other.experiments[0]!.runs[0]!.weightsDigest = 'a'.repeat(64);
    expect(diffReports(base, other, { exact: true }).differences).toEqual([
      `symmetry seed 1: weightsDigest: ${base.experiments[0]!.runs[0]!.weightsDigest.slice(0, 12)}… → aaaaaaaaaaaa…`,
    ]);
  });

  it('notices experiments and claims that appear or disappear', () => {
    const fewer = clone(base);
    fewer.experiments[0]!.claims.pop();
    const gone = base.experiments[0]!.claims.at(-1)!.id;
    expect(diffReports(base, fewer).differences).toEqual([`symmetry claim ${gone}: missing from the new report`]);
    expect(diffReports(fewer, base).differences).toEqual([`symmetry claim ${gone}: new in this report`]);
    expect(diffReports(base, { ...base, experiments: [] }).differences).toEqual(['symmetry: missing from the new report']);
  });
});
