import { Type, type Static } from 'typebox';
import { named, Types } from './json-schema.js';

// An experiment's settings as a report records them: each hyper-parameter and open convention
// with its value, its default and where that default comes from.

/** Hyper-parameters are the paper's numbers; conventions are readings of what it leaves open. */
export const SETTING_GROUPS = ['hyperparameter', 'convention'] as const;
export const SettingGroup = Type.Enum(SETTING_GROUPS);
export type SettingGroup = Static<typeof SettingGroup>;

export const SettingValue = named('settingValue', Types(['number', 'string', 'boolean']));
export type SettingValue = Static<typeof SettingValue>;

export const SettingReport = named(
  'setting',
  Type.Object(
    {
      value: SettingValue,
      default: SettingValue,
      paperStates: Type.Boolean(),
      source: Type.String(),
      description: Type.String(),
      alternatives: Type.Optional(Type.String()),
    },
    { additionalProperties: false },
  ),
);
export type SettingReport = Static<typeof SettingReport>;

/** A setting that --set moved away from its default. */
export const Deviation = Type.Object({ key: Type.String(), default: SettingValue, value: SettingValue }, { additionalProperties: false });
export type Deviation = Static<typeof Deviation>;
