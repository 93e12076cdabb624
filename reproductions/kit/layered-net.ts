import {
  buildNet, importParams, initialParameters, packPatterns, subStream, train,
  type InitSpec, type Net, type NetSpec, type PatternSet, type TrainConfig, type TrainResult,
} from '../../engine/index.js';
import type { RunRecord } from '../../reports/contract/index.js';
import type { CriterionReading, Experiment, SeedTraining, SweepProgress, TrainedRun } from './experiment.js';
import { trainedRun } from './run-record.js';
import type { ConfigOf, Settings } from './settings.js';
import { withOverride, type TrainingOverride } from './training-override.js';

// The kit for layered-net experiments: build → initialise → train → record → override, written
// once. An experiment gives its net, its data, its initial range and its recipe as functions of its
// typed config; the kit trains a seed with them, the same way for a report, a comparison of
// optimizer variants (which overrides the update rule) and the benchmark (which times the recipe).

/** The patterns of one seed: `train` is what the net learns; an experiment may add its own (held-out cases). */
export interface SeedData {
  train: PatternSet;
}

/** One trained seed, for an experiment's own measures of it. */
export interface TrainedNet<C, D extends SeedData> {
  config: C;
  seed: number;
  net: Net;
  params: Float64Array;
  result: TrainResult;
  data: D;
}

export interface LayeredNet<S extends Settings, D extends SeedData, X extends object> {
  /** The experiment id: random streams are named by it. */
  id: string;
  net(config: ConfigOf<S>): NetSpec;
  /** The patterns of a seed (a seed may hold out its own cases; evaluateWeights asks for seed 0). */
  data(config: ConfigOf<S>, seed: number): D;
  init(config: ConfigOf<S>): InitSpec;
  /** The training of one seed; its criteria must include the one `criterion` names. */
  recipe(config: ConfigOf<S>, seed: number): TrainConfig;
  criterion(config: ConfigOf<S>): CriterionReading;
  /** The experiment's own fields of a run record, measured on the trained net. */
  record?(trained: TrainedNet<ConfigOf<S>, D>): X;
}

type Run<X> = TrainedRun<RunRecord & X>;

/** The parts of an Experiment the kit provides for a layered net. */
export type LayeredNetParts<S extends Settings, X extends object> = Pick<
  Experiment<RunRecord & X, S>,
  'net' | 'criterion' | 'runSeed' | 'evaluateWeights' | 'training'
>;

/** The kit's parts, and a seed measured at its initial weights (for the claims' negative controls). */
export interface LayeredNetKit<S extends Settings, X extends object> extends LayeredNetParts<S, X> {
  /** Seed `seed` with its own data, measured at its initial weights as a run zero sweeps long. */
  untrainedRun(config: ConfigOf<S>, seed: number): Run<X>;
  /** Always provided for a layered net (optional on an Experiment in general). */
  training(config: ConfigOf<S>, seed: number): SeedTraining;
}

/**
 * The parts an Experiment takes from the kit unchanged, to spread into its declaration. Only these
 * five: the kit's untrainedRun is for the claims' controls, not a field of an Experiment.
 */
export function experimentParts<S extends Settings, X extends object>(kit: LayeredNetParts<S, X>): LayeredNetParts<S, X> {
  return { net: kit.net, criterion: kit.criterion, runSeed: kit.runSeed, evaluateWeights: kit.evaluateWeights, training: kit.training };
}

export function layeredNet<S extends Settings, D extends SeedData, X extends object>(spec: LayeredNet<S, D, X>): LayeredNetKit<S, X> {
  const recipeOf = (config: ConfigOf<S>, seed: number): TrainConfig => {
    const recipe = spec.recipe(config, seed);
    const id = spec.criterion(config).id;
    if (!recipe.criteria.some((c) => c.id === id)) throw new Error(`${spec.id}: the recipe does not track the criterion "${id}"`);
    return recipe;
  };
  const initial = (net: Net, config: ConfigOf<S>, seed: number) => initialParameters(net, spec.init(config), subStream(spec.id, seed, 'init'));

  /** Trains from `params` (changed in place) and records the run. */
  const trainAndRecord = (config: ConfigOf<S>, seed: number, net: Net, params: Float64Array, recipe: TrainConfig, data: D): Run<X> => {
    const result = train(net, params, packPatterns(net, data.train), recipe);
    const extra = spec.record?.({ config, seed, net, params, result, data });
    return { ...trainedRun(seed, net, params, result, spec.criterion(config).id), ...extra } as Run<X>;
  };

  return {
    net: spec.net,
    criterion: spec.criterion,
    runSeed(config: ConfigOf<S>, seed: number, progress?: SweepProgress, override?: TrainingOverride): Run<X> {
      const data = spec.data(config, seed);
      const net = buildNet(spec.net(config));
      const params = initial(net, config, seed);
      const recipe = withOverride(recipeOf(config, seed), override);
      return trainAndRecord(config, seed, net, params, { ...recipe, ...(progress ? { onSweep: (t: number) => progress(t, recipe.sweeps) } : {}) }, data);
    },
    untrainedRun(config: ConfigOf<S>, seed: number): Run<X> {
      const net = buildNet(spec.net(config));
      return trainAndRecord(config, seed, net, initial(net, config, seed), { ...recipeOf(config, seed), sweeps: 0 }, spec.data(config, seed));
    },
    /** Given weights (e.g. the printed ones), measured as a run that is zero sweeps long; throws ParamsError. */
    evaluateWeights(config: ConfigOf<S>, json: unknown): Run<X> {
      const net = buildNet(spec.net(config));
      const params = importParams(net, json);
      return trainAndRecord(config, 0, net, params, { ...recipeOf(config, 0), sweeps: 0 }, spec.data(config, 0));
    },
    training(config: ConfigOf<S>, seed: number): SeedTraining {
      const netSpec = spec.net(config);
      return { spec: netSpec, patterns: spec.data(config, seed).train, initial: initial(buildNet(netSpec), config, seed), recipe: recipeOf(config, seed) };
    },
  };
}
