import type { SettingDef, SettingValue } from '../reproductions/settings.js';
import type { ExperimentReport, SweepReport, SweepValueReport } from './types.js';

// A sweep keeps, per value, what a reader needs to see which claims survive which convention:
// each claim's verdict with what decided it, and how often and how fast the criterion was met.
// The runs themselves stay out, so that a sweep of many values does not swell the report.

/** What one value of a swept setting made of the experiment. */
export function sweepValue(value: SettingValue, result: ExperimentReport): SweepValueReport {
  return {
    value,
    criterion: result.criterion.summary,
    claims: result.claims.map((c) => ({ id: c.id, verdict: c.verdict, runs: c.population.runs, decidedBy: c.decidedBy })),
  };
}

export function sweepReport(experimentId: string, setting: SettingDef, baseline: SettingValue, seeds: number, values: SweepValueReport[]): SweepReport {
  return { experiment: experimentId, setting: setting.key, group: setting.group, default: setting.default, baseline, seeds, values };
}
