import { join } from 'node:path';
import { writeOutputSet } from './output-set.js';
import type { Report } from './contract/index.js';
import { drawFigures } from './figures/figure.js';
import { writeJson } from './json-text.js';
import { renderMarkdown, type Presentation } from './markdown.js';
import { assertValidReport } from './validate.js';

/**
 * Checks the report against the schema, draws its figures, then writes report.json, report.md and
 * the figures' SVG files as one output set: the folder holds the whole new set, or the old one.
 */
export async function writeReport(report: Report, outDir: string, presentation: Presentation): Promise<{ json: string; markdown: string; figures: string[] }> {
  assertValidReport(report);
  const json = join(outDir, 'report.json');
  const markdown = join(outDir, 'report.md');
  const figures = (await drawFigures(presentation.figures)).map((f) => ({ name: f.file, content: f.svg }));
  writeOutputSet(outDir, [
    { name: 'report.json', content: (write) => { writeJson(report, write); write('\n'); } },
    { name: 'report.md', content: `${renderMarkdown(report, presentation)}\n` },
    ...figures,
  ]);
  return { json, markdown, figures: figures.map((f) => join(outDir, f.name)) };
}
