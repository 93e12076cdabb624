import type { ExperimentReport } from '../../reports/contract/index.js';
import { ground, maxMagnitude, weightSquare } from '../../reports/figures/hinton.js';
import { signed, svgDocument, text } from '../../reports/figures/svg-text.js';
import { medianSweepsSeed } from '../../reports/figures/typical-seed.js';
import { fieldOfRun, IDEALISED, kindOf, KINDS, type Field } from './fields.js';

// Fig. 15 as Hinton diagrams: for each kind a converged seed's field falls into, the seed of that
// kind with the median sweeps to criterion (a rule fixed in advance, not the prettiest field),
// beside the chapter's four fields A–D. Each panel is drawn to its own scale (its largest |w| a full
// square), since learned fields grow far larger than the chapter's idealised ±1 and ±2.

const CELL = 34;
const FULL = CELL - 5;
const PANEL = 3 * CELL;
const SPACE = 58;
const MARGIN = 20;

interface Panel {
  title: string;
  subtitle: string;
  field: Field;
}

function panel(x: number, y: number, p: Panel): string[] {
  const maxAbs = maxMagnitude(p.field.weights);
  const out = [text(x, y - 20, p.title, { size: 11.5, weight: 'bold' }), text(x, y - 6, p.subtitle, { size: 9.5, fill: '#444' }), ground(x, y, PANEL, PANEL)];
  p.field.weights.forEach((w, k) => {
    const cx = x + ((k % 3) + 0.5) * CELL;
    const cy = y + (Math.floor(k / 3) + 0.5) * CELL;
    out.push(weightSquare(cx, cy, w, maxAbs, FULL, `${p.title}, row ${Math.floor(k / 3) + 1} column ${(k % 3) + 1}`));
  });
  out.push(text(x, y + PANEL + 14, `bias ${signed(p.field.bias)}`, { size: 9.5 }));
  out.push(text(x, y + PANEL + 27, `largest |w| ${signed(maxAbs).replace('+', '')}`, { size: 9.5, fill: '#666' }));
  return out;
}

/** One learned panel per kind found among the converged seeds, in the order of KINDS. */
function learnedPanels(e: ExperimentReport): Panel[] {
  const converged = e.runs.filter((r) => r.sweepsToCriterion !== null && r.weights !== null);
  return KINDS.flatMap((kind) => {
    const ofKind = converged.filter((r) => kindOf(fieldOfRun(r)!.weights) === kind);
    const chosen = medianSweepsSeed(ofKind);
    if (!chosen) return [];
    return [{ title: `seed ${chosen.run.seed}: ${kind}`, subtitle: `${ofKind.length} of ${converged.length} converged; ${chosen.run.sweepsToCriterion} sweeps`, field: fieldOfRun(chosen.run)! }];
  });
}

const CHAPTER: Record<keyof typeof IDEALISED, string> = { A: 'A: on-centre off-surround', B: 'B: vertical bar', C: 'C: diagonal bar', D: 'D: compactness' };

export function tcFieldsSvg(e: ExperimentReport): string {
  const learned = learnedPanels(e);
  if (learned.length === 0) throw new Error('figure: the T–C fields need at least one converged seed with weights');
  const chapter: Panel[] = (Object.keys(IDEALISED) as Array<keyof typeof IDEALISED>).map((k) => ({
    title: CHAPTER[k],
    subtitle: `classified: ${kindOf(IDEALISED[k].weights)}`,
    field: IDEALISED[k],
  }));
  const columns = Math.max(learned.length, chapter.length);
  // wide enough for the longest line of the header as well as the panels
  const width = Math.max(2 * MARGIN + columns * PANEL + (columns - 1) * SPACE + 60, 920);
  const title = "The T–C net's shared receptive field: learned fields beside Fig. 15's";
  const learnedY = 124;
  const chapterY = learnedY + PANEL + 95;
  const body = [
    text(MARGIN, 26, title, { size: 15, weight: 'bold' }),
    text(MARGIN, 44, `Top: the learned 3 × 3 field of one converged seed per kind (median sweeps to criterion among that kind). Criterion: ${e.criterion.description}.`, { size: 11, fill: '#444' }),
    text(MARGIN, 60, "Bottom: Fig. 15's fields (weights as the chapter gives them; the diagonal's weights and all biases are the suite's).", { size: 11, fill: '#444' }),
    text(MARGIN, 76, 'White: positive weight, black: negative; area ∝ |w|, each panel to its own scale (its largest |w| fills a cell).', { size: 11, fill: '#444' }),
  ];
  learned.forEach((p, i) => body.push(...panel(MARGIN + i * (PANEL + SPACE), learnedY, p)));
  chapter.forEach((p, i) => body.push(...panel(MARGIN + i * (PANEL + SPACE), chapterY, p)));
  return svgDocument(width, chapterY + PANEL + 45, title, body);
}
