// The dense multiply-adds of the batched passes, on feature-major buffers (unit u of pattern p at
// u * P + p). Each keeps, for every output number, the exact order of additions of a per-pattern
// loop; what changes is only which independent sums are carried side by side: four patterns (or
// four weights) at a time, held in locals, so that one sum's rounding chain does not stall the next
// and each buffer entry is loaded and stored once per block rather than once per term.

/** x_j += Σ_i y_i w_ji for patterns [p0, p1): w is (rows, cols) at offset wo, i ascending. */
export function addDenseProduct(
  x: Float64Array, y: Float64Array, params: Float64Array, wo: number, rows: number, cols: number, P: number, p0: number, p1: number,
): void {
  for (let j = 0; j < rows; j++) {
    const xr = j * P;
    const wr = wo + j * cols;
    let p = p0;
    for (; p + 4 <= p1; p += 4) {
      let a0 = x[xr + p]!;
      let a1 = x[xr + p + 1]!;
      let a2 = x[xr + p + 2]!;
      let a3 = x[xr + p + 3]!;
      for (let i = 0; i < cols; i++) {
        const w = params[wr + i]!;
        const yr = i * P + p;
        a0 += y[yr]! * w;
        a1 += y[yr + 1]! * w;
        a2 += y[yr + 2]! * w;
        a3 += y[yr + 3]! * w;
      }
      x[xr + p] = a0;
      x[xr + p + 1] = a1;
      x[xr + p + 2] = a2;
      x[xr + p + 3] = a3;
    }
    for (; p < p1; p++) {
      let a = x[xr + p]!;
      for (let i = 0; i < cols; i++) a += y[i * P + p]! * params[wr + i]!;
      x[xr + p] = a;
    }
  }
}

/** grad_ji += Σ_p dx_j y_i (p ascending from 0) for one row j of a (rows, cols) block at go. */
export function addDenseGradientRow(
  grad: Float64Array, go: number, dx: Float64Array, xr: number, y: Float64Array, cols: number, P: number, p0: number, p1: number,
): void {
  let i = 0;
  for (; i + 4 <= cols; i += 4) {
    const y0 = i * P;
    const y1 = y0 + P;
    const y2 = y1 + P;
    const y3 = y2 + P;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let p = p0; p < p1; p++) {
      const d = dx[xr + p]!;
      s0 += d * y[y0 + p]!;
      s1 += d * y[y1 + p]!;
      s2 += d * y[y2 + p]!;
      s3 += d * y[y3 + p]!;
    }
    grad[go + i] = grad[go + i]! + s0;
    grad[go + i + 1] = grad[go + i + 1]! + s1;
    grad[go + i + 2] = grad[go + i + 2]! + s2;
    grad[go + i + 3] = grad[go + i + 3]! + s3;
  }
  // The last one to three columns, still side by side.
  const rest = cols - i;
  if (rest === 0) return;
  const y0 = i * P;
  const y1 = rest > 1 ? y0 + P : y0;
  const y2 = rest > 2 ? y1 + P : y0;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let p = p0; p < p1; p++) {
    const d = dx[xr + p]!;
    s0 += d * y[y0 + p]!;
    s1 += d * y[y1 + p]!;
    s2 += d * y[y2 + p]!;
  }
  grad[go + i] = grad[go + i]! + s0;
  if (rest > 1) grad[go + i + 1] = grad[go + i + 1]! + s1;
  if (rest > 2) grad[go + i + 2] = grad[go + i + 2]! + s2;
}

/** dy_i += Σ_j dx_j w_ji (j ascending) for patterns [p0, p1): w is (rows, cols) at offset wo. */
export function addDenseBackProduct(
  dy: Float64Array, dx: Float64Array, params: Float64Array, wo: number, rows: number, cols: number, P: number, p0: number, p1: number,
): void {
  for (let i = 0; i < cols; i++) {
    const yr = i * P;
    let p = p0;
    for (; p + 4 <= p1; p += 4) {
      let a0 = dy[yr + p]!;
      let a1 = dy[yr + p + 1]!;
      let a2 = dy[yr + p + 2]!;
      let a3 = dy[yr + p + 3]!;
      for (let j = 0; j < rows; j++) {
        const w = params[wo + j * cols + i]!;
        const xr = j * P + p;
        a0 += dx[xr]! * w;
        a1 += dx[xr + 1]! * w;
        a2 += dx[xr + 2]! * w;
        a3 += dx[xr + 3]! * w;
      }
      dy[yr + p] = a0;
      dy[yr + p + 1] = a1;
      dy[yr + p + 2] = a2;
      dy[yr + p + 3] = a3;
    }
    for (; p < p1; p++) {
      let a = dy[yr + p]!;
      for (let j = 0; j < rows; j++) a += dx[j * P + p]! * params[wo + j * cols + i]!;
      dy[yr + p] = a;
    }
  }
}
