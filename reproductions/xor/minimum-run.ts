import { buildNet, importParams, packPatterns, train, type NetSpec, type PatternSet, type TrainConfig } from '../../engine/index.js';
import { armOutcome, type ArmOutcome as Outcome } from '../kit/arms.js';
import { fig5Reading, readActivations, type Fig5Reading, type XorRun } from './measures.js';

// One seed of the 2-2-1 experiment: the net at the chapter's η = 0.25 (the run's shared fields), a
// fresh arm at the footnote's η from the same initial weights, and, when the net ends in a Fig. 5
// minimum, its continuation from there under both η.

/** A training beside the run's own. */
export interface ArmOutcome extends Outcome {
  /** The Fig. 5 minimum its final net sits in, if any. */
  fig5: Fig5Reading | null;
}

/** A net found in a Fig. 5 minimum, trained on from its final weights. */
export interface Continuation {
  /** Sweeps until the criterion held under the footnote's η (escapeRate); null when it never did. */
  atEscapeRate: number | null;
  /** The same under the η the run got stuck with: the control. */
  atLearningRate: number | null;
}

export interface MinimumRun extends XorRun {
  /** The Fig. 5 minimum the final net sits in, if any. */
  fig5: Fig5Reading | null;
  /** The fresh arm at escapeRate from the same initial weights; null for given weights (nothing to start it from). */
  fresh: ArmOutcome | null;
  /** Null unless the final net sits in a Fig. 5 minimum. */
  continuation: Continuation | null;
}

/** Trains `start` (copied) with the recipe and reads where it ends. */
export function trainArm(spec: NetSpec, start: Float64Array, patterns: PatternSet, recipe: TrainConfig, criterionId: string): ArmOutcome {
  const net = buildNet(spec);
  const params = start.slice();
  const result = train(net, params, packPatterns(net, patterns), recipe);
  const finite = params.every(Number.isFinite);
  return { ...armOutcome(result, criterionId), fig5: finite ? fig5Reading(readActivations(net, params, patterns)) : null };
}

/** The run's final weights as a parameter buffer, or null when they are not finite. */
export const finalParams = (spec: NetSpec, run: Pick<XorRun, 'weights'>): Float64Array | null => (run.weights === null ? null : importParams(buildNet(spec), run.weights));
