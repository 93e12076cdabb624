import { Type, type Static } from 'typebox';
import { ClaimReport } from './claims.js';
import { Dict, named, Open } from './json-schema.js';
import { RunRecord } from './runs.js';
import { Deviation, SettingReport } from './settings.js';
import { CensoredSummary } from './statistics.js';

// One experiment of a report: its settings, net, data, seeds, runs and judged claims.

/** The engine's kinds of unit group (engine GroupKind; test/reports/contract-schemas.test.ts keeps them equal). */
export const GROUP_KINDS = ['input', 'hidden', 'output'] as const;
export const GroupKind = Type.Enum(GROUP_KINDS);
export type GroupKind = Static<typeof GroupKind>;

/** The net as the engine's NetSpec describes it, with its parameter count. */
export const Architecture = Type.Object(
  {
    groups: Type.Array(
      Type.Object(
        { name: Type.String(), size: Type.Integer({ minimum: 1 }), kind: GroupKind, bias: Type.Optional(Type.String()) },
        { additionalProperties: false },
      ),
    ),
    projections: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), block: Type.String() }, { additionalProperties: false })),
    parameterCount: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type Architecture = Static<typeof Architecture>;

/** The patterns an experiment trains on; an experiment may add what else identifies them. */
export const DatasetReport = Open(
  Type.Object({
    description: Type.String(),
    patterns: Type.Integer({ minimum: 1 }),
    digest: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  }),
);
export type DatasetReport = Static<typeof DatasetReport>;

export const ExperimentReport = named(
  'experiment',
  Type.Object(
    {
      id: Type.String({ pattern: '^[a-z0-9-]+$' }),
      title: Type.String(),
      citation: Type.String(),
      summary: Type.String(),
      hyperparameters: Dict(SettingReport),
      conventions: Dict(SettingReport),
      deviations: Type.Array(Deviation),
      architecture: Architecture,
      dataset: DatasetReport,
      seeds: Type.Array(Type.Integer({ minimum: 1 })),
      criterion: Type.Object(
        { id: Type.String(), description: Type.String(), budget: Type.Integer({ minimum: 1 }), summary: CensoredSummary },
        { additionalProperties: false },
      ),
      runs: Type.Array(RunRecord),
      claims: Type.Array(ClaimReport),
    },
    { additionalProperties: false },
  ),
);
export type ExperimentReport = Static<typeof ExperimentReport>;
