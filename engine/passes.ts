import { addDenseBackProduct, addDenseGradientRow, addDenseProduct } from './dense-kernels.js';
import type { Net } from './net.js';
import type { OutputLoss } from './loss.js';
import { addSparseGradientRow, addSparseProduct, allFinite, sparseInput, type SparseInput } from './sparse-inputs.js';
import type { Workspace } from './workspace.js';

// Batched forward and backward passes over patterns [p0, p1) of a workspace. Buffers are
// feature-major, so every inner loop runs over patterns; nothing is allocated here.
// For every (unit, pattern), sums are taken in the same order as a per-pattern loop would take
// them: bias first, then each incoming projection in turn, inputs in ascending order. The results
// are bit for bit those of the plain loops kept in test/helpers/reference-passes.ts.

/** The index of a mostly-zero input group, used on whole batches only (single patterns are cheap). */
function sparseFrom(net: Net, ws: Workspace, from: number, p0: number, p1: number): SparseInput | null {
  const g = net.groups[from]!;
  if (g.kind !== 'input' || p0 !== 0 || p1 !== ws.count) return null;
  return sparseInput(ws.act[from]!, g.size, ws.count);
}

/** Forward pass (eqs. 1–2): x_j = b_j + Σ_i y_i w_ji, y_j = 1 / (1 + e^(−x_j)). */
export function forward(net: Net, params: Float64Array, ws: Workspace, p0: number, p1: number): void {
  const P = ws.count;
  const groups = net.groups;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    if (g.kind === 'input') continue;
    const x = ws.act[gi]!;
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
      const { cols, offset: wo, length } = proj.block;
      const sp = sparseFrom(net, ws, proj.from, p0, p1);
      if (sp !== null && allFinite(params, wo, wo + length)) addSparseProduct(x, y, sp, params, wo, size, cols, P);
      else addDenseProduct(x, y, params, wo, size, cols, P, p0, p1);
    }
    for (let j = 0; j < size; j++) {
      const row = j * P;
      for (let p = p0; p < p1; p++) x[row + p] = 1 / (1 + Math.exp(-x[row + p]!));
    }
  }
}

/**
 * Backward pass (eqs. 4–7). Adds ∂E/∂w for patterns [p0, p1) to grad and returns their E.
 * A tied block receives the sum over its copies; the trainer turns that into an average if asked.
 */
export function backward(net: Net, params: Float64Array, grad: Float64Array, ws: Workspace, loss: OutputLoss, p0: number, p1: number): number {
  const P = ws.count;
  const groups = net.groups;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    if (g.kind === 'input') continue;
    const dy = ws.delta[gi]!;
    for (let j = 0; j < g.size; j++) dy.fill(0, j * P + p0, j * P + p1);
  }
  let error = 0;
  const outputs = net.outputGroups;
  for (let k = 0; k < outputs.length; k++) {
    const gi = outputs[k]!;
    error += loss.accumulate(ws.act[gi]!, ws.targets[gi]!, ws.delta[gi]!, groups[gi]!.size, P, p0, p1);
  }

  for (let gi = groups.length - 1; gi >= 0; gi--) {
    const g = groups[gi]!;
    if (g.kind === 'input') continue;
    const y = ws.act[gi]!;
    const dx = ws.delta[gi]!;
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
        const cols = proj.block.cols;
        const go = proj.block.offset + j * cols;
        const sp = rowFinite ? sparseFrom(net, ws, proj.from, p0, p1) : null;
        if (sp !== null) addSparseGradientRow(grad, go, dx, row, yi, sp, cols, P);
        else addDenseGradientRow(grad, go, dx, row, yi, cols, P, p0, p1);
      }
    }
    // ∂E/∂y_i = Σ_j ∂E/∂x_j · w_ji   (eq. 7)
    for (let q = 0; q < incoming.length; q++) {
      const proj = incoming[q]!;
      if (groups[proj.from]!.kind === 'input') continue;
      addDenseBackProduct(ws.delta[proj.from]!, dx, params, proj.block.offset, g.size, proj.block.cols, P, p0, p1);
    }
  }
  return error;
}
