import { join } from 'node:path';
import { COMPARISON_FIGURE, renderComparisonMarkdown } from './comparison-markdown.js';
import { successByBudgetSpec } from './figures/success-by-budget.js';
import { vegaLiteToSvg } from './figures/vega-svg.js';
import { comparisonSchemaDocument, reportSchemaDocument, type ComparisonReport } from './contract/index.js';
import { renderHtml } from './html.js';
import { writeOutputSet } from './output-set.js';
import { lazySchema } from './schema-validator.js';
import { InvalidReportError } from './validate.js';

/** Null when valid; otherwise the ajv errors with their JSON paths (the schema reports/comparison-schema.json publishes). */
export const comparisonErrors = lazySchema(comparisonSchemaDocument, () => [reportSchemaDocument()]);

/** The success-by-budget figure with one curve per variant, drawn from the comparison JSON only. */
export function comparisonFigure(report: ComparisonReport): Promise<string> {
  const c = report.comparison;
  const series = c.variants.map((v) => ({ label: v.id, sweeps: v.runs.map((r) => r.sweepsToCriterion), budget: c.experiment.criterion.budget }));
  return vegaLiteToSvg(successByBudgetSpec(c.experiment.title, c.experiment.criterion.description, series, c.experiment.paperSweeps));
}

/** Checks the comparison against its schema, then writes comparison.json, comparison.md, comparison.html and its figure as one output set. */
export async function writeComparison(report: ComparisonReport, outDir: string): Promise<{ json: string; markdown: string; html: string }> {
  const errors = comparisonErrors(report);
  if (errors !== null) throw new InvalidReportError(`comparison does not match reports/comparison-schema.json: ${errors}`);
  const json = join(outDir, 'comparison.json');
  const markdown = join(outDir, 'comparison.md');
  const html = join(outDir, 'comparison.html');
  const figure = { name: COMPARISON_FIGURE, content: await comparisonFigure(report) };
  const text = renderComparisonMarkdown(report);
  writeOutputSet(outDir, [
    { name: 'comparison.json', content: `${JSON.stringify(report, null, 2)}\n` },
    { name: 'comparison.md', content: `${text}\n` },
    { name: 'comparison.html', content: renderHtml(text, [figure], 'Rendered from comparison.json beside this file, which holds every number on this page.') },
    figure,
  ]);
  return { json, markdown, html };
}
