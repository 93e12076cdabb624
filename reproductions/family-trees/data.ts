import type { PatternSet } from '../../engine/index.js';
import { RELATIONS, relatives, type Relation } from './relations.js';
import { buildFamily, type Family } from './tree.js';

/** One input case ⟨person, relation⟩ with every correct answer (two for the uncle/aunt cases). */
export interface FamilyCase {
  person: string;
  relation: Relation;
  answers: string[];
}

export const family: Family = buildFamily();

/** Every (person, relation) pair that has at least one answer, people in input order, then relations in order. */
export function familyCases(f: Family = family): FamilyCase[] {
  const of = relatives(f);
  return f.people.flatMap((p) =>
    RELATIONS.map((relation) => ({ person: p.name, relation, answers: of(p.name, relation) })).filter((c) => c.answers.length > 0),
  );
}

const oneHot = (size: number, on: number[]) => Array.from({ length: size }, (_, k) => (on.includes(k) ? 1 : 0));

/** One-hot person (24) and relation (12) inputs; multi-hot targets over the 24 people. */
export function familyPatterns(cases: readonly FamilyCase[], f: Family = family): PatternSet {
  const index = new Map(f.people.map((p, k) => [p.name, k]));
  const n = f.people.length;
  return {
    count: cases.length,
    inputs: {
      person: cases.map((c) => oneHot(n, [index.get(c.person)!])),
      relation: cases.map((c) => oneHot(RELATIONS.length, [RELATIONS.indexOf(c.relation)])),
    },
    targets: { output: cases.map((c) => oneHot(n, c.answers.map((a) => index.get(a)!))) },
  };
}
