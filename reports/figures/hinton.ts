import { escapeXml, px, signed, text } from './svg-text.js';

// Hinton diagrams as the paper's authors drew them: on a grey ground, a white square for a positive
// weight and a black one for a negative weight, its area proportional to the magnitude. No plotting
// library draws these (they are neither heatmaps nor scatter plots), so they are written by hand.

export const GROUND = '#8a8a8a';

/** Side of the square for weight w, in a cell whose largest square (|w| = maxAbs) has side `full`. */
export function squareSide(w: number, maxAbs: number, full: number): number {
  if (maxAbs <= 0 || !Number.isFinite(w)) return 0;
  // area ∝ |w|, so side ∝ √|w|
  return full * Math.sqrt(Math.min(1, Math.abs(w) / maxAbs));
}

/** One weight as a square centred at (cx, cy); `tip` becomes its tooltip. Class `hinton-weight` is what tests count. */
export function weightSquare(cx: number, cy: number, w: number, maxAbs: number, full: number, tip: string): string {
  const s = squareSide(w, maxAbs, full);
  const fill = w >= 0 ? '#ffffff' : '#000000';
  return (
    `<rect class="hinton-weight" x="${px(cx - s / 2)}" y="${px(cy - s / 2)}" width="${px(s)}" height="${px(s)}" fill="${fill}">` +
    `<title>${escapeXml(tip)}: ${signed(w)}</title></rect>`
  );
}

/** The grey ground of a block of cells. */
export function ground(x: number, y: number, width: number, height: number): string {
  return `<rect x="${px(x)}" y="${px(y)}" width="${px(width)}" height="${px(height)}" fill="${GROUND}" stroke="#444" stroke-width="0.8"/>`;
}

/** Largest magnitude over any number of weight lists (0 when there are none). */
export function maxMagnitude(...lists: ReadonlyArray<readonly number[]>): number {
  let m = 0;
  for (const list of lists) for (const w of list) if (Number.isFinite(w)) m = Math.max(m, Math.abs(w));
  return m;
}

/** A magnitude for the key: three significant digits, so small weights do not print as 0.0. */
const magnitudeText = (v: number): string => String(Number(v.toPrecision(3)));

/** A key: the largest positive and negative squares, and how to read them. */
export function legend(x: number, y: number, maxAbs: number, full: number): string[] {
  const cell = full + 6;
  const sample = (dx: number, w: number) => {
    const s = squareSide(w, maxAbs, full);
    return `<rect x="${px(x + dx + (cell - s) / 2)}" y="${px(y + (cell - s) / 2)}" width="${px(s)}" height="${px(s)}" fill="${w >= 0 ? '#ffffff' : '#000000'}"/>`;
  };
  return [
    ground(x, y, cell, cell),
    sample(0, maxAbs),
    ground(x + cell + 4, y, cell, cell),
    sample(cell + 4, -maxAbs / 2),
    text(x + 2 * cell + 12, y + cell / 2 - 2, `white: positive weight, black: negative; area ∝ |w|.`, { size: 11 }),
    text(x + 2 * cell + 12, y + cell / 2 + 12, `Key: |w| = ${magnitudeText(maxAbs)} (white) and ${magnitudeText(maxAbs / 2)} (black); one scale for the whole figure.`, { size: 11 }),
  ];
}

/** A unit box's geometry and type sizes: cells of side `cell` holding squares up to `full`, `gap` before the bias. */
export interface UnitBoxStyle {
  cell: number;
  full: number;
  gap: number;
  labelSize: number;
  valueSize: number;
}

/**
 * One unit of a layered net as the papers' figures draw it: a box of its incoming weights (one cell
 * per sending unit, in the senders' order), a gap, its bias; the label above, each value printed
 * under its cell. Returns its SVG elements.
 */
export function unitBox(x: number, y: number, label: string, weights: number[], bias: number, senders: string[], maxAbs: number, style: UnitBoxStyle): string[] {
  const { cell, full, gap } = style;
  const out = [text(x, y - 6, label, { size: style.labelSize, weight: 'bold' }), text(x + weights.length * cell + gap + cell / 2, y - 6, 'bias', { size: 10, anchor: 'middle' })];
  out.push(ground(x, y, weights.length * cell, cell), ground(x + weights.length * cell + gap, y, cell, cell));
  weights.forEach((w, i) => {
    out.push(weightSquare(x + (i + 0.5) * cell, y + cell / 2, w, maxAbs, full, `${label} from ${senders[i]!}`));
    out.push(text(x + (i + 0.5) * cell, y + cell + 12, signed(w), { size: style.valueSize, anchor: 'middle' }));
  });
  const bx = x + weights.length * cell + gap + cell / 2;
  out.push(weightSquare(bx, y + cell / 2, bias, maxAbs, full, `${label} bias`));
  out.push(text(bx, y + cell + 12, signed(bias), { size: style.valueSize, anchor: 'middle' }));
  return out;
}
