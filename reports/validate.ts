import { lazySchemaFile } from './schema-validator.js';
import type { Report } from './types.js';

export const SCHEMA_PATH = new URL('./schema.json', import.meta.url);

/** Null when the value is a valid report; otherwise the ajv errors, each with its JSON path. */
export const reportErrors = lazySchemaFile(SCHEMA_PATH);

export class InvalidReportError extends Error {}

export function assertValidReport(value: unknown): asserts value is Report {
  const errors = reportErrors(value);
  if (errors !== null) throw new InvalidReportError(`report does not match reports/schema.json: ${errors}`);
}
