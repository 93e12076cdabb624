// Every hyper-parameter and open convention of an experiment is a named, typed setting with its
// default and where that default comes from, so a report can record it and `--set` can change it.

export type SettingValue = number | string | boolean;
export type Config = Record<string, SettingValue>;

export type SettingType =
  | { kind: 'number'; min: number; max: number; integer?: boolean }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'boolean' };

export interface SettingDef {
  key: string;
  group: 'hyperparameter' | 'convention';
  description: string;
  default: SettingValue;
  /** True when the paper states this value; false when the default is the suite's reading. */
  paperStates: boolean;
  /** Where the default comes from: a citation, or why this reading was chosen. */
  source: string;
  type: SettingType;
  /** Other readings seen in reproductions (conventions only). */
  alternatives?: string;
}

export class SettingError extends Error {}

/**
 * A learning rate may be any finite number ≥ 0: an absurd one is a legitimate way to make a run
 * diverge, and the report records it as diverged rather than refusing it.
 */
export const LEARNING_RATE: SettingType = { kind: 'number', min: 0, max: Number.MAX_VALUE };

export function defaults(settings: readonly SettingDef[]): Config {
  return Object.fromEntries(settings.map((s) => [s.key, s.default]));
}

export function describeType(type: SettingType): string {
  if (type.kind === 'enum') return `one of ${type.values.join(', ')}`;
  if (type.kind === 'boolean') return 'true or false';
  const kind = type.integer ? 'a whole number' : 'a number';
  return type.max === Number.MAX_VALUE ? `a finite ${kind.slice(2)} ≥ ${type.min}` : `${kind} from ${type.min} to ${type.max}`;
}

/** Parses a raw `--set` value for one setting; throws SettingError saying what is allowed. */
export function parseSetting(def: SettingDef, raw: string): SettingValue {
  const bad = () => new SettingError(`${def.key} must be ${describeType(def.type)}, got "${raw}"`);
  const type = def.type;
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

export interface Deviation {
  key: string;
  default: SettingValue;
  value: SettingValue;
}

/** Applies overrides to the defaults; every override that changes a value is a deviation. */
export function applyOverrides(settings: readonly SettingDef[], overrides: ReadonlyArray<{ key: string; raw: string }>) {
  const config = defaults(settings);
  const deviations: Deviation[] = [];
  for (const { key, raw } of overrides) {
    const def = settings.find((s) => s.key === key);
    if (!def) throw new SettingError(`unknown setting "${key}" (known: ${settings.map((s) => s.key).join(', ')})`);
    const value = parseSetting(def, raw);
    config[key] = value;
    const index = deviations.findIndex((d) => d.key === key);
    if (index >= 0) deviations.splice(index, 1);
    if (value !== def.default) deviations.push({ key, default: def.default, value });
  }
  return { config, deviations };
}
