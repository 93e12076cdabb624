import type { Report } from '../../reports/contract/index.js';
import { reportErrors } from '../../reports/validate.js';
import { readJson } from './args/json-file.js';
import { UsageError } from './usage-error.js';

export interface ReportFile {
  file: string;
  report: Report;
}

/** Reads one report and checks it against the schema; a problem is a UsageError naming the file. */
export function readReportFile(file: string): ReportFile {
  // Read as JSON text by the parser the flags' files use: its errors never quote the file.
  const value = readJson(`"${file}"`, file);
  const errors = reportErrors(value);
  if (errors !== null) throw new UsageError(`"${file}" is not a report of this suite: ${errors}`);
  return { file, report: value as Report };
}
