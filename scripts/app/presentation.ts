import type { ExperimentReport, Report } from '../../reports/contract/index.js';
import type { Figure } from '../../reports/figures/figure.js';
import { standardFigures } from '../../reports/figures/standard.js';
import type { Presentation } from '../../reports/markdown.js';
import type { AnyExperiment } from '../../reproductions/kit/experiment.js';
import type { Config } from '../../reproductions/kit/settings.js';
import { findExperiment } from '../../reproductions/registry.js';
import { UsageError } from './usage-error.js';

// What a report shows beside its JSON, taken from the experiments it holds: the works they
// reproduce (the title) and their figures, each experiment's own first, then the standard charts.

/** The settings an experiment ran with, rebuilt from its part of a report. */
export const configOf = (e: ExperimentReport): Config =>
  Object.fromEntries([...Object.entries(e.hyperparameters), ...Object.entries(e.conventions)].map(([k, s]) => [k, s.value]));

export function experimentOf(e: ExperimentReport): AnyExperiment {
  const experiment = findExperiment(e.id);
  if (!experiment) throw new UsageError(`the report has experiment "${e.id}", which this suite does not know`);
  return experiment;
}

function figuresOf(e: ExperimentReport): Figure[] {
  const experiment = experimentOf(e);
  const input = { report: e, runs: e.runs, config: configOf(e) };
  const own = experiment.figures
    .filter((f) => f.drawable(input))
    .map((f): Figure => ({ file: f.file, experimentId: e.id, name: f.name, caption: f.caption, render: async () => f.render(input) }));
  return [...own, ...standardFigures(e, experiment.paperSweeps)];
}

export function presentationOf(report: Report): Presentation {
  const sources = [...new Set(report.experiments.flatMap((e) => experimentOf(e).sources))];
  return { sources, figures: report.experiments.flatMap(figuresOf) };
}
