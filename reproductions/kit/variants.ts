import { accumulatedMomentum, adam, nesterovMomentum, paperMomentum, plainDescent, rmsprop } from '../../engine/index.js';
import type { Grain } from '../../reports/contract/index.js';
import type { TrainingOverride } from './training-override.js';

// Optimizer variants that a comparison runs on the same seeds and initial weights as the paper's
// own setting. Each is a named, documented object that builds a training override once, before
// training; nothing chooses a rule by name inside the training loop.

export interface VariantParam {
  name: string;
  description: string;
  /** Null: use the experiment's own value (its ε or α schedule). */
  default: number | null;
  min: number;
  max: number;
}

export type { Grain } from '../../reports/contract/index.js';

export interface Variant {
  id: string;
  description: string;
  defaultGrain: Grain;
  params: VariantParam[];
  build(values: Record<string, number | null>, grain: Grain): TrainingOverride;
}

const EPSILON: VariantParam = { name: 'learningRate', description: 'ε; default: the experiment\'s own ε schedule', default: null, min: 0, max: 1e9 };
const ALPHA: VariantParam = { name: 'momentum', description: 'α; default: the experiment\'s own α schedule', default: null, min: 0, max: 1 };
const fixedEpsilon = (value: number): VariantParam => ({ ...EPSILON, description: `ε, constant (the experiment's ε is for momentum descent, not for this rule)`, default: value });
const delta = (value: number): VariantParam => ({ name: 'epsilon', description: 'δ added to the root', default: value, min: 0, max: 1 });

/** ε and α from the values, or the experiment's schedules where the value is null. */
const rates = (v: Record<string, number | null>) => ({
  ...(v.learningRate != null ? { learningRate: v.learningRate } : {}),
  ...(v.momentum != null ? { momentum: v.momentum } : {}),
});

export const REFERENCE_VARIANT = 'paper';

export const variants: readonly Variant[] = [
  {
    id: REFERENCE_VARIANT,
    description: "the paper's setting: eq. 9 momentum storing the previous step, the experiment's ε and α, batch updates",
    defaultGrain: 'batch',
    params: [EPSILON, ALPHA],
    build: (v, grain) => ({ rule: paperMomentum, grain, ...rates(v) }),
  },
  {
    id: 'plain',
    description: 'plain gradient descent (eq. 8), no momentum, the experiment\'s ε',
    defaultGrain: 'batch',
    params: [EPSILON],
    build: (v, grain) => ({ rule: plainDescent, grain, ...rates(v) }),
  },
  {
    id: 'accumulated',
    description: 'momentum storing an accumulated gradient scaled by the current ε (TensorFlow.js form)',
    defaultGrain: 'batch',
    params: [EPSILON, ALPHA],
    build: (v, grain) => ({ rule: accumulatedMomentum, grain, ...rates(v) }),
  },
  {
    id: 'nesterov',
    description: 'Nesterov momentum in step form, the experiment\'s ε and α',
    defaultGrain: 'batch',
    params: [EPSILON, ALPHA],
    build: (v, grain) => ({ rule: nesterovMomentum, grain, ...rates(v) }),
  },
  {
    id: 'rmsprop',
    description: 'RMSprop with a constant ε',
    defaultGrain: 'batch',
    params: [fixedEpsilon(0.01), { name: 'decay', description: 'ρ, decay of the mean square', default: 0.9, min: 0, max: 1 }, delta(1e-8)],
    build: (v, grain) => ({ rule: rmsprop({ decay: v.decay!, epsilon: v.epsilon! }), grain, ...rates(v) }),
  },
  {
    id: 'adam',
    description: 'Adam with bias correction and a constant ε',
    defaultGrain: 'batch',
    params: [
      fixedEpsilon(0.01),
      { name: 'beta1', description: 'β1, decay of the first moment', default: 0.9, min: 0, max: 1 },
      { name: 'beta2', description: 'β2, decay of the second moment', default: 0.999, min: 0, max: 1 },
      delta(1e-8),
    ],
    build: (v, grain) => ({ rule: adam({ beta1: v.beta1!, beta2: v.beta2!, epsilon: v.epsilon! }), grain, ...rates(v) }),
  },
];

export function findVariant(id: string): Variant | undefined {
  return variants.find((v) => v.id === id);
}

/** A variant as plain data (it can be posted to a worker thread): which one, its values, its grain. */
export interface VariantChoice {
  id: string;
  values: Record<string, number | null>;
  grain: Grain;
}

/** The training override a choice stands for. */
export function buildVariant(choice: VariantChoice): TrainingOverride {
  const variant = findVariant(choice.id);
  if (!variant) throw new Error(`unknown variant "${choice.id}"`);
  return variant.build(choice.values, choice.grain);
}

/** A variant's values: its defaults with the given ones on top. */
export function variantValues(variant: Variant, given: Record<string, number>): Record<string, number | null> {
  return Object.fromEntries(variant.params.map((p) => [p.name, given[p.name] ?? p.default]));
}
