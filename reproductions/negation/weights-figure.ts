import type { ExperimentReport } from '../../reports/contract/index.js';
import { ground, legend, maxMagnitude, weightSquare } from '../../reports/figures/hinton.js';
import { px, signed, text } from '../../reports/figures/svg-text.js';
import { medianSweepsSeed } from '../../reports/figures/typical-seed.js';
import { seedDiagramDocument, unlearnedWarning } from '../../reports/figures/unlearned-seed.js';
import { matrix, vector } from '../../reports/figures/weight-blocks.js';
import { decomposition, type NegationWeights } from './measures.js';

// Fig. 12's net as a Hinton diagram of a typical seed: the flag and the 3 data bits at the bottom,
// the 3 hidden units above them, the 3 outputs on top. A hidden unit's box holds its weights from
// the 4 inputs and its bias; an output's box its weights from the 3 hidden units, then (after a
// gap) its direct weights from the 4 inputs, then its bias. Each hidden unit is labelled with the
// bit it pairs with the flag, when it does (the three-xors claim's reading).

const CELL = 30;
const FULL = CELL - 5;
const GAP = 8;
const SPACE = 34;
const MARGIN = 20;
const INPUTS = ['flag', 'bit 1', 'bit 2', 'bit 3'];
const HIDDEN = ['hidden A', 'hidden B', 'hidden C'];

function read(params: ExperimentReport['runs'][number]['weights'] & object): NegationWeights {
  return {
    inputToHidden: matrix(params, 'inputToHidden', 3, 4),
    hiddenBias: vector(params, 'hiddenBias', 3),
    hiddenToOutput: matrix(params, 'hiddenToOutput', 3, 3),
    inputToOutput: matrix(params, 'inputToOutput', 3, 4),
    outputBias: vector(params, 'outputBias', 3),
  };
}

/** A box of cells in groups (separated by GAP), values printed under the cells; returns its SVG. */
function box(x: number, y: number, label: string, groups: Array<{ weights: number[]; senders: string[] }>, maxAbs: number): string[] {
  const out = [text(x, y - 6, label, { size: 11.5, weight: 'bold' })];
  let left = x;
  for (const g of groups) {
    out.push(ground(left, y, g.weights.length * CELL, CELL));
    g.weights.forEach((w, i) => {
      const cx = left + (i + 0.5) * CELL;
      out.push(weightSquare(cx, y + CELL / 2, w, maxAbs, FULL, `${label} from ${g.senders[i]!}`));
      out.push(text(cx, y + CELL + 12, signed(w), { size: 9.5, anchor: 'middle' }));
      out.push(text(cx, y + CELL + 24, g.senders[i]!.replace('hidden ', 'h ').replace('bit ', 'b'), { size: 8.5, anchor: 'middle', fill: '#666' }));
    });
    left += g.weights.length * CELL + GAP;
  }
  return out;
}

const width = (cells: number, groups: number) => cells * CELL + (groups - 1) * GAP;

export function negationWeightsSvg(e: ExperimentReport, paperBiases: { hidden: number[]; output: number[] }): string {
  const chosen = medianSweepsSeed(e.runs);
  if (!chosen || chosen.run.weights === null) throw new Error('figure: the negation diagram needs at least one run with weights');
  const w = read(chosen.run.weights);
  const bits = decomposition(w).bits;
  const maxAbs = maxMagnitude(...w.inputToHidden, w.hiddenBias, ...w.hiddenToOutput, ...w.inputToOutput, w.outputBias);
  const outputW = width(3 + 4 + 1, 3);
  const hiddenW = width(4 + 1, 2);
  const total = 3 * outputW + 2 * SPACE;
  const top = 92;
  const outputY = top + 20;
  const hiddenY = outputY + 110;
  const inputY = hiddenY + 120;
  const hiddenX = (h: number) => MARGIN + (total - (3 * hiddenW + 2 * SPACE)) / 2 + h * (hiddenW + SPACE);
  const inputX = (i: number) => MARGIN + 60 + (i * (total - 120)) / 3;
  const title = "The negation net (Fig. 12's architecture): a typical seed";
  const body = [
    text(MARGIN, 26, title, { size: 15, weight: 'bold' }),
    text(MARGIN, 44, `Hinton diagram of seed ${chosen.run.seed}: ${chosen.rule}. Criterion: ${e.criterion.description}.`, { size: 11, fill: '#444' }),
    text(MARGIN, 60, 'Output boxes: weights from the hidden units | direct weights from the inputs | bias. Hidden boxes: weights from the inputs | bias.', { size: 11, fill: '#444' }),
    text(MARGIN, 76, `The chapter prints no full net; Fig. 12's biases as read (medium confidence): hidden ${paperBiases.hidden.map(signed).join(', ')}; output ${paperBiases.output.map(signed).join(', ')}.`, { size: 11, fill: '#444' }),
  ];
  for (let j = 0; j < 3; j += 1) {
    const x = MARGIN + j * (outputW + SPACE);
    body.push(...box(x, outputY, `output ${j + 1} (bit ${j + 1})`, [{ weights: w.hiddenToOutput[j]!, senders: HIDDEN }, { weights: w.inputToOutput[j]!, senders: INPUTS }, { weights: [w.outputBias[j]!], senders: ['bias'] }], maxAbs));
  }
  for (let h = 0; h < 3; h += 1) {
    const label = `${HIDDEN[h]!}${bits[h] ? `: flag × bit ${bits[h]}` : ': no flag–bit pair'}`;
    body.push(...box(hiddenX(h), hiddenY, label, [{ weights: w.inputToHidden[h]!, senders: INPUTS }, { weights: [w.hiddenBias[h]!], senders: ['bias'] }], maxAbs));
  }
  INPUTS.forEach((name, i) => {
    body.push(`<circle cx="${px(inputX(i))}" cy="${px(inputY)}" r="13" fill="#ffffff" stroke="#444" stroke-width="1"/>`);
    body.push(text(inputX(i), inputY + 4, name === 'flag' ? 'F' : name.slice(4), { size: 11, anchor: 'middle' }));
    body.push(text(inputX(i), inputY + 30, name, { size: 10, anchor: 'middle', fill: '#444' }));
  });
  body.push(...legend(MARGIN, inputY + 46, maxAbs, FULL));
  return seedDiagramDocument(total + 2 * MARGIN, inputY + 96, title, body, unlearnedWarning(chosen.run, e.runs), MARGIN);
}
