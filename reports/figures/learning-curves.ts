import type { TopLevelSpec } from 'vega-lite';
import type { ExperimentReport } from '../contract/index.js';
import { curveQuartiles, errorAt, round, sweepGrid, type CurveQuartiles } from './curve-summary.js';
import { clippedAxisNote, errorAxis } from './error-axis.js';
import { chartedSubject, errorAxisTitle, paperMarkLayers, paperMarkRows, SWEEPS_AXIS } from './paper-marks.js';
import { CHART_CONFIG, vegaLiteToSvg, wrapText } from './vega-svg.js';

// Learning curves: E against sweeps for every seed (thin lines), their median and interquartile
// band, a dot where each seed first met the criterion, and the paper's sweep count as a dashed rule.
// Layer names become CSS classes in the SVG, which is how the tests count the marks.

const WIDTH = 640;
const HEIGHT = 340;

/**
 * Most seeds drawn as lines. Beyond a few hundred the lines are a solid mass, and with 100,000 seeds
 * their points (20 million) outgrow memory; the median and band still use every seed.
 */
export const MAX_SEED_LINES = 200;

type Runs = ExperimentReport['runs'];

/** The seeds drawn as lines: all of them, or every k-th in seed order when there are too many. */
function drawnRuns(runs: Runs): { runs: Runs; every: number } {
  const every = Math.ceil(runs.length / MAX_SEED_LINES);
  return every <= 1 ? { runs, every: 1 } : { runs: runs.filter((_, k) => k % every === 0), every };
}

export const COLOURS = { seed: '#3b6ea5', band: '#f0a04b', median: '#c25400', reached: '#1b7f3b', paper: '#b3002d' } as const;

/** A run whose E became non-finite: training stopped there, and its curve ends at its last finite E. */
const divergedRun = (r: Runs[number]) => r.diverged || r.finalError === null;
/** A line needs two finite points; a run that diverged at its first sweep has one, and draws nothing. */
const hasLine = (r: Runs[number]) => r.errorCurve.errors.filter((v) => v !== null).length >= 2;

/** What the blue lines show, in words, including the seeds that have no line because they diverged. */
function linesSentence(all: Runs, drawn: { runs: Runs; every: number }): string {
  const diverged = all.filter(divergedRun).length;
  const lined = drawn.runs.filter(hasLine).length;
  if (lined === 0) {
    const why = diverged === all.length ? `all ${all.length} seeds diverged (E became non-finite at once, and training stopped)` : 'no seed has two finite values of E';
    return `No learning curve to draw: ${why}`;
  }
  const lines =
    drawn.every > 1
      ? `Thin blue lines and green dots: ${drawn.runs.length} of ${all.length} seeds (every ${drawn.every}th by seed)`
      : `Thin blue lines: ${lined === all.length ? 'each' : `${lined}`} of ${all.length} seeds`;
  if (diverged === 0) return lines;
  const none = lined < drawn.runs.length ? '; one that diverged at once has no line' : '';
  return `${lines} (${diverged} of ${all.length} diverged: E became non-finite and training stopped, so a line ends at its last finite E${none})`;
}

/** What the orange median and band show, or why there are none (one row is a point, which draws nothing). */
function medianSentence(quartiles: readonly CurveQuartiles[], grid: readonly number[], drawnEvery: number): string {
  if (quartiles.length < 2) return `No median or band: at ${quartiles.length === 0 ? 'every sweep' : 'every sweep but one'} a quartile falls on a seed whose E is not finite`;
  const cut = quartiles.length < grid.length ? '; they stop where a quartile falls on a diverged seed' : '';
  return `Orange: the median over ${drawnEvery === 1 ? 'seeds' : 'all seeds'}, with the interquartile band (a seed that stopped keeps its last E${cut})`;
}

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
  const grid = sweepGrid(lastRun);
  const quartiles = curveQuartiles(e.runs, grid);
  const axis = errorAxis([...seedRows, ...quartiles.map((q) => ({ sweep: q.sweep, error: q.q3 }))], last);
  const paperRows = paperMarkRows(marks, last, WIDTH);
  const x = { field: 'sweep', type: 'quantitative' as const, title: SWEEPS_AXIS, scale: { domain: [0, last], nice: false } };
  // A clipped axis ends at its round top; the marks are clipped to the plot, so nothing draws above it.
  const y = { type: 'quantitative' as const, title: errorAxisTitle(e), ...(axis.top === null ? {} : { scale: { domain: [0, axis.top], nice: false } }) };
  const paperNote = paperRows.length > 0 ? `red dashed rule: the paper's ${paperRows.map((p) => p.sweep).join(', ')} sweeps (one run)` : 'the paper gives no sweep count for this criterion';
  const lines = linesSentence(e.runs, drawn);
  const noCurve = drawn.runs.some(hasLine) ? [] : [{ note: e.runs.every(divergedRun) ? `all ${e.runs.length} seeds diverged: no finite curve` : 'no finite curve to draw' }];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: HEIGHT,
    title: {
      text: wrapText(`Learning curves: ${chartedSubject(e)}`, WIDTH, CHART_CONFIG.title.fontSize),
      subtitle: wrapText(
        `${lines}. ${medianSentence(quartiles, grid, drawn.every)}. Green dots: where a seed first met the criterion, ${e.criterion.description}; ${paperNote}.${clippedAxisNote(axis)}`,
        WIDTH,
        CHART_CONFIG.title.subtitleFontSize,
      ),
    },
    layer: [
      { name: 'seeds', data: { values: seedRows }, mark: { type: 'line', strokeWidth: 1, opacity: 0.55, color: COLOURS.seed, clip: true }, encoding: { x, y: { ...y, field: 'error' }, detail: { field: 'seed', type: 'nominal' } } },
      { name: 'band', data: { values: quartiles }, mark: { type: 'area', opacity: 0.3, color: COLOURS.band, clip: true }, encoding: { x, y: { ...y, field: 'q1' }, y2: { field: 'q3' } } },
      { name: 'median', data: { values: quartiles }, mark: { type: 'line', strokeWidth: 2.5, color: COLOURS.median, clip: true }, encoding: { x, y: { ...y, field: 'median' } } },
      { name: 'reached', data: { values: reachedRows }, mark: { type: 'point', filled: true, size: 22, opacity: 0.8, color: COLOURS.reached, clip: true }, encoding: { x, y: { ...y, field: 'error' } } },
      ...paperMarkLayers(paperRows, x),
      // An empty plot says why in the plot itself, not only in the subtitle.
      { name: 'noCurve', data: { values: noCurve }, mark: { type: 'text', fontSize: 13, color: '#444' }, encoding: { x: { value: WIDTH / 2 }, y: { value: HEIGHT / 2 }, text: { field: 'note' } } },
    ],
  } as TopLevelSpec;
}

export const learningCurvesSvg = (e: ExperimentReport, paperSweeps: readonly number[]): Promise<string> => vegaLiteToSvg(learningCurvesSpec(e, paperSweeps));
