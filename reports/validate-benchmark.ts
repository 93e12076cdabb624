import { REPORT_SCHEMA_ID, reportSchemaDocument, type BenchmarkReport } from './contract/index.js';
import { lazySchema } from './schema-validator.js';
import { InvalidReportError } from './validate.js';

// The benchmark's JSON is checked against $defs/benchmark of the report schema, the same
// definition a report's `benchmark` property refers to.

/** Null when the value is a valid benchmark; otherwise the ajv errors, each with its JSON path. */
export const benchmarkErrors = lazySchema(
  () => ({ $ref: `${REPORT_SCHEMA_ID}#/$defs/benchmark` }),
  () => [reportSchemaDocument()],
);

export function assertValidBenchmark(value: unknown): asserts value is BenchmarkReport {
  const errors = benchmarkErrors(value);
  if (errors !== null) throw new InvalidReportError(`benchmark does not match $defs/benchmark of reports/schema.json: ${errors}`);
}
