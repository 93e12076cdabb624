import { Type, type Static } from 'typebox';
import { named, Nullable } from './json-schema.js';

// Shapes of the suite's statistics. A run that never reached the criterion is censored: its
// sweep count is null, and a statistic that depends on it is null too.

export const NullableNumber = named('nullableNumber', Nullable(Type.Number()));
export type NullableNumber = Static<typeof NullableNumber>;

/** Sweeps to a criterion; null when the run did not reach it within its budget. */
export const CensoredSweeps = named('censoredSweeps', Nullable(Type.Integer({ minimum: 0 })));
export type CensoredSweeps = Static<typeof CensoredSweeps>;

export const CensoredSummary = named(
  'censoredSummary',
  Type.Object(
    {
      runs: Type.Integer({ minimum: 0 }),
      reached: Type.Integer({ minimum: 0 }),
      reachedFraction: NullableNumber,
      median: NullableNumber,
      q1: NullableNumber,
      q3: NullableNumber,
    },
    { additionalProperties: false },
  ),
);
export type CensoredSummary = Static<typeof CensoredSummary>;

/** An interval with both ends known, e.g. a Wilson score interval. */
export const Interval = Type.Object({ lo: Type.Number(), hi: Type.Number() }, { additionalProperties: false });
export type Interval = Static<typeof Interval>;

/** An interval whose ends may be unknown (null), e.g. a bootstrap interval over censored runs. */
export const OpenInterval = Type.Object({ lo: NullableNumber, hi: NullableNumber }, { additionalProperties: false });
export type OpenInterval = Static<typeof OpenInterval>;

/** An open interval, or null where there was nothing to resample. */
export const MaybeOpenInterval = named('openInterval', Nullable(OpenInterval));

export const CurvePoint = Type.Object(
  {
    sweeps: Type.Integer({ minimum: 0 }),
    /** Estimated share of runs that have reached the criterion by this many sweeps. */
    fraction: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { additionalProperties: false },
);
export type CurvePoint = Static<typeof CurvePoint>;
