import { buildNet, initialParameters, packPatterns, subStream, train, type Net } from '../../engine/index.js';
import { armOutcome, runOutcome } from '../kit/arms.js';
import type { ConfigOf } from '../kit/settings.js';
import { initOf } from '../kit/shared-settings.js';
import { withOverride, type TrainingOverride } from '../kit/training-override.js';
import { inputsOn, parityNet, parityPatterns } from './data.js';
import { readHidden } from './measures.js';
import { PARITY_ID, parityRecipe } from './recipe.js';
import type { ParityRun, WidthOutcome } from './run.js';
import type { ParitySettings } from './settings.js';

// The success-by-N finding: on a seed, an N-N-1 net for every width N = 2 … maxWidth, each from
// its own initial-weight stream (the nets have different shapes, so none can share another's),
// trained exactly as the main net. Widths above the main net's cost 2^N per sweep and train only
// on the first largeWidthSeeds seeds.

type Config = ConfigOf<ParitySettings>;

const nets = new Map<number, Net>();
function netOf(width: number): Net {
  const known = nets.get(width);
  if (known) return known;
  const net = buildNet(parityNet(width));
  nets.set(width, net);
  return net;
}

/** The widths this seed trains besides the main net, in increasing order. */
export function extraWidths(config: Config, seed: number): number[] {
  const widths: number[] = [];
  for (let w = 2; w <= config.maxWidth; w++) {
    if (w === config.width) continue;
    if (w > config.width && seed > config.largeWidthSeeds) continue;
    widths.push(w);
  }
  return widths;
}

/** One width on one seed; `sweeps` 0 measures it at its initial weights. */
export function trainWidth(config: Config, seed: number, width: number, options: { override?: TrainingOverride; sweeps?: number; onSweep?: (t: number) => void } = {}): WidthOutcome {
  const net = netOf(width);
  const params = initialParameters(net, initOf(config), subStream(PARITY_ID, seed, `init/width-${width}`));
  const recipe = withOverride(parityRecipe(config, seed, `order/width-${width}`), options.override);
  const result = train(net, params, packPatterns(net, parityPatterns(width)), {
    ...recipe,
    ...(options.sweeps !== undefined ? { sweeps: options.sweeps } : {}),
    ...(options.onSweep ? { onSweep: options.onSweep } : {}),
  });
  const outcome = armOutcome(result, config.criterion);
  const hidden = net.groups.findIndex((g) => g.name === 'hidden');
  return {
    width,
    ...outcome,
    hiddenThresholds: outcome.sweepsToCriterion === null ? null : readHidden(result.workspace.act[hidden]!, width, inputsOn(width), width).allThresholds,
  };
}

/** The main net's run as one width of the finding. */
export function mainWidth(config: Config, run: Omit<ParityRun, 'measures'>): WidthOutcome {
  return { width: config.width, ...runOutcome(run), hiddenThresholds: run.sweepsToCriterion === null ? null : run.hidden.allThresholds };
}
