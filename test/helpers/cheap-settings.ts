import type { AnyExperiment } from '../../reproductions/kit/experiment.js';
import { resolveSettings, settingList, type Config, type Deviation } from '../../reproductions/kit/settings.js';

/** A setting that counts sweeps: a whole number whose key names sweeps or a budget. */
const SWEEP_COUNT = /sweeps|budget/i;

/**
 * An experiment's settings with every sweep count cut to `sweeps` (or the least it allows), so a
 * seed of any experiment trains in milliseconds; for tests that must run every registered
 * experiment. Throws when an experiment has no such setting, so a new one is noticed, not slow.
 */
export function cheapSettings(experiment: AnyExperiment, sweeps = 20): { config: Config; deviations: Deviation[] } {
  return resolveSettings(experiment.settings, cheapOverrides(experiment, sweeps));
}

function cheapOverrides(experiment: AnyExperiment, sweeps: number) {
  const cut = settingList(experiment.settings).flatMap(({ key, type }) =>
    type.kind === 'number' && type.integer && SWEEP_COUNT.test(key) ? [{ key, raw: String(Math.max(type.min, Math.min(type.max, sweeps))) }] : [],
  );
  if (cut.length === 0) throw new Error(`${experiment.id} has no setting whose key names sweeps or a budget`);
  return cut;
}

/** The same cut as `--set <id>.<key>=<n>` flags for every experiment given, for tests that run a command. */
export function cheapSetFlags(experiments: readonly AnyExperiment[], sweeps = 20): string[] {
  return experiments.flatMap((e) => cheapOverrides(e, sweeps).flatMap(({ key, raw }) => ['--set', `${e.id}.${key}=${raw}`]));
}
