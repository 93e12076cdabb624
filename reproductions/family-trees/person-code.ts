// Measures of the person code (Nature Fig. 4): the weights from the 24 person inputs to the 6
// person-code units, as a (unit, person) matrix. Pure functions of those weights (and, for the
// permutation tests, of a seeded stream).

import type { RandomStream } from '../../engine/index.js';
import { permutationTest, type PermutationResult } from '../kit/statistics/permutation.js';
import { correlation } from '../kit/statistics/rank.js';

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
    const r = correlation(weights, attribute);
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
  // Each unit's weights standardised once, so a shuffle's correlation is one dot product per unit.
  const z = (v: readonly number[]) => {
    const n = v.length;
    const m = v.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0));
    return v.map((x) => (sd === 0 ? 0 : (x - m) / sd));
  };
  const units = code.map(z);
  const a = z(attribute);
  const test = permutationTest(attribute.length, (order) => {
    if (order === null) return Math.abs(best.r);
    let most = 0;
    for (const u of units) {
      let r = 0;
      for (let k = 0; k < u.length; k++) r += u[k]! * a[order[k]!]!;
      most = Math.max(most, Math.abs(r));
    }
    return most;
  }, stream);
  return { ...best, pValue: test.pValue, nullQ95: test.nullQ95 };
}

/** How close a person's code is to their twin's. */
export interface TwinTest extends PermutationResult {}

/** Euclidean distances between the people's codes, leaving out one unit (−1: none), as a people × people matrix. */
function distances(code: readonly number[][], excludeUnit: number): Float64Array {
  const people = code[0]!.length;
  const units = code.filter((_, u) => u !== excludeUnit);
  const d = new Float64Array(people * people);
  for (let p = 0; p < people; p++) {
    for (let q = 0; q < people; q++) {
      let sum = 0;
      for (const unit of units) sum += (unit[p]! - unit[q]!) ** 2;
      d[p * people + q] = Math.sqrt(sum);
    }
  }
  return d;
}

/**
 * "An English person's code is very similar to their Italian twin's", measured against the other
 * tree: per person, the share of the other tree's other 11 people whose code is farther away than
 * the twin's (ties count half; 0.5 is chance, 1 means the twin is the closest); the statistic is
 * its mean over the 24 people. The null pairs the trees' people at random instead of as twins.
 * `english[k]` and `italian[k]` are twins.
 */
export function twinTest(code: readonly number[][], english: readonly number[], italian: readonly number[], excludeUnit: number, stream: RandomStream): TwinTest {
  const people = code[0]!.length;
  const d = distances(code, excludeUnit);
  const closeness = (p: number, twin: number, others: readonly number[]) => {
    const toTwin = d[p * people + twin]!;
    let score = 0;
    for (const q of others) {
      if (q === twin) continue;
      const dq = d[p * people + q]!;
      score += dq > toTwin ? 1 : dq === toTwin ? 0.5 : 0;
    }
    return score / (others.length - 1);
  };
  return permutationTest(english.length, (order) => {
    let sum = 0;
    for (let k = 0; k < english.length; k++) {
      const e = english[k]!;
      const twin = italian[order === null ? k : order[k]!]!;
      sum += closeness(e, twin, italian) + closeness(twin, e, english);
    }
    return sum / (2 * english.length);
  }, stream);
}
