import type { NetSpec, ParamsJson, PatternSet, TrainConfig } from '../../engine/index.js';
import type { DatasetReport, ExperimentReport, RunRecord } from '../../reports/contract/index.js';
import type { Claim } from './claims.js';
import type { ConfigOf, Settings } from './settings.js';
import type { TrainingOverride } from './training-override.js';

/** What one seed's training produced, before the claims measure it. */
export type TrainedRun<R extends RunRecord = RunRecord> = Omit<R, 'measures'>;

/** Called as training goes, with the sweeps made so far and the budget. */
export type SweepProgress = (sweep: number, budget: number) => void;

/** The criterion a run's `sweepsToCriterion` counts to, and the budget it has to get there. */
export interface CriterionReading {
  id: string;
  description: string;
  budget: number;
}

/** One seed's training as the engine runs it, for implementations that must match it (the benchmark). */
export interface SeedTraining {
  spec: NetSpec;
  patterns: PatternSet;
  initial: Float64Array;
  recipe: TrainConfig;
}

/**
 * One experiment, declared: its data, net, settings, claims and figures. The settings object `S`
 * types every config the experiment receives; `R` is its run record. No training loop lives here:
 * layered nets get theirs from the kit (kit/layered-net.ts).
 */
export interface Experiment<R extends RunRecord = RunRecord, S extends Settings = Settings> {
  id: string;
  title: string;
  citation: string;
  summary: string;
  /** The works the experiment reproduces, in full, for the report's title. */
  sources: readonly string[];
  /** Seeds run when the user gives no --seeds: as many as finish in about a minute on 2 cores. */
  defaultSeeds: number;
  settings: S;
  /** The paper's sweep counts for this experiment's learning claims (one run each); marked on its charts. */
  paperSweeps: readonly number[];
  net(config: ConfigOf<S>): NetSpec;
  dataset(config: ConfigOf<S>): DatasetReport;
  criterion(config: ConfigOf<S>): CriterionReading;
  /** Trains one seed; a comparison of optimizer variants passes an override of the update rule. */
  runSeed(config: ConfigOf<S>, seed: number, progress?: SweepProgress, override?: TrainingOverride): TrainedRun<R>;
  /** The weights the paper prints, by block name, when it prints any (`measure-weights --params paper`). */
  printedWeights?: ParamsJson;
  /** Other printed nets of the same architecture, by name (`--params paper:<name>`), e.g. another run in the companion chapter. */
  otherPrintedWeights?: Readonly<Record<string, { citation: string; weights: ParamsJson }>>;
  /** Measures given weights as a run of zero sweeps; throws ParamsError on a bad weight set. */
  evaluateWeights?(config: ConfigOf<S>, params: unknown): TrainedRun<R>;
  /** One seed's training, for the benchmark and the gradient checks: the same net, data, initial weights and recipe as runSeed. */
  training?(config: ConfigOf<S>, seed: number): SeedTraining;
  /**
   * Whether the benchmark times this experiment's training against the baselines: the suite's two
   * reference nets, not every small net (whose trainings take milliseconds and would only repeat them).
   */
  benchmarked?: boolean;
  /** The claims, whose definitions may depend on the settings (e.g. the sweep budget). */
  claims(config: ConfigOf<S>): Array<Claim<R>>;
  /** The experiment's own figures, drawn from its typed runs; every experiment also gets the standard charts. */
  figures: ReadonlyArray<FigureSpec<R, S>>;
}

/** An experiment whose run and settings types are forgotten, as the registry and the application hold it. */
export type AnyExperiment = Experiment<RunRecord, Settings>;

/** An experiment's report with its runs and settings typed as the experiment's own. */
export interface TypedReport<R extends RunRecord, S extends Settings> {
  report: ExperimentReport;
  runs: readonly R[];
  config: ConfigOf<S>;
}

/**
 * A figure an experiment declares: a pure function of its typed report. `file` is the SVG's name
 * beside report.md; `drawable` says whether this report holds what the figure needs (a weight
 * diagram needs a seed with finite weights), so a report can be planned without drawing.
 */
export interface FigureSpec<R extends RunRecord, S extends Settings> {
  file: string;
  /** What the figure is, as the report's text names it, e.g. "Hinton diagram of …". */
  name: string;
  /** One or two sentences on how to read it. */
  caption: string;
  drawable(input: TypedReport<R, S>): boolean;
  render(input: TypedReport<R, S>): string | Promise<string>;
}
