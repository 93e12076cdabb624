// Measures of the person code (Nature Fig. 4): the weights from the 24 person inputs to the 6
// person-code units, as a (unit, person) matrix. Pure functions of those weights.

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

/**
 * How many people have their twin as nearest neighbour (Euclidean) among the other 23 codes,
 * a person's code being their weights to every unit except `excludeUnit`.
 */
export function twinNearestCount(code: readonly number[][], twinOf: readonly number[], excludeUnit: number): number {
  const people = twinOf.length;
  const units = code.map((_, u) => u).filter((u) => u !== excludeUnit);
  const distance = (p: number, q: number) => Math.sqrt(units.reduce((s, u) => s + (code[u]![p]! - code[u]![q]!) ** 2, 0));
  let count = 0;
  for (let p = 0; p < people; p++) {
    let nearest = -1;
    let best = Infinity;
    for (let q = 0; q < people; q++) {
      if (q === p) continue;
      const d = distance(p, q);
      if (d < best) {
        best = d;
        nearest = q;
      }
    }
    if (nearest === twinOf[p]) count += 1;
  }
  return count;
}
