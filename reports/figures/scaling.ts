import type { TopLevelSpec } from 'vega-lite';
import type { BenchmarkReport, ScalingSeries, ScalingStudy } from '../contract/index.js';
import { CHART_CONFIG, vegaLiteToSvg, wrapText } from './vega-svg.js';

// The scaling study as a figure: seconds per sweep against the hidden units (left) and against the
// patterns (right), both axes logarithmic, one line per implementation (or form of one), so that a
// power law is a straight line and its slope the exponent: a cost proportional to size rises one
// decade per decade. Drawn from the benchmark's JSON alone; a panel whose series did not run is
// left out, and so is every measurement that was not timed.

const PANEL_WIDTH = 320;
const COLOURS = ['#1b5e9e', '#c25400', '#1b7f3b', '#7a3db8', '#b3002d', '#5a5a5a', '#8c6d00'];

export interface ScalingRow {
  series: ScalingSeries;
  /** Hidden units or patterns: what grows along the series. */
  size: number;
  label: string;
  seconds: number;
}

/** One row per point and timed measurement: its median seconds per sweep. */
export function scalingRows(study: ScalingStudy): ScalingRow[] {
  return study.points.flatMap((p) =>
    p.measurements.flatMap((m) =>
      m.status === 'timed' && m.secondsPerSweep ? [{ series: p.series, size: p.series === 'hidden' ? p.hidden : p.patterns, label: m.label, seconds: m.secondsPerSweep.median }] : [],
    ),
  );
}

const PANELS: Record<ScalingSeries, { title: (s: ScalingStudy) => string; axis: string }> = {
  hidden: { title: (s) => `As the hidden units grow (${s.fixedPatterns} patterns)`, axis: 'hidden units (log scale)' },
  patterns: { title: (s) => `As the patterns grow (${s.fixedHidden} hidden units)`, axis: 'patterns (log scale)' },
};

export function scalingFigureSpec(report: BenchmarkReport & { scaling: ScalingStudy }): TopLevelSpec {
  const study = report.scaling;
  const rows = scalingRows(study);
  // Only what was timed somewhere gets a colour and a legend entry.
  const labels = study.contenders.map((c) => c.label).filter((l) => rows.some((r) => r.label === l));
  const color = { field: 'label', type: 'nominal', title: 'implementation', scale: { domain: labels, range: COLOURS.slice(0, Math.max(1, labels.length)) } };
  const panels = (Object.keys(PANELS) as ScalingSeries[])
    .filter((series) => rows.some((r) => r.series === series))
    .map((series) => {
      const encoding = {
        x: { field: 'size', type: 'quantitative', title: PANELS[series].axis, scale: { type: 'log' }, axis: { format: '~s' } },
        y: { field: 'seconds', type: 'quantitative', title: 'seconds per sweep (log scale)', scale: { type: 'log' }, axis: { format: '~s' } },
        color,
      };
      return {
        width: PANEL_WIDTH,
        height: 260,
        title: { text: PANELS[series].title(study), fontSize: 12 },
        data: { values: rows.filter((r) => r.series === series) },
        layer: [
          { name: `${series}Lines`, mark: { type: 'line', strokeWidth: 2 }, encoding },
          { name: `${series}Points`, mark: { type: 'point', filled: true, size: 40 }, encoding },
        ],
      };
    });
  const env = report.environment;
  const width = panels.length * (PANEL_WIDTH + 60);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: wrapText('Time of one sweep as the net grows', width, CHART_CONFIG.title.fontSize),
      subtitle: wrapText(
        `A ${study.inputs}-h-${study.outputs} net of logistic units on random 0/1 patterns; median seconds per sweep over ${report.rounds} ` +
          `round${report.rounds === 1 ? '' : 's'}, all implementations in one process, both axes logarithmic. ${env.cpu}, ${env.cpus} cores, Node ${env.node}.`,
        width,
        CHART_CONFIG.title.subtitleFontSize,
      ),
    },
    hconcat: panels,
    resolve: { scale: { color: 'shared' } },
  } as TopLevelSpec;
}

export function scalingFigureSvg(report: BenchmarkReport & { scaling: ScalingStudy }): Promise<string> {
  return vegaLiteToSvg(scalingFigureSpec(report));
}
