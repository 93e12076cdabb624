import { Type, type Static } from 'typebox';
import { named } from './json-schema.js';
import { SettingGroup, SettingValue } from './settings.js';
import { CensoredSummary } from './statistics.js';
import { Verdict } from './verdict.js';

/** One value of a studied setting (--sweep): what the criterion and each claim made of it. */
export const StudyValueReport = Type.Object(
  {
    value: SettingValue,
    criterion: CensoredSummary,
    /** `runs`: how many seeds the claim was judged on (its population, e.g. the converged seeds). */
    claims: Type.Array(
      Type.Object(
        { id: Type.String(), verdict: Verdict, runs: Type.Integer({ minimum: 0 }), decidedBy: Type.String(), controlFails: Type.Boolean() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type StudyValueReport = Static<typeof StudyValueReport>;

/** One setting of one experiment run once per value, every other setting as in `experiments`. */
export const StudyReport = named(
  'study',
  Type.Object(
    {
      experiment: Type.String({ pattern: '^[a-z0-9-]+$' }),
      setting: Type.String(),
      group: SettingGroup,
      default: SettingValue,
      /** The setting's value in `experiments`: its default, unless --set changed it. */
      baseline: SettingValue,
      seeds: Type.Integer({ minimum: 1 }),
      values: Type.Array(StudyValueReport, { minItems: 1 }),
    },
    { additionalProperties: false, description: 'One setting of one experiment run once per value; every other setting as in `experiments`.' },
  ),
);
export type StudyReport = Static<typeof StudyReport>;
