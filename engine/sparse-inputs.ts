// Input groups that are mostly zeros (one-hot codes) are read through an index of their non-zero
// entries. Skipping a zero input is exact: x + 0 · w = x for every finite w (at worst the sign of a
// zero sum changes, and the logistic of ±0 is the same 0.5), and Σ_p ∂E/∂x · 0 adds only zeros to
// a sum that is never −0. The callers use the index only where w, resp. ∂E/∂x, is finite.

/** Non-zero entries of a feature-major input buffer, unit by unit, patterns ascending (CSR). */
export interface SparseInput {
  /** Entries of unit i are index[start[i]] … index[start[i + 1] − 1]. */
  start: Int32Array;
  /** Pattern numbers p with a non-zero value of the unit, ascending. */
  index: Int32Array;
}

/** Above this share of non-zero entries the dense loops are faster than the index. */
const MAX_DENSITY = 0.3;

// Keyed by the packed input buffer, which the engine never writes after packing.
const cache = new WeakMap<Float64Array, SparseInput | null>();

/** The index of an input buffer of `size` units × `count` patterns, or null when it is too dense. */
export function sparseInput(values: Float64Array, size: number, count: number): SparseInput | null {
  const known = cache.get(values);
  if (known !== undefined) return known;
  let nonZero = 0;
  for (let k = 0; k < values.length; k++) if (values[k] !== 0) nonZero += 1;
  let result: SparseInput | null = null;
  if (nonZero <= MAX_DENSITY * size * count) {
    const start = new Int32Array(size + 1);
    const index = new Int32Array(nonZero);
    let n = 0;
    for (let i = 0; i < size; i++) {
      start[i] = n;
      for (let p = 0; p < count; p++) if (values[i * count + p] !== 0) index[n++] = p;
    }
    start[size] = n;
    result = { start, index };
  }
  cache.set(values, result);
  return result;
}

/** True when every entry of params[from, to) is a finite number. */
export function allFinite(params: Float64Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (params[k]! - params[k]! !== 0) return false;
  return true;
}

/** x_j += Σ_i y_i w_ji over the non-zero inputs only; w is (rows, cols) at offset wo. */
export function addSparseProduct(
  x: Float64Array, y: Float64Array, sp: SparseInput, params: Float64Array, wo: number, rows: number, cols: number, P: number,
): void {
  const { start, index } = sp;
  for (let j = 0; j < rows; j++) {
    const xr = j * P;
    const wr = wo + j * cols;
    for (let i = 0; i < cols; i++) {
      const w = params[wr + i]!;
      const yr = i * P;
      const end = start[i + 1]!;
      for (let k = start[i]!; k < end; k++) {
        const p = index[k]!;
        x[xr + p] = x[xr + p]! + y[yr + p]! * w;
      }
    }
  }
}

/** grad_ji += Σ_p dx_j y_i over the non-zero inputs only, for one row j of a (rows, cols) block. */
export function addSparseGradientRow(
  grad: Float64Array, go: number, dx: Float64Array, xr: number, y: Float64Array, sp: SparseInput, cols: number, P: number,
): void {
  const { start, index } = sp;
  for (let i = 0; i < cols; i++) {
    const yr = i * P;
    const end = start[i + 1]!;
    let s = 0;
    for (let k = start[i]!; k < end; k++) {
      const p = index[k]!;
      s += dx[xr + p]! * y[yr + p]!;
    }
    grad[go + i] = grad[go + i]! + s;
  }
}
