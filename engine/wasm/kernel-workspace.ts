import type { OutputLoss } from '../loss.js';
import type { Net } from '../net.js';
import { passPlan } from '../pass-plan.js';
import type { PackedPatterns } from '../patterns.js';
import { sparseInput } from '../sparse-inputs.js';
import { createWorkspace, type Workspace } from '../workspace.js';
import { acquireArena, releaseArena, type Arena } from './arena.js';
import { planWords, type PlanLayout } from './plan-layout.js';

// A workspace whose buffers live in a WebAssembly memory, so that the kernels run on them where
// they are: the plan of the net, the parameters and ∂E/∂w, every group's outputs and ∂E/∂x, the
// targets and the index of each mostly-zero input group. The parameters the caller passes are
// copied in at every pass (a few kilobytes), so the caller's array stays the one that trains and
// any callback sees it current; ∂E/∂w is copied only when the caller's buffer is not this one.

const backings = new WeakMap<Workspace, KernelBacking>();

export class KernelBacking {
  constructor(
    readonly net: Net,
    private readonly arena: Arena,
    private readonly layout: PlanLayout,
    private readonly count: number,
    /** Views of the arena's parameter and gradient regions. */
    readonly params: Float64Array,
    readonly grad: Float64Array,
  ) {}

  forward(params: Float64Array, p0: number, p1: number): void {
    if (params !== this.params) this.params.set(params);
    this.arena.kernels.forward(this.layout.plan, this.layout.params, this.count, p0, p1);
  }

  backward(params: Float64Array, grad: Float64Array, loss: OutputLoss, p0: number, p1: number, cut: boolean): number {
    if (params !== this.params) this.params.set(params);
    const own = grad === this.grad;
    if (!own) this.grad.set(grad);
    const m = loss.margin;
    const kind = m === undefined ? 0 : m.residual === 'target' ? 1 : 2;
    const error = this.arena.kernels.backward(this.layout.plan, this.layout.params, this.layout.grad, this.count, p0, p1,
      cut ? 1 : 0, loss.scale, kind, m?.on ?? 0, m?.off ?? 0);
    if (!own) grad.set(this.grad);
    return error;
  }
}

/** The kernels' backing of a workspace, if it has one. */
export function kernelBacking(ws: Workspace): KernelBacking | undefined {
  return backings.get(ws);
}

/** A trainer's workspace and gradient buffer; `close` must be called once training is over. */
export interface OpenWorkspace {
  ws: Workspace;
  grad: Float64Array;
  /** Moves the workspace's contents into ordinary arrays (it stays valid) and frees what it used. */
  close(): void;
}

/** The kernels address memory with signed 32-bit byte offsets: a larger workspace trains in TypeScript. */
const MAX_BYTES = 2 ** 30;

/** A workspace for a training: in WebAssembly memory when `wasm` (and it fits), else the ordinary one. */
export function openWorkspace(net: Net, patterns: PackedPatterns, wasm: boolean): OpenWorkspace {
  const ordinary = () => ({ ws: createWorkspace(net, patterns), grad: new Float64Array(net.parameterCount), close: () => {} });
  if (!wasm) return ordinary();
  const count = patterns.count;
  const plan = passPlan(net);
  const sparse = net.groups.map((g) => (g.kind === 'input' ? sparseInput(patterns.inputs[g.index]!, g.size, count) : null));
  const layout = planWords(net, plan, count, sparse);
  if (layout.bytes > MAX_BYTES) return ordinary();
  const arena = acquireArena(layout.bytes);
  const buffer = arena.memory.buffer;
  const f64 = (at: number, n: number) => new Float64Array(buffer, at, n);
  const words = new Int32Array(buffer, 0, layout.words.length);
  words.set(layout.words);
  const act = net.groups.map((g) => f64(layout.act[g.index]!, g.size * count));
  const delta = net.groups.map((g) => f64(layout.delta[g.index]!, g.kind === 'input' ? 0 : g.size * count));
  const targets = net.groups.map((g) => f64(layout.targets[g.index]!, g.kind === 'output' ? g.size * count : 0));
  for (const g of net.groups) {
    if (g.kind === 'input') act[g.index]!.set(patterns.inputs[g.index]!);
    if (g.kind === 'output') targets[g.index]!.set(patterns.targets[g.index]!);
    const sp = sparse[g.index];
    if (sp) {
      new Int32Array(buffer, layout.sparseStart[g.index]!, sp.start.length).set(sp.start);
      new Int32Array(buffer, layout.sparseIndex[g.index]!, sp.index.length).set(sp.index);
    }
  }
  const outputUnits = net.outputGroups.reduce((n, i) => n + net.groups[i]!.size, 0);
  const ws: Workspace = { count, act, delta, targets, outputUnits };
  const backing = new KernelBacking(net, arena, layout, count, f64(layout.params, net.parameterCount), f64(layout.grad, net.parameterCount));
  backings.set(ws, backing);
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    backings.delete(ws);
    // The caller keeps the workspace: its buffers become ordinary arrays, as createWorkspace makes them.
    const plain = createWorkspace(net, patterns);
    for (const g of net.groups) {
      if (g.kind === 'input') continue;
      plain.act[g.index]!.set(act[g.index]!);
      plain.delta[g.index]!.set(delta[g.index]!);
    }
    Object.assign(ws, { act: plain.act, delta: plain.delta, targets: plain.targets });
    releaseArena(arena);
  };
  return { ws, grad: backing.grad, close };
}
