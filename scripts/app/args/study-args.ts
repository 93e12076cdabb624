import type { AnyExperiment } from '../../../reproductions/kit/experiment.js';
import { parseSetting, SettingError, type KeyedSetting, type SettingValue } from '../../../reproductions/kit/settings.js';
import { experiments, findExperiment } from '../../../reproductions/registry.js';
import { UsageError } from '../usage-error.js';

// A setting study, `--sweep <setting>=<v1,v2,...>`, runs an experiment once per value of one
// setting, the other settings staying at their defaults plus --set: one factor at a time, not a
// grid. A bare setting key studies every selected experiment that has it; `<experiment>.<setting>=...`
// only that one.

export interface StudyTarget {
  experiment: AnyExperiment;
  setting: KeyedSetting;
  /** Parsed by the setting's own parser, in the order given. */
  values: SettingValue[];
}

export interface SettingStudy {
  /** The flag's value as given, for the report's invocation. */
  raw: string;
  targets: StudyTarget[];
}

function parseOne(raw: string, chosen: readonly AnyExperiment[]): SettingStudy {
  const match = /^(?:([a-z0-9-]+)\.)?([A-Za-z0-9]+)=(.*)$/.exec(raw);
  if (!match) throw new UsageError(`--sweep must look like <setting>=<v1,v2,...> or <experiment>.<setting>=<v1,v2,...>, got "${raw}"`);
  const [, experimentId, key, list] = match as unknown as [string, string | undefined, string, string];
  const rawValues = list.split(',').map((v) => v.trim());
  if (rawValues.some((v) => v === '')) throw new UsageError(`--sweep ${key} needs a comma-separated list of values with none empty, got "${raw}"`);
  if (experimentId !== undefined) {
    if (!findExperiment(experimentId)) throw new UsageError(`--sweep names unknown experiment "${experimentId}" (known: ${experiments.map((e) => e.id).join(', ')})`);
    if (!chosen.some((e) => e.id === experimentId)) throw new UsageError(`--sweep names "${experimentId}", which --only leaves out`);
  }
  const scope = experimentId === undefined ? chosen : chosen.filter((e) => e.id === experimentId);
  const having = scope.filter((e) => key in e.settings);
  if (having.length === 0) {
    const known = [...new Set(scope.flatMap((e) => Object.keys(e.settings)))].join(', ');
    throw new UsageError(`--sweep names setting "${key}", which no selected experiment has (known: ${known})`);
  }
  const targets = having.map((experiment) => {
    const setting = { key, ...experiment.settings[key]! };
    const values: SettingValue[] = [];
    for (const v of rawValues) {
      let value: SettingValue;
      try {
        value = parseSetting(key, setting, v);
      } catch (error) {
        if (error instanceof SettingError) throw new UsageError(`--sweep for ${experiment.id}: ${error.message}`);
        throw error;
      }
      if (values.includes(value)) throw new UsageError(`--sweep ${key} lists the value ${String(value)} twice`);
      values.push(value);
    }
    return { experiment, setting, values };
  });
  return { raw, targets };
}

/** Parses every --sweep flag against the selected experiments; any bad one is a UsageError. */
export function parseStudies(raws: readonly string[], chosen: readonly AnyExperiment[]): SettingStudy[] {
  const studies = raws.map((raw) => parseOne(raw, chosen));
  const seen = new Set<string>();
  for (const t of studies.flatMap((s) => s.targets)) {
    const name = `${t.experiment.id}.${t.setting.key}`;
    if (seen.has(name)) throw new UsageError(`--sweep sweeps ${name} twice; give all its values in one flag`);
    seen.add(name);
  }
  return studies;
}
