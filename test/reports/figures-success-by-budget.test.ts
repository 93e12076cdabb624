import { describe, expect, it } from 'vitest';
import { successByBudgetSpec, successByBudgetSvg, successSteps } from '../../reports/figures/success-by-budget.js';
import { vegaLiteToSvg } from '../../reports/figures/vega-svg.js';
import { symmetryFixture } from '../fixtures/figure-reports.js';
import { parseSvg, vegaMarks, withClass } from '../helpers/parse-svg.js';

/** The paper's sweep counts the symmetry fixture is charted with (one run). */
const PAPER_SWEEPS = [1425];

describe('success-by-budget steps', () => {
  it('rises at each sweeps to criterion and keeps unreached seeds in the denominator', () => {
    expect(successSteps({ label: 'v', sweeps: [300, null, 100, 300], budget: 600 })).toEqual([
      { variant: 'v', sweep: 0, fraction: 0 },
      { variant: 'v', sweep: 100, fraction: 0.25 },
      { variant: 'v', sweep: 300, fraction: 0.75 },
      { variant: 'v', sweep: 600, fraction: 0.75 },
    ]);
  });
});

describe('figure: success by budget', () => {
  it('draws one step curve and the paper rule, with no legend for a single series', async () => {
    const svg = await successByBudgetSvg(symmetryFixture(), PAPER_SWEEPS);
    const root = parseSvg(svg);
    expect(vegaMarks(root, 'success')).toHaveLength(1);
    expect(vegaMarks(root, 'paper')).toHaveLength(1);
    expect(withClass(root, 'role-legend')).toHaveLength(0);
    expect(svg).toContain('the criterion (%)');
    expect(svg).toContain('Reached within the budget: 2 of 3.');
  });

  it('draws one curve per variant, with a legend, for a comparison', async () => {
    const spec = successByBudgetSpec('comparison', 'criterion', [
      { label: 'paper momentum', sweeps: [100, 200, null], budget: 600 },
      { label: 'plain descent', sweeps: [400, null, null], budget: 600 },
    ], [1425]);
    const root = parseSvg(await vegaLiteToSvg(spec));
    expect(vegaMarks(root, 'success')).toHaveLength(2);
    expect(withClass(root, 'role-legend')).toHaveLength(1);
  });

  it('gives the same bytes on a second render', async () => {
    expect(await successByBudgetSvg(symmetryFixture(), PAPER_SWEEPS)).toBe(await successByBudgetSvg(symmetryFixture(), PAPER_SWEEPS));
  });
});
