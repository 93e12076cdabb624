// The engine's batched passes as they were before any speed work, kept verbatim as the reference
// the fast passes in engine/passes.ts must match bit for bit (llm.c keeps its naive kernels the same way).
import type { Net } from '../../engine/net.js';
import type { OutputLoss } from '../../engine/loss.js';
import type { Workspace } from '../../engine/workspace.js';

// Batched forward and backward passes over patterns [p0, p1) of a workspace. Buffers are
// feature-major, so every inner loop runs over patterns; nothing is allocated here.
// For every (unit, pattern), sums are taken in the same order as a per-pattern loop would take
// them: bias first, then each incoming projection in turn, inputs in ascending order.

/** Forward pass (eqs. 1–2): x_j = b_j + Σ_i y_i w_ji, y_j = 1 / (1 + e^(−x_j)). */
export function referenceForward(net: Net, params: Float64Array, ws: Workspace, p0: number, p1: number): void {
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
      const cols = proj.block.cols;
      const wo = proj.block.offset;
      for (let j = 0; j < size; j++) {
        const xr = j * P;
        for (let i = 0; i < cols; i++) {
          const w = params[wo + j * cols + i]!;
          const yr = i * P;
          for (let p = p0; p < p1; p++) x[xr + p] = x[xr + p]! + y[yr + p]! * w;
        }
      }
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
export function referenceBackward(net: Net, params: Float64Array, grad: Float64Array, ws: Workspace, loss: OutputLoss, p0: number, p1: number): number {
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
    const size = g.size;
    // ∂E/∂x_j = ∂E/∂y_j · y_j (1 − y_j)   (eq. 5)
    for (let j = 0; j < size; j++) {
      const row = j * P;
      for (let p = p0; p < p1; p++) {
        const v = y[row + p]!;
        dx[row + p] = dx[row + p]! * v * (1 - v);
      }
    }
    if (g.biasOffset >= 0) {
      for (let j = 0; j < size; j++) {
        const row = j * P;
        let s = 0;
        for (let p = p0; p < p1; p++) s += dx[row + p]!;
        grad[g.biasOffset + j] = grad[g.biasOffset + j]! + s;
      }
    }
    const incoming = g.incoming;
    for (let q = 0; q < incoming.length; q++) {
      const proj = incoming[q]!;
      const yi = ws.act[proj.from]!;
      const cols = proj.block.cols;
      const wo = proj.block.offset;
      // ∂E/∂w_ji = Σ_c ∂E/∂x_j · y_i   (eq. 6, summed over cases)
      for (let j = 0; j < size; j++) {
        const xr = j * P;
        for (let i = 0; i < cols; i++) {
          const yr = i * P;
          let s = 0;
          for (let p = p0; p < p1; p++) s += dx[xr + p]! * yi[yr + p]!;
          grad[wo + j * cols + i] = grad[wo + j * cols + i]! + s;
        }
      }
      if (groups[proj.from]!.kind === 'input') continue;
      // ∂E/∂y_i = Σ_j ∂E/∂x_j · w_ji   (eq. 7)
      const dyi = ws.delta[proj.from]!;
      for (let j = 0; j < size; j++) {
        const xr = j * P;
        for (let i = 0; i < cols; i++) {
          const w = params[wo + j * cols + i]!;
          const yr = i * P;
          for (let p = p0; p < p1; p++) dyi[yr + p] = dyi[yr + p]! + dx[xr + p]! * w;
        }
      }
    }
  }
  return error;
}
