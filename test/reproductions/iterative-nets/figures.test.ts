import { describe, expect, it } from 'vitest';
import { iterativeSequencesSvg, sequenceTaskOf } from '../../reports/figures/iterative-nets-sequences.js';
import { chainSpecOf, iterativeUnrolledSvg } from '../../reports/figures/iterative-nets-unrolled.js';
import { iterativeNetsFixture, symmetryFixture } from '../fixtures/figure-reports.js';
import { parseSvg, tooltip, withClass } from './figures-svg.js';

describe('figure: the Fig. 5 net unrolled, tied weights marked', () => {
  const svg = iterativeUnrolledSvg(iterativeNetsFixture());
  const root = parseSvg(svg);

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

  it('marks clamped and scored units, shows the seed with the median chain error, and renders the same twice', () => {
    const units = withClass(root, 'unit');
    expect(units.filter((n) => n.attrs.fill === '#d9d9d9')).toHaveLength(3); // A, B, C at step 0
    expect(units.filter((n) => n.attrs['stroke-width'] === '3')).toHaveLength(1); // C at step 3
    expect(svg).toContain('learned weights of seed 3');
    expect(iterativeUnrolledSvg(iterativeNetsFixture())).toBe(svg);
  });

  it('is left out of a report without the chain', () => {
    expect(chainSpecOf(symmetryFixture())).toBeNull();
  });
});

describe('figure: sequence completion per step (PDP ch. 8, Table 11)', () => {
  const e = iterativeNetsFixture();
  const svg = iterativeSequencesSvg(e);
  const root = parseSvg(svg);

  it('has 5 rows of 2 letter cells and 4 digit cells', () => {
    expect(withClass(root, 'letter-cell')).toHaveLength(10);
    expect(withClass(root, 'digit-cell')).toHaveLength(20);
  });

  it("shows the median seed's digits, marking the one it got wrong", () => {
    expect(svg).toContain('Seed 2, the median of 3 seeds by test digits right (19)');
    const wrong = withClass(root, 'digit-cell').filter((n) => n.attrs.fill === '#f8d7da');
    expect(wrong.map(tooltip)).toEqual(['AD1221, step 5: produced 3, target 2']);
  });

  it('counts over all seeds how many got each digit and each whole sequence right', () => {
    expect(svg).toContain('>2/3</text>'); // AD1221 step 5, DB2123 step 4 and EC1331 step 5: two seeds each
    expect(svg.match(/>2 of 3 seeds</g)).toHaveLength(3);
    expect(svg.match(/>3 of 3 seeds</g)).toHaveLength(2);
    expect(iterativeSequencesSvg(iterativeNetsFixture())).toBe(svg);
  });

  it('is left out when the runs do not list what they produced', () => {
    const bare = iterativeNetsFixture();
    bare.runs = bare.runs.map((r) => ({ ...r, sequence: undefined }));
    expect(sequenceTaskOf(bare)).toBeNull();
    expect(sequenceTaskOf(e)).not.toBeNull();
  });
});
