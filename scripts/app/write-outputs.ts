import type { Report } from '../../reports/contract/index.js';
import { writeReport } from '../../reports/write-report.js';
import { presentationOf } from './presentation.js';

/** Writes a report with its Markdown and figures, as the experiments it holds present themselves. */
export const writeReportSet = (report: Report, outDir: string) => writeReport(report, outDir, presentationOf(report));
