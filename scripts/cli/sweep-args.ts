import type { RunRecord } from '../../reports/types.js';
import type { Experiment } from '../../reproductions/experiment.js';
import { experiments, findExperiment } from '../../reproductions/registry.js';
import { parseSetting, SettingError, type SettingDef, type SettingValue } from '../../reproductions/settings.js';
import { UsageError } from './usage-error.js';

// `--sweep <setting>=<v1,v2,...>` runs an experiment once per value of one setting, the other
// settings staying at their defaults plus --set: one factor at a time, not a grid. A bare setting
// key sweeps every selected experiment that has it; `<experiment>.<setting>=...` only that one.

export interface SweepTarget {
  experiment: Experiment<RunRecord>;
  setting: SettingDef;
  /** Parsed by the setting's own parser, in the order given. */
  values: SettingValue[];
}

export interface SweepSpec {
  /** The flag's value as given, for the report's invocation. */
  raw: string;
  targets: SweepTarget[];
}

function parseOne(raw: string, chosen: ReadonlyArray<Experiment<RunRecord>>): SweepSpec {
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
  const having = scope.filter((e) => e.settings.some((s) => s.key === key));
  if (having.length === 0) {
    const known = [...new Set(scope.flatMap((e) => e.settings.map((s) => s.key)))].join(', ');
    throw new UsageError(`--sweep names setting "${key}", which no selected experiment has (known: ${known})`);
  }
  const targets = having.map((experiment) => {
    const setting = experiment.settings.find((s) => s.key === key)!;
    const values: SettingValue[] = [];
    for (const v of rawValues) {
      let value: SettingValue;
      try {
        value = parseSetting(setting, v);
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
export function parseSweeps(raws: readonly string[], chosen: ReadonlyArray<Experiment<RunRecord>>): SweepSpec[] {
  const specs = raws.map((raw) => parseOne(raw, chosen));
  const seen = new Set<string>();
  for (const t of specs.flatMap((s) => s.targets)) {
    const name = `${t.experiment.id}.${t.setting.key}`;
    if (seen.has(name)) throw new UsageError(`--sweep sweeps ${name} twice; give all its values in one flag`);
    seen.add(name);
  }
  return specs;
}
