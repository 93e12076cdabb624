import { describe, expect, it } from 'vitest';
import { curveQuartiles, errorAt, sweepGrid } from '../../reports/figures/curve-summary.js';
import { learningCurvesSvg } from '../../reports/figures/learning-curves.js';
import type { RunRecord } from '../../reports/contract/index.js';
import { familyTreesFixture, symmetryFixture } from '../fixtures/figure-reports.js';
import { parseSvg, vegaMarks } from '../helpers/parse-svg.js';

/** The paper's sweep counts the symmetry fixture is charted with (one run); the family-trees one has none. */
const PAPER_SWEEPS = [1425];

const curveRun = (seed: number, sweeps: number[], errors: Array<number | null>) =>
  ({ seed, errorCurve: { sweeps, errors } }) as unknown as RunRecord;

describe('learning-curve summaries', () => {
  const a = curveRun(1, [0, 10, 20], [8, 4, 2]);
  const b = curveRun(2, [0, 5], [6, 1]); // stopped at sweep 5
  const c = curveRun(3, [0, 10], [10, null]); // diverged

  it('interpolates between samples and holds the last value after a run stopped', () => {
    expect(errorAt(a, 5)).toBe(6); // halfway from 8 to 4
    expect(errorAt(b, 15)).toBe(1);
    expect(errorAt(c, 5)).toBeNull();
  });

  it('takes quartiles on a common grid, ranking a non-finite error above every finite one', () => {
    expect(sweepGrid(20, 4)).toEqual([0, 5, 10, 15, 20]);
    // At sweep 10: a = 4 and b = 1 (held). Adding c = ∞ gives q1 = 2.5, median = 4, q3 = ∞: no row drawn.
    const rows = curveQuartiles([a, b], [0, 10]);
    expect(rows).toEqual([
      { sweep: 0, q1: 6.5, median: 7, q3: 7.5 },
      { sweep: 10, q1: 1.75, median: 2.5, q3: 3.25 },
    ]);
    expect(curveQuartiles([a, b, c], [10])).toEqual([]);
  });
});

describe('figure: learning curves', () => {
  it('draws a line per seed, the median, its band, a dot per converged seed and the paper rule', async () => {
    const svg = await learningCurvesSvg(symmetryFixture(), PAPER_SWEEPS);
    const root = parseSvg(svg);
    expect(vegaMarks(root, 'seeds')).toHaveLength(3);
    expect(vegaMarks(root, 'median')).toHaveLength(1);
    expect(vegaMarks(root, 'band')).toHaveLength(1);
    expect(vegaMarks(root, 'reached')).toHaveLength(2); // seeds 1 and 2 met the criterion
    expect(vegaMarks(root, 'paper')).toHaveLength(1);
    expect(vegaMarks(root, 'paperLabel').map((n) => n.text)).toEqual(['paper: 1425 sweeps']);
    expect(svg).toContain('sweeps (passes through the training set)');
    expect(svg).toContain('(summed over cases and outputs)');
  });

  it('works for an experiment with no paper sweep count and few converged seeds', async () => {
    const root = parseSvg(await learningCurvesSvg(familyTreesFixture(), []));
    expect(vegaMarks(root, 'seeds')).toHaveLength(4);
    expect(vegaMarks(root, 'reached')).toHaveLength(1);
    expect(vegaMarks(root, 'paper')).toHaveLength(0);
  });

  it('gives the same bytes on a second render', async () => {
    expect(await learningCurvesSvg(symmetryFixture(), PAPER_SWEEPS)).toBe(await learningCurvesSvg(symmetryFixture(), PAPER_SWEEPS));
  });
});
