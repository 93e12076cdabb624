import { join } from 'node:path';
import { writeFilesAtomically } from './atomic-write.js';
import { COMPARISON_FIGURE, renderComparisonMarkdown } from './comparison-markdown.js';
import { successByBudgetSpec } from './figures/success-by-budget.js';
import { vegaLiteToSvg } from './figures/vega-svg.js';
import type { ComparisonReport } from './comparison-types.js';
import { lazySchemaFile } from './schema-validator.js';
import { SCHEMA_PATH, InvalidReportError } from './validate.js';

export const COMPARISON_SCHEMA_PATH = new URL('./comparison-schema.json', import.meta.url);

/** Null when valid; otherwise the ajv errors with their JSON paths. */
export const comparisonErrors = lazySchemaFile(COMPARISON_SCHEMA_PATH, [SCHEMA_PATH]);

/** The success-by-budget figure with one curve per variant, drawn from the comparison JSON only. */
export function comparisonFigure(report: ComparisonReport): Promise<string> {
  const c = report.comparison;
  const series = c.variants.map((v) => ({ label: v.id, sweeps: v.runs.map((r) => r.sweepsToCriterion), budget: c.experiment.criterion.budget }));
  return vegaLiteToSvg(successByBudgetSpec(c.experiment.title, c.experiment.criterion.description, series, c.experiment.paperSweeps));
}

/** Checks the comparison against its schema, then writes comparison.json, comparison.md and its figure together. */
export async function writeComparison(report: ComparisonReport, outDir: string): Promise<{ json: string; markdown: string }> {
  const errors = comparisonErrors(report);
  if (errors !== null) throw new InvalidReportError(`comparison does not match reports/comparison-schema.json: ${errors}`);
  const json = join(outDir, 'comparison.json');
  const markdown = join(outDir, 'comparison.md');
  writeFilesAtomically([
    { path: json, content: `${JSON.stringify(report, null, 2)}\n` },
    { path: markdown, content: `${renderComparisonMarkdown(report)}\n` },
    { path: join(outDir, COMPARISON_FIGURE), content: await comparisonFigure(report) },
  ]);
  return { json, markdown };
}
