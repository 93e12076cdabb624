import { buildNet, importParams, type NetSpec, type ParamsJson } from '../../engine/index.js';
import type { RunRecord } from '../../reports/contract/index.js';
import { escapeXml, px, signed, text } from '../../reports/figures/svg-text.js';
import { medianSweepsSeed, type TypicalSeed } from '../../reports/figures/typical-seed.js';
import { seedDiagramDocument, unlearnedWarning } from '../../reports/figures/unlearned-seed.js';
import { matrix, vector } from '../../reports/figures/weight-blocks.js';
import type { FigureSpec } from '../kit/experiment.js';
import type { Settings } from '../kit/settings.js';
import { PATTERN_NAMES, xorPatterns } from './data.js';
import { activationsOf } from './measures.js';

// An XOR net drawn as the chapter draws Figs. 3 and 5: inputs at the bottom, the hidden units above
// them, the output on top, each connection labelled with its weight and each unit with its bias.
// A seed chosen by a fixed rule stands beside the printed net; line widths share one scale.

const PANEL = 400;
const R = 21;
const POSITIVE = '#1b5e9e';
const NEGATIVE = '#c25400';

interface Drawn {
  hidden: number;
  skip: boolean;
  inputToHidden: number[][];
  hiddenBias: number[];
  hiddenToOutput: number[];
  inputToOutput: number[] | null;
  outputBias: number;
}

function read(spec: NetSpec, p: ParamsJson): Drawn {
  const hidden = spec.groups.find((g) => g.name === 'hidden')!.size;
  const skip = spec.projections.some((q) => q.block === 'inputToOutput');
  return {
    hidden,
    skip,
    inputToHidden: matrix(p, 'inputToHidden', hidden, 2),
    hiddenBias: vector(p, 'hiddenBias', hidden),
    hiddenToOutput: matrix(p, 'hiddenToOutput', 1, hidden)[0]!,
    inputToOutput: skip ? matrix(p, 'inputToOutput', 1, 2)[0]! : null,
    outputBias: vector(p, 'outputBias', 1)[0]!,
  };
}

const largest = (d: Drawn) => Math.max(...[...d.inputToHidden.flat(), ...d.hiddenBias, ...d.hiddenToOutput, ...(d.inputToOutput ?? []), d.outputBias].map(Math.abs));

/** A connection from (x1, y1) to (x2, y2), its weight printed at fraction `at` from the receiving end. */
function connection(x1: number, y1: number, x2: number, y2: number, w: number, maxAbs: number, tip: string, at: number): string[] {
  const len = Math.hypot(x2 - x1, y2 - y1);
  const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
  const [ax, ay, bx, by] = [x1 + ux * R, y1 + uy * R, x2 - ux * R, y2 - uy * R];
  const width = 1 + 5 * Math.min(1, Math.abs(w) / maxAbs);
  const [lx, ly] = [bx + (ax - bx) * at, by + (ay - by) * at];
  return [
    `<line class="net-weight" x1="${px(ax)}" y1="${px(ay)}" x2="${px(bx)}" y2="${px(by)}" stroke="${w >= 0 ? POSITIVE : NEGATIVE}" stroke-width="${px(width)}"><title>${escapeXml(`${tip}: ${signed(w)}`)}</title></line>`,
    `<text x="${px(lx)}" y="${px(ly + 4)}" font-size="11" text-anchor="middle" fill="#222" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(signed(w))}</text>`,
  ];
}

/** A unit with its bias inside; an input unit (no bias) is named below itself, the others beside. */
function unit(x: number, y: number, label: string, bias: number | null): string[] {
  return [
    `<circle cx="${px(x)}" cy="${px(y)}" r="${R}" fill="#ffffff" stroke="#333" stroke-width="1.2"/>`,
    ...(bias === null
      ? [text(x, y + R + 14, label, { size: 10, fill: '#555', anchor: 'middle' })]
      : [
          `<text class="net-bias" x="${px(x)}" y="${px(y + 4)}" font-size="11" text-anchor="middle" fill="#222">${escapeXml(signed(bias))}<title>${escapeXml(`${label} bias: ${signed(bias)}`)}</title></text>`,
          text(x + R + 4, y - R + 2, label, { size: 10, fill: '#555' }),
        ]),
  ];
}

