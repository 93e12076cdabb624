import { extent, orientations, type Shape } from './shapes.js';

// The retina and its detectors. The chapter gives neither the retina's size nor how the detectors
// are laid out (low), so both are the suite's. The layout is the one that makes Fig. 15's counts
// come out for the chapter's idealised fields at every position: one detector for every 3 × 3 patch
// that overlaps the retina (centres from −1 to R, "full" placement), pixels outside the retina 0.
// A shape is then seen by every detector whose patch touches it, whatever its position, and the
// all −2 compactness field is turned off by as many detectors as there are cells within one step
// of the shape: 21 for the T, 20 for the C, the chapter's numbers (test/reproductions/t-c).

/** The receptive field's side: 3 × 3 (Fig. 15, high). */
export const FIELD_SIDE = 3;
export const FIELD_SIZE = FIELD_SIDE * FIELD_SIDE;

/** A detector's centre on the retina (row, column); it may lie one step outside the retina. */
export type Centre = readonly [number, number];

/** The centres of the detectors of an R × R retina, in reading order: (R + 2)² of them. */
export function detectorCentres(side: number): Centre[] {
  const out: Centre[] = [];
  for (let i = -1; i <= side; i++) for (let j = -1; j <= side; j++) out.push([i, j]);
  return out;
}

/** The 9 pixels a detector sees, row by row (field index 3r + c is retina cell (i + r − 1, j + c − 1)); 0 off the retina. */
export function patchAt(image: readonly number[], side: number, [i, j]: Centre): number[] {
  const out: number[] = [];
  for (let r = 0; r < FIELD_SIDE; r++) {
    for (let c = 0; c < FIELD_SIDE; c++) {
      const y = i + r - 1;
      const x = j + c - 1;
      out.push(y >= 0 && y < side && x >= 0 && x < side ? image[y * side + x]! : 0);
    }
  }
  return out;
}

/** One stimulus: a shape in one orientation at one place, drawn on the retina. */
export interface Stimulus {
  shape: 'T' | 'C';
  orientation: number;
  row: number;
  col: number;
  /** The retina, row by row: 1 where the shape is. */
  image: number[];
}

/** The shape drawn on an R × R retina with its top-left bounding corner at (row, col). */
export function draw(shape: Shape, side: number, row: number, col: number): number[] {
  const image = new Array<number>(side * side).fill(0);
  for (const [r, c] of shape) image[(row + r) * side + col + c] = 1;
  return image;
}

/** Every orientation of each shape at every place it fits on the retina, the T's first. */
export function stimuli(shapes: Record<'T' | 'C', Shape>, side: number): Stimulus[] {
  const out: Stimulus[] = [];
  for (const name of ['T', 'C'] as const) {
    orientations(shapes[name]).forEach((shape, orientation) => {
      const [h, w] = extent(shape);
      for (let row = 0; row + h <= side; row++) {
        for (let col = 0; col + w <= side; col++) out.push({ shape: name, orientation, row, col, image: draw(shape, side, row, col) });
      }
    });
  }
  return out;
}
