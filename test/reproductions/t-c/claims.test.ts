import { beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentReport } from '../../../reports/contract/index.js';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { tc } from '../../../reproductions/t-c/index.js';
import { runExperiment } from '../../../scripts/app/run-experiment.js';
import { parseSvg, withClass } from '../../helpers/parse-svg.js';

describe('the T–C claims and their controls, on four seeds', () => {
  const { config } = resolveSettings(tc.settings, []);
  let report: ExperimentReport;
  const byId = (id: string) => report.claims.find((c) => c.id === id)!;

  beforeAll(async () => {
    report = await runExperiment(tc, config, [], [1, 2, 3, 4]);
  });

  it('learns on every seed; with ε = 0 none does', () => {
    const c = byId('learning');
    expect(c.verdict).toBe('reproduced');
    expect(c.statistics).toMatchObject({ runs: 4, holds: 4 });
    expect(c.control).toMatchObject({ name: 'ε = 0', fails: true });
    expect(c.control.statistics.holds).toBe(0);
  });

  it("classifies every learned field, its shares adding to 1; the initial fields' control fails", () => {
    const c = byId('field-kinds');
    expect(c.statistics.runs).toBe(4);
    const shares = ['centre-surround', 'bar', 'diagonal', 'compactness', 'other'].map((k) => c.statistics[`share:${k}`] as number);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(c.control).toMatchObject({ name: 'initial weights', fails: true });
  });

  it("reports the counts' claims as not testable when no learned field is of their kind, with the idealised counts", () => {
    for (const id of ['diagonal-counts', 'compactness-counts']) {
      const c = byId(id);
      if (c.statistics.runs === 0) expect(c.verdict).toBe('not-testable');
      expect(c.control.fails).toBe(true);
    }
    expect(byId('compactness-counts').statistics).toMatchObject({ idealT: 21, idealC: 20 });
    expect(byId('diagonal-counts').statistics).toMatchObject({ idealT: 4, idealC: 3 });
  });

  it("draws one learned field per kind found beside the chapter's four, 9 squares each", async () => {
    const svg = await tc.figures[0]!.render({ report, runs: report.runs, config });
    const kinds = new Set(report.runs.filter((r) => r.sweepsToCriterion !== null).map((r) => r.measures['field-kinds']));
    expect(withClass(parseSvg(svg), 'hinton-weight').length % 9).toBe(0);
    expect(withClass(parseSvg(svg), 'hinton-weight').length).toBeGreaterThanOrEqual(9 * (4 + Math.min(1, kinds.size)));
    expect(svg).toContain('D: compactness');
  });

  it('has no printed weights: the chapter prints fields, not a net', () => {
    expect(tc.printedWeights).toBeUndefined();
  });
});