/** One panel: the net drawn from one set of weights, its outputs on the four patterns below it. */
function panel(x: number, y: number, heading: string, detail: string, d: Drawn, outputs: number[], maxAbs: number): string[] {
  const cx = x + PANEL / 2;
  const [oy, hy, iy] = [y + 84, y + 190, y + 296];
  const inX = [cx - 100, cx + 100];
  const hidX = d.hidden === 1 ? [cx] : Array.from({ length: d.hidden }, (_, u) => cx - 100 + (200 * u) / (d.hidden - 1));
  const inputName = ['left input', 'right input'];
  const hiddenName = (u: number) => (d.hidden === 1 ? 'hidden' : `hidden ${u + 1}`);
  const out = [text(x, y + 14, heading, { size: 13, weight: 'bold' }), text(x, y + 30, detail, { size: 10.5, fill: '#444' })];
  hidX.forEach((hx, u) => {
    inX.forEach((ix, i) => out.push(...connection(ix, iy, hx, hy, d.inputToHidden[u]![i]!, maxAbs, `${hiddenName(u)} from ${inputName[i]!}`, 0.2)));
    out.push(...connection(hx, hy, cx, oy, d.hiddenToOutput[u]!, maxAbs, `output from ${hiddenName(u)}`, 0.5));
  });
  if (d.inputToOutput) inX.forEach((ix, i) => out.push(...connection(ix, iy, cx, oy, d.inputToOutput![i]!, maxAbs, `output from ${inputName[i]!}`, 0.5)));
  out.push(...unit(cx, oy, 'output', d.outputBias));
  hidX.forEach((hx, u) => out.push(...unit(hx, hy, hiddenName(u), d.hiddenBias[u]!)));
  inX.forEach((ix, i) => out.push(...unit(ix, iy, inputName[i]!, null)));
  const shown = PATTERN_NAMES.map((name, p) => `${name} → ${outputs[p]!.toFixed(3)}`).join('   ');
  out.push(text(x, iy + 52, `outputs: ${shown}`, { size: 10.5 }));
  return out;
}

export interface NetFigureSpec<R extends RunRecord> {
  id: string;
  spec: NetSpec;
  printed: ParamsJson;
  /** The chapter's figure, e.g. "Fig. 3". */
  paperName: string;
  /** The rule that picks the seed to draw (fixed in advance); the median seed by sweeps to criterion unless given. */
  pick?: (runs: readonly R[]) => TypicalSeed<R> | null;
  file?: string;
  caption?: string;
}

const outputsOf = (spec: NetSpec, weights: ParamsJson) => activationsOf(spec, importParams(buildNet(spec), weights), xorPatterns('0-1')).outputs;

export function netFigure<S extends Settings, R extends RunRecord = RunRecord>(f: NetFigureSpec<R>): FigureSpec<R, S> {
  const pick = f.pick ?? ((runs: readonly R[]) => medianSweepsSeed(runs) as TypicalSeed<R> | null);
  return {
    file: f.file ?? `${f.id}-net.svg`,
    name: `diagram of the XOR net beside the chapter's ${f.paperName}`,
    caption:
      f.caption ??
      `A seed chosen by a fixed rule (the converged seed with the median sweeps to criterion) beside the weights printed in ${f.paperName}: each line is a weight (blue positive, orange negative, width ∝ |w|), each unit shows its bias; the outputs on the four patterns are printed below.`,
    drawable: ({ runs }) => runs.some((r) => r.weights !== null),
    render: ({ runs, report }) => {
      const chosen = pick(runs);
      if (!chosen || chosen.run.weights === null) throw new Error('figure: the XOR net diagram needs a run with weights');
      const seed = read(f.spec, chosen.run.weights);
      const paper = read(f.spec, f.printed);
      const maxAbs = Math.max(largest(seed), largest(paper), 1e-9);
      const title = `The XOR net: a seed of this suite beside the chapter's ${f.paperName}`;
      const body = [
        text(20, 26, title, { size: 15, weight: 'bold' }),
        text(20, 44, `Criterion: ${report.criterion.description}. Lines: blue positive, orange negative, width ∝ |w|; the number in a unit is its bias.`, { size: 11, fill: '#444' }),
        ...panel(20, 56, `This suite: seed ${chosen.run.seed}`, chosen.rule, seed, outputsOf(f.spec, chosen.run.weights), maxAbs),
        ...panel(60 + PANEL, 56, `The chapter: ${f.paperName}`, 'the weights printed in the figure (one run)', paper, outputsOf(f.spec, f.printed), maxAbs),
      ];
      return seedDiagramDocument(2 * PANEL + 80, 56 + 370, title, body, unlearnedWarning(chosen.run, runs));
    },
  };
}
