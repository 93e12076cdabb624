/*
 * The passes of the C reference over a block of patterns, and its two variants: per-pattern
 * (each pattern forward and backward before the next, the gradient accumulated over the sweep, as
 * the textbook loop goes) and batched (each layer over the whole sweep at once, as matrix
 * products). The arithmetic is the same; only the order in which patterns and layers are visited
 * differs, and with it how much data stays in cache.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "net.h"

/* exp() of the C library. test/baselines/c-reference.test.ts builds the reference with -DEXP=expf,
 * a float32 slip, to check that the agreement gate refuses it. */
#ifndef EXP
#define EXP exp
#endif

static double **y, **dy; /* per group: activations and dE/dy (then dE/dx), (block x size); an input group's y points into data */
static double *wt;       /* batched: every weight block transposed, at its own offset, for addProduct */
static int matrixForm;   /* batched: forward through addProduct on wt; per-pattern: through addDotProducts on w */

static void allocate(int block) {
  y = must(calloc(G, sizeof(double *)));
  dy = must(calloc(G, sizeof(double *)));
  for (int g = 0; g < G; g++) {
    if (groups[g].kind == 0) continue;
    y[g] = must(malloc(sizeof(double) * (size_t)block * groups[g].size));
    dy[g] = must(malloc(sizeof(double) * (size_t)block * groups[g].size));
  }
  wt = must(malloc(sizeof(double) * (N > 0 ? N : 1)));
}

static void transpose(const double *w) {
  for (int q = 0; q < Q; q++) {
    const Projection *pr = &projs[q];
    for (int j = 0; j < pr->rows; j++)
      for (int i = 0; i < pr->cols; i++) wt[pr->offset + i * pr->rows + j] = w[pr->offset + j * pr->cols + i];
  }
}

/*
 * Forward pass of patterns [p0, p0 + n) (eqs. 1-2): x_j = b_j + sum_i y_i w_ji, y_j = 1 / (1 + e^-x_j).
 * One pattern at a time the dot products are faster (measured on the family-tree net, whose layers
 * of 6 to 24 units make short vectors); over the whole sweep the matrix product is.
 */
static void forward(const double *w, int p0, int n) {
  for (int g = 0; g < G; g++) {
    const Group *gr = &groups[g];
    if (gr->kind == 0) { y[g] = data[g] + (size_t)p0 * gr->size; continue; }
    double *x = y[g];
    for (int p = 0; p < n; p++)
      for (int j = 0; j < gr->size; j++) x[(size_t)p * gr->size + j] = gr->bias >= 0 ? w[gr->bias + j] : 0;
    for (int q = 0; q < Q; q++) {
      const Projection *pr = &projs[q];
      if (pr->to != g) continue;
      if (matrixForm) addProduct(n, pr->rows, pr->cols, y[pr->from], wt + pr->offset, x);
      else addDotProducts(n, pr->rows, pr->cols, y[pr->from], w + pr->offset, x);
    }
    for (size_t k = 0; k < (size_t)n * gr->size; k++) x[k] = 1 / (1 + EXP(-x[k]));
  }
}

/* The outputs' residuals r for patterns [p0, p0 + n): dE/dy = SCALE r into dy (eq. 4); returns the sum of r^2. */
static double outputs(int p0, int n) {
  double e = 0;
  for (int p = 0; p < n; p++) {
    for (int g = 0; g < G; g++) {
      const Group *gr = &groups[g];
      if (gr->kind != 2) continue;
      const double *d = data[g] + (size_t)(p0 + p) * gr->size;
      double *yo = y[g] + (size_t)p * gr->size, *dyo = dy[g] + (size_t)p * gr->size;
      for (int j = 0; j < gr->size; j++) { double r = residual(yo[j], d[j]); e += r * r; dyo[j] = SCALE * r; }
    }
  }
  return e;
}

/* Backward pass of the n patterns in the buffers (eqs. 5-7), adding their dE/dw to grad. */
static void backward(const double *w, double *grad, int n) {
  for (int g = 0; g < G; g++) if (groups[g].kind == 1) memset(dy[g], 0, sizeof(double) * (size_t)n * groups[g].size);
  for (int g = G - 1; g >= 0; g--) {
    const Group *gr = &groups[g];
    if (gr->kind == 0) continue;
    double *d = dy[g];
    const double *yg = y[g];
    for (size_t k = 0; k < (size_t)n * gr->size; k++) d[k] = d[k] * yg[k] * (1 - yg[k]); /* now dE/dx (eq. 5) */
    if (gr->bias >= 0)
      for (int p = 0; p < n; p++)
        for (int j = 0; j < gr->size; j++) grad[gr->bias + j] += d[(size_t)p * gr->size + j];
    for (int q = 0; q < Q; q++) {
      const Projection *pr = &projs[q];
      if (pr->to != g) continue;
      addGradient(n, pr->rows, pr->cols, d, y[pr->from], grad + pr->offset);
      if (groups[pr->from].kind != 0) addBackProduct(n, pr->rows, pr->cols, d, w + pr->offset, dy[pr->from]);
    }
  }
}

static void preparePerPattern(void) { allocate(1); }

static double sweepPerPattern(const double *w, double *grad) {
  double e = 0;
  for (int p = 0; p < P; p++) {
    forward(w, p, 1);
    e += outputs(p, 1);
    if (grad) backward(w, grad, 1);
  }
  return e;
}

static void prepareBatched(void) { allocate(P); matrixForm = 1; }

static double sweepBatched(const double *w, double *grad) {
  transpose(w);
  forward(w, 0, P);
  double e = outputs(0, P);
  if (grad) backward(w, grad, P);
  return e;
}

const Variant perPattern = { "per-pattern", preparePerPattern, sweepPerPattern };
const Variant batched = { "batched", prepareBatched, sweepBatched };
