import { Type, type Static } from 'typebox';
import { MeasureValue } from './claims.js';
import { Dict, named, Nullable } from './json-schema.js';
import { CensoredSweeps, NullableNumber } from './statistics.js';

/** Final parameters by block name: a bias block is a list of numbers, a weight block a list of rows. */
export const Weights = named('weights', Dict(Type.Union([Type.Array(Type.Number()), Type.Array(Type.Array(Type.Number()))])));
export type Weights = Static<typeof Weights>;

export const ErrorCurve = Type.Object(
  {
    /** Sweep numbers at which E was sampled (0 is before the first weight change). */
    sweeps: Type.Array(Type.Integer({ minimum: 0 })),
    /** E at those sweeps, to 6 significant digits; null where E was not finite. */
    errors: Type.Array(NullableNumber),
  },
  { additionalProperties: false },
);
export type ErrorCurve = Static<typeof ErrorCurve>;

/** One seed's run. An experiment's own run records may add properties. */
export const RunRecord = named(
  'run',
  Type.Object({
    seed: Type.Integer({ minimum: 1 }),
    /** Sweeps made before training stopped. */
    sweepsRun: Type.Integer({ minimum: 0 }),
    /** Sweeps until the experiment's criterion first held; null when not reached within the budget. */
    sweepsToCriterion: CensoredSweeps,
    /** The same for every criterion the experiment tracks. */
    criteria: Dict(CensoredSweeps),
    /** E after the last sweep; null when it was not a finite number. */
    finalError: NullableNumber,
    diverged: Type.Boolean(),
    weightsDigest: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    /** Final parameters by block name; null when some are not finite numbers (a diverged run). */
    weights: Nullable(Weights),
    errorCurve: ErrorCurve,
    /** Each claim's per-run measure, by claim id (absent where the run is outside its population). */
    measures: Dict(MeasureValue),
  }),
);
export type RunRecord = Static<typeof RunRecord>;
