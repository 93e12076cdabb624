import { layoutOf } from './layout.js';
import { lossScale, residualOf, valueAt, type Implementation, type Trained, type TrainingTask } from './task.js';

// Back-propagation in the style of the neuron-and-connection libraries (synaptic, brain.js): every
// unit and every connection is an object, and training walks the graph one pattern at a time.
// Written for clarity; it is an oracle for the engine and a rival in the benchmark.

/** A weight or a bias, with its accumulated ∂E/∂w and its previous step Δw(t−1). */
class Parameter {
  grad = 0;
  step = 0;
  constructor(public value: number, readonly decays: boolean) {}
}

class Unit {
  output = 0;
  /** ∂E/∂y while it is being gathered, then ∂E/∂x. */
  delta = 0;
  readonly incoming: Connection[] = [];
  constructor(readonly bias: Parameter | null, readonly isInput: boolean) {}
}

class Connection {
  constructor(readonly from: Unit, readonly weight: Parameter) {}
}

class Graph {
  readonly inputs: Unit[] = [];
  /** Non-input units, group by group in evaluation order. */
  readonly layers: Unit[][] = [];
  readonly outputs: Unit[] = [];
  /** Parameters in the engine's layout order, to read and write flat parameter vectors. */
  readonly parameters: Parameter[] = [];

  constructor(task: TrainingTask) {
    const layout = layoutOf(task.spec);
    const decayBiases = task.decay?.target === 'all';
    const groups = layout.groups.map((g) =>
      Array.from({ length: g.size }, (_, j) => {
        const bias = g.biasOffset >= 0 ? (this.parameters[g.biasOffset + j] = new Parameter(0, decayBiases)) : null;
        return new Unit(bias, g.kind === 'input');
      }),
    );
    for (const p of layout.projections) {
      for (let j = 0; j < p.rows; j++) {
        for (let i = 0; i < p.cols; i++) {
          const weight = (this.parameters[p.offset + j * p.cols + i] = new Parameter(0, task.decay !== null));
          groups[p.to]![j]!.incoming.push(new Connection(groups[p.from]![i]!, weight));
        }
      }
    }
    layout.groups.forEach((g, k) => {
      if (g.kind === 'input') this.inputs.push(...groups[k]!);
      else this.layers.push(groups[k]!);
      if (g.kind === 'output') this.outputs.push(...groups[k]!);
    });
  }

  /** Forward pass: x_j = b_j + Σ_i y_i w_ji, y_j = 1 / (1 + e^(−x_j)). */
  present(inputs: readonly number[]): void {
    this.inputs.forEach((u, k) => (u.output = inputs[k]!));
    for (const layer of this.layers) {
      for (const u of layer) {
        let x = u.bias ? u.bias.value : 0;
        for (const c of u.incoming) x = x + c.from.output * c.weight.value;
        u.output = 1 / (1 + Math.exp(-x));
      }
    }
  }

  /** Sets ∂E/∂y = scale · (y − d) on the outputs (0 elsewhere) and returns Σ residual². */
  compare(task: TrainingTask, targets: readonly number[], scale: number): number {
    let e = 0;
    for (const layer of this.layers) for (const u of layer) u.delta = 0;
    this.outputs.forEach((u, k) => {
      const r = residualOf(task.loss, u.output, targets[k]!);
      e += r * r;
      u.delta = u.delta + scale * r;
    });
    return e;
  }

  /** Backward pass, last group first: adds this pattern's ∂E/∂w to every parameter's grad. */
  backPropagate(): void {
    for (let g = this.layers.length - 1; g >= 0; g--) {
      for (const u of this.layers[g]!) {
        u.delta = u.delta * u.output * (1 - u.output); // ∂E/∂x_j = ∂E/∂y_j · y_j (1 − y_j)
        if (u.bias) u.bias.grad += u.delta;
        for (const c of u.incoming) {
          c.weight.grad += u.delta * c.from.output; // ∂E/∂w_ji = ∂E/∂x_j · y_i
          if (!c.from.isInput) c.from.delta = c.from.delta + u.delta * c.weight.value; // ∂E/∂y_i += ∂E/∂x_j · w_ji
        }
      }
    }
  }
}

function rowsOf(task: TrainingTask, kind: 'input' | 'output'): number[][] {
  const groups = task.spec.groups.filter((g) => g.kind === kind);
  const source = kind === 'input' ? task.patterns.inputs : task.patterns.targets;
  return Array.from({ length: task.patterns.count }, (_, c) => groups.flatMap((g) => Array.from(source[g.name]![c]!)));
}

/** Trains a fresh graph from the task's initial parameters for `sweeps` batch updates. */
export function trainObjectGraph(task: TrainingTask, sweeps: number): Trained {
  const graph = new Graph(task);
  graph.parameters.forEach((p, k) => (p.value = task.initial[k]!));
  const inputs = rowsOf(task, 'input');
  const targets = rowsOf(task, 'output');
  const scale = lossScale(task, graph.outputs.length);
  for (let t = 1; t <= sweeps; t++) {
    for (const p of graph.parameters) p.grad = 0;
    for (let c = 0; c < inputs.length; c++) {
      graph.present(inputs[c]!);
      graph.compare(task, targets[c]!, scale);
      graph.backPropagate();
    }
    const eps = valueAt(task.learningRate, t);
    const alpha = valueAt(task.momentum, t);
    const keep = task.decay ? 1 - valueAt(task.decay.rate, t) : 1;
    for (const p of graph.parameters) {
      p.step = -eps * p.grad + alpha * p.step; // Δw(t) = −ε ∂E/∂w(t) + α Δw(t−1)  (eq. 9)
      p.value = p.value + p.step;
      if (p.decays) p.value = p.value * keep;
    }
  }
  let e = 0;
  for (let c = 0; c < inputs.length; c++) {
    graph.present(inputs[c]!);
    e += graph.compare(task, targets[c]!, scale);
  }
  return { params: Float64Array.from(graph.parameters, (p) => p.value), finalError: 0.5 * e * scale };
}

export const objectGraph: Implementation = {
  id: 'object-graph',
  precision: 'float64',
  description: 'unit and connection objects, one pattern at a time (the style of synaptic and brain.js)',
  async prepare(task) {
    return { train: async (sweeps) => trainObjectGraph(task, sweeps), dispose: () => {} };
  },
};
