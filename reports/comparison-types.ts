import type { Interval } from '../reproductions/statistics/intervals.js';
import type { CurvePoint } from '../reproductions/statistics/success-curve.js';
import type { Verdict } from '../reproductions/judge.js';
import type { SettingValue } from '../reproductions/settings.js';
import type { Environment } from './types.js';

// The comparison report of scripts/compare.ts. `comparison` is deterministic for given flags;
// timings live in `timing`.

export const COMPARISON_SCHEMA_VERSION = 1;

export interface OpenInterval {
  lo: number | null;
  hi: number | null;
}

export interface VariantResult {
  id: string;
  description: string;
  rule: string;
  grain: 'batch' | 'pattern';
  /** The variant's hyper-parameters; null means the experiment's own schedule. */
  hyperparameters: Record<string, number | null>;
  runs: Array<{ seed: number; sweepsToCriterion: number | null; finalError: number | null; diverged: boolean; weightsDigest: string }>;
  successRate: number;
  successInterval: Interval | null;
  sweeps: { median: number | null; q1: number | null; q3: number | null; iqm: number | null; iqmInterval: OpenInterval | null };
  /** Probability that this variant needs fewer sweeps than the reference on the same seed. */
  fewerThanReference: { probability: number | null; interval: OpenInterval | null };
  successCurve: CurvePoint[];
  claims: Array<{ id: string; verdict: Verdict; decidedBy: string; statistics: Record<string, number | null> }>;
}

export interface Comparison {
  experiment: {
    id: string;
    title: string;
    settings: Record<string, SettingValue>;
    criterion: { id: string; description: string; budget: number };
    /** The paper's sweep counts for this experiment's learning claims (one run each), if it gives any. */
    paperSweeps: number[];
  };
  reference: string;
  seeds: number[];
  bootstrap: { resamples: number; confidence: number };
  variants: VariantResult[];
}

export interface ComparisonReport {
  schemaVersion: number;
  kind: 'comparison';
  suite: { name: string; version: string };
  environment: Environment;
  /** `workers`: threads that trained seeds; the runs do not depend on it. */
  invocation: { only: string; variants: string[]; seeds: number; sets: string[]; config: string | null; workers: number };
  timing: { startedAt: string; finishedAt: string; seconds: Record<string, number> };
  comparison: Comparison;
}
