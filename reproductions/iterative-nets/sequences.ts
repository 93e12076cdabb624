import { stepName, unroll, unrolledPatterns, type PatternSet, type RecurrentSpec, type UnrolledNet, type Workspace } from '../../engine/index.js';

// Sequence completion (PDP ch. 8): letter, letter, then the two-digit codes of both letters. The
// codes, alphabet and timing are given by the caller (the experiment's spec holds the paper's numbers).

export interface SequenceProblem {
  /** Every letter and its code, in input-unit order: { A: [1, 2], … }. */
  codes: Record<string, number[]>;
  /** The digits, in output-unit order. */
  digits: number[];
  /** Steps at which the two letters are presented, in order. */
  letterSteps: number[];
  /** Steps at which the digits must be produced, in order. */
  digitSteps: number[];
  hiddenUnits: number;
  /** The state of the hidden units before the first step. */
  hiddenInitialState: number;
  /** The state of the digit (output) units before the first step; they feed no unit, so it changes no output. */
  outputInitialState: number;
}

export interface LetterSequence {
  letters: string[];
  digits: number[];
  /** e.g. "BE2313". */
  text: string;
}

/** Every ordered pair of letters followed by their codes (BE → BE2313), in alphabetical order. */
export function allSequences(codes: Record<string, number[]>): LetterSequence[] {
  const letters = Object.keys(codes);
  return letters.flatMap((a) =>
    letters.map((b) => {
      const digits = [...codes[a]!, ...codes[b]!];
      return { letters: [a, b], digits, text: `${a}${b}${digits.join('')}` };
    }),
  );
}

/** letters → hidden, hidden → hidden, hidden → digits; every connection takes one step. */
export function sequenceNet(task: SequenceProblem): RecurrentSpec {
  const T = Math.max(...task.digitSteps);
  return {
    groups: [
      { name: 'letters', size: Object.keys(task.codes).length, kind: 'input' },
      { name: 'hidden', size: task.hiddenUnits, kind: 'unit', bias: 'hiddenBias', rest: task.hiddenInitialState },
      { name: 'digits', size: task.digits.length, kind: 'unit', bias: 'digitBias', rest: task.outputInitialState },
    ],
    projections: [
      { from: 'letters', to: 'hidden', block: 'lettersToHidden' },
      { from: 'hidden', to: 'hidden', block: 'hiddenToHidden' },
      { from: 'hidden', to: 'digits', block: 'hiddenToDigits' },
    ],
    iterations: T,
    clamped: { letters: task.letterSteps },
    scored: { digits: task.digitSteps },
  };
}

const oneHot = (size: number, k: number) => Array.from({ length: size }, (_, i) => (i === k ? 1 : 0));

/** One pattern per sequence: its letters one-hot at the letter steps, its digits one-hot as targets at the digit steps. */
export function sequencePatterns(task: SequenceProblem, unrolled: UnrolledNet, sequences: readonly LetterSequence[]): PatternSet {
  const letters = Object.keys(task.codes);
  return unrolledPatterns(
    unrolled,
    sequences.length,
    (_group, step, p) => oneHot(letters.length, letters.indexOf(sequences[p]!.letters[task.letterSteps.indexOf(step)]!)),
    (_group, step, p) => oneHot(task.digits.length, task.digits.indexOf(sequences[p]!.digits[task.digitSteps.indexOf(step)]!)),
  );
}

export function sequenceUnrolled(task: SequenceProblem): UnrolledNet {
  return unroll(sequenceNet(task));
}

export interface DigitScore {
  /** Digits produced correctly, over all sequences and digit steps. */
  digits: number;
  /** Sequences whose every digit is produced correctly. */
  sequences: number;
  /** Per sequence, the digits the net produced. */
  produced: number[][];
}

/**
 * Reads the digits a net produced from a workspace evaluated on `sequences`. `produced` decides
 * which digit an output vector stands for (or null when it stands for none).
 */
export function scoreDigits(
  task: SequenceProblem,
  groupIndex: (name: string) => number,
  ws: Workspace,
  sequences: readonly LetterSequence[],
  produced: (outputs: number[]) => number | null,
): DigitScore {
  const P = ws.count;
  let digits = 0;
  let whole = 0;
  const all: number[][] = [];
  sequences.forEach((seq, p) => {
    const out = task.digitSteps.map((t) => {
      const y = ws.act[groupIndex(stepName('digits', t))]!;
      const k = produced(task.digits.map((_, u) => y[u * P + p]!));
      return k === null ? 0 : task.digits[k]!;
    });
    const right = out.filter((d, i) => d === seq.digits[i]).length;
    digits += right;
    if (right === out.length) whole += 1;
    all.push(out);
  });
  return { digits, sequences: whole, produced: all };
}

/** The digit whose output unit is the most active (ties go to the first). */
export const mostActive = (y: number[]): number | null => y.indexOf(Math.max(...y));

/** The digit whose unit alone is above 0.5, or none when not exactly one unit is. */
export const aloneAboveHalf = (y: number[]): number | null => {
  const on = y.flatMap((v, k) => (v > 0.5 ? [k] : []));
  return on.length === 1 ? on[0]! : null;
};
