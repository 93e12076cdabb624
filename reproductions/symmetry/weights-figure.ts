import type { ParamsJson } from '../../engine/index.js';
import type { ExperimentReport } from '../../reports/contract/index.js';
import { legend, maxMagnitude, unitBox, type UnitBoxStyle } from '../../reports/figures/hinton.js';
import { px, text } from '../../reports/figures/svg-text.js';
import { medianSweepsSeed } from '../../reports/figures/typical-seed.js';
import { seedDiagramDocument, unlearnedWarning } from '../../reports/figures/unlearned-seed.js';
import { matrix, vector } from '../../reports/figures/weight-blocks.js';

// Nature Fig. 1 as a Hinton diagram: inputs at the bottom, the two hidden units above them, the
// output unit on top, as the paper draws the net. Each unit is a box of its incoming weights (one
// cell per sending unit, in the senders' order) and its bias. The suite's typical seed stands
// beside the printed weights, on one scale, so sizes compare across the two panels.

const INPUTS = 6;
const CELL = 30;
const FULL = CELL - 5;
const GAP = 8;
const BOX = INPUTS * CELL + GAP + CELL; // six input weights, a gap, the bias
const PANEL = 2 * BOX + 36;
const MARGIN = 20;

interface SymmetryParams {
  inputToHidden: number[][];
  hiddenBias: number[];
  hiddenToOutput: number[][];
  outputBias: number[];
}

function read(params: ParamsJson): SymmetryParams {
  return {
    inputToHidden: matrix(params, 'inputToHidden', 2, INPUTS),
    hiddenBias: vector(params, 'hiddenBias', 2),
    hiddenToOutput: matrix(params, 'hiddenToOutput', 1, 2),
    outputBias: vector(params, 'outputBias', 1),
  };
}

const magnitude = (p: SymmetryParams) => maxMagnitude(...p.inputToHidden, p.hiddenBias, ...p.hiddenToOutput, p.outputBias);

/** How a unit's box is drawn: its incoming weights, a gap, its bias; values printed under the cells. */
const UNIT_BOX: UnitBoxStyle = { cell: CELL, full: FULL, gap: GAP, labelSize: 12, valueSize: 10 };

const line = (x1: number, y1: number, x2: number, y2: number) =>
  `<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" stroke="#b5b5b5" stroke-width="1"/>`;

/** One panel: the net of Fig. 1 drawn from one set of weights, its top-left corner at (x, y). */
function panel(x: number, y: number, heading: string, detail: string, p: SymmetryParams, maxAbs: number): string[] {
  const inputs = Array.from({ length: INPUTS }, (_, i) => `input ${i + 1}`);
  const hiddenY = y + 150;
  const outputY = y + 64;
  const inputY = y + 262;
  const outputX = x + (PANEL - (2 * CELL + GAP + CELL)) / 2;
  const hiddenX = [x, x + BOX + 36];
  const out = [text(x, y + 14, heading, { size: 13, weight: 'bold' }), text(x, y + 30, detail, { size: 10.5, fill: '#444' })];
  // Connections first, so the boxes are drawn over them.
  const inputX = (i: number) => x + 14 + (i * (PANEL - 28)) / (INPUTS - 1);
  for (let h = 0; h < 2; h += 1) {
    for (let i = 0; i < INPUTS; i += 1) out.push(line(inputX(i), inputY - 10, hiddenX[h]! + (i + 0.5) * CELL, hiddenY + CELL + 14));
    out.push(line(hiddenX[h]! + (INPUTS * CELL) / 2, hiddenY - 18, outputX + (h + 0.5) * CELL, outputY + CELL + 14));
  }
  out.push(...unitBox(outputX, outputY, 'output', p.hiddenToOutput[0]!, p.outputBias[0]!, ['hidden A', 'hidden B'], maxAbs, UNIT_BOX));
  ['A', 'B'].forEach((name, h) =>
    out.push(...unitBox(hiddenX[h]!, hiddenY, `hidden ${name}`, p.inputToHidden[h]!, p.hiddenBias[h]!, inputs, maxAbs, UNIT_BOX)),
  );
  for (let i = 0; i < INPUTS; i += 1) {
    out.push(`<circle cx="${px(inputX(i))}" cy="${px(inputY)}" r="10" fill="#ffffff" stroke="#444" stroke-width="1"/>`);
    out.push(text(inputX(i), inputY + 4, String(i + 1), { size: 11, anchor: 'middle' }));
  }
  out.push(text(x + PANEL / 2, inputY + 26, 'input units 1–6', { size: 10.5, anchor: 'middle', fill: '#444' }));
  return out;
}

/** The diagram of a report's typical seed beside the printed weights. */
export function symmetryWeightsSvg(e: ExperimentReport, printed: ParamsJson): string {
  const chosen = medianSweepsSeed(e.runs);
  if (!chosen) throw new Error('figure: the symmetry diagram needs at least one run with weights');
  const seed = read(chosen.run.weights);
  const paper = read(printed);
  const maxAbs = Math.max(magnitude(seed), magnitude(paper));
  const title = "Hinton diagram of the symmetry net's weights: a typical seed beside the paper's Fig. 1";
  const top = 56;
  const width = 2 * PANEL + 4 * MARGIN + 20;
  const body = [
    text(MARGIN, 26, title, { size: 15, weight: 'bold' }),
    text(MARGIN, 44, `Each box is one unit: its weights from the units below it, then its bias. Criterion: ${e.criterion.description}.`, { size: 11, fill: '#444' }),
    ...panel(MARGIN, top, `This suite: seed ${chosen.run.seed}`, chosen.rule, seed, maxAbs),
    ...panel(2 * MARGIN + PANEL + 20, top, 'The paper: Nature 323 (1986), Fig. 1', 'the weights printed in the figure (one run)', paper, maxAbs),
    ...legend(MARGIN, top + 312, maxAbs, FULL),
  ];
  return seedDiagramDocument(width, top + 312 + 40, title, body, unlearnedWarning(chosen.run, e.runs), MARGIN);
}
