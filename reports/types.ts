// The report's shapes now live in the contract (reports/contract/); this file only re-exports them
// for the modules that still import it.
export { SCHEMA_VERSION } from './contract/index.js';
export type {
  ClaimReport,
  DatasetReport,
  Environment,
  ErrorCurve,
  ExperimentReport,
  Invocation,
  Report,
  RunRecord,
  SettingReport,
  SweepReport,
  SweepValueReport,
} from './contract/index.js';
