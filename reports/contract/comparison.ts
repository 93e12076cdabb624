import { Type, type Static } from 'typebox';
import { Statistics } from './claims.js';
import { Environment } from './environment.js';
import { Grain } from './grain.js';
import { Dict, named, Nullable } from './json-schema.js';
import { Suite, Timing } from './report.js';
import { SettingValue } from './settings.js';
import { CensoredSweeps, CurvePoint, Interval, MaybeOpenInterval, NullableNumber } from './statistics.js';
import { Verdict } from './verdict.js';

// The comparison report of scripts/compare.ts. `comparison` is deterministic for given flags;
// timings live in `timing`.

export const COMPARISON_SCHEMA_VERSION = 1;

/** What a comparison file is, beside a report. */
export const COMPARISON_KINDS = ['comparison'] as const;
export const ComparisonKind = Type.Enum(COMPARISON_KINDS);
export type ComparisonKind = Static<typeof ComparisonKind>;

export const VariantResult = named(
  'variant',
  Type.Object(
    {
      id: Type.String(),
      description: Type.String(),
      rule: Type.String(),
      grain: Grain,
      /** The variant's hyper-parameters; null means the experiment's own schedule. */
      hyperparameters: Dict(NullableNumber),
      runs: Type.Array(
        Type.Object(
          {
            seed: Type.Integer({ minimum: 1 }),
            sweepsToCriterion: CensoredSweeps,
            finalError: NullableNumber,
            diverged: Type.Boolean(),
            weightsDigest: Type.String({ pattern: '^[0-9a-f]{64}$' }),
          },
          { additionalProperties: false },
        ),
      ),
      successRate: Type.Number({ minimum: 0, maximum: 1 }),
      successInterval: Nullable(Interval),
      sweeps: Type.Object(
        { median: NullableNumber, q1: NullableNumber, q3: NullableNumber, iqm: NullableNumber, iqmInterval: MaybeOpenInterval },
        { additionalProperties: false },
      ),
      /** Probability that this variant needs fewer sweeps than the reference on the same seed. */
      fewerThanReference: Type.Object({ probability: NullableNumber, interval: MaybeOpenInterval }, { additionalProperties: false }),
      successCurve: Type.Array(CurvePoint),
      claims: Type.Array(
        Type.Object(
          { id: Type.String(), verdict: Verdict, decidedBy: Type.String(), statistics: Statistics, controlFails: Type.Boolean() },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
);
export type VariantResult = Static<typeof VariantResult>;

export const Comparison = Type.Object(
  {
    experiment: Type.Object(
      {
        id: Type.String(),
        title: Type.String(),
        settings: Dict(SettingValue),
        criterion: Type.Object(
          { id: Type.String(), description: Type.String(), budget: Type.Integer({ minimum: 1 }) },
          { additionalProperties: false },
        ),
        /** The paper's sweep counts for this experiment's learning claims (one run each), if it gives any. */
        paperSweeps: Type.Array(Type.Integer({ minimum: 1 })),
      },
      { additionalProperties: false },
    ),
    reference: Type.String(),
    seeds: Type.Array(Type.Integer({ minimum: 1 })),
    bootstrap: Type.Object(
      { resamples: Type.Integer({ minimum: 1 }), confidence: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }) },
      { additionalProperties: false },
    ),
    variants: Type.Array(VariantResult, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type Comparison = Static<typeof Comparison>;

export const ComparisonReport = Type.Object(
  {
    schemaVersion: Type.Literal(COMPARISON_SCHEMA_VERSION),
    kind: ComparisonKind,
    suite: Suite,
    environment: Environment,
    /** `workers`: threads that trained seeds; the runs do not depend on it. */
    invocation: Type.Object(
      {
        only: Type.String(),
        variants: Type.Array(Type.String(), { minItems: 1 }),
        seeds: Type.Integer({ minimum: 1 }),
        sets: Type.Array(Type.String()),
        config: Nullable(Type.String()),
        workers: Type.Integer({ minimum: 1 }),
      },
      { additionalProperties: false },
    ),
    timing: Timing,
    comparison: Comparison,
  },
  {
    additionalProperties: false,
    title: 'backprop-1986 comparison of optimizer variants',
    description: 'Output of scripts/compare.ts. `comparison` is deterministic for given flags; timings live in `timing` only.',
  },
);
export type ComparisonReport = Static<typeof ComparisonReport>;
