import { px, text } from '../../reports/figures/svg-text.js';
import { medianSweepsSeed } from '../../reports/figures/typical-seed.js';
import { seedDiagramDocument, unlearnedWarning } from '../../reports/figures/unlearned-seed.js';
import type { ExperimentReport } from '../../reports/contract/index.js';
import type { CountReading } from './measures.js';
import type { ParityRun } from './run.js';

// Table 3 as a figure: for each number of inputs on, the hidden pattern and the output. The
// typical seed's table (each cell the unit's mean output over the patterns with that count,
// white when every one of them is on, black when every one is off, grey when they disagree)
// stands beside the chapter's Table 3 when the net is the chapter's 4-bit one.

const CELL_W = 44;
const CELL_H = 24;
const LABEL_W = 70;
const MARGIN = 20;
/** Between the two tables: room for the seed's subtitle. */
const SPACE = 120;

export interface PrintedTable {
  rows: ReadonlyArray<{ inputsOn: number; hidden: readonly number[]; output: number }>;
  heading: string;
}

const fillOf = (v: number | null) => (v === null ? '#9a9a9a' : v === 1 ? '#ffffff' : '#000000');
const inkOf = (v: number | null) => (v === 0 ? '#ffffff' : '#111111');

function cell(x: number, y: number, value: number | null, label: string): string[] {
  return [
    `<rect x="${px(x)}" y="${px(y)}" width="${px(CELL_W)}" height="${px(CELL_H)}" fill="${fillOf(value)}" stroke="#444" stroke-width="0.8"/>`,
    text(x + CELL_W / 2, y + CELL_H / 2 + 4, label, { size: 10.5, anchor: 'middle', fill: inkOf(value) }),
  ];
}

/** One table: a row per count, a column per hidden unit, then the target output. */
function table(x: number, y: number, heading: string, detail: string, n: number, at: (c: number, u: number) => { value: number | null; label: string }): string[] {
  const out = [text(x, y + 14, heading, { size: 13, weight: 'bold' }), text(x, y + 30, detail, { size: 10.5, fill: '#444' })];
  const top = y + 44;
  out.push(text(x, top + 16, 'inputs on', { size: 10.5 }));
  for (let u = 0; u < n; u += 1) out.push(text(x + LABEL_W + (u + 0.5) * CELL_W, top + 16, `h${u + 1}`, { size: 10.5, anchor: 'middle' }));
  out.push(text(x + LABEL_W + (n + 0.5) * CELL_W + 8, top + 16, 'output', { size: 10.5, anchor: 'middle' }));
  for (let c = 0; c <= n; c += 1) {
    const rowY = top + 24 + c * CELL_H;
    out.push(text(x + LABEL_W / 2, rowY + CELL_H / 2 + 4, String(c), { size: 11, anchor: 'middle' }));
    for (let u = 0; u < n; u += 1) {
      const { value, label } = at(c, u);
      out.push(...cell(x + LABEL_W + u * CELL_W, rowY, value, label));
    }
    out.push(...cell(x + LABEL_W + n * CELL_W + 8, rowY, c % 2, String(c % 2)));
  }
  return out;
}

const tableWidth = (n: number) => LABEL_W + (n + 1) * CELL_W + 8;

/** The typical seed's hidden units by count, beside the chapter's table when one is given. */
export function hiddenByCountSvg(e: ExperimentReport, runs: readonly ParityRun[], n: number, printed: PrintedTable | null): string {
  const chosen = medianSweepsSeed(e.runs);
  const run = chosen && runs.find((r) => r.seed === chosen.run.seed);
  if (!chosen || !run) throw new Error('figure: the parity table needs at least one run with weights');
  const units: CountReading[] = run.hidden.units;
  const title = `Hidden units by the number of inputs on, ${n}-bit parity (like Table 3)`;
  const height = 44 + 24 + (n + 1) * CELL_H;
  const width = Math.max(2 * MARGIN + tableWidth(n) + (printed ? tableWidth(n) + SPACE : 0), 720);
  const body = [
    text(MARGIN, 26, title, { size: 15, weight: 'bold' }),
    text(MARGIN, 44, 'White: on (> 0.5) on every pattern with that count; black: off on every one; grey: the patterns disagree.', { size: 11, fill: '#444' }),
    text(MARGIN, 58, "The suite's numbers: the unit's mean output over the patterns with that count.", { size: 11, fill: '#444' }),
    ...table(MARGIN, 70, `This suite: seed ${run.seed}`, chosen.rule, n, (c, u) => ({ value: units[u]!.profile[c]!, label: units[u]!.mean[c]!.toFixed(2) })),
  ];
  if (printed) {
    body.push(...table(MARGIN + tableWidth(n) + SPACE, 70, printed.heading, 'the learned hidden pattern for each count', n, (c, u) => {
      const v = printed.rows[c]!.hidden[u]!;
      return { value: v, label: String(v) };
    }));
  }
  return seedDiagramDocument(width, 70 + height + 24, title, body, unlearnedWarning(chosen.run, e.runs, { shows: 'These hidden patterns', learned: 'those of a learned net' }), MARGIN);
}
