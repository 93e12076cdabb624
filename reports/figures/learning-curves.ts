import type { TopLevelSpec } from 'vega-lite';
import type { ExperimentReport } from '../contract/index.js';
import { curveQuartiles, errorAt, round, sweepGrid } from './curve-summary.js';
import { errorAxisTitle, SWEEPS_AXIS } from './paper-marks.js';
import { CHART_CONFIG, vegaLiteToSvg, wrapText } from './vega-svg.js';

// Learning curves: E against sweeps for every seed (thin lines), their median and interquartile
// band, a dot where each seed first met the criterion, and the paper's sweep count as a dashed rule.
// Layer names become CSS classes in the SVG, which is how the tests count the marks.

const WIDTH = 640;

/**
 * Most seeds drawn as lines. Beyond a few hundred the lines are a solid mass, and with 100,000 seeds
 * their points (20 million) outgrow memory; the median and band still use every seed.
 */
export const MAX_SEED_LINES = 200;

/** The seeds drawn as lines: all of them, or every k-th in seed order when there are too many. */
function drawnRuns(runs: ExperimentReport['runs']): { runs: ExperimentReport['runs']; every: number } {
  const every = Math.ceil(runs.length / MAX_SEED_LINES);
  return every <= 1 ? { runs, every: 1 } : { runs: runs.filter((_, k) => k % every === 0), every };
}

export const COLOURS = { seed: '#3b6ea5', band: '#f0a04b', median: '#c25400', reached: '#1b7f3b', paper: '#b3002d' } as const;

/** `paperSweeps`: the paper's sweep counts to mark (one run each), as the experiment declares them. */
export function learningCurvesSpec(e: ExperimentReport, paperSweeps: readonly number[]): TopLevelSpec {
  const marks = [...new Set(paperSweeps)].sort((a, b) => a - b);
  // A loop, not Math.max(...runs): spreading 100,000 arguments overflows the stack.
  const lastRun = e.runs.reduce((m, r) => Math.max(m, r.errorCurve.sweeps[r.errorCurve.sweeps.length - 1] ?? 0), 1);
  const drawn = drawnRuns(e.runs);
  // The axis reaches the paper's count even when the budget stops short of it, so the mark shows.
  const last = Math.max(lastRun, ...marks);
  const seedRows = drawn.runs.flatMap((r) =>
    r.errorCurve.sweeps.flatMap((sweep, k) => {
      const error = r.errorCurve.errors[k];
      return error === null || error === undefined ? [] : [{ seed: r.seed, sweep, error }];
    }),
  );
  const reachedRows = drawn.runs.flatMap((r) => {
    const error = r.sweepsToCriterion === null ? null : errorAt(r, r.sweepsToCriterion);
    return error === null ? [] : [{ seed: r.seed, sweep: r.sweepsToCriterion, error: round(error) }];
  });
  const quartiles = curveQuartiles(e.runs, sweepGrid(lastRun));
  const paperRows = marks.map((sweep) => ({ sweep, label: `paper: ${sweep} sweeps` }));
  const x = { field: 'sweep', type: 'quantitative' as const, title: SWEEPS_AXIS, scale: { domain: [0, last], nice: false } };
  const y = { type: 'quantitative' as const, title: errorAxisTitle(e) };
  const lines = drawn.every === 1 ? `Thin blue lines: each of ${e.runs.length} seeds` : `Thin blue lines and green dots: ${drawn.runs.length} of ${e.runs.length} seeds (every ${drawn.every}th by seed)`;
  const paperNote = paperRows.length > 0 ? `red dashed rule: the paper's ${paperRows.map((p) => p.sweep).join(', ')} sweeps (one run)` : 'the paper gives no sweep count for this criterion';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: 340,
    title: {
      text: wrapText(`Learning curves: ${e.title}`, WIDTH, CHART_CONFIG.title.fontSize),
      subtitle: wrapText(
        `${lines}. Orange: the median over ${drawn.every === 1 ? 'seeds' : 'all seeds'}, with the interquartile band ` +
          `(a seed that stopped keeps its last E). Green dots: where a seed first met the criterion, ${e.criterion.description}; ${paperNote}.`,
        WIDTH,
        CHART_CONFIG.title.subtitleFontSize,
      ),
    },
    layer: [
      { name: 'seeds', data: { values: seedRows }, mark: { type: 'line', strokeWidth: 1, opacity: 0.55, color: COLOURS.seed, clip: true }, encoding: { x, y: { ...y, field: 'error' }, detail: { field: 'seed', type: 'nominal' } } },
      { name: 'band', data: { values: quartiles }, mark: { type: 'area', opacity: 0.3, color: COLOURS.band }, encoding: { x, y: { ...y, field: 'q1' }, y2: { field: 'q3' } } },
      { name: 'median', data: { values: quartiles }, mark: { type: 'line', strokeWidth: 2.5, color: COLOURS.median }, encoding: { x, y: { ...y, field: 'median' } } },
      { name: 'reached', data: { values: reachedRows }, mark: { type: 'point', filled: true, size: 22, opacity: 0.8, color: COLOURS.reached }, encoding: { x, y: { ...y, field: 'error' } } },
      { name: 'paper', data: { values: paperRows }, mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 1.5, color: COLOURS.paper }, encoding: { x } },
      { name: 'paperLabel', data: { values: paperRows }, mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, dy: 4, fontSize: 11, color: COLOURS.paper }, encoding: { x, y: { value: 0 }, text: { field: 'label' } } },
    ],
  } as TopLevelSpec;
}

export const learningCurvesSvg = (e: ExperimentReport, paperSweeps: readonly number[]): Promise<string> => vegaLiteToSvg(learningCurvesSpec(e, paperSweeps));
