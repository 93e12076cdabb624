import { ComparisonReport } from './comparison.js';
import { Report } from './report.js';
import { schemaDocument, type JsonSchemaDocument } from './schema-document.js';

// The published JSON Schemas, made from the contract's shapes. reports/schema.json and
// reports/comparison-schema.json are these documents as written by `npm run schemas`, and the
// validators compile these same documents.

const BASE = 'https://backprop-1986.invalid/reports/';

export const REPORT_SCHEMA_ID = `${BASE}schema.json`;
export const COMPARISON_SCHEMA_ID = `${BASE}comparison-schema.json`;

let report: JsonSchemaDocument | undefined;
let comparison: JsonSchemaDocument | undefined;

/** The report schema; its $defs/benchmark is the benchmark's schema. */
export function reportSchemaDocument(): JsonSchemaDocument {
  report ??= schemaDocument(Report, { $id: REPORT_SCHEMA_ID });
  return report;
}

/** The comparison schema; it refers to the report schema for the environment. */
export function comparisonSchemaDocument(): JsonSchemaDocument {
  comparison ??= schemaDocument(ComparisonReport, { $id: COMPARISON_SCHEMA_ID, external: { environment: 'schema.json' } });
  return comparison;
}

/** Every published schema: its file in reports/ (the last part of its $id) and its document. */
export function publishedSchemas(): Array<{ file: string; document: JsonSchemaDocument }> {
  return [reportSchemaDocument(), comparisonSchemaDocument()].map((document) => ({ file: document.$id.slice(BASE.length), document }));
}
