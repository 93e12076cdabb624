// The contract: the shapes every layer exchanges (runs, claims, verdicts, settings, reports,
// statistics, the benchmark and the comparison), each defined once as a TypeBox schema with its
// TypeScript type derived from it, and the published JSON Schemas made from the same shapes.
// It imports nothing of the project. TypeBox (package `typebox`) is what lets a shape be written
// once: the schema object is the JSON Schema, and Static<> derives the type from it, so the
// published schemas (npm run schemas) cannot drift from the types the code is checked against.
export * from './benchmark.js';
export * from './claims.js';
export * from './comparison.js';
export * from './documents.js';
export * from './environment.js';
export * from './experiment.js';
export * from './grain.js';
export * from './json-schema.js';
export * from './report.js';
export * from './runs.js';
export * from './schema-document.js';
export * from './settings.js';
export * from './statistics.js';
export * from './studies.js';
export * from './verdict.js';
