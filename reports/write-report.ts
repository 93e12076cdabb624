import { join } from 'node:path';
import { writeFilesAtomically } from './atomic-write.js';
import type { Report } from './contract/index.js';
import { drawFigures } from './figures/figure.js';
import { renderMarkdown, type Presentation } from './markdown.js';
import { assertValidReport } from './validate.js';

/**
 * Checks the report against the schema, draws its figures, then writes report.json, report.md and
 * the figures' SVG files beside them in one atomic write: all of them appear, or none do.
 */
export async function writeReport(report: Report, outDir: string, presentation: Presentation): Promise<{ json: string; markdown: string; figures: string[] }> {
  assertValidReport(report);
  const json = join(outDir, 'report.json');
  const markdown = join(outDir, 'report.md');
  const figures = (await drawFigures(presentation.figures)).map((f) => ({ path: join(outDir, f.file), content: f.svg }));
  writeFilesAtomically([
    { path: json, content: `${JSON.stringify(report, null, 2)}\n` },
    { path: markdown, content: `${renderMarkdown(report, presentation)}\n` },
    ...figures,
  ]);
  return { json, markdown, figures: figures.map((f) => f.path) };
}
