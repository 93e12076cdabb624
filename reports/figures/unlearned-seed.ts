import type { RunRecord } from '../contract/index.js';
import { svgDocument, text } from './svg-text.js';

// A diagram of one seed's weights reads as "what the net learned", as the paper's figures do. When
// the seed drawn never met the criterion (the rule that picks it falls back to such a seed when
// none did, or picks the median one however it ended), its weights are no learned solution: a
// family-trees seed at |w| ≈ 0.02 drawn like Fig. 4 would pass for one. Such a diagram says so
// under its title, in red, before anything else is read.

export const WARNING_COLOUR = '#b3002d';
const LINE = 17;

const short = (v: number) => String(Number(v.toPrecision(3)));

/** What a diagram shows ("these weights") and what it would show had the seed learned ("a learned solution"). */
export interface DiagramWords {
  shows: string;
  learned: string;
}

const WEIGHTS: DiagramWords = { shows: 'These weights', learned: 'a learned solution' };

/** Two lines for a diagram of `run`, one of `runs`, when it never met the criterion; none when it did. */
export function unlearnedWarning(run: RunRecord, runs: readonly RunRecord[], words: DiagramWords = WEIGHTS): string[] {
  if (run.sweepsToCriterion !== null) return [];
  const met = runs.filter((r) => r.sweepsToCriterion !== null).length;
  const error = run.finalError === null ? 'not finite' : short(run.finalError);
  return [
    `Seed ${run.seed} did NOT learn: it never met the criterion in ${run.sweepsRun} sweeps (final E = ${error}).`,
    `${words.shows} are not ${words.learned}; ${met} of ${runs.length} seeds met the criterion.`,
  ];
}

/**
 * The diagram as an SVG document, with `warning` (from unlearnedWarning) under its title line:
 * `body[0]` is the title, as every seed diagram draws it first at y = 26; everything after it
 * moves down to make room. With no warning, the plain document.
 */
export function seedDiagramDocument(width: number, height: number, title: string, body: readonly string[], warning: readonly string[], x = 20): string {
  if (warning.length === 0) return svgDocument(width, height, title, [...body]);
  const room = warning.length * LINE + 4;
  const lines = warning.map((line, k) => text(x, 46 + k * LINE, line, { size: 12.5, weight: 'bold', fill: WARNING_COLOUR }));
  return svgDocument(width, height + room, `${title}. ${warning.join(' ')}`, [
    body[0]!,
    `<g class="unlearned-warning">`,
    ...lines,
    '</g>',
    `<g transform="translate(0 ${room})">`,
    ...body.slice(1),
    '</g>',
  ]);
}
