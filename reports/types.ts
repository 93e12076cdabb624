import type { GroupSpec, ParamsJson, ProjectionSpec } from '../engine/index.js';
import type { BenchmarkReport } from './benchmark-types.js';
import type { MeasureValue } from '../reproductions/claims.js';
import type { Judgement, Verdict } from '../reproductions/judge.js';
import type { CensoredSummary } from '../reproductions/statistics/censored.js';
import type { Deviation, SettingValue } from '../reproductions/settings.js';

// The report: the single source of truth for everything a user sees. `experiments` is a pure
// function of the flags and the code (byte-identical between runs); timings live in `timing`.

export const SCHEMA_VERSION = 1;

export interface Environment {
  node: string;
  platform: string;
  arch: string;
  os: string;
  cpu: string;
  cpus: number;
  packageVersion: string;
  gitCommit: string | null;
}

export interface SettingReport {
  value: SettingValue;
  default: SettingValue;
  paperStates: boolean;
  source: string;
  description: string;
  alternatives?: string;
}

export interface ErrorCurve {
  /** Sweep numbers at which E was sampled (0 is before the first weight change). */
  sweeps: number[];
  /** E at those sweeps, to 6 significant digits; null where E was not finite. */
  errors: Array<number | null>;
}

export interface RunRecord {
  seed: number;
  /** Sweeps made before training stopped. */
  sweepsRun: number;
  /** Sweeps until the experiment's criterion first held; null when not reached within the budget. */
  sweepsToCriterion: number | null;
  /** The same for every criterion the experiment tracks. */
  criteria: Record<string, number | null>;
  /** E after the last sweep; null when it was not a finite number. */
  finalError: number | null;
  diverged: boolean;
  weightsDigest: string;
  /** Final parameters by block name; null when some are not finite numbers (a diverged run). */
  weights: ParamsJson | null;
  errorCurve: ErrorCurve;
  /** Each claim's per-run measure, by claim id (absent where the run is outside its population). */
  measures: Record<string, MeasureValue>;
}

export interface ClaimReport extends Judgement {
  id: string;
  statement: string;
  citation: string;
  definition: string;
  paperValue: string;
  population: { label: string; runs: number };
  /** The result in the claim's own words, when it gives them. */
  result?: string;
}

export interface ExperimentReport {
  id: string;
  title: string;
  citation: string;
  summary: string;
  hyperparameters: Record<string, SettingReport>;
  conventions: Record<string, SettingReport>;
  deviations: Deviation[];
  architecture: { groups: GroupSpec[]; projections: ProjectionSpec[]; parameterCount: number };
  dataset: DatasetReport;
  seeds: number[];
  criterion: { id: string; description: string; budget: number; summary: CensoredSummary };
  runs: RunRecord[];
  claims: ClaimReport[];
}

export interface DatasetReport {
  description: string;
  patterns: number;
  digest: string;
  [extra: string]: unknown;
}

/** One value of a swept setting: what the criterion and each claim made of it. */
export interface SweepValueReport {
  value: SettingValue;
  criterion: CensoredSummary;
  /** `runs`: how many seeds the claim was judged on (its population, e.g. the converged seeds). */
  claims: Array<{ id: string; verdict: Verdict; runs: number; decidedBy: string }>;
}

/** One setting of one experiment run once per value, every other setting as in `experiments`. */
export interface SweepReport {
  experiment: string;
  setting: string;
  group: 'hyperparameter' | 'convention';
  default: SettingValue;
  /** The setting's value in `experiments`: its default, unless --set changed it. */
  baseline: SettingValue;
  seeds: number;
  values: SweepValueReport[];
}

export interface Invocation {
  /** The --only flag; empty when every experiment ran. */
  only: string[];
  /** The --seeds flag, or null when each experiment ran its default count. */
  seeds: number | null;
  sets: string[];
  /** Threads that trained seeds; the runs do not depend on it. */
  workers?: number;
  /** Set when this run trained one shard of the seeds (--shard). */
  shard?: { index: number; count: number };
  /** The --sweep flags. */
  sweeps?: string[];
  /** Set when scripts/merge.ts made this report from the reports of `shards` shards. */
  merged?: { shards: number };
}

export interface Report {
  schemaVersion: number;
  suite: { name: string; version: string };
  environment: Environment;
  invocation: Invocation;
  timing: { startedAt: string; finishedAt: string; seconds: Record<string, number> };
  experiments: ExperimentReport[];
  /** Present with --bench: timings of the engine beside its baselines, never part of `experiments`. */
  benchmark?: BenchmarkReport;
  /** Present when --sweep was given; never changes `experiments`. */
  sweeps?: SweepReport[];
}
