import { Type, type Static } from 'typebox';
import { named } from './json-schema.js';
import { SettingGroup, SettingValue } from './settings.js';
import { CensoredSummary } from './statistics.js';
import { Verdict } from './verdict.js';

/** One value of a swept setting: what the criterion and each claim made of it. */
export const SweepValueReport = Type.Object(
  {
    value: SettingValue,
    criterion: CensoredSummary,
    /** `runs`: how many seeds the claim was judged on (its population, e.g. the converged seeds). */
    claims: Type.Array(
      Type.Object(
        { id: Type.String(), verdict: Verdict, runs: Type.Integer({ minimum: 0 }), decidedBy: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SweepValueReport = Static<typeof SweepValueReport>;

/** One setting of one experiment run once per value, every other setting as in `experiments`. */
export const SweepReport = named(
  'sweep',
  Type.Object(
    {
      experiment: Type.String({ pattern: '^[a-z0-9-]+$' }),
      setting: Type.String(),
      group: SettingGroup,
      default: SettingValue,
      /** The setting's value in `experiments`: its default, unless --set changed it. */
      baseline: SettingValue,
      seeds: Type.Integer({ minimum: 1 }),
      values: Type.Array(SweepValueReport, { minItems: 1 }),
    },
    { additionalProperties: false, description: 'One setting of one experiment run once per value; every other setting as in `experiments`.' },
  ),
);
export type SweepReport = Static<typeof SweepReport>;
