// The comparison's shapes now live in the contract (reports/contract/comparison.ts); this file only
// re-exports them for the modules that still import it.
export { COMPARISON_SCHEMA_VERSION } from './contract/index.js';
export type { Comparison, ComparisonReport, OpenInterval, VariantResult } from './contract/index.js';
