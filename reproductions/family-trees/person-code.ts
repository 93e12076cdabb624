// Measures of the person code (Nature Fig. 4): the weights from the 24 person inputs to the 6
// person-code units, as a (unit, person) matrix. Pure functions of those weights (and, for the
// permutation tests, of a seeded stream).

import type { RandomStream } from '../../engine/index.js';
import { permutationTest, type PermutationResult } from '../kit/statistics/permutation.js';

/** Pearson correlation; 0 when either side is constant (no linear relation to speak of). */
export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 0; k < n; k++) {
    ab += (a[k]! - ma) * (b[k]! - mb);
    aa += (a[k]! - ma) ** 2;
    bb += (b[k]! - mb) ** 2;
  }
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

export interface UnitMatch {
  /** 0-based index of the person-code unit. */
  unit: number;
  /** Its correlation with the attribute (sign kept). */
  r: number;
}

/** The unit whose 24 weights correlate most strongly (in absolute value) with an attribute. */
export function bestUnit(code: readonly number[][], attribute: readonly number[]): UnitMatch {
  let best: UnitMatch = { unit: 0, r: 0 };
  code.forEach((weights, unit) => {
    const r = pearson(weights, attribute);
    if (Math.abs(r) > Math.abs(best.r)) best = { unit, r };
  });
  return best;
}

/** An attribute's best unit, with the permutation test of its |r| against shuffled person labels. */
export interface AttributeMatch extends UnitMatch, Omit<PermutationResult, 'observed'> {}

/**
 * The unit that best encodes an attribute, and whether it beats chance: the statistic is the best
 * |r| over all units, so the null (the same statistic with the attribute's values shuffled among
 * the people) includes the choice of unit.
 */
export function attributeTest(code: readonly number[][], attribute: readonly number[], stream: RandomStream): AttributeMatch {
  const best = bestUnit(code, attribute);
  const shuffled = attribute.slice();
  const test = permutationTest(attribute.length, (order) => {
    if (order === null) return Math.abs(best.r);
    order.forEach((from, to) => (shuffled[to] = attribute[from]!));
    return Math.abs(bestUnit(code, shuffled).r);
  }, stream);
  return { ...best, pValue: test.pValue, nullQ95: test.nullQ95 };
}

/** How close a person's code is to their twin's. */
export interface TwinTest extends PermutationResult {}

/** Euclidean distances between the people's codes, leaving out one unit (−1: none). */
function distances(code: readonly number[][], excludeUnit: number): number[][] {
  const people = code[0]!.length;
  const units = code.map((_, u) => u).filter((u) => u !== excludeUnit);
  return Array.from({ length: people }, (_, p) =>
    Array.from({ length: people }, (_, q) => Math.sqrt(units.reduce((s, u) => s + (code[u]![p]! - code[u]![q]!) ** 2, 0))));
}

/**
 * "An English person's code is very similar to their Italian twin's", measured against the other
 * tree: per person, the share of the other tree's other 11 people whose code is farther away than
 * the twin's (ties count half; 0.5 is chance, 1 means the twin is the closest); the statistic is
 * its mean over the 24 people. The null pairs the trees' people at random instead of as twins.
 * `english[k]` and `italian[k]` are twins.
 */
export function twinTest(code: readonly number[][], english: readonly number[], italian: readonly number[], excludeUnit: number, stream: RandomStream): TwinTest {
  const d = distances(code, excludeUnit);
  const closeness = (p: number, twin: number, others: readonly number[]) => {
    let score = 0;
    for (const q of others) {
      if (q === twin) continue;
      if (d[p]![q]! > d[p]![twin]!) score += 1;
      else if (d[p]![q]! === d[p]![twin]!) score += 0.5;
    }
    return score / (others.length - 1);
  };
  return permutationTest(english.length, (order) => {
    let sum = 0;
    english.forEach((e, k) => {
      const twin = italian[order === null ? k : order[k]!]!;
      sum += closeness(e, twin, italian) + closeness(twin, e, english);
    });
    return sum / (2 * english.length);
  }, stream);
}
