import type { ComparisonReport, Report } from '../../reports/contract/index.js';
import { writeComparison } from '../../reports/write-comparison.js';
import { writeReport } from '../../reports/write-report.js';
import { outputsWritten } from './interrupts.js';
import { presentationOf } from './presentation.js';

/** Writes a report with its Markdown, CSV tables and figures as one output set, as the experiments it holds present themselves. */
export async function writeReportSet(report: Report, outDir: string) {
  const written = await writeReport(report, outDir, presentationOf(report));
  outputsWritten(outDir);
  return written;
}

/** Writes a comparison with its Markdown and figure as one output set. */
export async function writeComparisonSet(report: ComparisonReport, outDir: string) {
  const written = await writeComparison(report, outDir);
  outputsWritten(outDir);
  return written;
}
