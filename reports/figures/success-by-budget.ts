import type { TopLevelSpec } from 'vega-lite';
import type { ExperimentReport } from '../contract/index.js';
import { SWEEPS_AXIS } from './paper-marks.js';
import { CHART_CONFIG, vegaLiteToSvg, wrapText } from './vega-svg.js';

// Success by budget: the share of seeds that had met the criterion by each sweep, a step curve that
// rises at every seed's sweeps to criterion. Seeds that never got there stay in the denominator (the
// censored view), so the curve ends at the reached fraction, not at 100%. One curve per variant.

const WIDTH = 640;

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

/** The step curve of one series: a point at 0, at each distinct sweeps-to-criterion, and at the budget. */
export function successSteps(s: SuccessSeries): SuccessPoint[] {
  const reached = s.sweeps.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const n = Math.max(1, s.sweeps.length);
  const at = (t: number) => reached.filter((v) => v <= t).length / n;
  const ticks = [...new Set([0, ...reached.filter((v) => v <= s.budget), s.budget])].sort((a, b) => a - b);
  return ticks.map((sweep) => ({ variant: s.label, sweep, fraction: at(sweep) }));
}

export function successByBudgetSpec(title: string, criterion: string, series: readonly SuccessSeries[], paperSweeps: readonly number[]): TopLevelSpec {
  const budget = Math.max(1, ...series.map((s) => s.budget), ...paperSweeps);
  const rows = series.flatMap(successSteps);
  const paperRows = paperSweeps.map((sweep) => ({ sweep, label: `paper: ${sweep} sweeps` }));
  const x = { field: 'sweep', type: 'quantitative' as const, title: SWEEPS_AXIS, scale: { domain: [0, budget], nice: false } };
  const seeds = series.map((s) => `${s.sweeps.length}`).join(' / ');
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: 260,
    title: {
      text: wrapText(`Success by budget: ${title}`, WIDTH, CHART_CONFIG.title.fontSize),
      subtitle: wrapText(
        `Share of ${seeds} seeds that had met the criterion, ${criterion}, by each sweep; seeds that never did stay counted. ` +
          `Reached within the budget: ${series.map((s) => `${s.sweeps.filter((v) => v !== null && v <= s.budget).length} of ${s.sweeps.length}`).join(' / ')}. ` +
          (paperRows.length > 0 ? "Red dashed rule: the paper's sweep count (one run)." : 'The paper gives no sweep count for this criterion.'),
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
          y: { field: 'fraction', type: 'quantitative', title: ['seeds that met', 'the criterion (%)'], axis: { format: '.0%' }, scale: { domain: [0, 1] } },
          color: { field: 'variant', type: 'nominal', title: 'variant', scale: { range: ['#1b5e9e', '#c25400', '#1b7f3b', '#7a3db8', '#b3002d', '#5a5a5a'] }, legend: series.length > 1 ? {} : null },
        },
      },
      { name: 'paper', data: { values: paperRows }, mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 1.5, color: '#b3002d' }, encoding: { x } },
      { name: 'paperLabel', data: { values: paperRows }, mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, dy: 4, fontSize: 11, color: '#b3002d' }, encoding: { x, y: { value: 0 }, text: { field: 'label' } } },
    ],
  } as TopLevelSpec;
}

/** The report's figure: one experiment, one series, its own criterion and budget. */
export function successByBudgetSvg(e: ExperimentReport, paperSweeps: readonly number[]): Promise<string> {
  const series: SuccessSeries = { label: e.id, sweeps: e.runs.map((r) => r.sweepsToCriterion), budget: e.criterion.budget };
  return vegaLiteToSvg(successByBudgetSpec(e.title, e.criterion.description, [series], [...new Set(paperSweeps)].sort((a, b) => a - b)));
}
