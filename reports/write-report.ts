import { join } from 'node:path';
import { writeOutputSet } from './output-set.js';
import type { Report } from './contract/index.js';
import { claimsCsv, runsCsv } from './csv.js';
import { drawFigures } from './figures/figure.js';
import { renderHtml } from './html.js';
import { writeJson } from './json-text.js';
import { renderMarkdown, type Presentation } from './markdown.js';
import { assertValidReport } from './validate.js';

const HTML_FOOTER = 'Rendered from report.json beside this file, which holds every number on this page; runs.csv and claims.csv hold them as tables.';

/**
 * Checks the report against the schema, draws its figures, then writes report.json, report.md,
 * report.html (the Markdown with its figures inlined), the CSV tables and the figures' SVG files as
 * one output set: the folder holds the whole new set, or the old one.
 */
export async function writeReport(
  report: Report,
  outDir: string,
  presentation: Presentation,
): Promise<{ json: string; markdown: string; html: string; csv: string[]; figures: string[] }> {
  assertValidReport(report);
  const json = join(outDir, 'report.json');
  const markdown = join(outDir, 'report.md');
  const html = join(outDir, 'report.html');
  const figures = (await drawFigures(presentation.figures)).map((f) => ({ name: f.file, content: f.svg }));
  // Tables for re-analysis, one row per seed and one per claim (reports/csv.ts).
  const tables = [
    { name: 'runs.csv', content: runsCsv(report) },
    { name: 'claims.csv', content: claimsCsv(report) },
  ];
  const text = renderMarkdown(report, presentation);
  writeOutputSet(outDir, [
    { name: 'report.json', content: (write) => { writeJson(report, write); write('\n'); } },
    { name: 'report.md', content: `${text}\n` },
    { name: 'report.html', content: renderHtml(text, figures, HTML_FOOTER) },
    ...tables,
    ...figures,
  ]);
  return { json, markdown, html, csv: tables.map((t) => join(outDir, t.name)), figures: figures.map((f) => join(outDir, f.name)) };
}
