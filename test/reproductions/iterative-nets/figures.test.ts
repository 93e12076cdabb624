import { beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../reports/contract/index.js';
import { iterativeNets } from '../../../reproductions/iterative-nets/index.js';
import { defaults } from '../../../reproductions/kit/settings.js';
import { iterativeNetsFixture, symmetryFixture } from '../../fixtures/figure-reports.js';
import { parseSvg, tooltip, withClass, type SvgNode } from '../../helpers/parse-svg.js';

// The experiment's own figures, as it declares them: drawn from a typed report and its settings.

const config = defaults(iterativeNets.settings);
const figure = (file: string) => iterativeNets.figures.find((f) => f.file === `${iterativeNets.id}-${file}`)!;
const input = (e = iterativeNetsFixture()) => ({ report: e, runs: e.runs as never, config });
const render = async (file: string, e = iterativeNetsFixture()) => figure(file).render(input(e));

describe('figure: the Fig. 5 net unrolled, tied weights marked', () => {
  let svg: string;
  let root: SvgNode;
  beforeAll(async () => {
    svg = await render('unrolled.svg');
    root = parseSvg(svg);
  });

  it('draws 3 units at each of 4 steps, and each of the 4 weights once per step it crosses', () => {
    expect(withClass(root, 'unit')).toHaveLength(12);
    expect(withClass(root, 'recurrent-weight')).toHaveLength(4);
    expect(withClass(root, 'tied-copy')).toHaveLength(12);
  });

  it('marks the copies of one weight alike: one colour, one name, one value', () => {
    const copies = withClass(root, 'tied-copy').filter((n) => tooltip(n).startsWith('wBA,'));
    expect(copies.map(tooltip)).toEqual(['wBA, copy 1 of 3: +4.5', 'wBA, copy 2 of 3: +4.5', 'wBA, copy 3 of 3: +4.5']); // seed 3: 1.5 × 3
    expect(new Set(copies.map((n) => n.attrs.stroke)).size).toBe(1);
    expect(new Set(withClass(root, 'tied-copy').map((n) => n.attrs.stroke)).size).toBe(4);
  });

  it('marks clamped and scored units, shows the seed with the median chain error, and renders the same twice', async () => {
    const units = withClass(root, 'unit');
    expect(units.filter((n) => n.attrs.fill === '#d9d9d9')).toHaveLength(3); // A, B, C at step 0
    expect(units.filter((n) => n.attrs['stroke-width'] === '3')).toHaveLength(3); // the experiment scores A, B and C at step 3
    expect(svg).toContain('learned weights of seed 3');
    expect(await render('unrolled.svg')).toBe(svg);
  });

  it('is left out of a report without the chain', () => {
    expect(figure('unrolled.svg').drawable(input(symmetryFixture()))).toBe(false);
    expect(figure('unrolled.svg').drawable(input())).toBe(true);
  });
});

describe('figure: sequence completion per step (PDP ch. 8, Table 11)', () => {
  let svg: string;
  let root: SvgNode;
  beforeAll(async () => {
    svg = await render('sequences.svg');
    root = parseSvg(svg);
  });

  it('has 5 rows of 2 letter cells and 4 digit cells', () => {
    expect(withClass(root, 'letter-cell')).toHaveLength(10);
    expect(withClass(root, 'digit-cell')).toHaveLength(20);
  });

  it("shows the median seed's digits, marking the one it got wrong", () => {
    expect(svg).toContain('Seed 2, the median of 3 seeds by test digits right (19)');
    const wrong = withClass(root, 'digit-cell').filter((n) => n.attrs.fill === '#f8d7da');
    expect(wrong.map(tooltip)).toEqual(['AD1221, step 5: produced 3, target 2']);
  });

  it('counts over all seeds how many got each digit and each whole sequence right', async () => {
    expect(svg).toContain('>2/3</text>'); // AD1221 step 5, DB2123 step 4 and EC1331 step 5: two seeds each
    expect(svg.match(/>2 of 3 seeds</g)).toHaveLength(3);
    expect(svg.match(/>3 of 3 seeds</g)).toHaveLength(2);
    expect(await render('sequences.svg')).toBe(svg);
  });

  it('is left out when the runs do not list what they produced', () => {
    const bare = iterativeNetsFixture();
    bare.runs = bare.runs.map((r) => ({ ...r, sequence: undefined }) as RunRecord);
    expect(figure('sequences.svg').drawable(input(bare))).toBe(false);
    expect(figure('sequences.svg').drawable(input())).toBe(true);
  });
});
