import type { ExperimentReport } from '../../reports/contract/index.js';
import { ground, legend, maxMagnitude, weightSquare } from '../../reports/figures/hinton.js';
import { px, text } from '../../reports/figures/svg-text.js';
import { medianFinalErrorSeed } from '../../reports/figures/typical-seed.js';
import { seedDiagramDocument, unlearnedWarning } from '../../reports/figures/unlearned-seed.js';
import { matrix } from '../../reports/figures/weight-blocks.js';

// Nature Fig. 4: for each of the 6 units that encode person 1, its weights from the 24 person
// inputs, English people in one row and their Italian twins in the row below, in the paper's column
// order. Family-trees runs train a fixed number of sweeps and many never meet the criterion, so the
// seed shown is the median by final error, a rule that always picks one.

/** The column order of Fig. 4 (English row); the Italian row holds each one's twin. */
export const FIG4_ORDER = [
  'Christopher', 'Andrew', 'Arthur', 'James', 'Charles', 'Colin',
  'Penelope', 'Christine', 'Victoria', 'Jennifer', 'Margaret', 'Charlotte',
];

export interface Person {
  name: string;
  nationality: string;
  /** The twin in the other tree, by name (or by input index). */
  twin: string | number;
}

const CODE_UNITS = 6;
const CELL = 24;
const FULL = CELL - 4;
const LEFT = 96;
const COLUMN_GAP = 40;
const PANEL_GAP = 34;

/** Input indices of the two rows: English in Fig. 4's order (others appended), and each one's twin (or -1). */
export function fig4Columns(people: readonly Person[]): { english: number[]; italian: number[] } {
  const englishIdx = people.map((p, i) => (p.nationality === 'English' ? i : -1)).filter((i) => i >= 0);
  const rank = (i: number) => {
    const k = FIG4_ORDER.indexOf(people[i]!.name);
    return k < 0 ? FIG4_ORDER.length + i : k;
  };
  const english = [...englishIdx].sort((a, b) => rank(a) - rank(b));
  const twinOf = (i: number): number => {
    const p = people[i]!;
    const j = typeof p.twin === 'number' ? p.twin : people.findIndex((q) => q.name === p.twin);
    if (j >= 0 && people[j]?.nationality !== p.nationality) return j;
    return people.findIndex((q) => q.nationality !== p.nationality && q.twin === p.name);
  };
  return { english, italian: english.map(twinOf) };
}

export function familyTreesPersonCodeSvg(e: ExperimentReport, people: readonly Person[]): string {
  const chosen = medianFinalErrorSeed(e.runs);
  if (!chosen) throw new Error('figure: the person-code diagram needs at least one run with weights');
  const w = matrix(chosen.run.weights, 'personToCode', CODE_UNITS, people.length); // (code unit, person)
  const { english, italian } = fig4Columns(people);
  const maxAbs = maxMagnitude(...w);
  const gridWidth = english.length * CELL;
  const colX = [24, 24 + LEFT + gridWidth + COLUMN_GAP];
  const namesTop = 150;
  const panelStep = 2 * CELL + PANEL_GAP;
  const gridBottom = namesTop + 3 * panelStep - PANEL_GAP;
  const width = colX[1]! + LEFT + gridWidth + 60; // room for the last name, slanted to the right
  const warning = unlearnedWarning(chosen.run, e.runs, { shows: 'These weights', learned: 'a learned code' });
  // Fig. 4 shows a code a net learned; an unlearned seed's weights are only named as what they are.
  const title = warning.length === 0 ? "Hinton diagram of the family-trees net's person code (Nature Fig. 4)" : "Hinton diagram of an unlearned family-trees net's person-1 weights (not a Fig. 4 code)";
  const body = [
    text(24, 26, title, { size: 15, weight: 'bold' }),
    text(24, 44, `Weights from the 24 person-1 inputs to the 6 person-code units of seed ${chosen.run.seed}: ${chosen.rule}.`, { size: 11, fill: '#444' }),
    text(24, 60, "In each box the upper row is the English people in the paper's order, the lower row their Italian twins; biases not shown.", { size: 11, fill: '#444' }),
  ];
  for (const x0 of colX) {
    const gx = x0 + LEFT;
    english.forEach((i, c) => body.push(text(gx + (c + 0.5) * CELL + 4, namesTop - 8, people[i]!.name, { size: 10.5, rotate: -55 })));
    italian.forEach((i, c) => {
      if (i >= 0) body.push(text(gx + (c + 0.5) * CELL - 4, gridBottom + 10, people[i]!.name, { size: 10.5, rotate: -55, anchor: 'end' }));
    });
  }
  for (let u = 0; u < CODE_UNITS; u += 1) {
    const x0 = colX[u % 2]!;
    const gx = x0 + LEFT;
    const y = namesTop + Math.floor(u / 2) * panelStep;
    body.push(text(x0, y + CELL - 2, `unit ${u + 1}`, { size: 12, weight: 'bold' }));
    body.push(text(gx - 6, y + CELL / 2 + 4, 'English', { size: 9.5, anchor: 'end', fill: '#444' }));
    body.push(text(gx - 6, y + 1.5 * CELL + 4, 'Italian', { size: 9.5, anchor: 'end', fill: '#444' }));
    body.push(ground(gx, y, gridWidth, 2 * CELL));
    [english, italian].forEach((row, r) =>
      row.forEach((i, c) => {
        if (i >= 0) body.push(weightSquare(gx + (c + 0.5) * CELL, y + (r + 0.5) * CELL, w[u]![i]!, maxAbs, FULL, `unit ${u + 1} from ${people[i]!.name}`));
      }),
    );
    body.push(`<line x1="${px(gx)}" y1="${px(y + CELL)}" x2="${px(gx + gridWidth)}" y2="${px(y + CELL)}" stroke="#666" stroke-width="0.6"/>`);
  }
  const legendY = gridBottom + 86;
  body.push(...legend(24, legendY, maxAbs, FULL));
  return seedDiagramDocument(width, legendY + 44, title, body, warning, 24);
}
