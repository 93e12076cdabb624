import type { ExperimentReport } from '../contract/index.js';

// How a chart names its axes and what it draws, and how it marks the paper's sweep counts, read
// only from the report's JSON.

/**
 * The y-axis title for E, from the experiment's loss-reduction convention when it records one. Two
 * short lines: vega sizes the figure by an estimate of the title's length, generous by half.
 */
export function errorAxisTitle(e: ExperimentReport): string[] {
  const reduction = e.conventions.lossReduction?.value;
  return ['error E', reduction === 'mean' ? '(averaged over cases and outputs)' : '(summed over cases and outputs)'];
}

export const SWEEPS_AXIS = 'sweeps (passes through the training set)';

/** A "task: …" label at the start of a description, e.g. "shift register" in "shift register: every output …". */
const taskLabel = (description: string): string | null => /^([^:]{1,40}): \S/.exec(description)?.[1] ?? null;

/**
 * What the standard charts draw, for their titles. An experiment that trains several tasks per
 * seed records one task's curve and criterion, and says which by starting both its criterion and
 * its dataset description with that task's name ("shift register: …"); its title names all of its
 * tasks, so the charts name the one they draw instead. Any other experiment: its title.
 */
export function chartedSubject(e: ExperimentReport): string {
  const task = taskLabel(e.criterion.description);
  if (task === null || taskLabel(e.dataset.description) !== task) return e.title;
  // The title's parenthesis lists the tasks and their sources; only its name is kept.
  return `the ${task} only (one of the tasks of ${e.title.replace(/\s*\(.*\)\s*$/, '')})`;
}

/** Label text estimated as vega estimates it without a canvas: generous for Helvetica. */
const LABEL_FONT_SIZE = 11;
const labelWidth = (label: string) => 0.8 * LABEL_FONT_SIZE * label.length;
const LABEL_GAP = 4;

export interface PaperMarkRow {
  sweep: number;
  label: string;
  /** The label's side of the rule: right of it unless it would then run past the plot's right edge. */
  align: 'left' | 'right';
}

/** One row per paper sweep count, each label placed so it stays inside a plot `width` px wide whose x axis ends at `xEnd`. */
export function paperMarkRows(paperSweeps: readonly number[], xEnd: number, width: number): PaperMarkRow[] {
  return paperSweeps.map((sweep) => {
    const label = `paper: ${sweep} sweeps`;
    const at = (sweep / Math.max(1, xEnd)) * width;
    const fitsRight = at + LABEL_GAP + labelWidth(label) <= width;
    const fitsLeft = at - LABEL_GAP - labelWidth(label) >= 0;
    return { sweep, label, align: !fitsRight && fitsLeft ? 'right' : 'left' };
  });
}

/**
 * The paper's sweep counts as dashed rules, each labelled at the top of the plot on the side where
 * its label fits: a rule near the right edge (the axis often ends at the paper's count) gets its
 * label on its left, which would otherwise run past the plot and widen the figure.
 */
export function paperMarkLayers(rows: readonly PaperMarkRow[], x: Record<string, unknown>): unknown[] {
  const colour = '#b3002d';
  return [
    { name: 'paper', data: { values: rows }, mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 1.5, color: colour }, encoding: { x } },
    {
      name: 'paperLabel',
      data: { values: rows },
      mark: {
        type: 'text',
        // Per row, from the data: vega evaluates these expressions for each label.
        align: { expr: 'datum.align' },
        dx: { expr: `datum.align === 'right' ? ${-LABEL_GAP} : ${LABEL_GAP}` },
        baseline: 'top',
        dy: 4,
        fontSize: LABEL_FONT_SIZE,
        color: colour,
      },
      encoding: { x, y: { value: 0 }, text: { field: 'label' } },
    },
  ];
}
