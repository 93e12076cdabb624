import { Type, type Static } from 'typebox';
import { named, Nullable } from './json-schema.js';

/** Where a report or a benchmark was made. */
export const Environment = named(
  'environment',
  Type.Object(
    {
      node: Type.String(),
      platform: Type.String(),
      arch: Type.String(),
      os: Type.String(),
      cpu: Type.String(),
      cpus: Type.Integer({ minimum: 1 }),
      packageVersion: Type.String(),
      gitCommit: Nullable(Type.String()),
    },
    { additionalProperties: false },
  ),
);
export type Environment = Static<typeof Environment>;
