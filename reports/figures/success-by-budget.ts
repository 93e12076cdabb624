import type { TopLevelSpec } from 'vega-lite';
import type { ExperimentReport } from '../contract/index.js';
import { chartedSubject, paperMarkLayers, paperMarkRows, SWEEPS_AXIS } from './paper-marks.js';
import { CHART_CONFIG, vegaLiteToSvg, wrapText } from './vega-svg.js';

// Success by budget: the share of seeds that had met the criterion by each sweep, a step curve that
// rises at every seed's sweeps to criterion. Seeds that never got there stay in the denominator (the
// censored view), so the curve ends at the reached fraction, not at 100%. One curve per variant.

const WIDTH = 640;
const HEIGHT = 260;
/**
 * The y axis runs this far beyond 0% and 100%, so that a curve at 0% (no seed got there) is drawn as
 * a line above the x axis rather than hidden in it, and one at 100% below the frame; ticks stay at 0–100%.
 */
const OVERHANG = 0.04;
/** When every seed met the criterion, the x axis ends this far past the last one to do so. */
const PAST_LAST = 1.1;

export interface SuccessSeries {
  /** The variant's name (the legend shows it when there is more than one series). */
  label: string;
  /** Each seed's sweeps to criterion; null when not reached within the budget. */
  sweeps: ReadonlyArray<number | null>;
  budget: number;
}

export interface SuccessPoint {
  variant: string;
  sweep: number;
  fraction: number;
}

/** Reached within its budget: the seeds the curve counts. */
const reachedOf = (s: SuccessSeries): number[] => s.sweeps.filter((v): v is number => v !== null && v <= s.budget).sort((a, b) => a - b);

/**
 * The step curve of one series: a point at 0, at each distinct sweeps-to-criterion, and at the
 * budget, or at `end` when the axis stops before the budget (the curve is flat from its last rise on).
 */
export function successSteps(s: SuccessSeries, end = s.budget): SuccessPoint[] {
  const reached = reachedOf(s);
  const n = Math.max(1, s.sweeps.length);
  const at = (t: number) => reached.filter((v) => v <= t).length / n;
  const stop = Math.min(end, s.budget);
  const ticks = [...new Set([0, ...reached.filter((v) => v <= stop), stop])].sort((a, b) => a - b);
  return ticks.map((sweep) => ({ variant: s.label, sweep, fraction: at(sweep) }));
}

/**
 * Where the x axis ends. Every seed of every series met the criterion: a little past the last one
 * that did, since the rest of the budget holds nothing but a flat 100% (iterative nets: all done by
 * sweep ~60 of 2,000). Otherwise the budget, where the seeds that never got there stopped. Either
 * way it reaches the paper's sweep counts, so their marks show.
 */
export function successAxisEnd(series: readonly SuccessSeries[], paperSweeps: readonly number[]): { end: number; lastReached: number | null } {
  const budget = Math.max(1, ...series.map((s) => s.budget));
  const allReached = series.length > 0 && series.every((s) => s.sweeps.length > 0 && reachedOf(s).length === s.sweeps.length);
  const lastReached = allReached ? Math.max(...series.map((s) => reachedOf(s).at(-1)!)) : null;
  const fitted = lastReached === null ? budget : Math.min(budget, Math.max(1, Math.ceil(PAST_LAST * lastReached)));
  return { end: Math.max(fitted, ...paperSweeps), lastReached };
}

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function successByBudgetSpec(title: string, criterion: string, series: readonly SuccessSeries[], paperSweeps: readonly number[]): TopLevelSpec {
  const { end, lastReached } = successAxisEnd(series, paperSweeps);
  const budget = Math.max(1, ...series.map((s) => s.budget));
  const rows = series.flatMap((s) => successSteps(s, end));
  const paperRows = paperMarkRows(paperSweeps, end, WIDTH);
  const x = { field: 'sweep', type: 'quantitative' as const, title: SWEEPS_AXIS, scale: { domain: [0, end], nice: false } };
  const y = {
    field: 'fraction',
    type: 'quantitative' as const,
    title: ['seeds that met', 'the criterion (%)'],
    axis: { format: '.0%', values: [0, 0.2, 0.4, 0.6, 0.8, 1] },
    scale: { domain: [-OVERHANG, 1 + OVERHANG], nice: false, zero: false },
  };
  const seeds = series.map((s) => `${s.sweeps.length}`).join(' / ');
  const axisNote =
    lastReached !== null && end < budget
      ? ` The x axis ends at sweep ${grouped(end)}: every seed had met the criterion by sweep ${grouped(lastReached)}, well within the budget of ${grouped(budget)} sweeps.`
      : '';
  // A curve at 0% lies just above the x axis; these words say what it means, on the plot.
  const none = series.filter((s) => reachedOf(s).length === 0);
  const noneRows = none.map((s, k) => ({
    note: `${series.length > 1 ? `${s.label}: ` : ''}0 of ${s.sweeps.length} seeds met the criterion within the budget of ${grouped(s.budget)} sweeps`,
    // Just above the 0% line, one line per series that never got there, stacked upward.
    fraction: 0.03 + 0.07 * k,
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: HEIGHT,
    title: {
      text: wrapText(`Success by budget: ${title}`, WIDTH, CHART_CONFIG.title.fontSize),
      subtitle: wrapText(
        `Share of ${seeds} seeds that had met the criterion, ${criterion}, by each sweep; seeds that never did stay counted. ` +
          `Reached within the budget: ${series.map((s) => `${reachedOf(s).length} of ${s.sweeps.length}`).join(' / ')}. ` +
          (paperRows.length > 0 ? "Red dashed rule: the paper's sweep count (one run)." : 'The paper gives no sweep count for this criterion.') +
          axisNote,
        WIDTH,
        CHART_CONFIG.title.subtitleFontSize,
      ),
    },
    layer: [
      {
        name: 'success',
        data: { values: rows },
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
        encoding: {
          x,
          y,
          color: { field: 'variant', type: 'nominal', title: 'variant', scale: { range: ['#1b5e9e', '#c25400', '#1b7f3b', '#7a3db8', '#b3002d', '#5a5a5a'] }, legend: series.length > 1 ? {} : null },
        },
      },
      ...paperMarkLayers(paperRows, x),
      {
        name: 'noneReached',
        data: { values: noneRows },
        mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 8, fontSize: 12, color: '#333' },
        encoding: { x: { value: 0 }, y, text: { field: 'note' } },
      },
    ],
  } as TopLevelSpec;
}

/** The report's figure: one experiment, one series, its own criterion and budget. */
export function successByBudgetSvg(e: ExperimentReport, paperSweeps: readonly number[]): Promise<string> {
  const series: SuccessSeries = { label: e.id, sweeps: e.runs.map((r) => r.sweepsToCriterion), budget: e.criterion.budget };
  return vegaLiteToSvg(successByBudgetSpec(chartedSubject(e), e.criterion.description, [series], [...new Set(paperSweeps)].sort((a, b) => a - b)));
}
