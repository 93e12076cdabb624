import { readFileSync } from 'node:fs';
import type { BenchmarkReport } from './benchmark-types.js';
import { compileSchema, type SchemaCheck } from './schema-validator.js';
import { InvalidReportError, SCHEMA_PATH } from './validate.js';

// The benchmark's JSON is checked against $defs/benchmark of the report schema, the same
// definition a report's `benchmark` property refers to.

let check: SchemaCheck | undefined;

export function benchmarkErrors(value: unknown): string | null {
  if (!check) {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { $id: string };
    check = compileSchema({ $ref: `${schema.$id}#/$defs/benchmark` }, [schema]);
  }
  return check(value);
}

export function assertValidBenchmark(value: unknown): asserts value is BenchmarkReport {
  const errors = benchmarkErrors(value);
  if (errors !== null) throw new InvalidReportError(`benchmark does not match $defs/benchmark of reports/schema.json: ${errors}`);
}
