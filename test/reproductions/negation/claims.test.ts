import { beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentReport } from '../../../reports/contract/index.js';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { negation } from '../../../reproductions/negation/index.js';
import { runExperiment } from '../../../scripts/app/run-experiment.js';
import { parseSvg, withClass } from '../../helpers/parse-svg.js';

describe('the negation claims and their controls, on six seeds', () => {
  const { config } = resolveSettings(negation.settings, []);
  let report: ExperimentReport;
  const byId = (id: string) => report.claims.find((c) => c.id === id)!;

  beforeAll(async () => {
    report = await runExperiment(negation, config, [], [1, 2, 3, 4, 5, 6]);
  });

  it('learns on every seed, with a Wilson interval; with ε = 0 no seed learns', () => {
    const c = byId('learning');
    expect(c.verdict).toBe('reproduced');
    expect(c.statistics).toMatchObject({ runs: 6, holds: 6 });
    expect(c.statistics.lo).toBeGreaterThan(0.5);
    expect(c.control).toMatchObject({ name: 'ε = 0', runs: 6, fails: true });
    expect(c.control.statistics.holds).toBe(0);
  });

  it('reads learned nets as three XORs of the flag with each bit; initial weights, none', () => {
    const c = byId('three-xors');
    expect(c.population).toMatchObject({ runs: 6, of: 6 });
    // per-seed measures, kept on the runs, add up to the statistic (4 of these 6 seeds decompose)
    const held = report.runs.filter((r) => r.measures['three-xors'] === true).length;
    expect(held).toBeGreaterThanOrEqual(1);
    expect(c.statistics.holds).toBe(held);
    expect(c.control).toMatchObject({ name: 'initial weights', fails: true });
    expect(c.control.statistics.holds).toBe(0);
  });

  it('draws the typical seed: 3 outputs of 8 cells and 3 hidden units of 5', async () => {
    const svg = await negation.figures[0]!.render({ report, runs: report.runs, config });
    expect(withClass(parseSvg(svg), 'hinton-weight')).toHaveLength(39);
    expect(svg).toMatch(/flag × bit [123]/);
  });

  it('has no printed weights: the chapter gives only biases, kept as context', () => {
    expect(negation.printedWeights).toBeUndefined();
    expect(report.dataset.paperBiases).toEqual({ hidden: [-8, 2, 2], output: [-1, 6, 6] });
  });
});
