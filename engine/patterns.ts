import type { Net } from './net.js';

/**
 * A pattern set as the user writes it: for every input and output group, one row per pattern
 * (pattern-major, row p holds that group's values for pattern p).
 */
export interface PatternSet {
  count: number;
  inputs: Record<string, ArrayLike<number>[]>;
  targets: Record<string, ArrayLike<number>[]>;
}

/**
 * The same data transposed to feature-major storage (unit u of pattern p at u * count + p), the
 * layout the batched passes use so that their inner loops run over patterns.
 */
export interface PackedPatterns {
  count: number;
  /** Indexed by group index; empty for groups that are neither inputs nor outputs. */
  inputs: Float64Array[];
  targets: Float64Array[];
}

export class PatternError extends Error {}

export function packPatterns(net: Net, set: PatternSet): PackedPatterns {
  const { count } = set;
  if (!Number.isInteger(count) || count < 1) throw new PatternError('a pattern set needs at least one pattern');
  const pack = (rows: ArrayLike<number>[] | undefined, name: string, size: number, role: string) => {
    if (!rows) throw new PatternError(`no ${role} given for group "${name}"`);
    if (rows.length !== count) throw new PatternError(`${role} for "${name}" have ${rows.length} rows, expected ${count}`);
    const out = new Float64Array(size * count);
    rows.forEach((row, p) => {
      if (row.length !== size) throw new PatternError(`${role} row ${p} of "${name}" has ${row.length} values, expected ${size}`);
      for (let u = 0; u < size; u++) out[u * count + p] = row[u]!;
    });
    return out;
  };
  const empty = new Float64Array(0);
  const inputs = net.groups.map((g) => (g.kind === 'input' ? pack(set.inputs[g.name], g.name, g.size, 'inputs') : empty));
  const targets = net.groups.map((g) => (g.kind === 'output' ? pack(set.targets[g.name], g.name, g.size, 'targets') : empty));
  return { count, inputs, targets };
}

/** Keeps only the listed patterns, in the order given. */
export function selectPatterns(set: PatternSet, indices: readonly number[]): PatternSet {
  const pick = (groups: Record<string, ArrayLike<number>[]>) =>
    Object.fromEntries(Object.entries(groups).map(([name, rows]) => [name, indices.map((i) => rows[i]!)]));
  return { count: indices.length, inputs: pick(set.inputs), targets: pick(set.targets) };
}
