// The range of a learning-curve figure's error axis, chosen from the data. E in the first few
// sweeps can dwarf everything after (family trees: E ≈ 350 at sweep 0, a plateau near 43 from
// sweep 10 on), and an axis fitted to it squashes what the figure is for into a flat line at the
// bottom. Then the axis is clipped just above the largest E after those sweeps, and the figure
// says so: nothing is hidden without a word.

/** The sweeps before this fraction of the x axis are "the first few": a start that may be clipped. */
export const EARLY_FRACTION = 0.05;
/** Clip only when the early E exceeds the later E by more than this factor: a mild start stays in full. */
export const CLIP_RATIO = 1.5;
/** Headroom above the largest later E, so the highest later curve does not touch the top. */
const HEADROOM = 1.1;

export interface ErrorPoint {
  sweep: number;
  error: number;
}

export interface ErrorAxis {
  /** The top of the axis when clipped; null when the axis is fitted to all the data. */
  top: number | null;
  /** When clipped: the last sampled sweep at which some drawn E runs above the top, and the highest E. */
  above: { until: number; highest: number } | null;
}

/** The smallest 1, 1.5, 2, … × 10^k step multiple at or above v (v > 0): a round number for an axis end. */
export function roundUp(v: number): number {
  const step = 10 ** Math.floor(Math.log10(v)) / 2;
  return Number((Math.ceil(v / step) * step).toPrecision(6));
}

/** The error axis for these drawn points (seeds' samples and quartiles) on an x axis ending at `xEnd`. */
export function errorAxis(points: readonly ErrorPoint[], xEnd: number): ErrorAxis {
  const early = EARLY_FRACTION * xEnd;
  let highest = -Infinity;
  let later = -Infinity;
  for (const p of points) {
    highest = Math.max(highest, p.error);
    if (p.sweep >= early) later = Math.max(later, p.error);
  }
  if (!(later > 0) || highest <= CLIP_RATIO * later) return { top: null, above: null };
  const top = roundUp(HEADROOM * later);
  const until = points.reduce((m, p) => (p.error > top ? Math.max(m, p.sweep) : m), 0);
  return { top, above: { until, highest } };
}

const short = (v: number) => String(Number(v.toPrecision(3)));

/** The sentence the figure's subtitle carries when the axis is clipped; empty when it is not. */
export function clippedAxisNote(axis: ErrorAxis): string {
  if (axis.top === null || axis.above === null) return '';
  const { until, highest } = axis.above;
  const where = until === 0 ? 'the curves start above it' : `the curves run above it until sweep ${until}`;
  return ` The error axis is clipped at E = ${short(axis.top)} to show the later sweeps: ${where} (up to E = ${short(highest)}).`;
}
