import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../reports/markdown.js';
import { assertValidReport, reportErrors } from '../../reports/validate.js';
import { SCHEMA_VERSION, type Report } from '../../reports/contract/index.js';
import { defaults } from '../../reproductions/kit/settings.js';
import { experiments } from '../../reproductions/registry.js';
import { symmetry } from '../../reproductions/symmetry/index.js';
import { presentationOf } from '../../scripts/app/presentation.js';
import { assembleExperiment, measureRun } from '../../scripts/app/run-experiment.js';

function smallReport(): Report {
  const config = { ...defaults(symmetry.settings), sweepBudget: 2000 };
  const claims = symmetry.claims(config);
  const runs = [1, 2].map((seed) => measureRun(claims, symmetry.runSeed(config, seed)));
  return {
    schemaVersion: SCHEMA_VERSION,
    suite: { name: 'backprop-1986', version: '0.0.0' },
    environment: { node: 'v20', platform: 'linux', arch: 'x64', os: 'Linux', cpu: 'cpu', cpus: 2, packageVersion: '0.0.0', gitCommit: null },
    invocation: { only: ['symmetry'], seeds: 2, sets: [] },
    timing: { startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', seconds: { symmetry: 1 } },
    experiments: [assembleExperiment(symmetry, config, [], runs)],
  };
}

describe('the report schema', () => {
  const report = smallReport();

  it('accepts a report the suite assembles', () => {
    expect(reportErrors(report)).toBeNull();
  });

  it('rejects a broken report and names the path of the error', () => {
    const broken = JSON.parse(JSON.stringify(report));
    broken.experiments[0].claims[0].verdict = 'probably';
    delete broken.experiments[0].runs[1].weightsDigest;
    const errors = reportErrors(broken)!;
    expect(errors).toMatch(/\/experiments\/0\/claims\/0\/verdict must be equal to one of the allowed values/);
    expect(errors).toMatch(/\/experiments\/0\/runs\/1 must have required property 'weightsDigest'/);
    expect(() => assertValidReport(broken)).toThrow(/does not match reports\/schema.json/);
  });

  it('renders Markdown that opens with the verdict table', () => {
    const md = renderMarkdown(report, presentationOf(report));
    expect(md.split('\n').findIndex((l) => l === '## Verdicts')).toBeLessThan(md.split('\n').findIndex((l) => l.startsWith('## Symmetry')));
    expect(md).toMatch(/\| learning-within-0.2 \| 1425 sweeps \(one run\) \| median/);
  });

  it('accepts the committed baseline report that the regression gate compares against', () => {
    const baseline = JSON.parse(readFileSync(new URL('../../reports/baseline/report.json', import.meta.url), 'utf8'));
    expect(reportErrors(baseline)).toBeNull();
    expect(baseline.experiments.map((e: { id: string }) => e.id)).toEqual(experiments.map((e) => e.id));
  });
});
