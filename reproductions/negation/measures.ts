// Fig. 12's reading, made precise, as pure functions of the weights: the net solves negation as
// three XORs, each hidden unit pairing the flag with one data bit. A hidden unit's two dominant
// inputs are the two with the largest |w| into it, provided the smaller of the two is at least
// DOMINANCE times the third largest; the net decomposes when every hidden unit's two dominant inputs
// are the flag and one data bit, and the three units pair the flag with three different bits.

/** "Dominant": at least twice the next input's |w| (the suite's threshold, fixed before any run was seen). */
export const DOMINANCE = 2;

export interface NegationWeights {
  /** (hidden, input): input 0 is the flag, inputs 1–3 the data bits. */
  inputToHidden: number[][];
  hiddenBias: number[];
  /** (output, hidden). */
  hiddenToOutput: number[][];
  /** (output, input). */
  inputToOutput: number[][];
  outputBias: number[];
}

/** One hidden unit: the data bit (1-based) it pairs with the flag, or null when its dominant pair is not flag + bit. */
export function pairedBit(w: readonly number[], dominance = DOMINANCE): number | null {
  const order = w.map((_, i) => i).sort((a, b) => Math.abs(w[b]!) - Math.abs(w[a]!) || a - b);
  const [first, second, third] = order as [number, number, number];
  if (first !== 0 && second !== 0) return null;
  if (Math.abs(w[second]!) < dominance * Math.abs(w[third]!)) return null;
  return first === 0 ? second : first;
}

export interface Decomposition {
  /** For each hidden unit, the bit it pairs with the flag (null: no dominant flag + bit pair). */
  bits: Array<number | null>;
  /** Every unit pairs the flag with one bit, and the three bits are different: the claim's per-seed measure. */
  xors: boolean;
  /**
   * Context: on a decomposed net, whether each output's largest |w| from a hidden unit comes from
   * the unit paired with that output's bit (null when the net does not decompose).
   */
  ownUnit: boolean | null;
}

export function decomposition(w: NegationWeights, dominance = DOMINANCE): Decomposition {
  const bits = w.inputToHidden.map((row) => pairedBit(row, dominance));
  const xors = bits.every((b) => b !== null) && new Set(bits).size === bits.length && bits.length === w.inputToHidden[0]!.length - 1;
  if (!xors) return { bits, xors, ownUnit: null };
  const ownUnit = w.hiddenToOutput.every((row, j) => {
    const strongest = row.map((_, h) => h).sort((a, b) => Math.abs(row[b]!) - Math.abs(row[a]!))[0]!;
    return bits[strongest] === j + 1;
  });
  return { bits, xors, ownUnit };
}
