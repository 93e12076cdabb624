import type { ExperimentReport } from '../../reports/contract/index.js';
import { ground, weightSquare } from '../../reports/figures/hinton.js';
import { text } from '../../reports/figures/svg-text.js';
import { medianSweepsSeed } from '../../reports/figures/typical-seed.js';
import { seedDiagramDocument, unlearnedWarning } from '../../reports/figures/unlearned-seed.js';
import type { Codes } from './measures.js';
import type { EncoderRun } from './run.js';

// Table 5 as a figure: one row per input pattern, one cell per hidden unit, a white square whose
// area is the unit's activation (1 fills the cell's square, 0 leaves it empty) and the value beside
// it. The typical seed and the chapter's printed codes share the scale, which is fixed: [0, 1].

const CELL = 30;
const FULL = CELL - 5;
const LABEL = 92;
const VALUE = 36;
const MARGIN = 20;
const MIN_PANEL = 380;

const patternName = (p: number, n: number) => Array.from({ length: n }, (_, u) => (u === p ? '1' : '0')).join('');
const valueText = (v: number) => v.toFixed(2);

/** One panel of codes, its top-left corner at (x, y); returns its body and width. */
function panel(x: number, y: number, heading: string, detail: string, codes: Codes): { body: string[]; width: number } {
  const units = codes[0]?.length ?? 0;
  // wide enough for the detail line under the heading
  const width = Math.max(LABEL + units * (CELL + VALUE), MIN_PANEL);
  const out = [text(x, y + 14, heading, { size: 13, weight: 'bold' }), text(x, y + 30, detail, { size: 10.5, fill: '#444' })];
  const top = y + 56;
  for (let u = 0; u < units; u++) out.push(text(x + LABEL + u * (CELL + VALUE) + CELL / 2, top - 8, `hidden ${u + 1}`, { size: 10, anchor: 'middle' }));
  codes.forEach((code, p) => {
    const rowY = top + p * CELL;
    const name = patternName(p, codes.length);
    out.push(text(x, rowY + CELL / 2 + 4, name, { size: 11 }));
    code.forEach((v, u) => {
      const cx = x + LABEL + u * (CELL + VALUE);
      out.push(ground(cx, rowY, CELL, CELL), weightSquare(cx + CELL / 2, rowY + CELL / 2, v, 1, FULL, `pattern ${name}, hidden ${u + 1}`));
      out.push(text(cx + CELL + 4, rowY + CELL / 2 + 4, valueText(v), { size: 10.5 }));
    });
  });
  return { body: out, width };
}

/** The codes of a report's typical seed, beside Table 5's when the report is of the 8-3-8 net. */
export function encoderCodesSvg(e: ExperimentReport, runs: readonly EncoderRun[], printed: Codes): string {
  const chosen = medianSweepsSeed(e.runs);
  if (!chosen) throw new Error('figure: the encoder codes need at least one run with weights');
  const run = runs.find((r) => r.seed === chosen.run.seed)!;
  const n = run.codes.length;
  const title = `Hidden codes of the ${n}-${run.codes[0]!.length}-${n} encoder: a typical seed${n === printed.length ? " beside the chapter's Table 5" : ''}`;
  const top = 70;
  const seed = panel(MARGIN, top, `This suite: seed ${run.seed}`, chosen.rule, run.codes);
  const panels = [seed];
  if (n === printed.length) panels.push(panel(2 * MARGIN + seed.width + 20, top, 'The chapter: PDP vol. 1, ch. 8, Table 5', 'the codes as printed (one run, rounded to 0, 0.5, 1)', printed));
  const width = Math.max(MARGIN * 2 + panels.reduce((w, p) => w + p.width + 20, 0), 760);
  const height = top + 56 + n * CELL + 40;
  const body = [
    text(MARGIN, 26, title, { size: 15, weight: 'bold' }),
    text(MARGIN, 44, "Each row is one input pattern; each square a hidden unit's activation, its area ∝ the value (a full square is 1).", { size: 11, fill: '#444' }),
    text(MARGIN, 58, `Codes read at the sweep the net first met its criterion: ${e.criterion.description}.`, { size: 11, fill: '#444' }),
    ...panels.flatMap((p) => p.body),
  ];
  return seedDiagramDocument(width, height, title, body, unlearnedWarning(chosen.run, e.runs, { shows: 'These codes', learned: 'the codes of a learned net' }), MARGIN);
}
