import type { RunRecord } from '../../reports/contract/index.js';
import { detectorCentres, FIELD_SIDE, FIELD_SIZE, patchAt, type Stimulus } from './layout.js';
import { BAR_WEIGHT, CENTRE_WEIGHT, COMPACT_WEIGHT, FLANK_WEIGHT, SURROUND_WEIGHT } from './paper.js';

// A 3 × 3 receptive field (9 weights, row by row) read as one of Fig. 15's kinds, and the counts the
// chapter gives for its fields, as pure functions, so a learned field and the chapter's idealised
// ones are measured by the same code. The rules were fixed before any run was seen. They read signs
// only: a field and its negative count as the same kind, since the detector's weight to the output
// can take either sign and serve either one.

export type Kind = 'centre-surround' | 'bar' | 'diagonal' | 'compactness' | 'other';
export const KINDS: readonly Kind[] = ['centre-surround', 'bar', 'diagonal', 'compactness', 'other'];

export interface Field {
  weights: readonly number[];
  bias: number;
}

const CENTRE = 4;
const rows = [0, 1, 2].map((r) => [0, 1, 2].map((c) => r * FIELD_SIDE + c));
const columns = [0, 1, 2].map((c) => [0, 1, 2].map((r) => r * FIELD_SIDE + c));
const diagonals = [[0, 4, 8], [2, 4, 6]];

/** The cells of `line` all of one sign and every other cell of the opposite sign (no zero weights). */
function lineAgainstRest(w: readonly number[], line: readonly number[]): boolean {
  const s = Math.sign(w[line[0]!]!);
  if (s === 0) return false;
  return w.every((v, k) => Math.sign(v) === (line.includes(k) ? s : -s));
}

/**
 * Fig. 15's kinds, first match wins: compactness, all nine weights of one sign (D); centre-surround,
 * the centre of one sign and all eight others of the other (A); bar, a whole row or column of one
 * sign and the six others of the other (B; any row or column, since with a detector at every
 * position a field shifted by one is the same detector moved); diagonal, a main or anti diagonal of
 * one sign and the six others of the other (C); otherwise other.
 */
export function kindOf(w: readonly number[]): Kind {
  if (w.length !== FIELD_SIZE) throw new Error(`a receptive field has ${FIELD_SIZE} weights, got ${w.length}`);
  if (w.every((v) => v > 0) || w.every((v) => v < 0)) return 'compactness';
  if (lineAgainstRest(w, [CENTRE])) return 'centre-surround';
  if ([...rows, ...columns].some((line) => lineAgainstRest(w, line))) return 'bar';
  if (diagonals.some((line) => lineAgainstRest(w, line))) return 'diagonal';
  return 'other';
}

const fieldOf = (on: readonly number[], onWeight: number, offWeight: number) =>
  Array.from({ length: FIELD_SIZE }, (_, k) => (on.includes(k) ? onWeight : offWeight));

/**
 * Fig. 15's four fields with the weights PDP8.md gives (high). The chapter prints no biases and no
 * weights for the diagonal field, so those are the suite's: the diagonal +1 against −1 off it (as
 * B's bar against its flanks), and each bias the half-integer that puts the unit off on a blank
 * retina and on for the pattern it is drawn for (A, B, C), or on for a blank retina and off as soon
 * as one pixel falls in the field (D, the compactness reading).
 */
export const IDEALISED: Readonly<Record<'A' | 'B' | 'C' | 'D', Field>> = {
  A: { weights: fieldOf([CENTRE], CENTRE_WEIGHT, SURROUND_WEIGHT), bias: -0.5 },
  B: { weights: fieldOf(columns[1]!, BAR_WEIGHT, FLANK_WEIGHT), bias: -0.5 },
  C: { weights: fieldOf(diagonals[0]!, BAR_WEIGHT, FLANK_WEIGHT), bias: -0.5 },
  D: { weights: fieldOf([], 0, COMPACT_WEIGHT), bias: 1 },
};

/** Whether a detector with this field is on (activation above 0.5, net input above 0) for a patch. */
const isOn = (f: Field, patch: readonly number[]) => patch.reduce((s, x, k) => s + x * f.weights[k]!, f.bias) > 0;

/**
 * How many detectors a stimulus switches: on where a blank retina leaves them off ("activates"),
 * or off where a blank retina leaves them on ("turns off"). Detectors whose patch the shape does
 * not touch see the blank patch, so only the switched ones count.
 */
export function switchedDetectors(f: Field, s: Stimulus, side: number): number {
  const blank = isOn(f, new Array<number>(FIELD_SIZE).fill(0));
  return detectorCentres(side).filter((c) => isOn(f, patchAt(s.image, side, c)) !== blank).length;
}

export interface Counts {
  /** Mean over the T stimuli (all orientations and places) of the detectors each switches. */
  T: number;
  /** The same over the C stimuli. */
  C: number;
}

export function meanCounts(f: Field, all: readonly Stimulus[], side: number): Counts {
  const mean = (shape: 'T' | 'C') => {
    const of = all.filter((s) => s.shape === shape);
    return of.reduce((n, s) => n + switchedDetectors(f, s, side), 0) / of.length;
  };
  return { T: mean('T'), C: mean('C') };
}

/** The shared field and detector bias of a run; null when its weights are not finite. */
export function fieldOfRun(run: Pick<RunRecord, 'weights'>): Field | null {
  if (run.weights === null) return null;
  const field = run.weights['field']!;
  const bias = run.weights['detectorBias']!;
  const weights = (Array.isArray(field[0]) ? field[0] : field) as number[];
  const b = (Array.isArray(bias[0]) ? (bias[0] as number[])[0] : bias[0]) as number;
  return { weights, bias: b };
}
