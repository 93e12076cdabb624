import { reportSchemaDocument, type Report } from './contract/index.js';
import { lazySchema } from './schema-validator.js';

// Reports are checked against the contract's report schema, the document that reports/schema.json
// publishes (npm run schemas writes the file from the same shapes).

/** Null when the value is a valid report; otherwise the ajv errors, each with its JSON path. */
export const reportErrors = lazySchema(reportSchemaDocument);

export class InvalidReportError extends Error {}

export function assertValidReport(value: unknown): asserts value is Report {
  const errors = reportErrors(value);
  if (errors !== null) throw new InvalidReportError(`report does not match reports/schema.json: ${errors}`);
}
