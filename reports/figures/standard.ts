import type { ExperimentReport } from '../contract/index.js';
import type { Figure } from './figure.js';

// The charts every experiment gets: its learning curves and its success by budget, marked with the
// paper's sweep counts that the experiment declares. The renderers (and vega) load only when drawn.

export function standardFigures(e: ExperimentReport, paperSweeps: readonly number[]): Figure[] {
  return [
    {
      file: `${e.id}-learning-curves.svg`,
      experimentId: e.id,
      name: `Learning curves of the ${e.id} experiment`,
      caption: "E per sweep for every seed, their median and interquartile band, where each seed met the criterion, and the paper's sweep count.",
      render: async () => (await import('./learning-curves.js')).learningCurvesSvg(e, paperSweeps),
    },
    {
      file: `${e.id}-success-by-budget.svg`,
      experimentId: e.id,
      name: `Success by budget of the ${e.id} experiment`,
      caption: 'The share of seeds that had met the criterion by each sweep; seeds that never did stay in the count.',
      render: async () => (await import('./success-by-budget.js')).successByBudgetSvg(e, paperSweeps),
    },
  ];
}
