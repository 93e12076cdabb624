import type { ExperimentReport, RunRecord } from '../../reports/contract/index.js';
import type { Fig5Record, IterativeRun } from './run-tasks.js';
import { px, signed, svgDocument, text } from '../../reports/figures/svg-text.js';
import { medianBySeed } from '../../reports/figures/typical-seed.js';

// Nature Fig. 5: a synchronous iterative net and the layered net it equals, one layer per time
// step, corresponding weights equal. The unrolled copies of one weight share a colour and a name:
// the mark of a tied weight. Values are the typical seed's learned weights, read from the report.

export interface ChainSpec {
  groups: Array<{ name: string; size: number }>;
  projections: Array<{ from: string; to: string; block: string }>;
  iterations: number;
  clamped: Record<string, number[]>;
  scored: Record<string, number[]>;
}

const COLOURS = ['#1b5e9e', '#c25400', '#1b7f3b', '#7a3db8', '#b3002d', '#5a5a5a'];
const STEP_GAP = 88;
const UNIT_GAP = 110;
const R = 17;

/** A run's Fig. 5 record; a report read from a file may lack it, and then the diagram is not drawn. */
const fig5Of = (run: RunRecord): Partial<Fig5Record> | undefined => (run as Partial<IterativeRun>).fig5;

/** Whether the diagram can draw this Fig. 5 net (single units, a few steps) from these runs' weights. */
export function chainDrawable(net: ChainSpec, runs: readonly RunRecord[]): boolean {
  if (net.groups.length > 6 || net.projections.length > COLOURS.length || net.iterations > 8 || net.groups.some((g) => g.size !== 1)) return false;
  const weighted = runs.length > 0 && runs.every((r) => net.projections.every((p) => Array.isArray(fig5Of(r)?.weights?.[p.block])));
  return weighted && runs.some((r) => chainError(r) !== null);
}

/** The chain's final error, or null where it is not a finite number (a diverged run has no weights to draw). */
const chainError = (r: RunRecord) => {
  const e = fig5Of(r)?.finalError;
  return typeof e === 'number' && Number.isFinite(e) ? e : null;
};

