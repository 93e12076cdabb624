/*
 * What the two variants of the C reference share: the task train.c reads (net, patterns, recipe),
 * the margin residual, and the loops every pass is made of. Each loop runs over a block of n
 * patterns stored pattern-major (unit u of pattern p at p * size + u): the per-pattern variant
 * calls them with n = 1, the batched one with the whole sweep (passes.c).
 *
 * Every sum keeps the order of a per-pattern loop (bias first, projections in order, inputs
 * ascending; gradients over patterns ascending), the order the engine keeps too. What differs
 * from the engine is rounding only: the compiler's default floating-point contraction fuses
 * a * b + c into one FMA instruction (one rounding where JavaScript makes two), and exp() is the
 * C library's.
 */
#ifndef BACKPROP_1986_NET_H
#define BACKPROP_1986_NET_H

#include <stddef.h>

typedef struct { int size, kind, bias; } Group; /* kind: 0 input, 1 hidden, 2 output; bias: offset of the bias block, or -1 */
typedef struct { int from, to, offset, rows, cols; } Projection; /* weight block (rows = to, cols = from), w_ji at offset + j * cols + i */

extern int G, Q, N, P, MARGIN;
extern Group *groups;
extern Projection *projs;
/* Per group, its patterns as a (P x size) matrix: the inputs of an input group, the targets of an output group. */
extern double **data;
extern double SCALE, ON, OFF;

void *must(void *p);

/* Residual of one output: y - d, zero inside the margin band, or the distance to the band edge. */
static inline double residual(double y, double d) {
  if (MARGIN == 0) return y - d;
  if (d >= 0.5) { if (y > ON) return 0; return MARGIN == 1 ? y - d : y - ON; }
  if (y < OFF) return 0;
  return MARGIN == 1 ? y - d : y - OFF;
}

/* x (n x rows) += y (n x cols) w^T as one dot product per unit, the textbook's loop: x_j += y_i w_ji in ascending i (eq. 1). */
static inline void addDotProducts(int n, int rows, int cols, const double *restrict y, const double *restrict w, double *restrict x) {
  for (int p = 0; p < n; p++)
    for (int j = 0; j < rows; j++) {
      const double *restrict yp = y + (size_t)p * cols, *restrict wj = w + (size_t)j * cols;
      double a = x[(size_t)p * rows + j];
      for (int i = 0; i < cols; i++) a += yp[i] * wj[i];
      x[(size_t)p * rows + j] = a;
    }
}

/*
 * The same sums as a matrix product, given wt = w^T (cols x rows): the inner loop runs over the
 * units j, whose sums are independent, so it becomes vector FMAs; each x_j still takes its terms
 * in ascending i.
 */
static inline void addProduct(int n, int rows, int cols, const double *restrict y, const double *restrict wt, double *restrict x) {
  for (int p = 0; p < n; p++) {
    double *restrict xp = x + (size_t)p * rows;
    const double *restrict yp = y + (size_t)p * cols;
    for (int i = 0; i < cols; i++) {
      const double yi = yp[i], *restrict wi = wt + (size_t)i * rows;
      for (int j = 0; j < rows; j++) xp[j] += yi * wi[j];
    }
  }
}

/* gw (rows x cols) += dx^T (rows x n) y (n x cols): dE/dw_ji summed over patterns in ascending order (eq. 6). */
static inline void addGradient(int n, int rows, int cols, const double *restrict dx, const double *restrict y, double *restrict gw) {
  for (int p = 0; p < n; p++) {
    const double *restrict yp = y + (size_t)p * cols;
    for (int j = 0; j < rows; j++) {
      const double d = dx[(size_t)p * rows + j];
      double *restrict gj = gw + (size_t)j * cols;
      for (int i = 0; i < cols; i++) gj[i] += d * yp[i];
    }
  }
}

/* dy (n x cols) += dx (n x rows) w (rows x cols): dE/dy_i gets dE/dx_j w_ji in ascending j (eq. 7). */
static inline void addBackProduct(int n, int rows, int cols, const double *restrict dx, const double *restrict w, double *restrict dy) {
  for (int p = 0; p < n; p++) {
    double *restrict dyp = dy + (size_t)p * cols;
    for (int j = 0; j < rows; j++) {
      const double d = dx[(size_t)p * rows + j], *restrict wj = w + (size_t)j * cols;
      for (int i = 0; i < cols; i++) dyp[i] += d * wj[i];
    }
  }
}

/*
 * One variant: its buffers are made once by prepare(); sweep() adds dE/dw over all P patterns to
 * grad (grad == NULL: no backward pass) and returns the sum of squared residuals.
 */
typedef struct {
  const char *name;
  void (*prepare)(void);
  double (*sweep)(const double *w, double *grad);
} Variant;

extern const Variant perPattern, batched;

#endif
