import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, vegaLiteToSvg, wrapText } from '../../reports/figures/vega-svg.js';
import type { FigureSpec } from '../kit/experiment.js';
import { censoredQuantile } from '../kit/statistics/censored.js';
import { WIDTH_INTERCEPT, WIDTH_SLOPE } from './paper.js';
import type { XorSettings } from './settings.js';
import { FIT_FROM, type WidthRun } from './width-claims.js';
import { columnsOf, medianLine } from './width-trend.js';

// Sweeps to criterion against log₂H: the suite's median and quartiles per width, the line fitted
// through the medians, and the chapter's 280 − 33·log₂H in both readings of "presentation" (one
// pattern, so a quarter of a sweep; or one sweep). Layer names become CSS classes, which the tests count.

const WIDTH = 560;

export function widthSpec(runs: readonly WidthRun[], criterion: string): TopLevelSpec {
  const widths = (runs[0]?.series ?? []).map((o) => o.hidden).filter((h) => h >= FIT_FROM);
  const column = (h: number) => runs.map((r) => r.series.find((o) => o.hidden === h)?.sweepsToCriterion ?? null);
  const rows = widths.map((h) => ({ log2H: Math.log2(h), median: censoredQuantile(column(h), 0.5), q1: censoredQuantile(column(h), 0.25), q3: censoredQuantile(column(h), 0.75) }));
  const line = medianLine(columnsOf(runs, widths), widths).line;
  const ends = [Math.log2(widths[0] ?? 2), Math.log2(widths[widths.length - 1] ?? 32)];
  const chapter = (perSweep: number, label: string) => ends.map((x) => ({ log2H: x, sweeps: (WIDTH_INTERCEPT + WIDTH_SLOPE * x) / perSweep, label }));
  const labels = ['this suite: line through the medians', 'chapter, a presentation read as a sweep', 'chapter, a presentation read as one pattern'];
  const lines = [
    ...(line ? ends.map((x) => ({ log2H: x, sweeps: line.a + line.b * x, label: labels[0]! })) : []),
    ...chapter(1, labels[1]!),
    ...chapter(4, labels[2]!),
  ];
  const x = { field: 'log2H', type: 'quantitative' as const, title: 'log₂ H (hidden units)', scale: { domain: [ends[0]! - 0.3, ends[1]! + 0.3], nice: false } };
  const y = { type: 'quantitative' as const, title: 'sweeps to criterion' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: 300,
    title: {
      text: wrapText('XOR: sweeps to criterion against the number of hidden units', WIDTH, CHART_CONFIG.title.fontSize),
      subtitle: wrapText(
        `Dots: the median over ${runs.length} seeds at each width (bars: quartiles; a seed that never got there counts as slower than all), criterion ${criterion}. ` +
          `Lines: the least-squares line through the medians, and the chapter's ${WIDTH_INTERCEPT} − ${-WIDTH_SLOPE}·log₂H presentations read two ways.`,
        WIDTH,
        CHART_CONFIG.title.subtitleFontSize,
      ),
    },
    layer: [
      { name: 'quartiles', data: { values: rows.filter((r) => r.q1 !== null && r.q3 !== null) }, mark: { type: 'rule', strokeWidth: 2, color: '#3b6ea5' }, encoding: { x, y: { ...y, field: 'q1' }, y2: { field: 'q3' } } },
      { name: 'medians', data: { values: rows.filter((r) => r.median !== null) }, mark: { type: 'point', filled: true, size: 60, color: '#3b6ea5' }, encoding: { x, y: { ...y, field: 'median' } } },
      {
        name: 'lines',
        data: { values: lines },
        mark: { type: 'line', strokeWidth: 1.8 },
        encoding: {
          x,
          y: { ...y, field: 'sweeps' },
          color: { field: 'label', type: 'nominal', title: null, scale: { domain: labels, range: ['#3b6ea5', '#b3002d', '#c25400'] }, legend: { orient: 'bottom', direction: 'vertical', labelLimit: 500 } },
          strokeDash: { field: 'label', type: 'nominal', title: null, scale: { domain: labels, range: [[1, 0], [6, 4], [2, 3]] }, legend: { orient: 'bottom', direction: 'vertical', labelLimit: 500 } },
        },
      },
    ],
  } as TopLevelSpec;
}

export function widthFigure(id: string): FigureSpec<WidthRun, XorSettings> {
  return {
    file: `${id}-trend.svg`,
    name: 'sweeps to criterion against the number of hidden units',
    caption:
      "The median sweeps to criterion at each width H ≥ 2 (H = 1 cannot learn XOR without direct connections), with the line fitted through them and the chapter's 280 − 33·log₂H drawn for a presentation read as a sweep and as one pattern.",
    drawable: ({ runs }) => runs.length > 0 && runs.every((r) => Array.isArray(r.series)),
    render: ({ runs, report }) => vegaLiteToSvg(widthSpec(runs, report.criterion.description)),
  };
}
