import type { Family } from './tree.js';

// The 12 relationships, defined as in PAPER.md §3 so that they give the paper's 104 cases and
// 112 facts: siblings share both parents; the uncles and aunts of X are the siblings of X's
// parents and their spouses; the nephews and nieces of X are the children of X's siblings or of
// X's spouse's siblings. A fact ⟨p1, r, p2⟩ reads "p2 is the r of p1".

export const RELATIONS = [
  'father', 'mother', 'husband', 'wife', 'son', 'daughter',
  'uncle', 'aunt', 'brother', 'sister', 'nephew', 'niece',
] as const;
export type Relation = (typeof RELATIONS)[number];

export function relatives(family: Family): (person: string, relation: Relation) => string[] {
  const sexOf = new Map(family.people.map((p) => [p.name, p.sex]));
  const male = (n: string) => sexOf.get(n) === 'M';
  const female = (n: string) => sexOf.get(n) === 'F';
  const parents = (x: string) => family.children.filter(([, , c]) => c === x).flatMap(([f, m]) => [f, m]);
  const childrenOf = (x: string) => family.children.filter(([f, m]) => f === x || m === x).map(([, , c]) => c);
  const spouses = (x: string) => family.marriages.flatMap(([h, w]) => (h === x ? [w] : w === x ? [h] : []));
  const siblings = (x: string) => {
    const [f, m] = parents(x);
    if (f === undefined) return [];
    return family.children.filter(([pf, pm, c]) => pf === f && pm === m && c !== x).map(([, , c]) => c);
  };
  const unique = (names: string[]) => [...new Set(names)];
  const parentsSiblings = (x: string) => unique(parents(x).flatMap((p) => siblings(p)).flatMap((s) => [s, ...spouses(s)]));
  const siblingsChildren = (x: string) => unique([x, ...spouses(x)].flatMap(siblings).flatMap(childrenOf));

  const definitions: Record<Relation, (x: string) => string[]> = {
    father: (x) => parents(x).filter(male),
    mother: (x) => parents(x).filter(female),
    husband: (x) => spouses(x).filter(male),
    wife: (x) => spouses(x).filter(female),
    son: (x) => childrenOf(x).filter(male),
    daughter: (x) => childrenOf(x).filter(female),
    uncle: (x) => parentsSiblings(x).filter(male),
    aunt: (x) => parentsSiblings(x).filter(female),
    brother: (x) => siblings(x).filter(male),
    sister: (x) => siblings(x).filter(female),
    nephew: (x) => siblingsChildren(x).filter(male),
    niece: (x) => siblingsChildren(x).filter(female),
  };
  return (person, relation) => definitions[relation](person);
}
