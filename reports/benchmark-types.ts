// The benchmark's shapes now live in the contract (reports/contract/benchmark.ts); this file only
// re-exports them for the modules that still import it.
export type { BenchmarkAgreement, BenchmarkReport, BenchmarkResult, TimingSummary } from './contract/index.js';
