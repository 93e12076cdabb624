/** Hyper-parameters handed to an update rule at one weight change. */
export interface StepHyper {
  /** ε, the learning rate of this step. */
  learningRate: number;
  /** α, the momentum of this step (ignored by rules without momentum). */
  momentum: number;
  /** 1 for the first weight change, 2 for the second, … */
  step: number;
}

/**
 * An update rule: a pure function over flat buffers with explicit state. A rule is chosen once,
 * as an object, never by a string inside the training loop.
 */
export interface UpdateRule<S = unknown> {
  readonly id: string;
  readonly description: string;
  createState(parameterCount: number): S;
  /** Changes params in place from grad (∂E/∂w) and the rule's state. */
  apply(params: Float64Array, grad: Float64Array, state: S, h: StepHyper): void;
}
