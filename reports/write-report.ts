import { join } from 'node:path';
import { writeFilesAtomically } from './atomic-write.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './types.js';
import { assertValidReport } from './validate.js';

/** Checks the report against the schema, then writes report.json and report.md together. */
export function writeReport(report: Report, outDir: string): { json: string; markdown: string } {
  assertValidReport(report);
  const json = join(outDir, 'report.json');
  const markdown = join(outDir, 'report.md');
  writeFilesAtomically([
    { path: json, content: `${JSON.stringify(report, null, 2)}\n` },
    { path: markdown, content: `${renderMarkdown(report)}\n` },
  ]);
  return { json, markdown };
}
