import { describe, expect, it } from 'vitest';
import { family } from '../../../reproductions/family-trees/data.js';
import { familyTreesPersonCodeSvg, fig4Columns, FIG4_ORDER } from '../../../reproductions/family-trees/person-code-figure.js';
import { familyTreesFixture } from '../../fixtures/figure-reports.js';
import { parseSvg, tooltip, withClass } from '../../helpers/parse-svg.js';

const PEOPLE = family.people;

describe("figure: Hinton diagram of the family-trees net's person code (Fig. 4)", () => {
  const e = familyTreesFixture();
  const svg = familyTreesPersonCodeSvg(e, PEOPLE);
  const root = parseSvg(svg);

  it("orders the columns as the paper's Fig. 4, each English person above their Italian twin", () => {
    const { english, italian } = fig4Columns(PEOPLE);
    expect(english.map((i) => PEOPLE[i]!.name)).toEqual(FIG4_ORDER);
    expect(italian.map((i) => PEOPLE[i]!.name)).toEqual([
      'Roberto', 'Pierro', 'Emilio', 'Marco', 'Tomaso', 'Alfonso', 'Maria', 'Francesca', 'Lucia', 'Angela', 'Gina', 'Sophia',
    ]);
  });

  it('draws 6 units × 24 people, one square each, in that order', () => {
    const squares = withClass(root, 'hinton-weight');
    expect(squares).toHaveLength(144);
    // Unit 1's English row, then its Italian row; the fixture's weight from person p to unit u is (u + 1)(p − 11.5)/10 · seed.
    expect(tooltip(squares[0]!)).toBe('unit 1 from Christopher: −3.5'); // seed 3: (0 − 11.5)/10 · 3
    expect(tooltip(squares[1]!)).toBe('unit 1 from Andrew: −2.9'); // Andrew is input 2
    expect(tooltip(squares[12]!)).toBe('unit 1 from Roberto: +0.1'); // Roberto is input 12
    expect(tooltip(squares[143]!)).toMatch(/^unit 6 from Sophia: /);
  });

  it('shows the seed with the median final error, since most family-trees seeds never meet the criterion', () => {
    // Final errors of the fixture: seed 4 < 3 < 2 < 1; the lower median of four is the second.
    expect(svg).toContain('seed 3: median of 4 seeds by final error');
  });

  it('is identical across two renders', () => {
    expect(familyTreesPersonCodeSvg(familyTreesFixture(), PEOPLE)).toBe(svg);
  });
});