export function iterativeUnrolledSvg(e: ExperimentReport, net: ChainSpec): string {
  const chosen = medianBySeed(e.runs, chainError, 'final error of the chain');
  if (!chosen || !chainDrawable(net, e.runs)) throw new Error("figure: the unrolled-net diagram needs each run's fig5.weights");
  const value = (block: string) => ((fig5Of(chosen.run)!.weights![block] as number[][])[0]![0]!);
  const T = net.iterations;
  const names = net.groups.map((g) => g.name);
  const colourOf = new Map(net.projections.map((p, k) => [p.block, COLOURS[k]!]));
  const top = 118;
  const left = 300;
  const x = (g: string) => left + names.indexOf(g) * UNIT_GAP;
  const y = (t: number) => top + (T - t) * STEP_GAP; // time runs upward, as in the paper
  const title = 'The iterative net of Nature Fig. 5 and the layered net it equals, tied weights marked';
  const body = [
    text(20, 26, title, { size: 15, weight: 'bold' }),
    text(20, 44, `Each weight of the iterative net (left) becomes ${T} copies in the layered net (right), one per step; copies of one weight share its colour and name, and stay equal.`, { size: 11, fill: '#444' }),
    text(20, 60, `Values: the learned weights of seed ${chosen.run.seed}, ${chosen.rule}.`, { size: 11, fill: '#444' }),
    '<defs>',
    ...net.projections.map((p) => `<marker id="arrow-${p.block}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colourOf.get(p.block)!}"/></marker>`),
    '</defs>',
  ];
  // The iterative net: units in a row, each weight an arrow bowed to one side so the pairs separate.
  const iy = top + (T * STEP_GAP) / 2;
  const ix = (g: string) => 40 + names.indexOf(g) * 80;
  body.push(text(20, top - 14, 'iterative net', { size: 12, weight: 'bold' }));
  for (const p of net.projections) {
    const [x1, x2] = [ix(p.from), ix(p.to)];
    const bow = (x2 > x1 ? -1 : 1) * 26;
    body.push(`<path class="recurrent-weight" d="M${px(x1)},${px(iy)} Q${px((x1 + x2) / 2)},${px(iy + bow)} ${px(x2 + (x2 > x1 ? -R : R))},${px(iy)}" fill="none" stroke="${colourOf.get(p.block)!}" stroke-width="2" marker-end="url(#arrow-${p.block})"/>`);
    body.push(text((x1 + x2) / 2, iy + bow * 0.8 + (bow < 0 ? -2 : 10), p.block, { size: 10, anchor: 'middle', fill: colourOf.get(p.block)! }));
  }
  for (const g of names) {
    body.push(`<circle cx="${px(ix(g))}" cy="${px(iy)}" r="${R}" fill="#ffffff" stroke="#333" stroke-width="1.2"/>`, text(ix(g), iy + 4, g, { size: 12, anchor: 'middle', weight: 'bold' }));
  }
  // The layered net: one row per step, each weight copied between every pair of consecutive steps.
  body.push(text(left - 40, top - 26, `layered net: ${T + 1} layers, steps 0–${T}`, { size: 12, weight: 'bold' }));
  for (let t = 0; t < T; t += 1) {
    for (const p of net.projections) {
      const [x1, y1, x2, y2] = [x(p.from), y(t) - R, x(p.to), y(t + 1) + R];
      const c = colourOf.get(p.block)!;
      body.push(`<line class="tied-copy" x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" stroke="${c}" stroke-width="2" marker-end="url(#arrow-${p.block})"><title>${p.block}, copy ${t + 1} of ${T}: ${signed(value(p.block))}</title></line>`);
      // A rightward arrow is labelled low, a leftward one high, so a crossing pair keeps its labels apart.
      const f = x2 >= x1 ? 0.2 : 0.8;
      body.push(text(x1 + (x2 - x1) * f + 7, y1 + (y2 - y1) * f + 4, p.block, { size: 10, fill: c }));
    }
  }
  for (let t = 0; t <= T; t += 1) {
    body.push(text(left - 40, y(t) + 4, `step ${t}`, { size: 11, anchor: 'end', fill: '#444' }));
    for (const g of names) {
      const clamped = net.clamped[g]?.includes(t) ?? false;
      const scored = net.scored[g]?.includes(t) ?? false;
      body.push(`<circle class="unit" cx="${px(x(g))}" cy="${px(y(t))}" r="${R}" fill="${clamped ? '#d9d9d9' : '#ffffff'}" stroke="#333" stroke-width="${scored ? 3 : 1.2}"/>`);
      body.push(text(x(g), y(t) + 4, g, { size: 12, anchor: 'middle', weight: 'bold' }));
    }
  }
  const lx = left + names.length * UNIT_GAP + 10;
  body.push(text(lx, top - 14, 'tied weights (one parameter each)', { size: 12, weight: 'bold' }));
  net.projections.forEach((p, k) => {
    const ly = top + 8 + k * 22;
    body.push(`<line x1="${px(lx)}" y1="${px(ly)}" x2="${px(lx + 28)}" y2="${px(ly)}" stroke="${colourOf.get(p.block)!}" stroke-width="2.5"/>`);
    body.push(text(lx + 36, ly + 4, `${p.block}: ${p.from} → ${p.to}, ${signed(value(p.block))}, ${T} copies`, { size: 11 }));
  });
  const ky = top + 16 + net.projections.length * 22;
  body.push(`<circle cx="${px(lx + 14)}" cy="${px(ky + 8)}" r="8" fill="#d9d9d9" stroke="#333"/>`, text(lx + 36, ky + 12, 'clamped to the starting state', { size: 11 }));
  body.push(`<circle cx="${px(lx + 14)}" cy="${px(ky + 32)}" r="8" fill="#ffffff" stroke="#333" stroke-width="3"/>`, text(lx + 36, ky + 36, 'scored against its target', { size: 11 }));
  return svgDocument(lx + 300, top + T * STEP_GAP + 40, title, body);
}
