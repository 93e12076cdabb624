import type { ParamsJson } from '../../engine/index.js';
import type { ExperimentReport, RunRecord } from '../../reports/contract/index.js';
import { ground, legend, maxMagnitude, weightSquare } from '../../reports/figures/hinton.js';
import { signed, text } from '../../reports/figures/svg-text.js';
import { medianSweepsSeed } from '../../reports/figures/typical-seed.js';
import { seedDiagramDocument, unlearnedWarning } from '../../reports/figures/unlearned-seed.js';
import type { FigureSpec } from '../kit/experiment.js';
import type { Settings } from '../kit/settings.js';

// An addition net as a Hinton diagram: one row per unit (the hidden units, then s₂, s₁, s₀), one
// cell per unit it could hear from (the four inputs, then the hidden units), then its bias. A cell
// with no connection is left blank. A typical seed, and the printed weights when there are some,
// share one scale.

const CELL = 30;
const FULL = CELL - 5;
const LABEL = 70;
const GAP = 8;
const MARGIN = 20;
const INPUTS = ['a₁', 'a₀', 'b₁', 'b₀'];
const OUTPUTS = ['s₂', 's₁', 's₀'];

interface UnitRow {
  name: string;
  /** One weight per sender, null where there is no connection. */
  weights: Array<number | null>;
  bias: number;
}

const hiddenCount = (p: ParamsJson) => [1, 2, 3].filter((k) => `hidden${k}Bias` in p).length;
const cell = (p: ParamsJson, block: string, row: number, col: number): number | null => {
  const b = p[block] as number[][] | undefined;
  return b === undefined ? null : b[row]![col]!;
};

/** The units of a weight set, in the order the figure draws them. */
function rows(p: ParamsJson): UnitRow[] {
  const h = hiddenCount(p);
  const hidden = Array.from({ length: h }, (_, k) => `hidden${k + 1}`);
  const senders = (to: string, row: number) => [
    ...INPUTS.map((_, i) => cell(p, to === 'output' ? 'inputToOutput' : `inputTo${to[0]!.toUpperCase()}${to.slice(1)}`, row, i)),
    ...hidden.map((from) => cell(p, `${from}To${to[0]!.toUpperCase()}${to.slice(1)}`, row, 0)),
  ];
  return [
    ...hidden.map((name) => ({ name, weights: senders(name, 0), bias: (p[`${name}Bias`] as number[])[0]! })),
    ...OUTPUTS.map((name, u) => ({ name, weights: senders('output', u), bias: (p.outputBias as number[])[u]! })),
  ];
}

function panel(x: number, y: number, heading: string, detail: string, units: UnitRow[], maxAbs: number): string[] {
  const senders = [...INPUTS, ...units.filter((u) => u.name.startsWith('hidden')).map((u) => `h${u.name.slice(6)}`)];
  const out = [text(x, y + 14, heading, { size: 13, weight: 'bold' }), text(x, y + 30, detail, { size: 10.5, fill: '#444' })];
  const top = y + 56;
  senders.forEach((s, i) => out.push(text(x + LABEL + (i + 0.5) * CELL, top - 8, s, { size: 10.5, anchor: 'middle' })));
  const biasX = x + LABEL + senders.length * CELL + GAP;
  out.push(text(biasX + CELL / 2, top - 8, 'bias', { size: 10.5, anchor: 'middle' }));
  units.forEach((u, r) => {
    const rowY = top + r * (CELL + 14);
    out.push(text(x, rowY + CELL / 2 + 4, u.name, { size: 11 }));
    u.weights.forEach((w, i) => {
      if (w === null) return;
      const cx = x + LABEL + i * CELL;
      out.push(ground(cx, rowY, CELL, CELL), weightSquare(cx + CELL / 2, rowY + CELL / 2, w, maxAbs, FULL, `${u.name} from ${senders[i]!}`));
      out.push(text(cx + CELL / 2, rowY + CELL + 11, signed(w), { size: 9, anchor: 'middle' }));
    });
    out.push(ground(biasX, rowY, CELL, CELL), weightSquare(biasX + CELL / 2, rowY + CELL / 2, u.bias, maxAbs, FULL, `${u.name} bias`));
    out.push(text(biasX + CELL / 2, rowY + CELL + 11, signed(u.bias), { size: 9, anchor: 'middle' }));
  });
  return out;
}

/** Wide enough for the cells and for the detail line under the heading. */
const panelWidth = (units: UnitRow[]) => Math.max(LABEL + (units[0]!.weights.length + 1) * CELL + GAP + 30, 400);

/** The diagram of a report's typical seed, beside `printed` (with its caption) when given. */
export function additionWeightsSvg(e: ExperimentReport, printed: { weights: ParamsJson; heading: string; detail: string } | null): string {
  const chosen = medianSweepsSeed(e.runs);
  if (!chosen) throw new Error('figure: the addition diagram needs at least one run with weights');
  const seed = rows(chosen.run.weights);
  const paper = printed ? rows(printed.weights) : null;
  const maxAbs = maxMagnitude(...[seed, ...(paper ? [paper] : [])].flatMap((units) => units.map((u) => [...u.weights.filter((w): w is number => w !== null), u.bias])));
  const title = `Hinton diagram of the ${e.id} net's weights: a typical seed${printed ? " beside the chapter's net" : ''}`;
  const top = 70;
  const height = top + 56 + seed.length * (CELL + 14) + 60;
  const second = MARGIN + panelWidth(seed) + 20;
  const body = [
    text(MARGIN, 26, title, { size: 15, weight: 'bold' }),
    text(MARGIN, 44, 'One row per unit: its weights from the units named above the columns, then its bias; a blank cell is no connection.', { size: 11, fill: '#444' }),
    text(MARGIN, 58, `Criterion: ${e.criterion.description}.`, { size: 11, fill: '#444' }),
    ...panel(MARGIN, top, `This suite: seed ${chosen.run.seed}`, chosen.rule, seed, maxAbs),
    ...(printed && paper ? panel(second, top, printed.heading, printed.detail, paper, maxAbs) : []),
    ...legend(MARGIN, height - 44, maxAbs, FULL),
  ];
  return seedDiagramDocument(Math.max(second + (paper ? panelWidth(paper) : 0), 820) + MARGIN, height, title, body, unlearnedWarning(chosen.run, e.runs), MARGIN);
}

/** The figure as an experiment declares it. */
export function additionWeightsFigure<R extends RunRecord, S extends Settings>(
  file: string,
  caption: string,
  printed: { weights: ParamsJson; heading: string; detail: string } | null,
): FigureSpec<R, S> {
  return {
    file,
    name: 'Hinton diagram of the addition net\'s weights',
    caption,
    drawable: ({ runs }) => runs.some((r) => r.weights !== null),
    render: ({ report }) => additionWeightsSvg(report, printed),
  };
}
