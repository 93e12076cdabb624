import type { Environment } from './types.js';

// The benchmark's results: what `npm run bench -- --json` writes and what `npm run reproduce --
// --bench` puts in a report's `benchmark` property (never inside `experiments`). Described by
// $defs/benchmark in reports/schema.json.

export interface TimingSummary {
  samples: number;
  median: number;
  mean: number;
  min: number;
  max: number;
  sd: number;
  /** Relative margin of error of the mean at 95%, percent. */
  rme: number;
}

/** The short training against the engine that decides whether an implementation is timed. */
export interface BenchmarkAgreement {
  agrees: boolean;
  checkSweeps: number;
  tolerance: number;
  /** |E − E_engine| / E_engine after the check sweeps. */
  relativeErrorDifference: number;
  /** max_k |w_k − w_k(engine)| after the check sweeps. */
  maxParameterDifference: number;
  /** Equal SHA-256 of the final parameters: the same bits as the engine. */
  sameDigest: boolean;
}

export interface BenchmarkResult {
  task: 'symmetry' | 'family-trees';
  implementation: 'engine' | 'object-graph' | 'nested-loops' | 'tfjs-cpu' | 'tfjs-wasm' | 'c-reference';
  precision: 'float64' | 'float32';
  description: string;
  /** 'refused': it disagreed with the engine and was not timed; 'unavailable': it cannot run here. */
  status: 'timed' | 'refused' | 'unavailable';
  reason?: string;
  parameters: number;
  patterns: number;
  sweeps: number;
  /** The short training that decided whether it is timed. */
  agreement?: BenchmarkAgreement;
  /** The first full training (the warm-up), beside the engine's. */
  fullRun?: { finalError: number; relativeErrorDifference: number; sameDigest: boolean };
  /** Seconds of one full training. */
  seconds?: TimingSummary;
  /** Connection updates per second: parameters × patterns × sweeps / median seconds; null when not timed. */
  cups: number | null;
  sweepsPerSecond?: number;
  /** This implementation's time ÷ the engine's, per round; the median over rounds. */
  ratioToEngine?: number;
  ratioRange?: [number, number];
}

export interface BenchmarkReport {
  environment: Environment;
  rounds: number;
  results: BenchmarkResult[];
}
