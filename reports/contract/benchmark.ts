import { Type, type Static } from 'typebox';
import { Environment } from './environment.js';
import { named, Nullable, Pair, SerializedNumber } from './json-schema.js';

// The benchmark's results: what `npm run bench -- --json` writes and what `npm run reproduce --
// --bench` puts in a report's `benchmark` property (never inside `experiments`).

/** The implementations the benchmark times, the engine first (ratios are taken against it). */
export const IMPLEMENTATION_IDS = ['engine', 'engine-ts', 'object-graph', 'nested-loops', 'tfjs-cpu', 'tfjs-wasm', 'c-reference'] as const;
export const ImplementationId = Type.Enum(IMPLEMENTATION_IDS);
export type ImplementationId = Static<typeof ImplementationId>;

/** Arithmetic of an implementation: float64 ones must follow the engine exactly, float32 ones closely. */
export const PRECISIONS = ['float64', 'float32'] as const;
export const Precision = Type.Enum(PRECISIONS);
export type Precision = Static<typeof Precision>;

/** 'refused': it disagreed with the engine and was not timed; 'unavailable': it cannot run here. */
export const BENCHMARK_STATUSES = ['timed', 'refused', 'unavailable'] as const;
export const BenchmarkStatus = Type.Enum(BENCHMARK_STATUSES);
export type BenchmarkStatus = Static<typeof BenchmarkStatus>;

export const TimingSummary = named(
  'timingSummary',
  Type.Object(
    {
      samples: Type.Integer({ minimum: 1 }),
      median: Type.Number({ minimum: 0 }),
      mean: Type.Number({ minimum: 0 }),
      min: Type.Number({ minimum: 0 }),
      max: Type.Number({ minimum: 0 }),
      sd: Type.Number({ minimum: 0 }),
      /** Relative margin of error of the mean at 95%, percent. */
      rme: Type.Number({ minimum: 0 }),
    },
    {
      additionalProperties: false,
      description: 'Seconds of one full training over the timed rounds; rme is the relative margin of error of the mean at 95%, percent.',
    },
  ),
);
export type TimingSummary = Static<typeof TimingSummary>;

/** The short training against the engine that decides whether an implementation is timed. */
export const BenchmarkAgreement = Type.Object(
  {
    agrees: Type.Boolean(),
    checkSweeps: Type.Integer({ minimum: 1 }),
    tolerance: Type.Number({ exclusiveMinimum: 0 }),
    /** |E − E_engine| / E_engine after the check sweeps. */
    relativeErrorDifference: SerializedNumber(),
    /** max_k |w_k − w_k(engine)| after the check sweeps. */
    maxParameterDifference: SerializedNumber(),
    /** Equal SHA-256 of the final parameters: the same bits as the engine. */
    sameDigest: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type BenchmarkAgreement = Static<typeof BenchmarkAgreement>;

export const BenchmarkResult = named(
  'benchmarkResult',
  Type.Object(
    {
      /** The experiment whose training is timed, by id. */
      task: Type.String({ minLength: 1 }),
      implementation: ImplementationId,
      precision: Precision,
      description: Type.String(),
      status: BenchmarkStatus,
      reason: Type.Optional(Type.String()),
      parameters: Type.Integer({ minimum: 1 }),
      patterns: Type.Integer({ minimum: 1 }),
      sweeps: Type.Integer({ minimum: 1 }),
      /** The short training that decided whether it is timed. */
      agreement: Type.Optional(BenchmarkAgreement),
      /** The first full training (the warm-up), beside the engine's. */
      fullRun: Type.Optional(
        Type.Object(
          { finalError: SerializedNumber(), relativeErrorDifference: SerializedNumber(), sameDigest: Type.Boolean() },
          { additionalProperties: false },
        ),
      ),
      /** Seconds of one full training. */
      seconds: Type.Optional(TimingSummary),
      /** Null when not timed. */
      cups: Nullable(Type.Number({ description: 'connection updates per second: parameters × patterns × sweeps / median seconds' })),
      sweepsPerSecond: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
      ratioToEngine: Type.Optional(
        Type.Number({ exclusiveMinimum: 0, description: "this implementation's time ÷ the engine's in the same round; median over rounds" }),
      ),
      ratioRange: Type.Optional(Pair(Type.Number())),
    },
    { additionalProperties: false },
  ),
);
export type BenchmarkResult = Static<typeof BenchmarkResult>;

/** The two ways a plain 3-layer net grows in the scaling study: its hidden units, or its patterns. */
export const SCALING_SERIES = ['hidden', 'patterns'] as const;
export const ScalingSeries = Type.Enum(SCALING_SERIES);
export type ScalingSeries = Static<typeof ScalingSeries>;

/**
 * What is timed at each point: an implementation, or one form of it (the C reference's per-pattern
 * and batched variants; the engine on its WebAssembly kernels and on its TypeScript passes).
 */
export const ScalingContender = Type.Object(
  {
    /** The series name: an implementation id, or the id's form (c-per-pattern, c-batched). */
    label: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
    implementation: ImplementationId,
    precision: Precision,
    description: Type.String(),
  },
  { additionalProperties: false },
);
export type ScalingContender = Static<typeof ScalingContender>;

export const ScalingMeasurement = Type.Object(
  {
    label: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
    status: BenchmarkStatus,
    reason: Type.Optional(Type.String()),
    agreement: Type.Optional(BenchmarkAgreement),
    /** Sweeps of each timed training, chosen so that one takes about the study's targetSeconds. */
    sweeps: Type.Optional(Type.Integer({ minimum: 1 })),
    /** Seconds of one timed training ÷ its sweeps, over the rounds. */
    secondsPerSweep: Type.Optional(TimingSummary),
    ratioToEngine: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: "seconds per sweep ÷ the first engine form's in the same round; median over rounds" }),
    ),
    ratioRange: Type.Optional(Pair(Type.Number())),
  },
  { additionalProperties: false },
);
export type ScalingMeasurement = Static<typeof ScalingMeasurement>;

