import type { Net } from './net.js';

/** Which parameters a multiplicative decay shrinks. */
export type DecayTarget = 'weights' | 'all';

/** Parameter ranges [offset, end) that decay applies to: weight blocks only, or every block. */
export function decayRanges(net: Net, target: DecayTarget): Array<[number, number]> {
  return net.blocks.filter((b) => target === 'all' || b.kind === 'weight').map((b) => [b.offset, b.offset + b.length]);
}

/** Multiplicative weight decay: w ← (1 − rate) · w on every listed range. */
export function applyDecay(params: Float64Array, ranges: ReadonlyArray<readonly [number, number]>, rate: number): void {
  const factor = 1 - rate;
  for (let r = 0; r < ranges.length; r++) {
    const [start, end] = ranges[r]!;
    for (let k = start; k < end; k++) params[k] = params[k]! * factor;
  }
}
