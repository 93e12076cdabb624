import type { PatternSet } from '../../engine/index.js';

// The mirror-symmetry task as a pattern set: every binary vector of a given width, target 1 for
// those that read the same from both ends. Generic in the width; experiments name their own.

/** The bits of v as a vector of `width` inputs, most significant bit first. */
export function bitsOf(v: number, width: number): number[] {
  return Array.from({ length: width }, (_, i) => (v >> (width - 1 - i)) & 1);
}

/** True when the vector reads the same from both ends (mirror-symmetric about its centre). */
export function isMirrorSymmetric(bits: readonly number[]): boolean {
  return bits.every((b, i) => b === bits[bits.length - 1 - i]);
}

/** All 2^width input vectors, target 1 for the mirror-symmetric ones. */
export function symmetryPatterns(width: number, inputGroup: string, outputGroup: string): PatternSet {
  const vectors = Array.from({ length: 2 ** width }, (_, v) => bitsOf(v, width));
  return {
    count: vectors.length,
    inputs: { [inputGroup]: vectors },
    targets: { [outputGroup]: vectors.map((bits) => [isMirrorSymmetric(bits) ? 1 : 0]) },
  };
}
