import { expect } from 'vitest';
import { buildNet, constant, packPatterns, type LossSpec, type NetSpec, type PatternSet, type TiedGradient, type TrainConfig } from '../../engine/index.js';
import { compareGradients, dualGradient, type GradientComparison, type LayoutBlock } from './dual-gradient.js';
import { backwardGradient, trainerGradients } from './engine-gradient.js';

// One certificate: the engine's gradient of a net at given weights, compared entry by entry with
// the exact one from dual numbers, both as the backward pass leaves it and as the trainer hands it
// to its update rule.

/** How many projections and groups use each block of a spec: its copies, counted from the spec itself. */
export function usesOf(spec: NetSpec): Map<string, number> {
  const uses = new Map<string, number>();
  for (const name of [...spec.projections.map((p) => p.block), ...spec.groups.flatMap((g) => (g.bias === undefined ? [] : [g.bias]))]) {
    uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  return uses;
}

/**
 * The step direction of the tied-gradient rule, from the exact ∂E/∂w: 'sum' steps by ∂E/∂w of the
 * shared weight itself (the sum over its copies); 'average' by (1/copies) ∂E/∂w, the average of
 * the copies' own derivatives (Nature 323, 1986, on iterative nets). An untied block is unchanged.
 */
export function tiedStep(spec: NetSpec, layout: readonly LayoutBlock[], exact: Float64Array, mode: TiedGradient): Float64Array {
  const out = Float64Array.from(exact);
  if (mode === 'sum') return out;
  const uses = usesOf(spec);
  for (const b of layout) {
    const copies = uses.get(b.name)!;
    for (let k = b.offset; k < b.offset + b.rows * b.cols; k++) out[k] = out[k]! / copies;
  }
  return out;
}

export interface Certificate {
  /** The backward pass's ∂E/∂w (tied blocks: the sum over copies) against the exact ∂E/∂w. */
  backward: GradientComparison;
  /** Every gradient the trainer handed its rule against the exact one (cut if the recipe cuts), combined by the tied rule: the worst. */
  trainer: GradientComparison;
  /** How many gradients the trainer handed over, over all recipes (per recipe: 1 in batch grain, one per pattern otherwise). */
  captures: number;
  /** |E of the backward pass − E of the reference| / E of the reference. */
  errorGap: number;
}

const worst = (all: GradientComparison[]): GradientComparison =>
  all.reduce((a, b) => (b.maxRelativeError > a.maxRelativeError || Number.isNaN(b.maxRelativeError) ? b : a));

/**
 * Certifies the gradient of `spec` at `params` on `set` under `recipe` (its loss, tied rule, grain
 * and cut); several recipes that differ only in what the trainer does with ∂E/∂w (e.g. the tied
 * rule) share one reference. In pattern grain, `order` is the order the trainer visits the
 * patterns in (0, 1, … by default).
 */
export function certify(spec: NetSpec, set: PatternSet, params: Float64Array, recipe: TrainConfig | readonly TrainConfig[], order?: ArrayLike<number>): Certificate {
  const recipes = Array.isArray(recipe) ? recipe : [recipe as TrainConfig];
  const { loss, grain } = recipes[0]!;
  const cut = recipes[0]!.cutGradientsBetweenLayers === true;
  const same = (r: TrainConfig) => JSON.stringify(r.loss) === JSON.stringify(loss) && r.grain === grain && (r.cutGradientsBetweenLayers === true) === cut;
  if (!recipes.every(same)) throw new Error('certify: recipes must share loss, grain and cut');
  // A shuffling stream is consumed by the first training; a second would visit another order.
  if (recipes.length > 1 && recipes.some((r) => r.order !== undefined)) throw new Error('certify: a recipe with an order stream must come alone');
  const net = buildNet(spec);
  const packed = packPatterns(net, set);
  const exact = dualGradient(spec, net.blocks, params, set, loss);
  const engine = backwardGradient(net, params, packed, loss);
  const stepped = (only?: number[]) => (cut || only ? dualGradient(spec, net.blocks, params, set, loss, { cut, ...(only ? { only } : {}) }) : exact).gradient;
  const expected = grain === 'batch' ? [stepped()] : Array.from({ length: set.count }, (_, k) => stepped([order === undefined ? k : order[k]!]));
  const failed: GradientComparison = { maxRelativeError: Infinity, worstIndex: -1, largest: 0 };
  let captures = 0;
  const trainer = worst(
    recipes.map((r) => {
      const captured = trainerGradients(net, params, packed, r);
      captures += captured.length;
      if (captured.length !== expected.length) return failed;
      return worst(expected.map((g, k) => compareGradients(captured[k]!, tiedStep(spec, net.blocks, g, r.tiedGradient))));
    }),
  );
  return {
    backward: compareGradients(engine.gradient, exact.gradient),
    trainer,
    captures,
    errorGap: Math.abs(engine.error - exact.error) / exact.error,
  };
}

/** Every parameter's relative error must be at most this; both sides err by rounding only, ~1e-13. */
export const TOLERANCE = 1e-9;

export function expectCertified(c: Certificate): void {
  // A gradient of zeros would certify nothing.
  expect(c.backward.largest).toBeGreaterThan(0);
  expect(c.backward.maxRelativeError).toBeLessThanOrEqual(TOLERANCE);
  expect(c.trainer.maxRelativeError).toBeLessThanOrEqual(TOLERANCE);
  expect(c.errorGap).toBeLessThanOrEqual(1e-12);
}

/** A batch recipe for a net of a test: of it, only the loss and the tied rule reach the gradient. */
export const recipeFor = (loss: LossSpec, tiedGradient: TiedGradient): TrainConfig => ({
  sweeps: 1,
  rule: { id: 'unused', description: 'replaced by the capturing rule', createState: () => null, apply: () => undefined },
  learningRate: constant(1),
  momentum: constant(0),
  grain: 'batch',
  loss,
  tiedGradient,
  criteria: [],
  stopWhenCriteriaMet: false,
});
