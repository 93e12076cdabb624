import { readFileSync } from 'node:fs';
import type { Report } from '../../reports/contract/index.js';
import { reportErrors } from '../../reports/validate.js';
import { UsageError } from './usage-error.js';

export interface ReportFile {
  file: string;
  report: Report;
}

/** Reads one report and checks it against the schema; a problem is a UsageError naming the file. */
export function readReportFile(file: string): ReportFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`"${file}" is not JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const errors = reportErrors(value);
  if (errors !== null) throw new UsageError(`"${file}" is not a report of this suite: ${errors}`);
  return { file, report: value as Report };
}
