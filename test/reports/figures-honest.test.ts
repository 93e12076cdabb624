import { describe, expect, it } from 'vitest';
import type { ExperimentReport } from '../../reports/contract/index.js';
import { errorAxis, roundUp } from '../../reports/figures/error-axis.js';
import { learningCurvesSpec, learningCurvesSvg } from '../../reports/figures/learning-curves.js';
import { paperMarkRows } from '../../reports/figures/paper-marks.js';
import { successByBudgetSpec, successByBudgetSvg } from '../../reports/figures/success-by-budget.js';
import { vegaLiteToSvg } from '../../reports/figures/vega-svg.js';
import { familyTreesFixture, plateauFixture, shiftRegisterChartFixture, divergedFixture, symmetryFixture } from '../fixtures/figure-reports.js';
import { parseSvg, vegaMarks, type SvgNode } from '../helpers/parse-svg.js';

// Each way a chart could hide its point or say more than it draws, and the figure that now does not.

/** The y domain a learning-curve spec sets for E, or undefined when vega fits it to all the data. */
const errorDomain = (e: ExperimentReport) => {
  const layers = (learningCurvesSpec(e, []) as unknown as { layer: Array<{ name: string; encoding: { y?: { scale?: { domain?: number[] } } } }> }).layer;
  return layers.find((l) => l.name === 'seeds')!.encoding.y!.scale?.domain;
};

/** The x domain of a success-by-budget spec. */
const sweepDomain = (spec: unknown) => (spec as { layer: Array<{ encoding: { x: { scale: { domain: number[] } } } }> }).layer[0]!.encoding.x.scale.domain;

