import type { ComparisonReport, Report } from '../../reports/contract/index.js';
import { writeOutputSet, type OutputFile } from '../../reports/output-set.js';
import { writeComparison } from '../../reports/write-comparison.js';
import { writeReport } from '../../reports/write-report.js';
import { presentationOf } from './presentation.js';
import { outputPhase } from './supervision/run-state.js';

/**
 * Runs `write`, the writing of the run's outputs (`where`: their folder, or their files), telling
 * the supervisor how far it got, so that an interrupt says truly whether they were written.
 */
export async function writing<T>(where: string, write: () => Promise<T>): Promise<T> {
  outputPhase('writing');
  let written;
  try {
    written = await write();
  } catch (error) {
    outputPhase('working');
    throw error;
  }
  outputPhase('written', where);
  return written;
}

/** Writes a report with its Markdown, CSV tables and figures as one output set, as the experiments it holds present themselves. */
export async function writeReportSet(report: Report, outDir: string) {
  return writing(outDir, () => writeReport(report, outDir, presentationOf(report)));
}

/** Writes a comparison with its Markdown and figure as one output set. */
export async function writeComparisonSet(report: ComparisonReport, outDir: string) {
  return writing(outDir, () => writeComparison(report, outDir));
}

/** Writes `files` as the whole content of `outDir`, one output set. */
export async function writeFileSet(outDir: string, files: readonly OutputFile[]): Promise<void> {
  return writing(outDir, async () => writeOutputSet(outDir, files));
}
