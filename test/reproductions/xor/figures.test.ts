import { describe, expect, it } from 'vitest';
import type { ExperimentReport } from '../../../reports/contract/index.js';
import { defaults } from '../../../reproductions/kit/settings.js';
import { xor, xor221, xorWidth } from '../../../reproductions/xor/index.js';
import type { WidthRun } from '../../../reproductions/xor/width-claims.js';
import { parseSvg, tooltip, vegaMarks, withClass } from '../../helpers/parse-svg.js';

// The experiments' own figures, drawn from runs made cheaply: given weights (the printed nets and a
// scaled copy standing in for a seed) and synthetic width series.

const report = { criterion: { description: 'every output within 0.2 of its target' } } as unknown as ExperimentReport;
const scaled = (weights: Record<string, number[] | number[][]>, k: number) =>
  Object.fromEntries(Object.entries(weights).map(([name, b]) => [name, (b as Array<number | number[]>).map((v) => (Array.isArray(v) ? v.map((x) => k * x) : k * v))]));

describe("figure: Fig. 3's net beside a seed", () => {
  const config = defaults(xor.settings);
  const seed = { ...xor.evaluateWeights!(config, scaled(xor.printedWeights!, 0.9)), seed: 7, sweepsToCriterion: 300, measures: {} };
  const svg = xor.figures[0]!.render({ report, runs: [seed], config }) as string;
  const root = parseSvg(svg);

  it('is named after the experiment and draws every weight of both nets as a labelled line', () => {
    expect(xor.figures[0]!.file).toBe('xor-net.svg');
    // 2 input→hidden + 2 direct + 1 hidden→output, in two panels
    expect(withClass(root, 'net-weight')).toHaveLength(10);
    expect(withClass(root, 'net-weight').map(tooltip)).toContain('output from hidden: −9.4');
    expect(svg).toContain('This suite: seed 7');
  });

  it("prints the printed net's outputs", () => {
    expect(svg).toContain('00 → 0.103');
    expect(svg).toContain('11 → 0.109');
  });
});

describe("figure: Fig. 5's net beside a seed in the same minimum", () => {
  const config = { ...defaults(xor221.settings), escapeBudget: 1 };
  const stuck = { ...xor221.evaluateWeights!(config, scaled(xor221.printedWeights!, 1.2)), seed: 4, measures: {} };
  const solved = { ...xor221.evaluateWeights!(config, scaled(xor221.printedWeights!, 1.2)), seed: 2, sweepsToCriterion: 500, fig5: null, measures: {} };
  const svg = xor221.figures[0]!.render({ report, runs: [solved, stuck], config }) as string;

  it('draws the seed in a Fig. 5 minimum, not the solved one, and every weight of both 2-2-1 nets', () => {
    expect(svg).toContain('This suite: seed 4');
    expect(svg).toContain('median of 1 seeds by final error among the seeds in a Fig. 5 minimum');
    expect(withClass(parseSvg(svg), 'net-weight')).toHaveLength(12);
  });
});

describe('figure: sweeps against the number of hidden units', () => {
  const runs = [1, 2, 3].map((seed) => ({
    seed,
    series: [1, 2, 4, 8, 16, 32].map((hidden) => ({ hidden, sweepsToCriterion: hidden === 1 ? null : 600 - 60 * Math.log2(hidden) + seed, finalError: 0, diverged: false })),
  })) as unknown as WidthRun[];

  it('draws a median and a quartile bar per fitted width, and three lines: the suite and the chapter read two ways', async () => {
    const figure = xorWidth.figures[0]!;
    expect(figure.file).toBe('xor-width-trend.svg');
    const root = parseSvg(await figure.render({ report, runs, config: defaults(xorWidth.settings) }));
    expect(vegaMarks(root, 'medians')).toHaveLength(5);
    expect(vegaMarks(root, 'quartiles')).toHaveLength(5);
    expect(vegaMarks(root, 'lines')).toHaveLength(3);
  });
});
