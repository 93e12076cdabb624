import { describe, expect, it } from 'vitest';
import { subStream } from '../../../engine/index.js';
import { family, familyCases, familyPatterns } from '../../../reproductions/family-trees/data.js';
import { heldOutIndices } from '../../../reproductions/family-trees/outcomes.js';
import { relatives } from '../../../reproductions/family-trees/relations.js';

const cases = familyCases();
const of = relatives(family);

describe('family-tree data generated from the two trees', () => {
  it('has 24 people, 12 of each nationality, each with a twin of the other nationality', () => {
    expect(family.people).toHaveLength(24);
    for (const p of family.people) {
      const twin = family.people.find((q) => q.name === p.twin)!;
      expect(twin.twin).toBe(p.name);
      expect(twin.nationality).not.toBe(p.nationality);
      expect([twin.sex, twin.generation, twin.branch]).toEqual([p.sex, p.generation, p.branch]);
    }
  });

  it('gives the paper\'s 104 cases and 112 facts', () => {
    expect(cases).toHaveLength(104);
    expect(cases.reduce((n, c) => n + c.answers.length, 0)).toBe(112);
  });

  it('gives the paper\'s count for every relationship', () => {
    const counts: Record<string, number> = {};
    for (const c of cases) counts[c.relation] = (counts[c.relation] ?? 0) + 1;
    expect(counts).toEqual({ father: 12, mother: 12, son: 12, daughter: 12, husband: 10, wife: 10, nephew: 8, niece: 8, brother: 6, sister: 6, uncle: 4, aunt: 4 });
    // the 8 uncle/aunt cases are the ones with two answers
    expect(cases.filter((c) => c.answers.length === 2).map((c) => c.relation).sort()).toEqual([...Array(4).fill('aunt'), ...Array(4).fill('uncle')]);
  });

  it("spot-checks facts: Colin's aunts, Tomaso's place in the Italian tree", () => {
    expect(of('Colin', 'aunt').sort()).toEqual(['Jennifer', 'Margaret']);
    expect(of('Colin', 'uncle').sort()).toEqual(['Arthur', 'Charles']);
    expect(of('Angela', 'husband')).toEqual(['Tomaso']);
    expect(of('Pierro', 'son')).toEqual(['Marco']);
    expect(of('Francesca', 'son')).toEqual(['Marco']);
    expect(of('Tomaso', 'father')).toEqual([]);
    expect(of('Margaret', 'nephew')).toEqual(['Colin']);
    expect(of('Victoria', 'brother')).toEqual(['Arthur']);
  });

  it('encodes cases as one-hot inputs and multi-hot targets', () => {
    const set = familyPatterns(cases);
    const k = cases.findIndex((c) => c.person === 'Colin' && c.relation === 'aunt');
    const names = family.people.map((p) => p.name);
    expect(Array.from(set.inputs.person![k]!).reduce((a, b) => a + b, 0)).toBe(1);
    expect(set.inputs.person![k]![names.indexOf('Colin')]).toBe(1);
    expect(set.inputs.relation![k]![7]).toBe(1); // aunt is the 8th relationship
    const on = Array.from(set.targets.output![k]!).flatMap((v, u) => (v === 1 ? [names[u]] : []));
    expect(on.sort()).toEqual(['Jennifer', 'Margaret']);
  });
});

describe('held-out split', () => {
  it("draws 4 distinct cases from the seed's split stream, the same ones every time", () => {
    const a = heldOutIndices(subStream('family-trees', 1, 'split'), 104, 4);
    const b = heldOutIndices(subStream('family-trees', 1, 'split'), 104, 4);
    const c = heldOutIndices(subStream('family-trees', 2, 'split'), 104, 4);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(4);
    expect(a.every((i) => i >= 0 && i < 104)).toBe(true);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(c).not.toEqual(a);
  });
});
