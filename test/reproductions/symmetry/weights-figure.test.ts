import { describe, expect, it } from 'vitest';
import { medianFinalErrorSeed, medianSweepsSeed } from '../../../reports/figures/typical-seed.js';
import { PAPER_WEIGHTS } from '../../../reproductions/symmetry/paper.js';
import { symmetryWeightsSvg } from '../../../reproductions/symmetry/weights-figure.js';
import { symmetryFixture } from '../../fixtures/figure-reports.js';
import { descendants, parseSvg, tooltip, withClass, type SvgNode } from '../../helpers/parse-svg.js';

describe("figure: Hinton diagram of the symmetry net's weights", () => {
  const e = symmetryFixture();
  const svg = symmetryWeightsSvg(e, PAPER_WEIGHTS);
  const root = parseSvg(svg);

  it('draws the 17 parameters of the seed and the 17 printed ones, one square each', () => {
    // 2 × 6 input weights + 2 hidden biases + 2 hidden→output weights + 1 output bias, in two panels
    expect(withClass(root, 'hinton-weight')).toHaveLength(34);
  });

  it('colours by sign: the printed +14.2 is white, −14.2 black, and they are the largest squares', () => {
    const squares = withClass(root, 'hinton-weight');
    const printed = squares.slice(17);
    const plus = printed.find((n) => tooltip(n) === 'hidden A from input 1: +14.2')!;
    const minus = printed.find((n) => tooltip(n) === 'hidden A from input 6: −14.2')!;
    expect([plus.attrs.fill, minus.attrs.fill]).toEqual(['#ffffff', '#000000']);
    const side = (n: SvgNode) => Number(n.attrs.width);
    expect(Math.max(...squares.map(side))).toBe(side(plus));
    expect(side(minus)).toBe(side(plus));
  });

  it('draws both panels on one scale: area proportional to magnitude', () => {
    const squares = withClass(root, 'hinton-weight');
    const seedA1 = squares.find((n) => tooltip(n) === 'hidden A from input 1: +7.1')!; // seed 1 = printed × 0.5
    expect(Number(seedA1.attrs.width) ** 2 / Number(squares[20]!.attrs.width) ** 2).toBeCloseTo(0.5, 3);
  });

  it('shows the converged seed with the median sweeps to criterion, and says which', () => {
    expect(medianSweepsSeed(e.runs)!.run.seed).toBe(1);
    expect(svg).toContain('This suite: seed 1');
    expect(svg).toContain('median of 2 converged seeds by sweeps to criterion (300 sweeps)');
  });

  it('falls back to the median final error when no seed converged', () => {
    const none = e.runs.map((r) => ({ ...r, sweepsToCriterion: null }));
    expect(medianSweepsSeed(none)!.rule).toMatch(/^none converged; median of 3 seeds by final error/);
    expect(medianSweepsSeed(none)!.run.seed).toBe(medianFinalErrorSeed(none)!.run.seed);
  });

  it('has a title and an opaque background, and the same bytes on a second render', () => {
    expect(descendants(root).find((n) => n.tag === 'title')).toBeDefined();
    expect(withClass(root, 'background')[0]!.attrs.fill).toBe('#ffffff');
    expect(symmetryWeightsSvg(symmetryFixture(), PAPER_WEIGHTS)).toBe(svg);
  });
});
