import { describe, expect, it } from 'vitest';
import { subStream } from '../../../engine/index.js';
import { family } from '../../../reproductions/family-trees/data.js';
import { attributeTest, bestUnit, twinTest } from '../../../reproductions/family-trees/person-code.js';
import { personCodeOf } from '../../../reproductions/family-trees/record.js';
import { permutedIdentities } from '../../../reproductions/family-trees/person-code-control.js';
import type { FamilyRun } from '../../../reproductions/family-trees/run.js';
import { correlation } from '../../../reproductions/kit/statistics/rank.js';

const people = family.people;
const names = people.map((p) => p.name);
const english = people.flatMap((p, k) => (p.nationality === 'English' ? [k] : []));
const italian = english.map((k) => names.indexOf(people[k]!.twin));
const stream = (what: string) => subStream('test', 3, what);
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
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 15);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 15);
    expect(correlation([1, 1, 1], [1, 2, 3])).toBe(0);
  });

  it('finds the nationality, generation and branch units where they are', () => {
    expect(bestUnit(code, nationality)).toEqual({ unit: 0, r: 1 });
    expect(bestUnit(code, generation).unit).toBe(1);
    expect(bestUnit(code, generation).r).toBeCloseTo(1, 12);
    expect(bestUnit(code, branch).unit).toBe(5);
    expect(Math.abs(bestUnit(code, branch).r)).toBeGreaterThanOrEqual(0.8);
  });

  it('an idealised Fig. 4 (units 1, 2, 6 as the caption describes) beats every permutation null', () => {
    for (const attribute of [nationality, generation, branch]) expect(attributeTest(code, attribute, stream('a')).pValue).toBeLessThanOrEqual(0.05);
    const twins = twinTest(code, english, italian, 0, stream('t'));
    // twins share their code once the nationality unit is left out: closer than every other person of the other tree
    expect(twins.observed).toBe(1);
    expect(twins.pValue).toBe(1 / 1000);
  });

  it('an idealised Fig. 4 code of twins that match only in generation and branch is still closer than chance', () => {
    // units 2–4 hold noise per person: only the caption's three units carry structure
    const noise = subStream('test', 4, 'noise');
    const blurred = code.map((u, k) => (k >= 2 && k <= 4 ? u.map(() => noise.uniform(-2, 2)) : u));
    expect(twinTest(blurred, english, italian, 0, stream('t')).pValue).toBeLessThanOrEqual(0.05);
  });

  it('fails each measure on weights that lack the structure, at about the test level over many draws', () => {
    let passes = 0;
    for (let k = 0; k < 20; k++) {
      const noise = subStream('test', 100 + k, 'noise');
      const random = code.map((u) => u.map(() => noise.uniform(-1, 1)));
      const tests = [nationality, generation, branch].map((a) => attributeTest(random, a, stream(`n${k}`)).pValue);
      tests.push(twinTest(random, english, italian, 0, stream(`t${k}`)).pValue);
      passes += tests.filter((p) => p <= 0.05).length;
    }
    // 80 tests under the null: about 4 expected; far below the 80% of seeds a claim needs
    expect(passes).toBeLessThan(12);
  });

  it("the control shuffles the people's identities and the measures then fail", () => {
    const run = { seed: 7, weights: { personToCode: code }, personCode: personCodeOf(code, 7) } as unknown as FamilyRun;
    expect(run.personCode.nationality.pValue).toBeLessThanOrEqual(0.05);
    const shuffled = permutedIdentities(run)!;
    expect(shuffled.personCode.nationality.pValue).toBeGreaterThan(0.05);
    expect(permutedIdentities({ ...run, weights: null })).toBeNull();
  });
});
