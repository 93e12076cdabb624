// Every hyper-parameter and open convention of an experiment is a named, typed setting with its
// default and where that default comes from. An experiment declares its settings once, as an
// object; its config type is derived from that object, so a misspelt key does not compile, and
// `--set`, `--sweep`, `--help`, `compare` and the report's settings section all read the same
// declaration.

import type { Deviation, SettingGroup, SettingValue } from '../../reports/contract/index.js';

export type { Deviation, SettingGroup, SettingValue } from '../../reports/contract/index.js';

export type SettingType =
  | { kind: 'number'; min: number; max: number; integer?: boolean }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'boolean' };

export interface Setting<V extends SettingValue = SettingValue> {
  group: SettingGroup;
  description: string;
  default: V;
  /** True when the paper states this value; false when the default is the suite's reading. */
  paperStates: boolean;
  /** Where the default comes from: a citation, or why this reading was chosen. */
  source: string;
  type: SettingType;
  /** Other readings seen in reproductions (conventions only). */
  alternatives?: string;
}

/** An experiment's settings, by key, in the order the report lists them. */
export type Settings = Readonly<Record<string, Setting>>;

/** The typed config of a settings declaration: one field per setting, of its value's type. */
export type ConfigOf<S extends Settings> = { readonly [K in keyof S]: S[K]['default'] };

/** A config whose keys are not known statically (for code that serves every experiment). */
export type Config = Readonly<Record<string, SettingValue>>;

/** A setting with its key, for code that walks a declaration. */
export interface KeyedSetting extends Setting {
  key: string;
}

export const settingList = (settings: Settings): KeyedSetting[] => Object.entries(settings).map(([key, s]) => ({ key, ...s }));

type Described<V extends SettingValue> = Omit<Setting<V>, 'type'>;

export function numberSetting(s: Described<number> & { min: number; max: number; integer?: boolean }): Setting<number> {
  const { min, max, integer, ...rest } = s;
  return { ...rest, type: { kind: 'number', min, max, ...(integer ? { integer } : {}) } };
}

export function enumSetting<const T extends readonly string[]>(values: T, s: Described<T[number]>): Setting<T[number]> {
  return { ...s, type: { kind: 'enum', values } };
}

export function booleanSetting(s: Described<boolean>): Setting<boolean> {
  return { ...s, type: { kind: 'boolean' } };
}

export class SettingError extends Error {}

export function defaults<S extends Settings>(settings: S): ConfigOf<S> {
  return Object.fromEntries(Object.entries(settings).map(([key, s]) => [key, s.default])) as ConfigOf<S>;
}

export function describeType(type: SettingType): string {
  if (type.kind === 'enum') return `one of ${type.values.join(', ')}`;
  if (type.kind === 'boolean') return 'true or false';
  const kind = type.integer ? 'a whole number' : 'a number';
  return type.max === Number.MAX_VALUE ? `a finite ${kind.slice(2)} ≥ ${type.min}` : `${kind} from ${type.min} to ${type.max}`;
}

/** Parses a raw `--set` value for one setting; throws SettingError saying what is allowed. */
export function parseSetting(key: string, setting: Setting, raw: string): SettingValue {
  const bad = () => new SettingError(`${key} must be ${describeType(setting.type)}, got "${raw}"`);
  const type = setting.type;
  if (type.kind === 'enum') {
    if (!type.values.includes(raw)) throw bad();
    return raw;
  }
  if (type.kind === 'boolean') {
    if (raw !== 'true' && raw !== 'false') throw bad();
    return raw === 'true';
  }
  if (raw.trim() === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw.trim())) throw bad();
  const value = Number(raw);
  if (!Number.isFinite(value) || value < type.min || value > type.max || (type.integer && !Number.isInteger(value))) throw bad();
  return value;
}

export interface SettingOverride {
  key: string;
  raw: string;
}

/**
 * The one override precedence: the declared defaults, then each override in the order given (a
 * later value for the same key wins). Every override that leaves a value different from its
 * default is a deviation; an unknown key is a SettingError naming the known ones.
 */
export function resolveSettings<S extends Settings>(settings: S, overrides: readonly SettingOverride[]): { config: ConfigOf<S>; deviations: Deviation[] } {
  const config: Record<string, SettingValue> = { ...defaults(settings) };
  const deviations: Deviation[] = [];
  for (const { key, raw } of overrides) {
    const setting = settings[key];
    if (!setting) throw new SettingError(`unknown setting "${key}" (known: ${Object.keys(settings).join(', ')})`);
    const value = parseSetting(key, setting, raw);
    config[key] = value;
    const index = deviations.findIndex((d) => d.key === key);
    if (index >= 0) deviations.splice(index, 1);
    if (value !== setting.default) deviations.push({ key, default: setting.default, value });
  }
  return { config: config as ConfigOf<S>, deviations };
}

/** The deviations after one setting is changed to a value (a `--sweep` value) on top of others. */
export function withValue(deviations: readonly Deviation[], key: string, setting: Setting, value: SettingValue): Deviation[] {
  const others = deviations.filter((d) => d.key !== key);
  return value === setting.default ? others : [...others, { key, default: setting.default, value }];
}
