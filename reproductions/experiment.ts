import type { NetSpec } from '../engine/index.js';
import type { DatasetReport, RunRecord } from '../reports/types.js';
import type { Claim } from './claims.js';
import type { Config, SettingDef } from './settings.js';
import type { TrainingOverride } from './training-override.js';

/** What one seed's training produced, before the claims measure it. */
export type TrainedRun<R extends RunRecord = RunRecord> = Omit<R, 'measures'>;

/** Called as training goes, with the sweeps made so far and the budget. */
export type SweepProgress = (sweep: number, budget: number) => void;

/** One experiment of the paper, declared: its data, net, settings and claims. No training loop. */
export interface Experiment<R extends RunRecord = RunRecord> {
  id: string;
  title: string;
  citation: string;
  summary: string;
  /** Seeds run when the user gives no --seeds: as many as finish in about a minute on 2 cores. */
  defaultSeeds: number;
  settings: SettingDef[];
  net(config: Config): NetSpec;
  dataset(config: Config): DatasetReport;
  criterion(config: Config): { id: string; description: string; budget: number };
  /** Trains one seed; a comparison of optimizer variants passes an override of the update rule. */
  runSeed(config: Config, seed: number, progress?: SweepProgress, override?: TrainingOverride): TrainedRun<R>;
  /**
   * Measures given weights (parameters as JSON by block name) as a run of zero sweeps, for the
   * experiments whose paper prints weights; throws ParamsError on a bad weight set.
   */
  evaluateWeights?(config: Config, params: unknown): TrainedRun<R>;
  /** The claims, whose definitions may depend on the settings (e.g. the sweep budget). */
  claims(config: Config): Array<Claim<R>>;
}
