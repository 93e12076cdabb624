import type { Net, NetSpec } from './net.js';

// The explicit layered twin of a net with tied blocks: the same groups and projections, but every
// copy of a tied block gets a block of its own, so its copies are separate, independent numbers.
// Used to check that a tied net behaves as the layered net whose corresponding weights are kept
// equal by hand, which is how Nature 323 (1986) explains iterative nets.

export interface UntiedTwin {
  spec: NetSpec;
  /** For every block of the tied net, the names of its copies in the twin, in order of first use in the spec. */
  copies: Record<string, string[]>;
}

/** Gives each use of a block its own block, named `<block>#<k>` (k = 1, 2, …) when the block has several uses. */
export function untie(spec: NetSpec): UntiedTwin {
  const uses = new Map<string, number>();
  for (const name of [...spec.projections.map((p) => p.block), ...spec.groups.flatMap((g) => (g.bias === undefined ? [] : [g.bias]))]) {
    uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  const copies: Record<string, string[]> = {};
  const copyName = (name: string): string => {
    const list = (copies[name] ??= []);
    const renamed = uses.get(name)! > 1 ? `${name}#${list.length + 1}` : name;
    list.push(renamed);
    return renamed;
  };
  // Projections first, then biases: a block is either a weight block or a bias block, never both.
  const projections = spec.projections.map((p) => ({ ...p, block: copyName(p.block) }));
  const groups = spec.groups.map((g) => (g.bias === undefined ? { ...g } : { ...g, bias: copyName(g.bias) }));
  return { spec: { groups, projections }, copies };
}

/** Where the copies of one tied block live in the twin's parameter buffer. */
export interface CopySet {
  block: string;
  /** Offset of each copy, in the order of `UntiedTwin.copies`. */
  offsets: number[];
  length: number;
}

export function copySets(tied: Net, twinNet: Net, twin: UntiedTwin): CopySet[] {
  return tied.blocks.map((b) => ({
    block: b.name,
    offsets: twin.copies[b.name]!.map((name) => twinNet.blocks.find((c) => c.name === name)!.offset),
    length: b.length,
  }));
}

/** Twin parameters whose every copy holds the value of its block in the tied parameters. */
export function spreadToCopies(tied: Net, tiedParams: Float64Array, twinNet: Net, sets: readonly CopySet[]): Float64Array {
  const params = new Float64Array(twinNet.parameterCount);
  tied.blocks.forEach((b, k) => {
    const values = tiedParams.subarray(b.offset, b.offset + b.length);
    for (const offset of sets[k]!.offsets) params.set(values, offset);
  });
  return params;
}

/** The largest difference max − min between the copies of any one weight (0 when every set of copies is bit-identical). */
export function copySpread(params: Float64Array, sets: readonly CopySet[]): number {
  let spread = 0;
  for (const set of sets) {
    for (let k = 0; k < set.length; k++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const offset of set.offsets) {
        const v = params[offset + k]!;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      spread = Math.max(spread, hi - lo);
    }
  }
  return spread;
}

/** The largest |twin copy − tied value| over every copy of every parameter. */
export function twinDeviation(tied: Net, tiedParams: Float64Array, twinParams: Float64Array, sets: readonly CopySet[]): number {
  let deviation = 0;
  tied.blocks.forEach((b, s) => {
    for (const offset of sets[s]!.offsets) {
      for (let k = 0; k < b.length; k++) deviation = Math.max(deviation, Math.abs(twinParams[offset + k]! - tiedParams[b.offset + k]!));
    }
  });
  return deviation;
}
