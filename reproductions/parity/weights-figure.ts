import type { ParamsJson } from '../../engine/index.js';
import type { ExperimentReport } from '../../reports/contract/index.js';
import { legend, maxMagnitude, unitBox, type UnitBoxStyle } from '../../reports/figures/hinton.js';
import { px, text } from '../../reports/figures/svg-text.js';
import { medianSweepsSeed } from '../../reports/figures/typical-seed.js';
import { seedDiagramDocument, unlearnedWarning } from '../../reports/figures/unlearned-seed.js';
import { matrix, vector } from '../../reports/figures/weight-blocks.js';

// The N-N-1 parity net as a Hinton diagram, drawn as Fig. 6 draws the paradigm: inputs at the
// bottom, the N hidden units above them, the output on top. Each unit is a box of its incoming
// weights (one cell per sending unit, in the senders' order) and its bias. A typical seed stands
// above the scaled paradigm, on one scale, so sizes compare across the two panels.

const CELL = 32;
const FULL = CELL - 5;
const GAP = 8;
const SPACE = 22;
const MARGIN = 20;
const PANEL_HEIGHT = 268;

interface ParityParams {
  inputToHidden: number[][];
  hiddenBias: number[];
  hiddenToOutput: number[][];
  outputBias: number[];
}

function read(params: ParamsJson, n: number): ParityParams {
  return {
    inputToHidden: matrix(params, 'inputToHidden', n, n),
    hiddenBias: vector(params, 'hiddenBias', n),
    hiddenToOutput: matrix(params, 'hiddenToOutput', 1, n),
    outputBias: vector(params, 'outputBias', 1),
  };
}

const magnitude = (p: ParityParams) => maxMagnitude(...p.inputToHidden, p.hiddenBias, ...p.hiddenToOutput, p.outputBias);
const boxWidth = (n: number) => n * CELL + GAP + CELL;
const panelWidth = (n: number) => n * boxWidth(n) + (n - 1) * SPACE;

/** How a unit's box is drawn: its incoming weights, a gap, its bias; values printed under the cells. */
const UNIT_BOX: UnitBoxStyle = { cell: CELL, full: FULL, gap: GAP, labelSize: 11, valueSize: 9 };

const line = (x1: number, y1: number, x2: number, y2: number) =>
  `<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" stroke="#c4c4c4" stroke-width="1"/>`;

/** One panel: the net drawn from one set of weights, its top-left corner at (x, y). */
function panel(x: number, y: number, heading: string, detail: string, p: ParityParams, n: number, maxAbs: number): string[] {
  const width = panelWidth(n);
  const outputY = y + 62;
  const hiddenY = y + 140;
  const inputY = y + 236;
  const outputX = x + (width - boxWidth(n)) / 2;
  const hiddenX = (h: number) => x + h * (boxWidth(n) + SPACE);
  const inputX = (i: number) => x + 20 + (i * (width - 40)) / Math.max(1, n - 1);
  const out = [text(x, y + 14, heading, { size: 13, weight: 'bold' }), text(x, y + 30, detail, { size: 10.5, fill: '#444' })];
  for (let h = 0; h < n; h += 1) {
    for (let i = 0; i < n; i += 1) out.push(line(inputX(i), inputY - 10, hiddenX(h) + (i + 0.5) * CELL, hiddenY + CELL + 14));
    out.push(line(hiddenX(h) + (n * CELL) / 2, hiddenY - 16, outputX + (h + 0.5) * CELL, outputY + CELL + 14));
  }
  const hiddenNames = Array.from({ length: n }, (_, h) => `hidden ${h + 1}`);
  const inputNames = Array.from({ length: n }, (_, i) => `input ${i + 1}`);
  out.push(...unitBox(outputX, outputY, 'output', p.hiddenToOutput[0]!, p.outputBias[0]!, hiddenNames, maxAbs, UNIT_BOX));
  for (let h = 0; h < n; h += 1) out.push(...unitBox(hiddenX(h), hiddenY, hiddenNames[h]!, p.inputToHidden[h]!, p.hiddenBias[h]!, inputNames, maxAbs, UNIT_BOX));
  for (let i = 0; i < n; i += 1) {
    out.push(`<circle cx="${px(inputX(i))}" cy="${px(inputY)}" r="9" fill="#ffffff" stroke="#444" stroke-width="1"/>`);
    out.push(text(inputX(i), inputY + 4, String(i + 1), { size: 10, anchor: 'middle' }));
  }
  return out;
}

/** The diagram of a report's typical seed above the scaled paradigm for the same N. */
export function parityWeightsSvg(e: ExperimentReport, n: number, paradigm: ParamsJson, paradigmNote: string): string {
  const chosen = medianSweepsSeed(e.runs);
  if (!chosen) throw new Error('figure: the parity diagram needs at least one run with weights');
  const seed = read(chosen.run.weights, n);
  const printed = read(paradigm, n);
  const maxAbs = Math.max(magnitude(seed), magnitude(printed));
  const title = `The ${n}-${n}-1 parity net: a typical seed above Fig. 6's paradigm`;
  const top = 56;
  const width = Math.max(panelWidth(n), 700) + 2 * MARGIN;
  const body = [
    text(MARGIN, 26, title, { size: 15, weight: 'bold' }),
    text(MARGIN, 44, `Hinton diagram. Each box is one unit: its weights from the units below it, then its bias. Criterion: ${e.criterion.description}.`, { size: 11, fill: '#444' }),
    ...panel(MARGIN, top, `This suite: seed ${chosen.run.seed}`, chosen.rule, seed, n, maxAbs),
    ...panel(MARGIN, top + PANEL_HEIGHT, "The chapter: Fig. 6's paradigm", paradigmNote, printed, n, maxAbs),
    ...legend(MARGIN, top + 2 * PANEL_HEIGHT, maxAbs, FULL),
  ];
  return seedDiagramDocument(width, top + 2 * PANEL_HEIGHT + 44, title, body, unlearnedWarning(chosen.run, e.runs), MARGIN);
}
