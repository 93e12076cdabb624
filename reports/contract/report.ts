import { Type, type Static } from 'typebox';
import { BenchmarkReport } from './benchmark.js';
import { Environment } from './environment.js';
import { ExperimentReport } from './experiment.js';
import { Dict, Nullable } from './json-schema.js';
import { StudyReport } from './studies.js';

// The report: the single source of truth for everything a user sees. `experiments` is a pure
// function of the flags and the code (byte-identical between runs); timings live in `timing`.

export const SCHEMA_VERSION = 1;

/** The suite that wrote a report: package name and version. */
export const Suite = Type.Object({ name: Type.String(), version: Type.String() }, { additionalProperties: false });
export type Suite = Static<typeof Suite>;

/** Wall-clock times, the one part of a report that varies between identical runs. */
export const Timing = Type.Object(
  {
    startedAt: Type.String({ format: 'date-time' }),
    finishedAt: Type.String({ format: 'date-time' }),
    seconds: Dict(Type.Number({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type Timing = Static<typeof Timing>;

export const Invocation = Type.Object(
  {
    /** The --only flag; empty when every experiment ran. */
    only: Type.Array(Type.String()),
    /** The --seeds flag, or null when each experiment ran its default count. */
    seeds: Nullable(Type.Integer({ minimum: 1 })),
    sets: Type.Array(Type.String()),
    /** Threads that trained seeds; the runs do not depend on it. */
    workers: Type.Optional(Type.Integer({ minimum: 1 })),
    /** Set when this run trained one shard of the seeds (--shard). */
    shard: Type.Optional(
      Type.Object({ index: Type.Integer({ minimum: 1 }), count: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
    ),
    /** The --sweep flags. */
    sweeps: Type.Optional(Type.Array(Type.String())),
    /** Set when scripts/merge.ts made this report from the reports of `shards` shards. */
    merged: Type.Optional(Type.Object({ shards: Type.Integer({ minimum: 1 }) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type Invocation = Static<typeof Invocation>;

export const Report = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    suite: Suite,
    environment: Environment,
    invocation: Invocation,
    timing: Timing,
    experiments: Type.Array(ExperimentReport),
    /** Present with --bench: timings of the engine beside its baselines, never part of `experiments`. */
    benchmark: Type.Optional(BenchmarkReport),
    /** Present when --sweep was given; never changes `experiments`. */
    sweeps: Type.Optional(Type.Array(StudyReport)),
  },
  {
    additionalProperties: false,
    title: 'backprop-1986 report',
    description: 'One run of the suite. `experiments` is deterministic for given flags and code; timings live in `timing` only.',
  },
);
export type Report = Static<typeof Report>;
