import type { PatternSet } from '../../engine/index.js';
import { xorOf } from './paper.js';

// Table 1's four patterns, generated from the rule rather than typed in: every pair of bits in
// binary counting order (00, 01, 10, 11; the first bit is the left input), the target 1 exactly
// when the bits differ. The target values are a setting: the tables print 0 and 1 (high), a
// recollection says 0.1 and 0.9 were "typically" used (low).

export const TARGET_CODINGS = ['0-1', '0.1-0.9'] as const;
export type TargetCoding = (typeof TARGET_CODINGS)[number];

const LEVELS: Record<TargetCoding, [number, number]> = { '0-1': [0, 1], '0.1-0.9': [0.1, 0.9] };

/** The four input pairs in binary counting order: [left, right]. */
export const XOR_INPUTS: number[][] = [0, 1, 2, 3].map((k) => [(k >> 1) & 1, k & 1]);

/** The patterns' names as the chapter writes them, left input first. */
export const PATTERN_NAMES = XOR_INPUTS.map(([a, b]) => `${a}${b}`);

/** Table 1 with the chosen target values, on groups `input` and `output`. */
export function xorPatterns(coding: TargetCoding): PatternSet {
  const [off, on] = LEVELS[coding];
  return {
    count: XOR_INPUTS.length,
    inputs: { input: XOR_INPUTS.map((x) => [...x]) },
    targets: { output: XOR_INPUTS.map(([a, b]) => [xorOf(a!, b!) === 1 ? on : off]) },
  };
}