/** Every (x, y) of a path's `d` written as vega writes lines: M and L commands with absolute coordinates. */
const pathPoints = (n: SvgNode): Array<[number, number]> => [...(n.attrs.d ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('learning curves: a first sweep far above the rest does not flatten the plateau', () => {
  it('draws the family-trees-like plateau on an axis to 55, not 350, and says where the curves run above it', async () => {
    // The axis ends at a round number just above the largest E after the first 5% of the sweeps.
    expect(roundUp(53.9)).toBe(55);
    expect(roundUp(4.4)).toBe(4.5);
    const axis = errorAxis([{ sweep: 0, error: 350 }, { sweep: 8, error: 120 }, { sweep: 100, error: 45 }, { sweep: 1500, error: 44 }], 1500);
    expect(axis).toEqual({ top: 50, above: { until: 8, highest: 350 } });
    expect(errorDomain(plateauFixture())).toEqual([0, 55]);
    const svg = await learningCurvesSvg(plateauFixture(), []);
    expect(svg).toContain('The error axis is clipped at E = 55');
    // The median and band are read off a grid at sweeps 0, 8, 15, …: at 15 they are still on the way
    // down from the 120 at sweep 8, above 55; from 22 on they are on the plateau.
    expect(svg).toContain('the curves run above it until sweep 15');
    expect(svg).toContain('(up to E = 350)');
    // A start not far above the rest (symmetry fixture: E from 8.2, still 6.1 at 5% of the axis) stays in full.
    expect(errorDomain(symmetryFixture())).toBeUndefined();
    expect(await learningCurvesSvg(symmetryFixture(), [1425])).not.toContain('clipped');
  });
});

describe('success by budget: a curve at 0% is seen and said', () => {
  const none = familyTreesFixture();
  none.runs = none.runs.map((r) => ({ ...r, sweepsToCriterion: null }));

  it('draws the 0% line above the x axis, not on it', async () => {
    const spec = successByBudgetSpec('none', 'criterion', [{ label: 'v', sweeps: none.runs.map(() => null), budget: 1500 }], []);
    const height = (spec as { height: number }).height;
    const [line] = vegaMarks(parseSvg(await vegaLiteToSvg(spec)), 'success');
    const ys = pathPoints(line!).map(([, y]) => y);
    expect(ys.length).toBeGreaterThan(0);
    for (const y of ys) expect(y).toBeLessThan(height - 4);
  });

  it('writes on the plot that no seed met the criterion within the budget', async () => {
    const root = parseSvg(await successByBudgetSvg(none, []));
    expect(vegaMarks(root, 'noneReached').map((n) => n.text)).toEqual(['0 of 4 seeds met the criterion within the budget of 1,500 sweeps']);
    // When a seed got there, the curve says it and no note is written.
    expect(vegaMarks(parseSvg(await successByBudgetSvg(familyTreesFixture(), [])), 'noneReached')).toHaveLength(0);
  });
});

describe("the iterative-nets charts: titles name what is drawn, axes fit what there is", () => {
  it('names the shift register, the one task drawn, and not the tasks it does not draw', async () => {
    for (const svg of [await learningCurvesSvg(shiftRegisterChartFixture(), []), await successByBudgetSvg(shiftRegisterChartFixture(), [])]) {
      expect(svg).toContain('the shift register only (one of the tasks of Iterative nets)');
      expect(svg).not.toContain('sequence completion');
    }
    // An experiment with one task keeps its title.
    expect(await learningCurvesSvg(symmetryFixture(), [1425])).toContain('Learning curves: Symmetry detection (fixture)');
  });

  it('ends the success axis a little past the last seed to meet the criterion, and says the budget was larger', async () => {
    const e = shiftRegisterChartFixture();
    const spec = successByBudgetSpec(e.title, e.criterion.description, [{ label: e.id, sweeps: e.runs.map((r) => r.sweepsToCriterion), budget: 2000 }], []);
    expect(sweepDomain(spec)).toEqual([0, 66]); // the last seed met it at sweep 60
    expect(await successByBudgetSvg(e, [])).toContain('The x axis ends at sweep 66: every seed had met the criterion by sweep 60, well within the budget of 2,000 sweeps.');
    // When some seed never got there the axis keeps the budget, where it stopped (and reaches a paper count beyond).
    const s = symmetryFixture(); // seed 3 never met the criterion within 600 sweeps
    expect(sweepDomain(successByBudgetSpec(s.title, 'c', [{ label: s.id, sweeps: s.runs.map((r) => r.sweepsToCriterion), budget: 600 }], []))).toEqual([0, 600]);
    expect(sweepDomain(successByBudgetSpec(s.title, 'c', [{ label: s.id, sweeps: s.runs.map((r) => r.sweepsToCriterion), budget: 600 }], [1425]))).toEqual([0, 1425]);
  });
});

describe('learning curves of diverged runs say there is nothing to draw', () => {
  it('writes, in the subtitle and on the plot, that every seed diverged, and does not describe lines', async () => {
    const svg = await learningCurvesSvg(divergedFixture(3), []);
    expect(svg).toContain('No learning curve to draw: all 3 seeds diverged');
    expect(svg).not.toContain('each of 3 seeds');
    expect(svg).toContain('No median or band');
    expect(vegaMarks(parseSvg(svg), 'noCurve').map((n) => n.text)).toEqual(['all 3 seeds diverged: no finite curve']);
  });

  it('counts the diverged seeds when others still draw lines', async () => {
    const svg = await learningCurvesSvg(divergedFixture(1), []);
    // Seed 1 diverged at its first sweep: no line, and with it every upper quartile is not finite.
    expect(svg).toContain('Thin blue lines: 2 of 3 seeds (1 of 3 diverged: E became non-finite');
    expect(svg).toContain('No median or band');
    expect(vegaMarks(parseSvg(svg), 'noCurve')).toHaveLength(0);
  });
});

describe("the paper's mark label stays inside the plot", () => {
  it('puts the label on the left of a rule near the right edge, and on the right of one elsewhere', () => {
    expect(paperMarkRows([1425], 1425, 640)[0]!.align).toBe('right');
    expect(paperMarkRows([100], 1425, 640)[0]!.align).toBe('left');
  });

  it('draws the label of a rule at the axis end anchored at its end, inside the 640 px plot', async () => {
    // The symmetry fixture's axis ends at the paper's 1425 sweeps (its budget is 600).
    for (const svg of [await learningCurvesSvg(symmetryFixture(), [1425]), await successByBudgetSvg(symmetryFixture(), [1425])]) {
      const [label] = vegaMarks(parseSvg(svg), 'paperLabel');
      expect(label!.attrs['text-anchor']).toBe('end');
      const x = Number(/translate\((-?[\d.]+),/.exec(label!.attrs.transform ?? '')![1]);
      expect(x).toBeLessThanOrEqual(640);
    }
  });
});
