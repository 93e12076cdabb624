import { describe, expect, it } from 'vitest';
import { subStream } from '../../../engine/index.js';
import { family } from '../../../reproductions/family-trees/data.js';
import { bestUnit, pearson, twinNearestCount } from '../../../reproductions/family-trees/person-code.js';

const people = family.people;
const names = people.map((p) => p.name);
const twinOf = people.map((p) => names.indexOf(p.twin));
const nationality = people.map((p) => (p.nationality === 'English' ? 1 : 0));
const generation = people.map((p) => p.generation);
const branch = people.map((p) => ({ 'Christopher-Penelope': 1, 'Andrew-Christine': -1, both: 0 })[p.branch]);

/**
 * A hand-built person code like Fig. 4: unit 0 separates nationality, unit 1 encodes generation,
 * unit 5 the branch; units 2–4 hold a random value per English person, copied to the twin.
 */
function paperLikeCode(): number[][] {
  const s = subStream('test', 1, 'code');
  const perPosition = Array.from({ length: 3 }, () => Array.from({ length: 12 }, () => s.uniform(-2, 2)));
  const position = (p: number) => p % 12;
  return [
    nationality.map((v) => (v ? 2 : -2)),
    generation.map((g) => 1.5 * g - 3),
    ...perPosition.map((unit) => people.map((_, p) => unit[position(p)]!)),
    branch.map((b) => 2 * b),
  ];
}

describe('Fig. 4 measures on hand-built weights', () => {
  const code = paperLikeCode();

  it('Pearson correlation: exact on simple vectors, 0 for a constant', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 15);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 15);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
  });

  it('finds the nationality, generation and branch units where they are', () => {
    expect(bestUnit(code, nationality)).toEqual({ unit: 0, r: 1 });
    expect(bestUnit(code, generation).unit).toBe(1);
    expect(bestUnit(code, generation).r).toBeCloseTo(1, 12);
    expect(bestUnit(code, branch).unit).toBe(5);
    expect(Math.abs(bestUnit(code, branch).r)).toBeGreaterThanOrEqual(0.8);
  });

  it('finds every twin nearest once the nationality unit is left out, and no twin with it in', () => {
    expect(twinNearestCount(code, twinOf, 0)).toBe(24);
    // with the nationality unit, every code's own-nationality neighbours are 4 units closer
    const loud = code.map((u, k) => (k === 0 ? u.map((v) => 10 * v) : u));
    expect(twinNearestCount(loud, twinOf, -1)).toBe(0);
  });

  it('fails each measure on weights that lack the structure', () => {
    const noise = subStream('test', 2, 'noise');
    const random = code.map((u) => u.map(() => noise.uniform(-1, 1)));
    expect(Math.abs(bestUnit(random, nationality).r)).toBeLessThan(0.8);
    expect(Math.abs(bestUnit(random, generation).r)).toBeLessThan(0.8);
    expect(Math.abs(bestUnit(random, branch).r)).toBeLessThan(0.8);
    expect(twinNearestCount(random, twinOf, 0)).toBeLessThan(24);
  });
});
