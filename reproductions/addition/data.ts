import type { PatternSet } from '../../engine/index.js';

// Table 8: every pair of 2-bit numbers a + b and their 3-bit sum. The inputs are laid out as the
// chapter numbers them: (a₁, a₀, b₁, b₀), so inputs 2 and 4 are the low-order bits; the outputs
// are (s₂, s₁, s₀), high-order first. Cases run a = 0…3, and b = 0…3 within each a, as listed.

const bits = (value: number, width: number) => Array.from({ length: width }, (_, k) => (value >> (width - 1 - k)) & 1);

export interface AdditionCase {
  a: number;
  b: number;
}

export const additionCases = (): AdditionCase[] => Array.from({ length: 16 }, (_, k) => ({ a: k >> 2, b: k & 3 }));

/** The 16 cases: input (a₁, a₀, b₁, b₀), target (s₂, s₁, s₀). */
export function additionPatterns(input = 'input', output = 'output'): PatternSet {
  const cases = additionCases();
  return {
    count: cases.length,
    inputs: { [input]: cases.map(({ a, b }) => [...bits(a, 2), ...bits(b, 2)]) },
    targets: { [output]: cases.map(({ a, b }) => bits(a + b, 3)) },
  };
}
