import { addDenseBackProduct, addDenseGradientRow, addDenseProduct } from './dense-kernels.js';
import { fdlibmExp } from './fdlibm-exp.js';
import type { Net } from './net.js';
import type { OutputLoss } from './loss.js';
import { passPlan, type PlanProjection } from './pass-plan.js';
import { addSparseGradientRow, addSparseProduct, allFinite, sparseInput, type SparseInput } from './sparse-inputs.js';
import { kernelBacking } from './wasm/kernel-workspace.js';
import type { Workspace } from './workspace.js';

// Batched forward and backward passes over patterns [p0, p1) of a workspace. Buffers are
// feature-major, so every inner loop runs over patterns; nothing is allocated here.
// For every (unit, pattern), sums are taken in the same order as a per-pattern loop would take
// them: bias first, then each incoming projection in turn, inputs in ascending order. The results
// are bit for bit those of the plain loops kept in test/helpers/reference-passes.ts.
// A workspace that a trainer opened in WebAssembly memory (engine/wasm/kernel-workspace.ts) is run
// by the WebAssembly kernels instead, which give the same bits (test/engine/wasm-*.test.ts).

/** The index of a mostly-zero input group, used on whole batches only (single patterns are cheap). */
function sparseFrom(proj: PlanProjection, ws: Workspace, p0: number, p1: number): SparseInput | null {
  if (!proj.fromInput || p0 !== 0 || p1 !== ws.count) return null;
  return sparseInput(ws.act[proj.from]!, proj.cols, ws.count);
}

/** Forward pass (eqs. 1–2): x_j = b_j + Σ_i y_i w_ji, y_j = 1 / (1 + e^(−x_j)). */
export function forward(net: Net, params: Float64Array, ws: Workspace, p0: number, p1: number): void {
  const kernels = kernelBacking(ws);
  if (kernels !== undefined && kernels.net === net) return kernels.forward(params, p0, p1);
  const P = ws.count;
  const groups = passPlan(net).groups;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    const x = ws.act[g.index]!;
    const size = g.size;
    for (let j = 0; j < size; j++) {
      const b = g.biasOffset >= 0 ? params[g.biasOffset + j]! : 0;
      const row = j * P;
      for (let p = p0; p < p1; p++) x[row + p] = b;
    }
    const incoming = g.incoming;
    for (let q = 0; q < incoming.length; q++) {
      const proj = incoming[q]!;
      const y = ws.act[proj.from]!;
      // w is (size, cols): w[j * cols + i] = w_ji
      const sp = sparseFrom(proj, ws, p0, p1);
      if (sp !== null && allFinite(params, proj.offset, proj.offset + proj.length)) addSparseProduct(x, y, sp, params, proj.offset, size, proj.cols, P);
      else addDenseProduct(x, y, params, proj.offset, size, proj.cols, P, p0, p1);
    }
    for (let j = 0; j < size; j++) {
      const row = j * P;
      // fdlibmExp gives the bits of Math.exp (engine/fdlibm-exp.ts), on every platform.
      for (let p = p0; p < p1; p++) x[row + p] = 1 / (1 + fdlibmExp(-x[row + p]!));
    }
  }
}

/**
 * Backward pass (eqs. 4–7). Adds ∂E/∂w for patterns [p0, p1) to grad and returns their E.
 * A tied block receives the sum over its copies; the trainer turns that into an average if asked.
 * With `cut`, no ∂E/∂y passes from a group back to the groups that feed it (TrainConfig.cutGradientsBetweenLayers).
 */
export function backward(net: Net, params: Float64Array, grad: Float64Array, ws: Workspace, loss: OutputLoss, p0: number, p1: number, cut = false): number {
  const kernels = kernelBacking(ws);
  if (kernels !== undefined && kernels.net === net) return kernels.backward(params, grad, loss, p0, p1, cut);
  const P = ws.count;
  const plan = passPlan(net);
  const groups = plan.groups;
  for (let k = 0; k < groups.length; k++) {
    const dy = ws.delta[groups[k]!.index]!;
    for (let j = 0; j < groups[k]!.size; j++) dy.fill(0, j * P + p0, j * P + p1);
  }
  let error = 0;
  for (let k = 0; k < plan.outputs.length; k++) {
    const g = plan.outputs[k]!;
    error += loss.accumulate(ws.act[g.index]!, ws.targets[g.index]!, ws.delta[g.index]!, g.size, P, p0, p1);
  }

  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k]!;
    const y = ws.act[g.index]!;
    const dx = ws.delta[g.index]!;
    const incoming = g.incoming;
    for (let j = 0; j < g.size; j++) {
      const row = j * P;
      // ∂E/∂x_j = ∂E/∂y_j · y_j (1 − y_j)   (eq. 5), summed over cases for the bias as it goes
      let s = 0;
      for (let p = p0; p < p1; p++) {
        const v = y[row + p]!;
        const d = dx[row + p]! * v * (1 - v);
        dx[row + p] = d;
        s += d;
      }
      if (g.biasOffset >= 0) grad[g.biasOffset + j] = grad[g.biasOffset + j]! + s;
      // A finite sum means every ∂E/∂x_j of the row is finite, so zero inputs may be skipped.
      const rowFinite = s - s === 0;
      // ∂E/∂w_ji = Σ_c ∂E/∂x_j · y_i   (eq. 6, summed over cases)
      for (let q = 0; q < incoming.length; q++) {
        const proj = incoming[q]!;
        const yi = ws.act[proj.from]!;
        const go = proj.offset + j * proj.cols;
        const sp = rowFinite ? sparseFrom(proj, ws, p0, p1) : null;
        if (sp !== null) addSparseGradientRow(grad, go, dx, row, yi, sp, proj.cols, P);
        else addDenseGradientRow(grad, go, dx, row, yi, proj.cols, P, p0, p1);
      }
    }
    // ∂E/∂y_i = Σ_j ∂E/∂x_j · w_ji   (eq. 7)
    if (cut) continue;
    for (let q = 0; q < incoming.length; q++) {
      const proj = incoming[q]!;
      if (proj.fromInput) continue;
      addDenseBackProduct(ws.delta[proj.from]!, dx, params, proj.offset, g.size, proj.cols, P, p0, p1);
    }
  }
  return error;
}
