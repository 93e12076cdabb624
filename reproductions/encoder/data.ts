import type { PatternSet } from '../../engine/index.js';

// The encoder problem (Table 4): N orthogonal patterns, each the target of itself. Pattern p has
// its one "on" unit at position p, so pattern 0 is 10000000, as Table 4 lists them.

/** Hidden units the problem allows: log₂N, the fewest whose binary codes can name N patterns. */
export const hiddenUnitsFor = (width: number): number => Math.round(Math.log2(width));

/** The N one-hot vectors of width N, each its own target. */
export function encoderPatterns(width: number, input = 'input', output = 'output'): PatternSet {
  const rows = Array.from({ length: width }, (_, p) => Array.from({ length: width }, (_, u) => (u === p ? 1 : 0)));
  return { count: width, inputs: { [input]: rows }, targets: { [output]: rows.map((r) => [...r]) } };
}