export const ScalingPoint = Type.Object(
  {
    series: ScalingSeries,
    hidden: Type.Integer({ minimum: 1 }),
    patterns: Type.Integer({ minimum: 1 }),
    parameters: Type.Integer({ minimum: 1 }),
    measurements: Type.Array(ScalingMeasurement),
  },
  { additionalProperties: false },
);
export type ScalingPoint = Static<typeof ScalingPoint>;

export const ScalingStudy = named(
  'scaling',
  Type.Object(
    {
      /** The net: inputs → hidden → outputs, logistic units with biases, random 0/1 patterns and targets. */
      inputs: Type.Integer({ minimum: 1 }),
      outputs: Type.Integer({ minimum: 1 }),
      /** Patterns of the hidden series; hidden units of the patterns series. */
      fixedPatterns: Type.Integer({ minimum: 1 }),
      fixedHidden: Type.Integer({ minimum: 1 }),
      /** Seconds one timed training aims at. */
      targetSeconds: Type.Number({ minimum: 0 }),
      /** Sweeps of the check against the engine at each point, before timing. */
      checkSweeps: Type.Integer({ minimum: 1 }),
      contenders: Type.Array(ScalingContender),
      points: Type.Array(ScalingPoint),
    },
    {
      additionalProperties: false,
      description:
        'How the time of one sweep grows with the hidden units and with the patterns of a plain 3-layer net (npm run bench -- --scaling); the rounds are the benchmark\'s.',
    },
  ),
);
export type ScalingStudy = Static<typeof ScalingStudy>;

export const BenchmarkReport = named(
  'benchmark',
  Type.Object(
    {
      environment: Environment,
      /** Timed rounds: per task for the full trainings, per point for the scaling study. */
      rounds: Type.Integer({ minimum: 1 }),
      /** Full trainings of the experiments' nets; empty when only the scaling study ran. */
      results: Type.Array(BenchmarkResult),
      scaling: Type.Optional(ScalingStudy),
    },
    {
      additionalProperties: false,
      description:
        'Timings of one full training per task and implementation, or of one sweep as a plain net grows (npm run bench [--scaling]). Never part of `experiments`: timings vary from run to run.',
    },
  ),
);
export type BenchmarkReport = Static<typeof BenchmarkReport>;
