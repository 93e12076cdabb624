// The chapter's two shapes (Fig. 13), generated from their description rather than typed in, and
// their four orientations. A shape is a list of [row, column] cells, shifted so its top-left
// bounding corner is (0, 0).

export type Cell = readonly [number, number];
export type Shape = readonly Cell[];

/** A block T of 5 squares: a bar of 3 with a stem of 2 down from its middle. */
export const T_SHAPE: Shape = [
  ...[0, 1, 2].map((c): Cell => [0, c]),
  ...[1, 2].map((r): Cell => [r, 1]),
];

/**
 * A block C of 5 squares, as Fig. 13 draws it: 3 high and 2 wide, a back of 3 with one square out
 * from its top and one from its bottom (⊏). Its 3 × 2 box, not 3 × 3, is what the chapter's
 * compactness count of 20 needs (see ./layout.ts).
 */
export const C_SHAPE: Shape = [
  ...[0, 1, 2].map((r): Cell => [r, 0]),
  [0, 1],
  [2, 1],
];

/** The shape moved so its smallest row and column are 0, its cells in reading order. */
function normalise(cells: Shape): Shape {
  const r0 = Math.min(...cells.map(([r]) => r));
  const c0 = Math.min(...cells.map(([, c]) => c));
  return cells.map(([r, c]): Cell => [r - r0, c - c0]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** A quarter turn clockwise: (r, c) → (c, −r). */
const turn = (cells: Shape): Shape => normalise(cells.map(([r, c]): Cell => [c, -r]));

/** The 4 orientations, 0°, 90°, 180°, 270° clockwise. */
export function orientations(shape: Shape): Shape[] {
  const out: Shape[] = [normalise(shape)];
  for (let k = 1; k < 4; k++) out.push(turn(out[k - 1]!));
  return out;
}

/** Rows and columns of a normalised shape's bounding box. */
export const extent = (shape: Shape): [number, number] => [Math.max(...shape.map(([r]) => r)) + 1, Math.max(...shape.map(([, c]) => c)) + 1];
