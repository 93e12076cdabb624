import {
  backward, constant, createWorkspace, forward, OutputLoss, train,
  type LossSpec, type Net, type PackedPatterns, type TrainConfig, type UpdateRule,
} from '../../engine/index.js';

// The engine's ∂E/∂w, read two ways: straight from one backward pass (what gradientCheck calls
// "analytic": a tied block gets the sum over its copies), and as the trainer hands it to the update
// rule (after the tied-gradient rule has turned that sum into an average, if asked).

/** E and ∂E/∂w from one forward and one backward pass over patterns [p0, p1) (all by default). */
export function backwardGradient(net: Net, params: Float64Array, patterns: PackedPatterns, loss: LossSpec, p0 = 0, p1 = patterns.count): { error: number; gradient: Float64Array } {
  const ws = createWorkspace(net, patterns);
  const gradient = new Float64Array(net.parameterCount);
  forward(net, params, ws, p0, p1);
  const error = backward(net, params, gradient, ws, new OutputLoss(loss, patterns.count, ws.outputUnits), p0, p1);
  return { error, gradient };
}

/** An update rule that changes nothing and keeps a copy of every gradient it is handed. */
export function capturingRule(): { rule: UpdateRule<null>; seen: Float64Array[] } {
  const seen: Float64Array[] = [];
  const rule: UpdateRule<null> = {
    id: 'capture',
    description: 'records ∂E/∂w as the trainer hands it over; leaves the weights alone',
    createState: () => null,
    apply: (_params, grad) => {
      seen.push(Float64Array.from(grad));
    },
  };
  return { rule, seen };
}

/**
 * The gradients the trainer steps by in the first sweep of `recipe` (one per weight change: one in
 * batch grain, one per pattern in pattern grain). The weights never move, so every one is taken
 * at `params`; the recipe's loss, tied-gradient rule, grain and order are kept (its decay too, in
 * batch grain, where it acts only after the one capture).
 */
export function trainerGradients(net: Net, params: Float64Array, patterns: PackedPatterns, recipe: TrainConfig): Float64Array[] {
  const { rule, seen } = capturingRule();
  // Decay acts after each change; in pattern grain it would move the weights between captures.
  const { onSweep: _onSweep, decay, ...rest } = recipe;
  const kept = recipe.grain === 'batch' && decay !== undefined ? { decay } : {};
  train(net, Float64Array.from(params), patterns, { ...rest, ...kept, sweeps: 1, rule, stopWhenCriteriaMet: false, learningRate: constant(1), momentum: constant(0) });
  return seen;
}
